import { any, PILLS, type Rule, rule } from "./rules.ts";

// Method and means: questions about how, how many, how high or whether something is lethal
// or painless (in a patient's chat there is no neutral question about a lethal method), means
// acquired or made ready, and preparation already done.

const PLACE =
  "(?:bridge|building|floor|storey|story|height|cliff|roof|rooftop|balcony|overpass|car park|parking garage|tower|drop|fall)s?";
const METHOD =
  "(?:drowning|hanging|bleeding out|jumping|overdosing|an overdose|overdose|od|carbon monoxide|freezing to death|dying|suffocating|suffocation|a gunshot|being shot|slitting (?:your|my) wrists|an exit bag|helium|poison|poisoning|starving)";
const DEATH =
  "(?:kill|killed|die|dead|death|fatal|lethal|deadly|stop (?:a|my|your|the) heart|not wake up|never wake up|overdose|od|enough to (?:die|kill|end it|do it)|be enough|end it)";
const MEANS =
  "(?:a |some |the |more |enough |extra )?(?:rope|noose|gun|pistol|handgun|rifle|shotgun|bullets|ammo|razor blades?|blades|charcoal|helium|exit bag|rat poison|antifreeze)";
const TIMELINE =
  "(?:tonight|today|tomorrow|this weekend|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|next week|soon|this week|at midnight|when (?:everyone|they|she|he) (?:is|are) (?:asleep|out|gone|away)|before (?:the|my) (?:next )?session|im ready|i am ready|its time|it is time|decided|for good|once and for all)";

