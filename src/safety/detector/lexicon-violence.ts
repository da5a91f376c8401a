import { any, OTHER, type Rule, rule } from "./rules.ts";

// Violence against people beyond first-person intent: how-to questions, euphemisms for
// killing or getting even, and threats against a place or a crowd.

const HOW =
  "(?:how (?:to|do (?:you|i|u)|would (?:you|i|one)|can (?:i|you|one)|could (?:i|you)|should i|best to|easiest to)|(?:best|easiest|quickest|quietest) way to|ways to)";
const VIOLENT =
  "(?:poison|strangle|choke|smother|suffocate|drug|stab|shoot|kill|murder|hurt|injure|maim|cripple|knock out|beat up|drown|torture|break (?:\\w+ )?(?:legs?|arms?|neck|jaw|bones)|get rid of|take out|make (?:\\w+ )?disappear|run over)";
const PERSON = `(?:${OTHER}|a person|a human|a man|a woman|a child|a kid|someones? \\w+|(?:my|his|her|their) \\w+|a coworker|my ex|people)`;
const PLACE =
  "(?:the|my|this|that|a|our|his|her|their) (?:old |new |local |whole )?(?:school|office|work|workplace|clinic|church|mosque|synagogue|temple|mall|building|party|concert|crowd|station|campus|class|classroom|hospital|store|supermarket|stadium|parade|festival|bar|club|restaurant|meeting|court|courthouse|daycare)";

