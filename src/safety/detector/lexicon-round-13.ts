import { any, OTHER, type Rule, rule } from "./rules.ts";

// Round-13 misses by phenomenon (tune/round-13, tune/posts-1): the small slips from a dosing
// plan that the physician still wants to hear about; mild urinary and blood-pressure signs said
// in passing; passive wishes told as hopes about accidents, scans and coffins; thoughts of
// hurting someone told as daydreams or "how easy it would be"; a weapon on the way to a named
// person; self-harm told by its wound or its purpose; control and force at home.

const DOSE = "(?:lozenges?|troches?|dose|doses|ketamine|k|spray|tablet)";
const LIMB =
  "(?:arms?|forearms?|hands?|wrists?|legs?|thighs?|skin|stomach|fingers?|foot|feet|knuckles|shins?|ankles?)";
/** Someone at home who might be hurting the patient. */
const HOUSEHOLD =
  "(?:he|she|they|my (?:husband|hubby|wife|partner|boyfriend|bf|girlfriend|gf|ex|son|daughter|dad|father|mum|mom|mother|stepdad|brother|sister|carer|caregiver|night carer|flatmate|roommate|fiance|fiancee)|the (?:night |day )?carer)";

export const ROUND_13_RULES: Rule[] = [
  rule(
    "misuse.plan_slip",
    "misuse",
    "low",
    any(
      // Timing moved, split or doubled up, taken where or with whom the plan does not say.
      `took (?:my |tonights |todays |thursdays |the )?(?:\\w+s )?${DOSE} (?:about |like )?(?:\\d+ (?:min|mins|minutes|hours?)|an hour|half an hour|a day) (?:early|late)`,
      `(?:was|went) (?:\\d+|two|three|a few) hours late with my ${DOSE}`,
      `took (?:tonights|todays|tomorrows|thursdays|mondays|tuesdays|wednesdays|fridays|saturdays|sundays|next weeks) (?:one|${DOSE}) (?:this morning|last night|on \\w+day|early|today|yesterday)`,
      `(?:shifted|moved|swapped) (?:\\w+s )?(?:one|${DOSE}|dose) (?:to|from) \\w+day`,
      `(?:had|took) half (?:my|the|a) ${DOSE}[^.!?\\n]{0,40}(?:other half|rest) (?:at|later|in the)`,
      `(?:kept|held|saved|keeping) (?:one|a|some|two) (?:${DOSE} )?back (?:from|instead of)`,
      `took (?:my )?(?:${DOSE}|dose) (?:at (?:my |a )?(?:mates|friends|mums|moms|sisters|boyfriends|partners) (?:place|house)|at home on my own|on my own)[^.!?\\n]{0,40}(?:plan|supposed|instead|even though)`,
      `(?:had|drank) (?:a|one|two|a couple of|some) (?:beers?|wines?|glass(?:es)? of wine|drinks?|pints?|puffs?|tokes?|joints?|cones?|gummies)[^.!?\\n]{0,50}(?:after|since) (?:my|the) (?:${DOSE}|session|infusion)`,
      `(?:${DOSE}|dose) (?:by accident|by mistake) (?:because|bc|cos|cause)`,
      `got my days (?:mixed up|confused|muddled)[^.!?\\n]{0,60}(?:${DOSE}|took one|took it)`,
    ),
    { self: "strict", negatable: false },
  ),
  rule(
    "misuse.sourcing.offered",
    "misuse",
    "moderate",
    any(
      "(?:get|getting|got|score|scoring) (?:me )?(?:some )?(?:k|ket|ketamine|special k|lozenges|troches) (?:off|from|through) (?:a |my |his |her )?(?:mate|friend|cousin|guy|bloke|dealer|neighbour|coworker)",
      "(?:topped|topping|top) (?:it |myself )?up with (?:a couple of |some |one of |two of )?(?:my )?(?:old|spare|leftover|saved|other) (?:ones|lozenges|troches|doses)",
      "(?:took|had|used) (?:a couple of |some |two of |one of )?(?:my )?(?:old|spare|leftover|saved) (?:ones|lozenges|troches|doses) (?:from|out of) (?:the|my) (?:drawer|cupboard|stash|bag|box)",
    ),
    {
      negatable: false,
      unless: /\b(?:said no|turned (?:him|her|them) down|told (?:him|her|them) no|reported)\b/,
    },
  ),
  rule(
    "medical.urinary.mild",
    "medical",
    "low",
    any(
      "(?:twinge|ache|achy|aching|sting|stinging|burn|burning|discomfort|sore|pain|pressure)(?: \\w+){0,6}? (?:when|while|after|as) (?:i )?(?:wee|pee|urinate|go for a wee|go for a pee|go to the (?:loo|toilet|bathroom))",
      "(?:at the end of|after|during) (?:a |my )?(?:wee|pee)",
      "(?:pee|wee|urine) (?:has been |is |looks |was )?(?:a bit |kind of |kinda |slightly )?(?:cloudy|murky|dark|smelly)",
      "(?:achy|aching|sore|tender) (?:bladder|kidney|lower belly)(?: area)?|(?:bladder|kidney) area (?:is |feels )?(?:achy|sore|tender)|(?:twinge|ache|pain) (?:\\w+ ){0,4}?(?:near|in|around) my (?:kidney|bladder)",
      "(?:need|needing|have) to (?:pee|wee) (?:a bit |a lot |much )?more (?:often|than usual)",
    ),
    {
      self: "strict",
      negatable: false,
      unless:
        /\b(?:cleared up|(?:its|it is|all) (?:fine|clear|gone) now|went away|antibiotics|sorted now)\b/,
    },
  ),
  rule(
    "medical.blood_pressure.reading",
    "medical",
    "low",
    "(?:bp|blood pressure|pressure)[^.!?\\n]{0,50}?\\b(?:1[4-9]\\d|2\\d\\d) ?(?:/|over) ?(?:\\d{2,3})",
    {
      self: "strict",
      negatable: false,
      // Expected during the dose and settled after (CLINICAL.md).
      unless:
        /\b(?:during (?:the |my )?(?:session|infusion|dose)|normal after|back (?:to normal|down)|came down|went down|settled)\b/,
    },
  ),
  rule(
    "medical.after_dose.mild",
    "medical",
    "low",
    any(
      "(?:lightheaded|light headed|dizzy|woozy|foggier|foggy|heartbeat (?:felt |was )?(?:a bit )?(?:quick|fast|racing)|heart (?:felt |was )?(?:a bit )?(?:quick|fast|racy))[^.!?\\n]{0,60}(?:day after|morning after) (?:the |my )?(?:sessions?|dose|lozenge|infusion)",
      "(?:the )?day after (?:the |my )?(?:sessions?|dose|lozenge|infusion)[^.!?\\n]{0,40}(?:lightheaded|light headed|foggier|foggy|heartbeat|heart felt)",
    ),
    { self: "strict", negatable: false },
  ),
  rule(
    "medical.seizure",
    "medical",
    "high",
    any(
      "(?:(?:i |had |having )(?:a )?(?:seizure|convulsion)s?|(?:had |having |i had )(?:a )?fits?)(?! of (?:rage|laughter|giggles|anger|jealousy))",
      "(?:went|go|gone) (?:all )?stiff[^.!?\\n]{0,40}(?:jerking|shaking|twitching|fitting)",
      "(?:arms|legs|body) (?:and (?:arms|legs) )?(?:started|were|was|kept) (?:jerking|convulsing|twitching uncontrollably)",
      "(?:bit|bitten) (?:my )?tongue[^.!?\\n]{0,40}(?:dont|cant|didnt) remember",
    ),
    {
      self: "strict",
      unless:
        /\b(?:dog|cat|puppy|baby|toddler|son|daughter|kid|tantrum|laughing|giggl\w*|jealous|rage|cow|hissy)\b/,
    },
  ),
  rule(
    "medical.confusion.woke_lost",
    "medical",
    "moderate",
    "(?:no (?:idea|clue)|didnt know|did not know|couldnt work out) (?:where i was|whose (?:house|room|bed) (?:this|it) was|what day it was|who i was)[^\\n]{0,80}(?:dose|lozenge|session|infusion|hours|my own name)",
    { self: "strict", negatable: false },
  ),
  rule(
    "suicide.passive.hope_end",
    "suicide",
    "low",
    any(
      "(?:hop(?:e|es|ing)|wish(?:ing)?|pray(?:ing)?) (?:\\w+ ){0,3}?(?:the |my )?plane (?:goes|would go|will go|went) down",
      "(?:part of me|i) (?:was )?(?:almost |secretly |kinda |kind of )?(?:hop(?:e|es|ing|ed)|wish(?:ed|ing)?) (?:that )?(?:the |my )?(?:scan|test|results?|biopsy|tests) (?:finds?|found|would find|show(?:s|ed)?) something",
      "(?:wish|wished) (?:the|that) (?:crash|accident|fall|overdose|surgery|operation|cancer|infection) (?:had|would have) (?:finished|done|killed) (?:me|the job|it)",
      "(?:just )?(?:fade|fading|slip|slipping) (?:out|away) one of these (?:nights|days)",
      "(?:trade|swap) places with (?:anyone|someone|anybody) (?:in a|in the|in their) (?:coffin|grave|casket)",
      "(?:lucky|lucky buggers|lucky sods|lucky bastards|envy them|jealous of them)[^.!?\\n]{0,10}(?:cemetery|graveyard|grave)|(?:cemetery|graveyard) (?:and )?(?:i )?think (?:\\w+ )?(?:lucky|envy|jealous)",
      "(?:a |the )?button (?:i could|to) (?:press|push) (?:to|and) (?:just )?(?:stop|not exist|disappear|be gone|end it|switch off)",
      "(?:be|being) with (?:nana|nan|gran|granny|grandma|grandad|grandpa|mum|mom|dad|my (?:\\w+ )?(?:brother|sister|son|daughter|wife|husband)) (?:again )?soon(?: i hope)?",
      "(?:if|when) (?:the lord|god|jesus) (?:called|calls|took|takes|would call|would take) me(?: home)?|(?:not be sorry|wouldnt mind|wouldnt be sorry|would not mind|not mind) if (?:i (?:died|didnt wake up|went)|(?:the lord|god) (?:called|took) me)",
      "if (?:the|my) plane (?:went|goes|crashed|crashes|came)(?: down)?[^.!?\\n]{0,20}(?:wouldnt|would not|it wouldnt|it would not) be (?:the worst thing|so bad|a bad thing|the end of the world)",
      "if i (?:died|didnt wake up|got hit by a \\w+|never woke up)[^.!?\\n]{0,20}(?:wouldnt|would not|it wouldnt|it would not) be (?:the worst thing|so bad|a bad thing)",
      "hoping (?:they(?:d| would)|the (?:doctors?|scan|tests?)) (?:would )?find something",
      "(?:a |the )?weight (?:around|round) (?:everyones|everybodys|my familys|their) necks?",
    ),
    {
      self: "strict",
      unless:
        /\b(?:visit(?:ing)?|trip|flight to see|holiday|christmas|birthday|lunch|dinner|moving in|moving back|flying (?:to|over)|staying with)\b(?![^.!?\n]{0,30}\b(?:goes|go) down)/,
    },
  ),
  rule(
    "harm_to_others.thought.easy",
    "harm_to_others",
    "moderate",
    any(
      `(?:look|looked|looking|stare|stared|staring) at (?:the )?(?:pillow|knife|kitchen knife|stairs|pills|his pills|her pills)[^.!?\\n]{0,30}(?:how easy it would be|how easy|think how)`,
      `(?:had|have|keep having|get) (?:the |a )?thoughts? (?:of|about) (?:pushing|shoving|stabbing|smothering|poisoning|strangling|hurting|hitting|drowning) ${OTHER}`,
      `(?:daydream|daydreaming|daydreams|fantasi[sz]e|fantasi[sz]ing|imagine|imagining|picture|picturing) (?:about )?(?:breaking|smashing|stabbing|strangling|hurting|killing|beating|choking|poisoning|running over|shooting) (?:his|her|their|${OTHER})`,
      `(?:think|thinking|thought) about (?:smashing|breaking|stabbing|strangling|beating|choking|poisoning) (?:his|her|their) (?:face|head|hands|neck|legs?)`,
      "(?:make sure|so that|if there was a way to make sure) (?:he|she|they) (?:just )?(?:never|doesnt|dont|wouldnt|didnt) (?:wake|wakes|woke) up",
    ),
    {
      unless:
        /\b(?:film|movie|book|novel|character|game|show|series|villain|story|dream i had|nightmare)\b/,
    },
  ),
  rule(
    "harm_to_others.weapon.on_the_way",
    "harm_to_others",
    "imminent",
    any(
      "(?:got|have|ive got|with) (?:the |a |my |dads |his )?(?:bat|baseball bat|hammer|knife|machete|crowbar|gun|rifle|shotgun|pistol|piece|blade)(?: \\w+){0,4}?[.,]? (?:(?:and )?(?:im )?(?:driving|going|heading|walking|on my way) (?:to|over to|round to) (?:his|hers|her|their|his place|her place|his house|her house|his work|her work)|(?:im )?(?:outside|in the car outside|waiting outside|parked outside) (?:his|her|their))",
      "(?:in the car|sitting|sat|parked|waiting) (?:outside|at) (?:his|her|their|my old) (?:work|house|place|flat|office|school)[^\\n]{0,120}(?:hammer|knife|bat|gun|rifle|shotgun|crowbar|machete)",
      "(?:with|got) (?:dads|my dads|my|his|the) (?:rifle|shotgun|gun|pistol)[^\\n]{0,40}(?:theyre|they are|hes|shes|everyone is|theyre all) (?:all )?(?:inside|in there|in the meeting|at the meeting)",
      "(?:crushed|ground|mixed|put|stirred) (?:the |my |his |her )?(?:pills|tablets|powder|poison)(?: up)? (?:in|into) (?:his|her|their) (?:beer|drink|tea|coffee|food|dinner|wine)",
      "(?:pills|tablets|powder|poison) (?:are |is )?(?:crushed|ground|mixed|stirred)(?: up)? (?:in|into) (?:his|her|their) (?:beer|drink|tea|coffee|food|dinner|wine)",
    ),
    { negatable: false },
  ),
  rule(
    "harm_to_others.sort_out",
    "harm_to_others",
    "high",
    any(
      "(?:sort|sorting|deal with|take care of) (?:him|her|them) (?:out )?for good",
      "(?:lend|lent|loan|loaned) me (?:his|a|the|their) (?:piece|strap|gun|shooter|pistol)|(?:piece|strap|gun|shooter|pistol)[,.]? no questions(?: asked)?",
      "(?:i )?know (?:his|her|their) (?:routine|schedule)[^\\n]{0,120}(?:parks?|alone|on his own|on her own|nobody|no one|no cameras|round the back|every (?:morning|night|day))",
    ),
    {
      unless:
        /\b(?:film|movie|book|novel|game|show|series|story|cat|dog|plumbing|boiler|car|bill)\b/,
    },
  ),
  rule(
    "self_harm.wound.told",
    "self_harm",
    "high",
    any(
      "(?:cuts?|wounds?) (?:from (?:last night|yesterday|tonight) )?(?:are|is|were|was) (?:so |really )?deep (?:enough )?(?:that )?(?:i can see|to see|you can see)",
      "(?:can see|could see) (?:the )?(?:yellow|white|fat|fatty) (?:stuff|bits|layer|tissue)",
      "taped (?:them|it|the cuts?) (?:shut|closed)|(?:glue|glued|stitch|stitched|stitches)[^\\n]{0,120}(?:told (?:her|him|them) it was|said it was) (?:a |the )?(?:glass|accident|cat|knife slip)",
      "(?:keep|kept) (?:opening|reopening|picking) (?:the same )?(?:cut|wound|scab)s? (?:back )?(?:open|up)",
      "(?:heated|heat|heating) (?:up )?(?:the end of )?(?:a |the )?(?:spoon|knife|pan|lighter|coin|metal)[^.!?\\n]{0,40}(?:pressed|press|held|hold) it (?:to|into|on|against) (?:my )?\\w+",
      `(?:press|pressing|pressed|put|putting) my ${LIMB} (?:on|against) (?:it|the pan|the stove|the hob|the iron|the kettle)`,
    ),
    { self: "strict", time: "act", past: "high" },
  ),
  rule(
    "self_harm.on_purpose",
    "self_harm",
    "moderate",
    any(
      `(?:punched|hit|smashed|slammed|slam|slams|punch|bang|banged) (?:\\w+ ){0,5}?(?:wall|door|drawer|mirror|fist|hand|head)[^\\n]{0,150}(?:on purpose|to hurt|wanted it to hurt|so it would hurt|so that it hurt|until (?:it|they) (?:bled|bruised)|bruised black)`,
      `(?:slam|slams|slammed|shut|shutting) my (?:hand|fingers?) in (?:the )?(?:drawer|door|car door)`,
      `scratched (?:my )?(?:${LIMB} )?raw|scratched (?:my )?${LIMB}(?: \\w+){0,4}? (?:till|until) (?:they|it) (?:were |was )?(?:weeping|bleeding|bled)`,
      "(?:havent|have not|didnt|not) eaten (?:in|for) (?:\\d+|two|three|four|five|a few) days (?:on purpose|deliberately|to punish)",
      `(?:running|walking|going for runs|standing) on (?:it|my (?:foot|leg|ankle|knee))[^.!?\\n]{0,30}(?:on purpose|deliberately)`,
      "(?:felt like|feel like) i deserved? (?:it|the pain)",
      "(?:blade|razor) is out|(?:get|got|getting) the (?:blade|razor) out",
    ),
    {
      self: "strict",
      unless:
        /\b(?:accident|by accident|accidentally|door slammed on|gym|training|marathon|diet|fasting for|ramadan|lent|blood test)\b/,
    },
  ),
  rule(
    "abuse.force.neck",
    "abuse",
    "high",
    any(
      `${HOUSEHOLD} (?:had|put|got|wrapped) (?:his|her|their|both) hands (?:round|around|on) my (?:neck|throat)`,
      `${HOUSEHOLD}(?:s| is) dragging me (?:\\w+ ){0,4}?by my (?:hair|arm|neck|bad arm)`,
      `${HOUSEHOLD} (?:drags|dragged|pulls|pulled|yanks|yanked) me (?:out of (?:bed|the car|the chair)|by my (?:hair|arm|bad arm|neck))`,
      `${HOUSEHOLD} (?:slaps|slapped|smacks|smacked|pinches|pinched) my (?:hand|hands|face|arm)`,
      `${HOUSEHOLD} (?:had sex with me|touched me|was on top of me)[^.!?\\n]{0,60}(?:out of it|couldnt move|asleep|passed out|said no|from the (?:lozenge|dose|ketamine))`,
    ),
    {
      unless:
        /\b(?:game|joke|joking|play fight|playfight|wrestl\w*|film|movie|show|dream|baby|toddler|puppy)\b/,
    },
  ),
  rule(
    "abuse.control.home",
    "abuse",
    "moderate",
    any(
      `${HOUSEHOLD} (?:still )?(?:tracks|tracked|tracking|checks|reads|read|monitors) my (?:phone|location|messages|texts|journal|integration journal|emails|diary)`,
      `${HOUSEHOLD} (?:counts|counted|rations|controls) my (?:pills|meds|medication|lozenges|money)`,
      `${HOUSEHOLD} (?:keeps|kept|took|takes|has) my (?:bank card|card|cards|money|pension|benefits|keys|house key|car keys|phone)[^.!?\\n]{0,60}(?:gives me|so (?:he|she|they) can|lets? me|wont let|dont need|doesnt let)`,
      `(?:im|i am) not allowed to (?:go|see|leave|drive|talk|use)[^.!?\\n]{0,40}(?:without (?:him|her|them)|unless (?:he|she|they))`,
      "(?:a )?photo of my (?:front door|house|car|flat)[^.!?\\n]{0,30}(?:turned up|appeared|came|was left|in my)",
      `(?:his|her|their) (?:ute|car|van|truck) was (?:in|at|outside) (?:the )?(?:clinic|my work|my house)`,
    ),
    {
      unless:
        /\b(?:because i asked|at my request|i asked (?:him|her|them)|we agreed|helps me|so kind|sweet of|lol|haha|typos?|spelling|grammar)\b/,
    },
  ),
  rule(
    "suicide.now.told",
    "suicide",
    "imminent",
    any(
      "(?:standing|sitting|stood|sat) on (?:the |a |this )?(?:overpass|bridge|ledge|roof|rooftop|railing|cliff edge|train tracks|tracks|railway line)[^\\n]{0,100}(?:\\bbye|goodbye|tell (?:my|them|her|him)|love you|sorry|dont try|this is it)",
      "hose (?:in|through|into) the (?:window|exhaust|car)[^\\n]{0,60}engine (?:is )?(?:going|running|on)|engine (?:is )?(?:going|running|on)[^\\n]{0,60}hose (?:in|through|into)",
      "(?:tied|rigged|hung|fixed) (?:it|the rope|the cord|the belt|a noose|the noose) (?:to|on|from|round|around|over) (?:the )?(?:beam|banister|bannister|rafters?|loft hatch|hook|back of the door|pipe|curtain rail|light fitting)[^\\n]{0,40}(?:checked|tested) (?:it|that it) (?:holds|will hold|takes my weight)",
      "(?:swallowed|swallowd|swallowed|took|taken|downed|necked) (?:the lot|them all|all of them|the whole (?:bottle|box|pack|packet|lot|months worth))[^\\n]{0,80}(?:mins ago|minutes ago|sleepy|drowsy|cant keep my eyes|tell (?:my|them|her|him)|goodbye|love (?:you|them))",
    ),
    {
      self: "strict",
      negatable: false,
      unless:
        /\b(?:sweets|chocolates?|biscuits|cake|pizza|crisps|lollies|candy|film|movie|song|lyric)\b/,
    },
  ),
  rule(
    "suicide.plan.decided",
    "suicide",
    "high",
    any(
      "(?:dont|do not|please dont|pls dont) (?:try (?:and |to )?)?(?:talk|stop) me (?:out of it|out of this)",
      "(?:worked out|decided|figured out|know|chosen) (?:that )?(?:its|it is|it will be|its going to be|it is going to be) (?:going to be )?(?:the )?(?:train line|train|tracks|bridge|river|sea|cliff|rope|pills|car|garage)",
      "(?:going to|gonna|will|am going to) use (?:my |dads |my dads |his |the |mums |my mums )?(?:shotgun|gun|rifle|pistol|rope|belt|hose)[^.!?\\n]{0,40}(?:when|while|on (?:\\w+day|the)|tonight|tomorrow|this weekend)",
      "(?:i )?tried (?:with|using) (?:the |a |my )?(?:cord|rope|belt|cable|scarf|tie|sheet|dressing gown cord)",
    ),
    {
      self: "strict",
      requires:
        /\b(?:day|sorted|decided|mind|ready|goodbye|bye|when|while|tried|worked out|figured|know|chosen|tonight|tomorrow|weekend|saturday|sunday|monday|tuesday|wednesday|thursday|friday)\b/,
      unless:
        /\b(?:tattoo|haircut|hair|job|quit|quitting|moving|wedding|marathon|diet|skydiv\w*|bungee|clay|hunting|range|target|rabbits|pest|foxes|crows|skipping|tent|hammock|tow|knot|necktie|parcel|box|boxes|present)\b/,
    },
  ),
  rule(
    "harm_to_others.armed_entry",
    "harm_to_others",
    "high",
    "(?:walk|walking|go|going|turn up|turning up|march|marching) (?:in|into) (?:there|the \\w+|work|school|the office|that place) with (?:it|the gun|a gun|the shotgun|a shotgun|a knife|the knife|the rifle|a rifle)",
    {
      requires: /\b(?:gun|shotgun|rifle|pistol|knife|machete)\b/,
      unless: /\b(?:film|movie|game|story|novel|character|dream|show|series)\b/,
    },
  ),
];
