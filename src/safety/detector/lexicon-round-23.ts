import { any, type Rule, rule } from "./rules.ts";

// Round 23: what the learned scorer caught alone until its retrain with the round-22 sets (EN
// round-22, posts-9, violence-9) dropped these tune lines, so the rules read them themselves:
// whether two substances together stop your breathing or heart ("ketamine and a lot of alcohol
// together"), a lethality question whoever it is asked for; old prescriptions kept "just in case"
// with the case known; a gun wanted without a background check, soon; abuse going on now.
// Round 24 (violence-10, tune): abuse of another heard or seen now, told with its signs (bruises
// explained away, keys taken, a grab by the neck, a thud and then quiet), and messages watched.

export const ROUND_23_RULES: Rule[] = [
  rule(
    "suicide.round_23.mixed_lethal_question",
    "suicide",
    "high",
    any(
      "(?:is it true|can|could|does|do|would|will)(?: that)? (?:\\w+ ){0,3}?(?:ketamine|ket|pills|xanax|benzos?|opioids?|oxy|sleeping pills|tylenol|alcohol|vodka|drinks?) (?:and|with|plus|mixed with|on top of) (?:\\w+ ){0,4}?(?:together )?(?:can |could |would |will |really )?(?:stop (?:you|your|a person|someone|someones|people)(?:s)? (?:from )?(?:breathing|heart)|kill (?:you|a person|someone|people)|be (?:fatal|lethal|deadly|enough to die))",
    ),
    {
      unless:
        /\b(?:my (?:dog|cat)|the dog|the cat|warning label|pharmacology class|nursing school)\b/,
    },
  ),

  rule(
    "suicide.round_23.just_in_case_known",
    "suicide",
    "high",
    "(?:keep|keeping|kept|saving|saved|stash\\w*|hoard\\w*|hid\\w*) (?:\\w+ ){0,4}?(?:prescriptions|pills|meds|bottles|tablets)[^\\n]{0,60}just in case[^\\n]{0,40}(?:i know what|you know what|if you know what|we both know)",
    { negatable: false },
  ),
  rule(
    "suicide.round_23.gun_soon",
    "suicide",
    "high",
    "(?:get|buy|find) a (?:gun|firearm|pistol|handgun) (?:without|with no|and skip) (?:a |the )?(?:background check|waiting period)[^\\n]{0,60}(?:need it|by) (?:soon|tonight|today|this week|asap|fast|quick)",
    { negatable: false },
  ),
  rule(
    "abuse.round_23.ongoing_sexual",
    "abuse",
    "high",
    "(?:has been|have been|is|keeps|kept|been|still) (?:raping|molesting|sexually (?:abusing|assaulting)|touching) me\\b(?! in my dreams)",
    { unless: /\b(?:tickl\w*|cuddl\w*|massage)\b/ },
  ),

  rule(
    "abuse.round_24.witnessed_now",
    "abuse",
    "high",
    any(
      "(?:hear|see|watching|can hear|can see) (?:my |the |our |his |her )?(?:\\w+ ){0,2}(?:hitting|beating|choking|strangling|kicking|slapping|punching) (?:my|his|her|the|their|our) (?:\\w+ )?(?:brother|sister|son|daughter|kid|kids|baby|mom|mum|mother|dad|wife|husband|gf|girlfriend|bf|boyfriend|dog)",
      "(?:is|s) (?:choking|strangling|beating|hitting|punching|kicking) (?:his|her|my|their) (?:gf|girlfriend|wife|bf|boyfriend|husband|kids?|son|daughter|brother|sister|mom|dad|baby)\\b[^\\n]{0,40}(?:right now|in the \\w+|wont stop|again)",
    ),
    {
      negatable: false,
      unless: /\b(?:game|movie|show|wrestling|play fight\w*|tickl\w*|pillow fight)\b/,
    },
  ),
  rule(
    "abuse.round_24.signs_told",
    "abuse",
    "low",
    any(
      "(?:bruises|black eye|a split lip)[^\\n]{0,60}(?:says|said|claims|swears) (?:\\w+ ){0,2}(?:was|is|were) (?:just )?(?:stressed|drunk|angry|tired|having a bad)",
      "(?:took|takes|hides|hid|keeps) (?:her|his) (?:car )?keys[^\\n]{0,30}(?:wont|doesnt|won t|will not) let (?:her|him) (?:leave|go)",
      "grabbed (?:her|him) by the (?:neck|throat)",
      "screaming[^\\n]{0,40}(?:big |loud )?thud[^\\n]{0,80}(?:quiet|silent|nothing)",
    ),
    { negatable: false },
  ),
  rule(
    "abuse.round_24.watched_messages",
    "abuse",
    "moderate",
    "(?:he|she) (?:reads|checks|goes through|monitors) (?:every|all|each) (?:of )?(?:my )?(?:texts?|messages|calls)[^\\n]{0,80}(?:delete|not supposed to know|cant know|cant find out|finds out)",
  ),
];
