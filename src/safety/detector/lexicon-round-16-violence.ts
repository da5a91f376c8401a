import { any, type Rule, rule } from "./rules.ts";

// Harm to others as violence-3 (tune) says it without "kill": a victim's routine written
// down, a sentence for manslaughter looked up, "tonight's the night he pays", a weapon in the
// jacket at the door, a building burnt "with him in it", one room on Sunday; wishes to do harm
// told plainly; fantasies and intrusive thoughts, disclaimed, at low.

const WEAPON =
  "(?:gun|guns|pistol|rifle|shotgun|knife|knives|bat|hammer|crowbar|machete|axe|blade|tire iron)";

export const VIOLENCE_ROUND_16_RULES: Rule[] = [
  rule(
    "harm_to_others.plan.routine",
    "harm_to_others",
    "high",
    any(
      "(?:his|her|their) (?:address|car|plates?|schedule|routine|shift)[, ]+(?:his|her|their) (?:car|address|schedule|routine|work|kids)",
      "(?:his|her|their) (?:shift|class|practice|work) (?:ends|finishes|gets out|starts) at[^\\n]{0,80}(?:alone|thought it through|ready|waiting)",
      "(?:looked up|googled|googling|researching|checking|read up on) (?:the )?(?:sentence|sentences|jail time|prison time|penalty|penalties) for (?:manslaughter|murder|assault|killing|gbh)",
      "(?:theyll|they will|everyone will|everybody will) (?:all )?be in (?:one|the same) room(?=[^\\n]{0,120}\\b(?:remember|regret|pay|sorry|threw me out|fired me|ill be there))",
      "(?:keep|kept|been|im) driving (?:past|by) (?:his|her|their) (?:house|place|work|flat|apartment)(?=[^\\n]{0,120}\\b(?:hammer|knife|gun|bat|crowbar|trunk))|(?:hammer|knife|gun|bat|crowbar) in my (?:car|trunk|boot)[^\\n]{0,80}driving (?:past|by) (?:his|her|their)",
      "(?:burn|burning|torch|torching|set fire to) (?:the|his|her|their) (?:building|house|place|flat|car|office|shop)(?: down)? with (?:him|her|them) (?:in|inside)",
      "(?:coming|going) (?:down|up|over|in) there with (?:something|a \\w+)[^\\n]{0,40}(?:nobodys leaving|nobody is leaving|no one leaves|no one is leaving|theyll see|theyll regret)",
      "(?:getting|gets|get) (?:whats|what is) coming(?: to (?:him|her|them))?[^\\n]{0,60}(?:friday|tonight|tomorrow|monday|tuesday|wednesday|thursday|saturday|sunday|all set|ready|planned)",
      "would (?:you|u) have to report (?:it|that|me)[^\\n]{0,60}before i (?:do|did)",
    ),
    {
      negatable: false,
      unless: /\b(?:in the (?:game|film|movie|book|show)|fortnite|minecraft|the sims)\b/,
    },
  ),
  rule(
    "harm_to_others.now.at_door",
    "harm_to_others",
    "imminent",
    any(
      `(?:im|i am) at (?:the|his|her|their) (?:door|house|place|work)[^\\n]{0,60}${WEAPON}|${WEAPON}s? (?:is |are )?in my (?:jacket|pocket|bag|waistband|coat)[^\\n]{0,40}(?:dont call|at the door|hes home|shes home|outside)`,
      "(?:tonights|tonight is|todays|today is) the (?:night|day) (?:he|she|they) (?:pays|pay|gets it|get it|learns|learn)",
    ),
    { negatable: false },
  ),
  rule(
    "harm_to_others.want.plain",
    "harm_to_others",
    "moderate",
    any(
      "(?:wish|urge|want|desire|need) to do (?:him|her|them|someone|somebody) (?:real |serious |some )?(?:physical )?harm",
      "(?:wanted|want|wanting) to (?:walk|go|run|drive) (?:over|up|round|across)(?: there)? and (?:hurt|punch|hit|attack|strangle|stab|smash|beat) (?:him|her|them)",
      "(?:want|wanted) to be the one who (?:makes it happen|does it|hurts (?:him|her|them)|ends (?:him|her|them))",
      "(?:take care of|deal with) (?:the (?:guy|man|woman|bloke|person)|him|her|them)(?: who \\w+(?: \\w+){0,4})?[^.!?\\n]{0,40}(?:you know what i mean|if you know what i mean|permanently|for good)",
      "(?:id|i would) (?:happily|gladly) make (?:him|her|them) disappear|make (?:him|her|them|my \\w+) disappear(?! (?:from|off) (?:my|the) (?:feed|calendar|list|contacts))",
      "how easy it would be to (?:let|make|push) (?:my \\w+|him|her|them) (?:fall|die|drown|trip|choke)",
    ),
    {
      negatable: false,
      hyperbole: true,
      unless: /\b(?:magic|trick|magician|appointment|duplicate|paperwork|the stain|the wrinkles)\b/,
    },
  ),
  rule(
    "harm_to_others.fantasy.more",
    "harm_to_others",
    "low",
    any(
      "(?:imagine|imagining|picture|picturing|fantasi[sz]e about|daydream about) (?:my |his |her )?(?:\\w+ ){0,4}?(?:choking on|in pain|going off the road|getting hit|falling down|trapped in|getting (?:whats|what is) coming)",
      "(?:imagine|imagining|picture|picturing) smashing (?:my \\w+s|his|her|their|the \\w+s) (?:face|head)",
      "(?:fantasi[sz]e|fantasi[sz]ing|daydream\\w*|dream) about taking a (?:bat|hammer|knife|crowbar|baseball bat) to (?:him|her|them|his|her)",
      "(?:intrusive )?(?:thought|thoughts|urge|urges) (?:about|of) (?:shoving|pushing|throwing) (?:someone|somebody|a stranger|him|her|people|a kid) (?:onto|in front of|off|down)",
    ),
    { negatable: false, unless: /\b(?:in the (?:game|film|movie|book)|character|novel|my own)\b/ },
  ),
  rule(
    "harm_to_others.round_16.more",
    "harm_to_others",
    "high",
    any(
      "(?:cant|can not|cannot|wouldnt|wont|doesnt) (?:you |they |he |she |anyone )?(?:taste|notice|detect|smell) (?:it )?in (?:coffee|tea|a drink|food|soup|their|his|her|someones)",
      "(?:put|putting) an end to (?:him|her|them|my \\w+)",
      "the hunting is (?:my|his|her|their) \\w+|(?:lending|lend|borrow|borrowing) (?:me )?(?:his|her|their|a) (?:rifle|gun|shotgun|pistol)[^\\n]{0,60}(?:my ex|him|her|the guy|for him|for her)",
      "(?:i have|ive got|got|found) (?:his|her|their) address[^\\n]{0,60}(?:guns?|rifle|knife|drive|visit|clean|loaded)",
      "if i (?:cant|can not|cannot) have (?:him|her|them|my kids|my \\w+),? (?:nobody|no one|noone|no body) (?:can|will|gets to)",
      "(?:make|making) sure (?:he|she|they) never (?:\\w+ ){0,3}?(?:again|anything again)",
      "bringing something to (?:settle it|end it|sort it|finish it|deal with (?:her|him|them))",
    ),
    {
      negatable: false,
      unless:
        /\b(?:in the (?:game|film|movie|book|show)|medicine|vitamins|protein|sweetener|sugar)\b/,
    },
  ),
  rule(
    "harm_to_others.round_16.now",
    "harm_to_others",
    "imminent",
    any(
      "(?:loaded|armed)\\W+(?:\\w+\\W+){0,3}?(?:in my (?:truck|car|van)|outside|at) (?:the )?(?:courthouse|court|school|office|church|mall|station|clinic|his|her|their)",
      "with it in my (?:bag|jacket|pocket|backpack|coat)[^\\n]{0,60}(?:people|crowd|thats the point|here)|(?:lots of|so many|loads of) people here[^\\n]{0,30}(?:thats the point|perfect|good)",
      "the (?:pillow|knife|hammer|gun|bat|rope|cord) is (?:right )?(?:here|next to me|in my hand)(?=[^\\n]{0,80}\\b(?:asleep|tonight|keep looking))",
      "i did it\\W+(?:hes|shes|theyre|he is|she is) on the (?:floor|ground) and (?:not moving|not breathing|wont wake|bleeding)",
    ),
    { negatable: false },
  ),
  rule(
    "harm_to_others.round_16.want_more",
    "harm_to_others",
    "moderate",
    "(?:need|want) (?:him|her|them) to feel what i (?:felt|feel)|(?:not sure|dont know if|dont think) i (?:can|could) stop myself (?:next time|if i see|when i see)",
    { negatable: false },
  ),
  rule(
    "harm_to_others.fantasy.revenge",
    "harm_to_others",
    "low",
    any(
      "revenge fantas\\w+|fantasies (?:of|about) (?:revenge|hurting|killing)",
      "(?:imagine|imagining|picture|picturing|fantasi[sz]e about|daydream about|daydream\\w* (?:\\w+ ){0,4}?about|dream about) (?:strangling|choking|punching|stabbing|shooting|hurting|beating|poisoning|killing) (?:the|my|that|his|her|him|them|some)",
      "(?:had a |a )?dream (?:that )?i (?:put something in|poisoned|killed|stabbed|strangled|shot) (?:my|his|her|their|the)",
    ),
    { negatable: false, unless: /\b(?:in the (?:game|film|movie|book)|character|novel)\b/ },
  ),
];