/** Harm to others: how-tos, euphemisms, threats to places and crowds. */
export const VIOLENCE_RULES: Rule[] = [
  rule(
    "harm_to_others.howto",
    "harm_to_others",
    "moderate",
    any(
      `${HOW} (?:\\w+ ){0,2}?${VIOLENT} ${PERSON}`,
      `${HOW} (?:beat|rough|mess|smash) ${PERSON} up`,
      `${HOW} knock ${PERSON} (?:out|unconscious|cold)`,
      `${HOW} (?:break|snap) (?:someones|a persons|his|her|their|my \\w+s|\\w+s) (?:arm|arms|leg|legs|neck|jaw|nose|fingers|ribs)`,
      `(?:slip|put|spike|crush|sneak) (?:\\w+ ){0,3}?(?:into|in) (?:\\w+ ){0,2}?(?:drink|food|coffee|tea|meal|dinner)[^.!?\\n]{0,30}(?:knock|out|sleep|pass out|sick|die|kill)`,
      `${HOW} (?:make|get) ${PERSON} (?:disappear|go away for good|gone for good)`,
      `${HOW} (?:\\w+ ){0,2}?${VIOLENT} (?:\\w+ ){0,3}?without (?:getting caught|leaving (?:a trace|marks|evidence|bruises)|anyone (?:knowing|noticing)|being (?:caught|traced))`,
      "(?:untraceable|undetectable|tasteless) poisons?|poison (?:that|which) (?:cant|wont|can not|doesnt) (?:be )?(?:traced|detected|show up)|(?:hide|get rid of|dispose of|bury) (?:a|the|his|her) body|(?:how much|what) (?:\\w+ ){0,3}?(?:would|will|to) (?:kill|knock out|poison|put down) (?:(?:a |an )?(?:grown )?(?:person|man|woman|adult)|him|her|someone|my \\w+)",
      `(?:hurt|injure|harm|beat) ${PERSON} (?:really |so |very )?(?:badly|bad|seriously|for real)|(?:put|send) ${PERSON} in (?:the )?(?:hospital|ground|a wheelchair)`,
    ),
    {
      gate: /how|what|way|knock|slip|spike|crush|sneak|put|untrace|undetect|tasteless|poison|body|hurt|injure|harm|beat|put|send/,
      self: "strict",
      negatable: false,
      unless:
        /photo|portrait|picture|camera|video|film|scene|game|character|in minecraft|in the game|novel|story|\b(?:flies|ants|mice|rats|roaches|bugs|wasps|pests|weeds|mold|termites|boxing|mma|ufc|sparring|wrestling|martial|karate)\b/,
    },
  ),
  rule(
    "harm_to_others.euphemism",
    "harm_to_others",
    "low",
    any(
      `(?:get|getting) even with ${PERSON}|get back at ${PERSON}|make ${PERSON}(?: all)? (?:pay|suffer|regret)|teach ${PERSON} a lesson (?:they|he|she)(?:ll| will) (?:never|not) forget|(?:he|she|they)(?:ll| will) (?:get|have) what(?:s| is) coming`,
      `(?:take|taking|took) ${PERSON} out(?! (?:to|for|on|of)\\b)|put ${PERSON} (?:six feet under|in the ground|down for good)|(?:end|ending) (?:his|her|their) (?:life|lives)|(?:he|she|they) (?:wont|will not) (?:wake up|see tomorrow|live (?:to see|much longer))`,
    ),
    {
      gate: /even|back at|make|teach|coming|take|taking|took|put|end|wont|will not/,
      self: "strict",
      hyperbole: true,
      unless:
        /mario|kart|game|fortnite|minecraft|chess|cards|monopoly|match|pool|prank|tennis|golf/,
    },
  ),
  rule(
    "harm_to_others.place",
    "harm_to_others",
    "high",
    any(
      `(?:shoot|shooting|bomb|bombing|blow up|blowing up|burn down|burning down|torch|attack|shoot up|shooting up|stab (?:everyone|people) (?:at|in)) ${PLACE}`,
      "(?:burn down|burning down|torch|blow up|set fire to|setting fire to) (?:\\w+ ){0,2}?(?:house|home|flat|apartment|car|shop|office|place|building)(?! in (?:minecraft|the game))",
      `(?:going to|gonna|will|ill|want to|im going to) run ${PERSON} (?:over|down)`,
      "(?:burn|torch|set fire to|setting fire to) (?:\\w+ ){0,3}?with (?:him|her|them|\\w+) (?:still )?in(?:side)? (?:it|there)",
      `(?:drive|driving|plough|plow|ram) (?:\\w+ ){0,2}?into (?:a |the )?(?:crowd|people|protesters|the market|the parade)|(?:everyone|everybody|all of them|they all) (?:at|in) (?:work|school|${PLACE}) (?:will|is going to|are going to|gonna) (?:pay|regret|die|be sorry|get it)|(?:make|build|building) (?:a |pipe )?bombs?(?! (?:bath|dot|in (?:minecraft|the game)))`,
    ),
    {
      gate: /run|shoot|bomb|blow|burn|torch|fire|attack|stab|drive|driving|plough|plow|ram|everyone|everybody|all of them|they all/,
      self: "strict",
      hyperbole: false,
      unless:
        /photo|in minecraft|in the game|video game|movie|film|novel|news|reported|police said/,
    },
  ),
  rule(
    "harm_to_others.howto.measure",
    "harm_to_others",
    "moderate",
    any(
      // How long, how hard, how much: the measure of an act against a person.
      `(?:how long|how hard|how much force|how much pressure|how tight) (?:does it take|would it take|do (?:you|i|u) (?:have|need) to|to|should i|would i have to|can you) (?:\\w+ ){0,2}?(?:choke|strangle|hit|punch|kick|smother|suffocate|drown|hold|squeeze|press) ${PERSON}`,
      `(?:where|what part of the body|which part of the body) (?:do (?:you|i|u)|to|can (?:i|you)|should (?:i|you)|would (?:i|you)) (?:\\w+ ){0,2}?(?:stab|hit|shoot|punch|kick|cut) ${PERSON}`,
      `(?:what|which|whats the|what is the) (?:best |easiest )?(?:pressure points?|spots?|place|part of the (?:body|neck|head)) (?:\\w+ ){0,5}?(?:to (?:hit|punch|stab|kick|strike|choke|press|kill)|(?:knocks?|puts?|kills?|paralyses?|paralyzes?) (?:a person|someone|somebody|people|him|her|them))`,
      `(?:would|will|to|could) (?:knock out|drug|sedate|knock|put) ${PERSON} (?:out |under |to sleep )?(?:for (?:the night|hours|good)|so (?:i|he|she|they) (?:can|cant|wont)|without (?:him|her|them) (?:knowing|noticing))`,
      "(?:cut|cutting|mess with|messing with|tamper with|tampering with|disable) (?:the |his |her |their |my \\w+s )?(?:brake|brakes|brake lines?)",
      "(?:can|could|would|will|does|do) (?:rat poison|antifreeze|bleach|cyanide|arsenic|insulin|poison|\\w+ pills|eye drops|visine|oleander|foxglove|hemlock) (?:\\w+ ){0,2}?(?:kill|poison|knock out) (?:a )?(?:grown |full grown )?(?:human|person|man|woman|adult|child|kid|people|someone|somebody)",
      "(?:make|making) (?:it|his death|her death) look like (?:an accident|a suicide|natural causes|an overdose)",
    ),
    {
      gate: /how|where|what|which|knock|drug|sedate|put|brake|look like|can|could|would|will|does|do/,
      self: "strict",
      negatable: false,
      unless:
        /\b(?:photo|portrait|picture|camera|video|film|scene|game|character|minecraft|novel|story|karate|martial|self defen[cs]e|sparring|boxing|mma|ufc|wrestling|bjj|jiu jitsu|cpr|first aid|heimlich|bike|bicycle)\b/,
    },
  ),
  rule(
    "harm_to_others.threat.veiled",
    "harm_to_others",
    "moderate",
    any(
      "(?:im|i am|ill|i will|gonna|going to|im going to|im gonna) end (?:him|her|them|that (?:guy|man|woman|bitch|bastard))(?! (?:in|at|on) )",
      "(?:he|she|they)(?:s| is| are|re)? (?:not|wont be|will not be|aint) (?:leaving|walking out|walking away|going home|getting out) (?:of (?:here|there|this) )?in one piece",
      `take care of ${PERSON} (?:the old fashioned way|once and for all|myself if (?:no one|nobody) else will)`,
      `(?:he|she|they|${OTHER}) (?:wont|will not|isnt going to|is not going to) be (?:a problem|bothering (?:me|us|anyone)|breathing|hurting anyone) (?:much longer|for long|anymore|after (?:tonight|tomorrow|this weekend))`,
      "what happens when (?:you|they|people|he|she|anyone) (?:push|pushes|mess with|messes with|cross|crosses|fuck with|fucks with|screw with|screws with|disrespect|disrespects|laugh at|laughs at) me",
      "(?:bring|bringing|brought|take|taking|carry|carrying) (?:my |his |her |a |the |\\w+s )?(?:dads |\\w+s )?(?:gun|guns|rifle|pistol|shotgun|handgun|ar|ak|machete|knife) (?:\\w+ ){0,2}?(?:to|into) (?:school|work|the office|class|campus|church|the mall|the clinic|the party|the meeting|his house|her house|their house)",
      `i (?:could|can|would|will|want to|wanna) (?:\\w+ ){0,2}?(?:snap|break) (?:his|her|their|${OTHER}s?) neck(?: and (?:no one|nobody) would (?:know|find out|care))`,
    ),
    {
      gate: /end|piece|care of|wont|will not|isnt|is not|happens when|bring|brought|take|taking|carry|neck/,
      // The person named is the one threatened, so no `self` check.

      hyperbole: true,
      unless:
        /\b(?:minecraft|in the game|video game|fortnite|chess|movie|film|novel|series|episode|season|hunting|range|deer|cleaning it|locked in)\b/,
    },
  ),
];
