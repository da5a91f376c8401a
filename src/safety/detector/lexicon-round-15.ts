import { any, type Rule, rule } from "./rules.ts";

// Round-15 misses by phenomenon (tune/round-15, tune/posts-3): the home lozenge taken off plan
// (alone, early, chewed, with a drink, two at once, a partner's tablet, a dealer's supply,
// saved up); self-harm by heat and by hitting walls to feel it; harm to a named person with a
// weapon at hand or a fantasy told as one; a weapon in the lap, a ledge with a goodbye, a car
// sealed; method questions by effect ("shut down your liver", "need it to be quick"); a day
// chosen with a goodbye; post-dose confusion and stinging urine said in passing; a carer's
// control and neglect; unwanted touching told plainly.

/** The home dose, however it is named. */
const LOZENGE =
  "(?:(?:home |at home |this weeks |my |the |saturdays |sundays |mondays |tuesdays |wednesdays |thursdays |fridays |normal |usual |weekend |evening |morning )*(?:lozenges?|troches?|rdts?|melty tabs?|dose|k dose))";
const DRINK =
  "(?:beers?|pints?|drinks?|wine|champagne|prosecco|vodka|whisky|whiskey|gin|rum|tequila|shots?|seltzers?|ciders?|booze|alcohol|cocktails?)";
const WEAPON =
  "(?:bats?|baseball bat|knife|knives|gun|pistol|piece|strap|hammer|crowbar|tire iron|tyre iron|machete|axe|blade|rifle|shotgun|glock|45|38|357|9mm)";

