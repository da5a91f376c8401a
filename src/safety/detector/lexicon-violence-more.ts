import { any, OTHER, type Rule, rule } from "./rules.ts";

// Violence against people in the words people use when they do not say "kill": where and how
// hard to strike, poisons and tricks, mob sayings for a death, acts against a named person, and
// threats against a school, an office or a crowd.

const SOMEONE = `(?:someone|somebody|som1|sum1|a (?:guy|person|man|woman|human|kid)|people|${OTHER})`;
const WEAPON =
  "(?:knife|blade|gun|guns|pistol|rifle|shotgun|ar|ak|ar15|bat|machete|hammer|crowbar|axe|gas cans?|gasoline|it)";
const PLACE =
  "(?:(?:that|this) )?(?:school|work|the office|office|class|campus|the mall|mall|the clinic|clinic|church|the gym|gym|homecoming|prom|graduation|the bar|bar|the pharmacy|pharmacy|(?:my )?old (?:high )?school|the \\w+ floor|the meeting)(?: entrance| parking lot| lobby| doors| cafeteria)?";

/** Harm to others without the usual verbs: how-tos, sayings, acts, places. */
export const VIOLENCE_MORE_RULES: Rule[] = [
  rule(
    "harm_to_others.howto.where",
    "harm_to_others",
    "moderate",
    any(
      `(?:where|best place|best spot|right place|right spot|which spot|what spot) (?:do (?:you|i|u) |should (?:i|you) |to |can (?:i|you) )?(?:stab|hit|cut|shoot|punch|kick|strike)(?: ${SOMEONE})? (?:so (?:it|he|she|they|the wound)|to (?:make sure|kill|finish|drop)|and (?:he|she|they) (?:wont|doesnt|dont|never))`,
      `(?:which|what) (?:artery|vein|organ) (?:do (?:you|i|u) |to |should (?:i|you) )?(?:cut|stab|hit|pierce) (?:so|to make) (?:someone|somebody|a person|he|she|they|him|her)`,
      "(?:what|which) (?:kind of |type of )?(?:knife|blade) (?:goes in|slides in|works) (?:\\w+ ){0,2}?(?:between the ribs|into a person|into someone)",
      "how much (?:force|pressure) (?:\\w+ ){0,4}?(?:crush|break|snap|collapse) (?:someones|somebodys|a persons|his|her|their) (?:windpipe|skull|neck|throat|trachea)",
      "(?:extract|make|making|get|buy) ricin|ricin (?:\\w+ ){0,3}?(?:on|for) (?:a person|someone|him|her)",
      `(?:most painful|slowest|worst) way to (?:hurt|kill|torture|punish) ${SOMEONE}`,
      `(?:lure|get) ${SOMEONE} (?:\\w+ ){0,2}?(?:isolated|alone|into the woods|somewhere (?:quiet|alone|isolated)|without (?:them|him|her) (?:getting suspicious|noticing))`,
      `(?:give|cause) ${SOMEONE} (?:a )?(?:heart attack|stroke|seizure|overdose) (?:with|using|so|that|without)`,
      `(?:tips for|how to|best way to) (?:jump|jumping|ambush|ambushing|corner|cornering) ${SOMEONE}`,
      `knock ${SOMEONE} out (?:and|n|then) (?:make sure )?(?:they|he|she) (?:dont|doesnt|never|wont) wake`,
      `(?:kill|murder) ${SOMEONE} with (?:an? )?(?:air bubble|insulin|pillow|injection|overdose)|(?:inject|injected|injecting) (?:it |insulin |air )?(?:into (?:him|her|them)|while (?:he|she|they) (?:sleep|sleeps|is asleep|are asleep))`,
      "(?:get away with|got away with|getting away with) (?:killing|murdering|poisoning|strangling|stabbing|drowning) (?!time\\b|it\\b)\\w+",
      "(?:cut|cutting|tamper with|tampering with) (?:\\w+s )?brake lines?",
    ),
    {
      gate: /where|best|right|which|what|much|ricin|painful|slowest|worst|lure|get|give|cause|tips|how|knock|kill|murder|inject|away|brake/,
      negatable: false,
      unless:
        /\b(?:photo|video|film|scene|game|character|minecraft|novel|story|book|writing|plot|boxing|mma|ufc|sparring|martial|karate|nail|ball|piñata|pinata|bag|vaccine|flu shot|nurse|zombie)\b/,
    },
  ),
  rule(
    "harm_to_others.saying",
    "harm_to_others",
    "moderate",
    any(
      "(?:sleep|sleeping|swim|swimming) with the fishes|pushing up daisies|(?:end|ends|ending) up in a ditch|(?:wont|will not|will never|never) (?:see|sees|get to see|live to see) (?:another|the next) (?:monday|day|birthday|christmas|sunrise|summer)",
      "(?:long )?nap (?:he|she|they) (?:doesnt|dont|wont|will not|never) wake (?:up )?from",
      "regret ever (?:breathing|being born)",
      "(?:hes|shes|theyre|he is|she is) done[.,]? (?:like )?done done|(?:settle|settling|end|ending) (?:this|it|things|the score) (?:with (?:him|her|them) )?(?:for good|once and for all|permanently)",
      `(?:handle|deal with|take care of) ${OTHER} once and for all|shut ${OTHER} up (?:for good|permanently|forever)`,
      `make sure (?:he|she|they|${OTHER}) (?:never|wont ever|can never) (?:hurts?|bothers?|touches?|breathes?|talks?|hits?) (?:\\w+ ){0,2}?(?:again|permanently)`,
      "(?:wont|will not|isnt going to) be (?:around|alive) to (?:testify|talk|tell|press charges|see the trial)",
      "(?:about to|going to|gonna) have (?:a|an) (?:very |really )?(?:bad|nasty|unfortunate|tragic|fatal) accident",
      "(?:a|the) spot picked out for (?:him|her|them)|(?:shovel|tarp|lime) and a spot",
      `(?:know|got|have|called|hired|paid) (?:people|someone|somebody|a guy|guys) (?:who can |to )?(?:make ${OTHER} disappear|take care of ${OTHER}|(?:get|take) rid of ${OTHER})`,
      "(?:one day|someday|soon) (?:theyll|they will|they are going to|theyre gonna) all be (?:on the floor|dead|in the ground|sorry)",
      `(?:unalive|unaliving|merk|merc|whack|waste|clip) ${OTHER}`,
    ),
    {
      gate: /fishes|daisies|ditch|see|nap|regret|done|settl|end|handle|deal|care|shut|sure|around|alive|accident|spot|shovel|tarp|lime|know|got|have|called|hired|paid|all be|unaliv|merk|merc|whack|waste|clip/,
      hyperbole: true,
      unless:
        /\b(?:minecraft|in the game|video game|fortnite|call of duty|cod|warzone|chess|movie|film|novel|series|episode|tv show|the show|a show|lyrics|song|book|character|joke|meme|plant|plants|garden|weeds|flies|ants|mice|roaches|fish tank|goldfish|pet)\b/,
    },
  ),
  rule(
    "harm_to_others.act",
    "harm_to_others",
    "moderate",
    any(
      `(?:gonna|going to|ill|i will|im gonna|im going to|want to|wanna|about to) (?:\\w+ ){0,2}?(?:slash|slit|cut) (?:my |that )?(?:his|her|their|\\w+s) throat`,
      "beat (?!me |us |myself |it )(?:\\w+ ){0,4}?(?:half )?to death|(?:crack|bash|smash|cave) (?:his|her|their|\\w+s) (?:skull|head|face) (?:open|in)",
      "(?:put|slipped|mixed|poured|crushed|dropped) (?:it|the powder|the pills|the stuff|something|poison|antifreeze) (?:\\w+ ){0,2}?(?:in|into) (?:his|her|their) (?:drink|food|sauce|coffee|tea|dinner|soup|meal|water|wine|beer|plate)",
      `(?:im|i am|sitting|standing|waiting|parked) (?:outside|at|by) (?:his|her|their|my \\w+s|\\w+s) (?:house|place|apartment|flat|door|work|job|car) (?:\\w+ ){0,2}?with (?:the |a |my )?${WEAPON}`,
      "(?:following|followed|tailing) (?:him|her|them|my \\w+) (?:\\w+ ){0,2}?(?:right now|now|tonight)",
      "(?:hes|shes|theyre|he is|she is|they are) (?:asleep|passed out|sleeping|drunk)[^.!?\\n]{0,40}(?:ive got|i have|got|im holding|holding) (?:the |a |my )?(?:knife|gun|pan|hammer|pillow|bat)",
      "(?:holding|got|have|ive got) (?:the |a |my )?(?:pan|knife|bat|hammer|gun) (?:over|to|against) (?:him|her|them|his|her)",
      "(?:watching|watched|studying|learned|learnt) (?:my \\w+s|his|her|their|\\w+s) (?:routine|schedule|movements)",
      "(?:zip ties|duct tape|chloroform|rope) (?:\\w+ ){0,4}?for when (?:he|she|they) (?:gets?|comes?) (?:home|back|in)",
      `(?:sharpened|loaded|cleaned|bought|got) (?:the |my |a )?${WEAPON}[,.]? (?:\\w+ ){0,3}?(?:he|she|they) (?:gets? off|leaves?|comes? home|gets? home|gets? out)`,
    ),
    {
      gate: /slash|slit|cut|death|crack|bash|smash|cave|put|slip|mix|pour|crush|drop|outside|at|by|follow|tail|holding|got|have|watch|stud|learn|zip|duct|chloro|rope|sharpen|load|clean|bought/,
      hyperbole: true,
      unless:
        /\b(?:minecraft|in the game|video game|movie|film|novel|tv show|the show|a show|episode|book|character|recipe|cooking|chef|hunting|deer|range|dog|cat|puppy|kitten|worked to death|bored to death|scared to death|talked to death)\b/,
    },
  ),
  rule(
    "harm_to_others.place.more",
    "harm_to_others",
    "high",
    any(
      `(?:dont|do not) (?:come|go|show up) to ${PLACE} (?:tomorrow|on \\w+day|this week|next week|monday|tuesday|wednesday|thursday|friday)[^\\n]{0,40}(?:serious|warned|warning|not joking|trust me|tell (?:ur|your|ya) friends|mark my words)`,
      `(?:loaded|parked|waiting|sitting|walking|heading|driving) (?:\\w+ ){0,4}?(?:outside|at|in front of|into|to) (?:the |my |his |her )?${PLACE} (?:\\w+ ){0,2}?(?:now|with (?:it|them|the guns?)|they had their chance|its time)`,
      `(?:guns?|rifles?|ar|ak|ar15|bomb) (?:\\w+ ){0,4}?(?:to|at|outside) ${PLACE}`,
      `(?:bringing|bring|taking) (?:my |his |a |the )?(?:dads |\\w+s )?(?:ar|ak|ar15|rifle|gun|guns|shotgun|pistol) to ${PLACE}`,
      "(?:who|which ones?) (?:at|in) (?:work|school|the office|class) (?:gets|get) it first|(?:is|are) (?:going down|goin down) with me|(?:a lot of|lots of|so many) empty (?:desks|seats|chairs)|(?:is|are) (?:gonna|going to) be a bloodbath|(?:is|are) getting hit (?:on|at|during)|(?:youve|you have|yall have|yall been) been warned|mark the date",
      `(?:everyone|everybody|all of them|all those people) (?:at|in) ${PLACE} (?:who|that) (?:\\w+ ){0,4}?(?:is|are) (?:gonna|going to) (?:pay|regret|be sorry)`,
      `(?:drive|driving|plow|ram) (?:my |the )?(?:truck|car|van) (?:through|into) (?:the |their )?(?:front )?(?:window|door|doors|entrance|crowd)`,
      "(?:take|taking) out half (?:the|of the) (?:bar|office|class|school|room|party)",
    ),
    {
      gate: /dont|do not|load|park|wait|sit|walk|head|driv|gun|rifle|ar|ak|bomb|bring|taking|who|which|down with|empty|bloodbath|hit|warned|mark|everyone|everybody|all of|all those|plow|ram|take/,
      hyperbole: false,
      unless:
        /\b(?:snow day|snow|closed|holiday|sick|strike|cancell?ed|flu|covid|minecraft|in the game|video game|movie|film|novel|news|reported|police said|parking lot is|bake sale|pizza|quiz|exam|test)\b/,
    },
  ),
];
