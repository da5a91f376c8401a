import { any, type Rule, rule } from "./rules.ts";

// Round 20 (tune/round-19.jsonl), suicide: passive wishes with no death word ("hope my heart
// just quits", "a relief if i got sick and didnt recover", "the world would keep spinning
// without me"), a burden carried ("she deserves better than a broken husband"), means stocked
// and hidden, an attempt told by the hospital visit, the last goodbye, and the act under way
// ("opening the bottle now", "legs over the edge", "knife on the bed next to me").

const PILLS =
  "(?:pills|tablets|meds|oxy|oxys|oxycodone|xanax|sleeping pills|painkillers|percs|vicodin|hydros)";
/** Somewhere high or a line a body can be thrown from. */
const PLACE =
  "(?:bridge|tracks|cliff|roof|rooftop|overpass|river|lake|pier|quarry|parking garage|top floor)";
/** Looking at a view or fixing a roof: a high place for its own sake. */
const ERRAND =
  /\b(?:pics|pictures|photos?|sunset|view|selfie|fix\w*|gutter\w*|repair\w*|hike|fishing|lol|lmao)\b/;

export const ROUND_20_RULES: Rule[] = [
  rule(
    "suicide.round_20.passive",
    "suicide",
    "low",
    any(
      "hope (?:my heart|i) (?:just )?(?:quits|stops|gives out|dont wake|never wake)",
      "(?:a relief|better|easier) if i (?:just )?(?:got sick (?:with \\w+ )?and (?:didnt|never) recover\\w*|died|didnt wake up|never woke up|was gone|wasnt here|wasnt around)",
      "think (?:about|of) death (?:like|as) (?:its |it is )?(?:a |an )?(?:vacation|holiday|rest|relief|escape|gift)",
      "(?:world|everyone|everything|life) would (?:keep (?:spinning|going|turning)|be fine|go on|carry on|be better) without me",
      "(?:deserves?|deserve) better than (?:a |me|this)(?:[^.!?\\n]{0,40}(?:carry|burden|broken|useless|wreck))?",
      "(?:feel like|im|i am) (?:such )?a (?:weight|burden|drag|dead weight) on (?:my|them|her|him|everyone)",
      "trapped in (?:this|my) (?:body|life|head)[^\\n]{0,80}(?:no (?:door|way|exit) out|no way out|forever|none)",
      "passive (?:si|suicidal|suicidality|death wish)",
    ),
  ),
  rule(
    "suicide.round_20.thoughts",
    "suicide",
    "moderate",
    any(
      "(?:jerk|jerking|swerv\\w*|yank\\w*|steer\\w*|turn\\w*) (?:the wheel |my car )?into (?:oncoming traffic|a tree|the median|a wall|a truck|a pole|the river)",
      "(?:ill|i will|im gonna|im going to) just (?:jump|end it|do it|take them all|take all my \\w+)(?: if| when| one day)",
    ),
    { unless: /\b(?:game|gta|video|lol|lmao|dream)\b/ },
  ),
  rule(
    "suicide.round_20.means_stocked",
    "suicide",
    "high",
    any(
      `(?:\\d{2,}|a stash of|a bunch of|all my|a pile of) (?:\\w+ )?${PILLS}(?: \\w+){0,4} (?:saved|hidden|stashed|put away|stockpiled|hoarded)`,
      "(?:keep |kept )?(?:googling|searching|looking up|researching) how (?:deep|far|long|many|much)[^.!?\\n]{0,40}(?:wrist|cut|vein|artery|pills|fall|drop)",
      "(?:most painless|least painful|painless) way to (?:go|die|get there|do it|end it|sleep forever|not wake up|check out)",
      "(?:crash|wreck) (?:the|my) car so (?:it|its) looks? like an accident",
    ),
    {
      negatable: false,
      unless:
        /\b(?:tattoo|wax\w*|tooth|splinter|band ?aid|piercing|vaccine|shot|injection|game|story|novel)\b/,
    },
  ),
  rule(
    "suicide.round_20.attempt_told",
    "suicide",
    "high",
    any(
      "(?:er|hospital|icu|a&e|ambulance|ed)\\b[^.!?\\n]{0,40}(?:after|because|when) i (?:drank|swallowed|took|overdosed|od d|tried)",
      "i (?:drank|swallowed) (?:some |a bottle of |the )?(?:bleach|antifreeze|drain cleaner|weed killer)",
    ),
    {
      negatable: false,
      unless:
        /\b(?:years ago|poems?|story|as a (?:kid|teen)|when i was (?:\d+|a kid|a teen|young))\b/,
    },
  ),
  rule(
    "suicide.round_20.farewell",
    "suicide",
    "high",
    any(
      "goodbye[.!,]?\\s+(?:i love you all|love you all|thank you for|thanks for|im sorry|sorry for)",
      "(?:tell|let) (?:my |the )?(?:\\w+ )?(?:therapist|doctor|mom|mum|wife|husband|kids|family|team) (?:it|this) (?:wasnt|isnt|was not) (?:her|his|their|your) fault",
    ),
    { negatable: false, unless: /\b(?:job|work|shift|coworkers|class|team lead|last day)\b/ },
  ),
  rule(
    "suicide.round_20.under_way",
    "suicide",
    "imminent",
    any(
      "(?:opening|emptying|pouring out|counting out) (?:the|my) (?:bottle|pills|tablets)(?: \\w+)? now",
      `(?:legs|feet) (?:hanging )?(?:over|off) the (?:edge|side|railing|ledge)`,
      `(?:walking|driving|heading|going) (?:\\w+ ){0,2}to the ${PLACE}[^\\n]{0,60}(?:thanks for trying|goodbye|im sorry|for the last time|wanted to say)`,
      "(?:knife|blade|razor|pills|gun)(?: is| s)? (?:on the \\w+ )?(?:right )?next to me[^\\n]{0,60}(?:wrists?|thinking about|tonight|drinks|drunk)",
      "(?:cord|rope|noose|belt) is tied (?:off |up )?(?:in|from|on|to) (?:the |my )?\\w+[^\\n]{0,60}(?:asleep|tonite|tonight|waiting)",
    ),
    { negatable: false, unless: ERRAND },
  ),
  rule(
    "suicide.round_20.other_at_risk",
    "suicide",
    "low",
    any(
      `(?:she|he|they) took (?:a bunch|a lot|all|a handful|\\d+)[^.!?\\n]{0,30}${PILLS}[^\\n]{0,60}(?:wont answer|not answering|isnt answering|not picking up|cant reach)`,
      "(?:posted|texted|sent|wrote) [\"']?(?:goodbye|good bye|farewell)[^\\n]{0,120}(?:not answering|isnt answering|wont answer|not picking up|isnt picking up|hasnt answered|not responding|cant reach)",
    ),
    { negatable: false },
  ),
];