export const ROUND_15_RULES: Rule[] = [
  rule(
    "misuse.home_dose.off_plan",
    "misuse",
    "low",
    any(
      `(?:took|take|taking|had|used|did|done) ${LOZENGE} (?:\\w+ ){0,6}?(?:with nobody|with no one|with noone|without (?:anyone|anybody|someone|my \\w+) (?:here|home|there|with me)|(?:alone|on my own|by myself)[^.!?\\n]{0,60}(?:even tho|even though|plan says|supposed to|meant to|anyway))`,
      `(?:took|used|had|did) (?:my |the |this weeks )?(?:\\w+ )?(?:${LOZENGE}|one|it) (?:\\w+ ){0,6}?(?:instead of(?! \\d| at \\d)(?: at| on| waiting| the)?|a day early|early because|before the \\d+ (?:days|hours))`,
      "(?:chewed|swallowed|crunched) (?:it|the lozenge|the troche|my lozenge|my troche)(?: \\w+){0,4}? instead of (?:holding|keeping|letting)",
      `${DRINK}(?: \\w+){0,6}? (?:the (?:night|day|evening|morning) (?:before|after)|after) (?:my|the|a) (?:home |at home )?(?:lozenge|troche|dose)`,
      "(?:the |my )?plan says (?:no alcohol|no drinking|someone (?:has to|should|must) be (?:home|there|with me))[^\\n]{0,160}(?:anyway|but (?:its|it was)|not a big deal|i know i know)|i know the plan says (?:48|24|\\d+) ?(?:hrs|hours)",
    ),
    {
      self: "strict",
      negatable: false,
      unless: /\b(?:should i|can i|is it ok if i|am i allowed|as planned|as prescribed)\b/,
      requires: /\b(?:lozenges?|troches?|dose|doses|rdts?|melty tabs?)\b/,
    },
  ),
  rule(
    "misuse.home_dose.beyond",
    "misuse",
    "moderate",
    any(
      `(?:took|take|taking|had|have|used|using|did|do) (?:\\d+|two|three|four|five) (?:${LOZENGE}|of them)? ?(?:tonight |today |this morning )?(?:instead of (?:1|one|the one)|in (?:an|one|a single) (?:hour|evening|night|go|sitting)|on purpose|at once|at the same time)`,
      "(?:2|two) instead of (?:1|one)|(?:a |an )?(?:cheeky|sneaky|secret) (?:extra|second|one more)|two in one (?:evening|night|day)|(?:the first one|it) didnt (?:hit|work|do anything)[^.!?\\n]{0,40}(?:another|a second|one more)",
      `(?:stockpil\\w+|hoard\\w*|saving up|been saving|saved up|squirrel\\w* away) (?:\\w+ ){0,2}?(?:lozenges|troches|doses|rdts|tabs)`,
      "(?:skipping|skipped|skip) (?:the odd|every other|some of my|a few of my|my) (?:\\w+ )?(?:dose|doses|lozenge|lozenges)[^\\n]{0,80}(?:putting|put|keeping|kept|hid|hiding|saving|tin|drawer)",
      `(?:took|take|taking|had|swallowed|used) (?:one of |a couple of |some of |two of )?(?:my )?(?:husbands|wifes|partners|mums|moms|dads|sisters|brothers|friends|mates|boyfriends|girlfriends|roommates|flatmates) (?:xanax|valium|diazepam|lorazepam|ativan|klonopin|benzos?|oxy\\w*|percocet|codeine|tramadol|sleeping (?:pills|tablets)|pills|tablets|meds|gabapentin|zopiclone|ambien)`,
    ),
    { self: "strict", negatable: false },
  ),
  rule(
    "misuse.alcohol.with_dose",
    "misuse",
    "moderate",
    any(
      `${DRINK}(?: \\w+){0,6}? (?:first|right before|just before|before|with|on top of|alongside) (?:my|the|a) (?:home |at home )?(?:lozenge|troche|dose)|(?:help|helped|helping) the (?:lozenge|troche|dose) along`,
      `(?:did|took|had|used|take|do) (?:my |the )?(?:home |at home )?(?:lozenge|troche|dose)(?: \\w+){0,4}? (?:then|and then|and|after that|afterwards|with|plus) (?:had |drank |downed |a |some |\\w+ )?(?:a |some |two |three |a few |a couple )?(?:glass of |glasses of |pints? of |shots? of |cans? of |bottle of )?${DRINK}`,
    ),
    {
      self: "strict",
      negatable: false,
      unless:
        /\b(?:should i|can i|is it ok if i|am i allowed|okay to|ok to|safe to|allowed to|no alcohol|tomorrow)\b/,
    },
  ),
  rule(
    "misuse.supply.outside",
    "misuse",
    "moderate",
    any(
      "(?:ordered|bought|got|buying|order|get|getting) (?:some )?(?:ketamine|ket|k|special k)(?: \\w+){0,2}? off (?:a|some|the|this) (?:website|site|app|guy|dealer|bloke|telegram|forum)",
      "(?:my )?(?:old )?dealers? (?:number|contact|details)|(?:text|texted|message|messaged|hit up|call|called) (?:my |the |an |his )?(?:old )?dealer",
      "street (?:k|ket|ketamine)|(?:did|done|doing|had|took) (?:a |one |a couple of |two |some )?(?:bumps?|lines?|keys?)(?: of (?:k|ket|ketamine))?(?: \\w+){0,6}? (?:in the garden|at the party|going around|in the toilets|in the bathroom|cause|because)|someone had (?:some )?(?:k|ket|ketamine|bumps)",
      "(?:get|make) the (?:doc|doctor|clinic) (?:to )?(?:up|double|raise|increase) my (?:script|dose|prescription)|ketamine on demand|(?:other|another) clinics? (?:\\w+ ){0,4}?(?:top ?up|on the side|extra|as well|without telling)",
      "(?:counting down|count down|counting the days) (?:till|until|to) (?:i can )?(?:do it again|the next one|my next (?:one|lozenge|dose|hit))[^\\n]{0,120}(?:left|craving|cant wait|not normal|up my|more)",
    ),
    { self: "strict", negatable: false },
  ),
  rule(
    "misuse.overdose.own_supply",
    "misuse",
    "high",
    "(?:took|swallowed|taken|had|necked|downed) (?:all|the rest|every one|the lot|the whole (?:box|pack|bottle)) (?:of )?(?:\\d+ |two |three |four |five |six |seven |eight |nine |ten |my |the |of my |of the |home |that i had |i had )*(?:left )?(?:lozenges|troches|rdts)|(?:lozenges|troches) i had left",
    { self: "strict", negatable: false },
  ),
  rule(
    "self_harm.to_punish.dose",
    "self_harm",
    "moderate",
    "(?:took|had|swallowed)(?: \\w+){0,4}? on purpose (?:\\w+ ){0,3}?(?:to feel (?:awful|sick|bad|terrible|like shit)|to punish myself|to make myself sick)|(?:like|because|cause|cos) i deserved? (?:to (?:be sick|feel (?:awful|sick|bad|it)|suffer|hurt)|it)",
    { self: "strict", negatable: false },
  ),
  rule(
    "self_harm.heat_or_walls",
    "self_harm",
    "high",
    any(
      "(?:held|pressed|put|kept) my (?:hand|palm|arm|wrist|fingers?|thigh|leg) (?:over|on|against|under|near) (?:the |a )?(?:stove|burner|hob|flame|lighter|candle|iron|kettle|hot pan|grill|heater|radiator|hot tap)(?: \\w+){0,6}? (?:for|until|till|and counted|count)",
      "(?:burned|burnt|burn|burning) (?:the (?:inside|back|top) of )?my (?:arm|arms|wrist|wrists|hand|hands|hip|hips|thigh|thighs|leg|legs|stomach|skin|forearm)(?: \\w+){0,3}? with (?:a |the |my )?(?:hot )?(?:spoon|lighter|iron|cigarette|fag|match|matches|candle|curling iron|straighteners|knife|key|coin|lighter)",
      "(?:did|done|do) (?:it|small ones|them|a few) with (?:a |the )?(?:iron|lighter|cigarette|hot spoon)|(?:small|little) ones with a lighter",
      "(?:punching|punched|punch|hitting|banging|smashing) (?:the |a )?(?:wall|walls|brick|mirror|door)(?: \\w+){0,8}? (?:to feel|need to feel|feel something|feel it|until my knuckles|till my knuckles|until they bled|till they bled|so it hurts)|(?:my )?knuckles are (?:a mess|bleeding|split|raw)[^\\n]{0,120}(?:punching|hitting) the wall",
    ),
    {
      self: "strict",
      negatable: false,
      unless: /\b(?:by accident|accidentally|while cooking|oven tray|making (?:dinner|tea))\b/,
    },
  ),
  rule(
    "self_harm.small_acts",
    "self_harm",
    "low",
    any(
      "(?:bite|bit|biting|chew|chewing) (?:the inside of )?my (?:cheek|cheeks|lip|lips|nails|fingers)(?: \\w+){0,4}? (?:until|till|til) (?:its |it is |they are |theyre )?(?:raw|bleed|bleeding|bleeds)",
      "(?:snap|snapped|snapping|flick|flicked) (?:the |a |my )?(?:rubber band|elastic|hair tie) (?:really )?(?:hard )?(?:on|against) my wrist",
      "miss (?:it|cutting|the cutting|self harming|hurting myself) sometimes|(?:miss|missing) the (?:old )?(?:cutting|self harm|burning) days",
      "(?:clean|free) (?:from|of) (?:cutting|self harm|selfharm|sh)[^\\n]{0,160}(?:urge|urges|want to|wanting to|screaming|itching|tempted)",
    ),
    { self: "strict", negatable: false },
  ),
  rule(
    "harm_to_others.armed_at_door",
    "harm_to_others",
    "imminent",
    any(
      `(?:in the car|parked|sitting|waiting|im) (?:\\w+ ){0,3}?(?:outside|across from|across the (?:street|road) from|opposite|near|by|in front of|at) (?:his|her|their|[a-z]+s|the) (?:apartment|house|place|building|flat|work|door|office|school|school gates|gates)[^\\n]{0,200}${WEAPON}`,
      `${WEAPON} (?:is |are )?on the (?:passenger )?seat[^\\n]{0,120}(?:his|her|their) (?:lights?|car|door|window)`,
      "(?:hes|shes|theyre|he is|she is) asleep[^\\n]{0,60}(?:ive got|i have|im holding|got) the (?:pillow|knife|hammer|gun|bat|rope|cord)",
    ),
    { negatable: false },
  ),
  rule(
    "harm_to_others.visit_armed",
    "harm_to_others",
    "high",
    any(
      `pay (?:him|her|them|my \\w+|that \\w+|the \\w+) a (?:little )?visit(?: \\w+){0,3}? with (?:a |my |the )?(?:\\w+s )?${WEAPON}`,
      "(?:a|my) list of (?:names|people)[^\\n]{0,120}(?:regret|pay|sorry|deserve|laughing|shift change|meeting)|(?:regret|sorry) (?:laughing|they laughed)[^\\n]{0,80}list of names",
      "(?:waiting|be waiting) in the (?:lot|car park|parking lot|driveway)[^.!?\\n]{0,40}with (?:the |a |my )?(?:tire iron|tyre iron|bat|knife|gun|crowbar|hammer)",
    ),
    { negatable: false },
  ),
  rule(
    "harm_to_others.want_hurt.people",
    "harm_to_others",
    "moderate",
    "(?:i )?(?:want|wanna|need) to (?:really )?(?:hurt|kill|destroy|beat|batter) (?:the|those|these) (?:boys|guys|men|kids|lads|people|bastards|animals)(?: who| that| what)|(?:follow|following) them and (?:drag|pull) them out",
    { self: "strict", negatable: false },
  ),
  rule(
    "harm_to_others.fantasy",
    "harm_to_others",
    "low",
    any(
      "(?:picturing|imagining|fantasi[sz]e|fantasi[sz]ing|daydreams?|daydreaming|dream) (?:about |of )?(?:\\w+ ){0,5}?(?:putting (?:him|her|them) through|tripping (?:him|her|them)|pushing (?:him|her|them)|hurting (?:him|her|them)|punching (?:him|her|them)|beating (?:him|her|them)|smashing (?:his|her|their)|strangling|running (?:him|her|them) over|(?:finally )?getting what (?:he|she|they) deserves?)",
      "(?:wishing|wish|hoping) (?:someone|somebody) would (?:beat up|hurt|kill|run over|batter|jump) (?:my|him|her|them)",
    ),
    { negatable: false, unless: /\b(?:in (?:the|a) (?:game|film|movie|book)|character|novel)\b/ },
  ),
  rule(
    "suicide.now.armed_or_ledge",
    "suicide",
    "imminent",
    any(
      `(?:the |my |a )?${WEAPON} (?:is )?in my (?:lap|mouth|hand)(?: \\w+){0,4}?[^\\n]{0,40}(?:loaded|sorry|bye|goodbye|this time|tonight|now)|loaded this time`,
      "(?:im |i am )?(?:at|on) the (?:bridge|footbridge|overpass|roof|rooftop|cliff|cliffs|edge|ledge|viaduct|tracks)(?: \\w+){0,4}?[.!,]?[^\\n]{0,80}(?:bye|goodbye|sorry|love you|love u|tell (?:my|them|\\w+) i)",
      "sealed (?:the )?(?:gap|gaps|door|doors|vents?|windows?)(?: \\w+){0,6}? (?:with )?(?:the )?(?:old )?(?:towels?|tape|duct tape|blankets?)|(?:its|engine is|engines) running[^\\n]{0,80}(?:garage|back seat|hose|towels)",
      "climbed over (?:the )?(?:first bit of )?(?:railing|railings|barrier|fence)[^\\n]{0,80}(?:ledge|legs over|edge)",
    ),
    { self: "strict", negatable: false },
  ),
  rule(
    "suicide.means.held",
    "suicide",
    "high",
    "(?:sat|sitting|sit) (?:there )?holding (?:it|the gun|my gun|my sidearm|the pistol|my pistol|my rifle)(?: \\w+){0,4}? for|took (?:my|the) (?:sidearm|gun|pistol|rifle|revolver) out of the safe",
    { self: "strict", negatable: false },
  ),
  rule(
    "suicide.method.effect_question",
    "suicide",
    "high",
    any(
      "how (?:many|much) (?:\\w+ ){0,3}?(?:would|does|dose|do|will|to|should|it) (?:it )?(?:take )?(?:to )?(?:shut down|stop|kill|fry|destroy|wreck|knock out) (?:your|my|a|the|someones) (?:liver|heart|kidneys|breathing|lungs)",
      "(?:the most|max|maximum) (?:\\w+ )?(?:lozenges|pills|tablets|troches|tylenol|paracetamol|sleeping pills)(?: \\w+){0,2}? (?:someone|a person|you|i|one) (?:could|can|might) (?:take|have|swallow)",
      "how many (?:of (?:those|these|them) )?(?:together )?would (?:actually |actualy )?do it",
      "(?:need|want) it to be (?:quick|fast|painless|instant|certain)",
    ),
    {
      self: "strict",
      negatable: false,
      unless:
        /\b(?:caffeine|coffee|energy drinks?|red bull|chilli|hot sauce|essay|deadline|exam|finals)\b/,
    },
  ),
  rule(
    "suicide.plan.day_and_goodbye",
    "suicide",
    "high",
    "(?:sundays|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|tomorrows|tonights|todays) the (?:day|night)[^\\n]{0,60}(?:love (?:u|you) all|goodbye|bye|👋|🕯|sorry)|(?<=(?:\\d|two|three|four|five) )more (?:days|sleeps)[^\\n]{0,30}(?:👋|🕯|love (?:u|you) all|goodbye|bye)",
    { self: "strict", negatable: false },
  ),
  rule(
    "suicide.prep.cross_me_off",
    "suicide",
    "high",
    "(?:you can|please|just) (?:cross|take|strike) me off(?: the list)?|(?:dont|wont|shant|will not) need (?:the|my) next (?:session|appointment) booked",
    { self: "strict", negatable: false },
  ),
  rule(
    "suicide.fragment.plain",
    "suicide",
    "low",
    any(
      "tired\\W+of (?:everything|it all)\\W+(?:of )?(?:being here|living|existing|being alive)",
      "(?:the )?world (?:wouldnt|would not|wont) miss me",
      "(?:about|of|wanna|want to|tempted to|considering) (?:checking|check) out early",
      "if i die (?:in my sleep )?(?:tonight|tomorrow)(?: \\w+){0,2}? (?:dont|do not) (?:bring me back|wake me|resuscitate|call anyone)",
      "(?:my )?retirement plan is (?:a |an )?(?:heart attack|death|dying|early grave)",
    ),
    { self: "strict", negatable: false },
  ),
  rule(
    "suicide.want_die.run_together",
    "suicide",
    "moderate",
    "(?:iwanttodie|iwannadie|wanttodie|wannadie|iwantodie|killmyself|ikillmyself|iwanttokillmyself|endmylife|iwanttoendit|idontwanttolive|idontwannalive)",
    { negatable: false },
  ),
];