/** Method and means questions, means made ready, preparation: suicide. */
export const MEANS_RULES: Rule[] = [
  rule(
    "suicide.method.question",
    "suicide",
    "moderate",
    any(
      `how (?:many|much) (?:\\w+ ){0,5}?(?:would|will|does it|do you|do i|to|it takes?|until|before|is|are|can|could|should)(?: \\w+){0,5}? ${DEATH}`,
      `(?:which|what|how) (?:\\w+ ){0,3}?${PLACE} (?:\\w+ ){0,5}?(?:high enough|tall enough|is enough|would kill|to die|fatal|lethal|deadly|no one survives|you dont survive|cant survive)`,
      `how (?:high|far|tall) (?:\\w+ ){0,5}?(?:to die|to be fatal|to kill|be fatal|be lethal|kill you|kill me|survive|to not survive)`,
      `(?:is|are|would|does|will|how) (?:\\w+ ){0,3}?${METHOD} (?:\\w+ ){0,5}?(?:painless|painful|quick|fast|lethal|fatal|peaceful|hurt|take|work|guaranteed|certain)`,
      "(?:painless|peaceful|quick|quickest|fastest|surest|surefire|foolproof|guaranteed|certain|easiest|least painful|most reliable|best) (?:way|ways|death|method|methods) (?:to go|to die|out|of dying|to end it|to not wake up|to do it)",
      `(?:can|could|would|will|do) (?:you|a person|someone|i|people) (?:\\w+ ){0,2}?(?:die|be killed|not wake up|stop breathing) (?:from|of|if|by|after)`,
      `(?:would|will|could|is) (?:\\w+ ){0,6}?(?:be enough to|enough to) (?:kill|die|end|stop)`,
      "how long (?:does it|would it|will it|until|before)(?: \\w+){0,5}? (?:to die|die|bleed out|lose consciousness|drown|suffocate|stop breathing|to be dead)",
      `what (?:happens|would happen|will happen) if (?:i|you|someone) (?:took|take|swallowed|swallow|ate|drank|drink) (?:all|a whole|the whole|\\d+|twenty|thirty|fifty|a hundred|a bottle|the bottle|a month of|a weeks worth)(?: of)?(?: my| the| these)? (?:\\w+ )?${PILLS}`,
      "how (?:to|do you|do i|would you|would i) (?:tie a noose|make a noose|hang (?:yourself|myself|oneself)|slit (?:my|your) wrists|overdose|od on|not wake up)",
      "(?:where|how) (?:can|could|do|would) i (?:get|buy|find) (?:a gun|a rope|a noose|enough pills|enough \\w+ to|helium|rat poison)",
    ),
    {
      gate: /surefire|foolproof|guarant|how|which|what|hurt|take|work|guarant|certain|kill|wake|breath|painless|painful|quick|fast|lethal|fatal|peaceful|sure|easi|best|reliable|die|enough|where/,
      self: "strict",
      negatable: false,
    },
  ),
  rule(
    "suicide.means.ready",
    "suicide",
    "high",
    any(
      "(?:driving|going|walking|heading|drive|go|walk) to the (?:bridge|cliff|tracks|train tracks|roof|river|viaduct) (?:after this|now|tonight|right now|later tonight)",
      "(?:gun|pistol|rifle|shotgun) (?:is )?(?:loaded|ready|in my (?:lap|hand|hands|mouth))|loaded (?:the|my|a) (?:gun|pistol|rifle|shotgun)|(?:cleaned|loaded) it and",
      "(?:rope|noose) (?:is )?(?:ready|tied|up|set up|hanging|waiting)|(?:tied|made|tying|making) (?:a |the )?noose|(?:set|setting) up the rope|(?:found|picked) a (?:beam|branch|hook) strong enough",
      `${PILLS} (?:are |is )?(?:lined up|counted|counted out|sorted|sorted into piles|in piles|piled up|laid out|in front of me|all out on the table)|(?:counted|counting|lined up|laid out|crushed) (?:out )?(?:all )?(?:my|the|of the|all the) (?:\\w+ )?${PILLS}`,
      `(?:picked|chose|chosen|set|decided on|have|got|marked|circled) (?:a |the |my )?(?:date|day)(?: and|,|\\.|$| for it| its| it is| to do it| to go| for when)`,
      "(?:stood|standing|stand|climbed|climbing|got|was|am|im) (?:over |onto |on )?(?:to )?the (?:wrong|other) side of the (?:railing|railings|barrier|fence|parapet|guard ?rail)",
      "(?:gun|pistol|rifle|shotgun)[^.!?\\n]{0,30}(?:its|it is) loaded",
      // Means in hand and "doing it" with a time, no word for suicide (Spanish had it learned).
      `(?:have|got) (?:the |my |all my |all the |enough )?${PILLS} (?:here |ready |with me )?(?:and|so) (?:im|i am) (?:going to|gonna|about to) do it (?:tonight|today|now|right now|later)`,
    ),
    {
      gate: /bridge|cliff|tracks|roof|river|viaduct|gun|pistol|rifle|loaded|railing|barrier|fence|parapet|guard|cleaned|painkill|pain kill|rope|noose|beam|branch|hook|pill|meds|medic|tablet|capsule|oxy|opi|insulin|tylenol|paracet|acetamin|ibup|benzo|xanax|valium|klonopin|ambien|lithium|antidep|seroquel|gaba|tramadol|morph|fent|ketamine|lozenge|troche|percocet|vicodin|prescri|date|day/,
      self: "strict",
      unless:
        /wedding|party|trip|move|moving|appointment|surgery|session|exam|interview|holiday|vacation|birthday|launch|meeting|organi[sz]er|dosette|blister pack|pill box|pillbox|weekly|pharmacist|refill|repeat prescription/,
    },
  ),
  rule(
    "suicide.means.acquired",
    "suicide",
    "moderate",
    `(?:bought|buying|got|ordered|ordering|picked up|purchased|found|have|ive got|got myself|been saving|saved) ${MEANS}(?! for (?:the|my) (?:tent|garden|climbing|boat|dog|swing|range|hunting))`,
    {
      gate: /rope|noose|gun|pistol|rifle|bullet|ammo|blade|charcoal|helium|exit bag|poison|antifreeze/,
      self: "strict",
      unless:
        /hunting|range|climbing|camping|tent|garden|boat|swing|hammock|curtain|washing|laundry|clothesline|picture|skipping|jump rope|target|clay|deer|season|license|licence|bbq|grill|barbecue|shaving|craft|sailing|tug|dog|christmas tree|car roof|roof rack|pulley|bike|bicycle|gun safe|gun cabinet|pheasants?|shoots|tarp|tie down|in (?:his|her|their) (?:\w+ )?(?:case|room|bag|drawer|pocket|backpack|bedroom|wardrobe|closet)/,
    },
  ),
  rule(
    "suicide.means.timeline",
    "suicide",
    "high",
    `(?:bought|got|ordered|picked up|purchased|have|ive got|got myself|saved|saving) (?:\\w+ ){0,2}?(?:${MEANS}|(?:enough |all my |extra )${PILLS})(?: \\w+){0,8}? ${TIMELINE}`,
    {
      gate: /rope|noose|gun|pistol|rifle|bullet|ammo|blade|charcoal|helium|exit bag|poison|antifreeze|enough|all my|extra/,
      self: "strict",
      unless:
        /hunting|range|climbing|camping|tent|garden|boat|swing|refill|pharmacy|prescription|doctor|dose for|barbecue|bbq|grill|christmas tree|bike|pulley/,
    },
  ),
  rule(
    "suicide.attempt.report",
    "suicide",
    "high",
    any(
      `(?:took|swallowed|downed|necked) (?:a bunch|a handful|handfuls|all|everything|too many|a whole bottle|the whole bottle|a whole box|the whole box|a whole packet|the whole packet|a packet|a whole strip|\\d{2,}|twenty|thirty|forty|fifty|a hundred|loads)(?: of)?(?: my| the| her| his)?(?: \\w+)? ${PILLS}`,
      "(?:^|(?<=[.!?\\n] ?))(?:overdosed|oded|od d) (?:on|last|a few|two|three|yesterday)|my (?:suicide|goodbye) (?:note|letter)s? (?:is|are) (?:written|ready|done|on|in|here|finished)|so (?:no one|nobody|they|you|my \\w+) (?:has|have|will have|wont have|doesnt have|dont have) to (?:deal with|sort out|worry about) (?:it|anything|my \\w+|the \\w+)(?: \\w+){0,2}? (?:after|when im gone|afterwards)",
      "(?:tried|attempted|trying) to end (?:things|it all|my life|everything)|(?:my|the) (?:overdose|attempt|od) (?:was )?(?:only )?(?:(?:a|one|two|three|four|five|\\d+|a few|a couple of) (?:days?|weeks?|months?) ago|last (?:week|month|night)|yesterday)",
      "(?:took|swallowed|downed) (?:everything|all (?:of )?(?:it|them|the (?:pills|meds|tablets))) (?:in|from) (?:the|my) (?:medicine )?(?:cabinet|drawer|cupboard|bathroom)|pumped my stomach",
      "(?:tried|attempted|try) (?:to )?(?:drown|hang|shoot|gas|poison|electrocute|suffocate|strangle|cut) myself|(?:tried|attempted) (?:it|again)(?= last| yesterday| this| a few| two| three| on)",
      "(?:woke up|ended up|was|am|got out of|just got out of|got home from|back from) (?:in )?(?:the |a )?(?:hospital|er|icu|a&e|psych ward|psych unit|inpatient)[^.!?\\n]{0,40}(?:pills|overdose|what i did|tried|attempt|stomach|cut|wrists|rope)",
      "(?:paramedics|ambulance|they) (?:found|had to) (?:me|revive me|pump my stomach)|(?:i )?(?:didnt|did not) (?:die|work)(?: like i)? (?:wanted|hoped|planned)|(?:it|the pills) (?:didnt|did not) work (?:and|so|i woke up)|woke up (?:and was )?(?:disappointed|angry|upset) (?:i|that i) (?:was|am|didnt die) (?:still )?alive|still alive unfortunately",
    ),
    {
      gate: /overdos|oded|od d|note|letter|deal with|sort out|worry about|took|swallow|downed|necked|tried|attempt|try|hospital|er|icu|a&e|psych|inpatient|paramedic|ambulance|they|didnt|did not|work|alive/,
      self: "strict",
      time: "act",
      past: "moderate",
      unless:
        /for (?:the day|today|the week|the morning|tonight)|as prescribed|on time|with (?:food|breakfast|lunch|dinner|water)|vitamins|supplements/,
    },
  ),
  rule(
    "suicide.plan.farewell",
    "suicide",
    "high",
    any(
      "(?:made|wrote|writing|updated|finished|drew up|signed|sorted) (?:a |my )(?:will|last will)(?! power)|(?:will|affairs) (?:is |are )?(?:done|sorted|signed|in order)",
      "(?:gave|given|giving|rehomed|rehoming|found a home for|found homes for) (?:away )?my (?:cat|cats|dog|dogs|pets?|bird|rabbit|fish|hamster|kitten|puppy)(?: away| to (?:a|my|the|someone|people|friends|a friend|a neighbou?r|the shelter))?(?! for the (?:weekend|week|day|night)| while| to (?:watch|look after|mind))",
      "(?:wrote|written|writing|left|leave|leaving|finished|recorded) (?:\\w+ ){0,2}?(?:letters|notes|messages|videos|a letter|a note|a video) (?:to|for) (?:each of|everyone|all of|my (?:kids|family|children|parents|wife|husband|partner|mom|mum|dad|sister|brother|son|daughter|friends|best friend))(?! (?:for|about) (?:christmas|their|the) birthday)",
      "(?:whoever|who ever|the person who|whoever it is that) finds me|where my (?:\\w+ ){0,4}?(?:will|passwords|documents|papers|bank details) (?:is|are)|(?:said|told|written|wrote) (?:everything|all) i (?:needed|wanted|had) to (?:say|tell)",
      "(?:gave|given|giving|give) (?:\\w+ ){1,6}?away to (?:friends|people|everyone|family|my \\w+)|(?:told|showing|showed|show) (?:\\w+ ){0,2}?where everything is|(?:will|affairs|paperwork) (?:is |are )?(?:up to date|in order|sorted)|(?:this|that) (?:will be|is) my (?:last|final) (?:message|post|text)(?! (?:tonight|today|for (?:today|tonight|now|the (?:day|night|week|weekend))|before (?:bed|sleep|i sleep)|until|till))|(?:look after|take care of) (?:my \\w+|them|her|him) (?:when|after|once) (?:im|i am) gone",
      "(?:gave|giving|given|cancel\\w*) [^.!?\\n]{0,60}(?:wont|will not) need (?:them|it|these|those|any of (?:it|them))|(?:hugged|kissed|held|saw|visited|called) (?:\\w+ ){0,3}?(?:for the|one) (?:last|final) time(?! before (?:she|he|they) (?:retires|moves|leaves))",
      "(?:said|saying|said all) (?:my )?(?:goodbyes|last goodbyes|farewells)|(?:deleted|deleting|closed|closing|cancelled) (?:all )?my (?:accounts|social media)(?: \\w+){0,3}? (?:and|so|because|before)|(?:paid|paying) off (?:all )?my debts (?:so|before)|(?:gave|giving) away (?:all|most|everything|my stuff|my things)|(?:giving|gave|give|given) everything away",
      "(?:told|telling|tell) (?:\\w+ ){0,2}?(?:i love (?:them|her|him|you)|how much i love (?:them|her|him|you)) (?:one )?(?:last|final) time|(?:one )?last (?:hug|visit|look|time seeing)(?: \\w+){0,3}? (?:before i go|before im gone)",
    ),
    {
      gate: /finds me|where my|needed to|wanted to|had to|everything is|paperwork|message|post|text|gone|cancel|will|affairs|gave|given|giving|rehom|home|wrote|written|writing|left|leav|finished|recorded|said|saying|delet|clos|cancel|paid|paying|told|telling|tell|last/,
      self: "strict",
      unless:
        /freecycle|shipping|baby clothes|due in|pregnan\w*|declutter\w*|clear(?:ing)? out|car boot|ebay|vinted|marketplace|charity shop|donat\w*|\bwe (?:give|gave|are giving|re giving)\b|emigrat\w*|relocat\w*|for the (?:weekend|week|night|day)|while (?:i|im|we)|look after (?:\w+ ){0,3}?(?:for the|while|this)|(?:dog|pet|cat) ?sit|thank you|thank-you|christmas|holiday|birthday|wedding|card|moving|move abroad|allerg|landlord|new job|retir|graduat|lawyer|solicitor|notary|new (?:house|home|baby)|mortgage|leaving (?:party|do|drinks)|colleagues|coworkers|(?:off to|going to) (?:sleep|bed)(?! forever| for good| and (?:never|not))|good ?night|talk tomorrow|see you tomorrow/,
    },
  ),
];
