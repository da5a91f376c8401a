import { any, type Rule, rule } from "./rules.ts";

// Round-14 misses by phenomenon (tune/round-14): urges that came and went, told so the team
// knows (low: the care team still wants them); doses moved, nibbled or doubled, cravings and
// someone else's medicine with the lozenge; force, threats and watching at home told plainly;
// self-harm by heat, scalding and snapping; mild urinary and heart signs said in passing.

const DOSE = "(?:lozenges?|troches?|dose|tabs?|melty tabs|ketamine|k)";
const VIOLENT =
  "(?:shov(?:e|ing)|push(?:ing)?|smack(?:ing)?|slap(?:ping)?|hit(?:ting)?|punch(?:ing)?|smash(?:ing)?|ram(?:ming)?|hurt(?:ing)?|shak(?:e|ing)|strangl(?:e|ing)|choke|choking|kick(?:ing)?|putting (?:him|her|them) on the floor|going up there with a (?:bat|knife|hammer))";

export const ROUND_14_RULES: Rule[] = [
  rule(
    "harm_to_others.urge.passing",
    "harm_to_others",
    "low",
    any(
      `(?:for (?:like )?(?:half a second|a split second|a second|a sec|a moment)|had a (?:flash|split second)|got (?:a|the) (?:flash|urge)|(?:had|get|got|getting|keep getting) (?:these |the |an? )?urges?)(?: \\w+){0,5}? (?:of wanting to |wanted to |to |pictured |imagined |thought about )?${VIOLENT}`,
      `(?:pictured|imagined|thought about) ${VIOLENT} (?:him|her|them|my|the|that|his|some)`,
    ),
    {
      unless:
        /\b(?:game|film|movie|ball|gym|bag|boxing|pillow|dough|button|ice|wall|mirror|myself)\b/,
    },
  ),
  rule(
    "self_harm.urge.passed",
    "self_harm",
    "low",
    "(?:had|got) (?:that |the |an? )?(?:old )?urge to (?:grab the (?:lighter|razor|blade|knife)|cut|burn|hit|punch (?:the |a )?(?:\\w+ )?(?:mirror|wall|door)|hurt myself|hold (?:it|the lighter) to my)",
    { self: "strict" },
  ),
  rule(
    "misuse.plan_slip.more",
    "misuse",
    "low",
    any(
      `(?:took|used|had) (?:the |my )?${DOSE} (?:at \\d+ ?(?:am|pm)|on \\w+day|in the morning|at lunch|right after dinner) instead of`,
      `missed my \\w+ ${DOSE} and (?:took|had) it`,
      `(?:took|had|used) (?:it|my \\w+|the \\w+) (?:\\d+|two|three|a few) (?:hrs|hours|days) (?:earlier|later) than (?:the plan|planned|i should|im supposed to|its supposed to)`,
      `(?:had|took) another half(?: of)?(?: one| a ${DOSE})?`,
      `(?:nibble|bite|bit|piece|corner) (?:off|of) the next one`,
      `(?:a couple|couple|an|a) extra(?: of)? (?:the |my )?${DOSE}`,
    ),
    { self: "strict", negatable: false },
  ),
  rule(
    "misuse.craving_or_mixing",
    "misuse",
    "moderate",
    any(
      "craving (?:that |the )?(?:session|lozenge|ketamine|k) (?:feeling|high|buzz)|counting the hours (?:till|until) (?:im allowed )?my (?:next )?(?:lozenge|dose|session)",
      "(?:with|plus|and) (?:my |his |her |the )?(?:husbands|wifes|partners|mums|moms|dads|mates|friends)? ?(?:lorazepam|xanax|valium|diazepam|benzos|klonopin|oxy|vodka|whisky|whiskey)[^.!?\\n]{0,40}(?:lozenge|session|dose|ketamine)|(?:lozenge|ketamine)[^.!?\\n]{0,40}(?:with|plus) (?:my |his |her )?(?:husbands|wifes|partners|mums|moms)? ?(?:lorazepam|xanax|valium|diazepam|benzos)",
      "(?:slips|gives|sells|sold|gave|slipped) me (?:a vial|vials|some|a bit) of (?:the )?(?:horse stuff|horse tranq|ketamine|k|special k|ket)|(?:a bit|some|a wee bit|bit) extra (?:aff|off|from) a (?:guy|bloke|mate|fella)",
      "(?:plus|and) a bit of my mates (?:k|ket|ketamine)",
    ),
    { negatable: false },
  ),
  rule(
    "abuse.home.plain",
    "abuse",
    "moderate",
    any(
      "(?:forced (?:himself|herself|themselves) on me|a wife cant be raped)",
      "(?:grabbed|gripped|yanked) my (?:arm|wrist|hair)(?: \\w+){0,3}? (?:hard|so hard)[^.!?\\n]{0,60}(?:bruise|bruises|marks)",
      "(?:keeps|kept) turning up (?:everywhere|at my (?:work|house|door)|outside)|(?:showed|turned) up at my door (?:drunk|banging|yelling|screaming)",
      "(?:went|goes|going|been going) through my phone|checks (?:the mileage|my mileage|my receipts|the bins|my bank|where i went)",
      "(?:poured|splashed) (?:kerosene|petrol|gasoline|lighter fluid) (?:on|near|over|around) (?:me|the floor near me|my)",
      "(?:shouted|yelled|screamed) at me[^.!?\\n]{0,40}called me (?:useless|stupid|worthless|a burden)",
    ),
    { negatable: false, unless: /\b(?:film|movie|show|game|dream|joke|joking)\b/ },
  ),
  rule(
    "abuse.now.hiding",
    "abuse",
    "imminent",
    "(?:kicking|banging|breaking|smashing) (?:the |my )?(?:\\w+ )?door (?:in|down)[^\\n]{0,60}(?:kill me|hurt me|going to)|(?:hiding|im|i am) in the (?:wardrobe|closet|bathroom|cupboard)[^\\n]{0,40}(?:kill me|hurt me|with the (?:baby|kids))",
    { negatable: false },
  ),
  rule(
    "self_harm.heat_or_snap",
    "self_harm",
    "moderate",
    any(
      "(?:heated|heat|heating) (?:up )?(?:a |the )?(?:key|nail|fork|paperclip|needle|pin|knife|coin)[^.!?\\n]{0,40}(?:pressed|press|held|hold) it (?:to|into|on|against) my \\w+",
      "(?:poured|pouring|tipped) (?:boiling|hot) water[^.!?\\n]{0,30}(?:over|on) my \\w+",
      "snapping (?:the |a )?(?:rubber band|elastic|hair tie)[^.!?\\n]{0,40}(?:welts|bleeding|bruised|raw)",
      "used (?:the |a )?(?:pencil sharpener|sharpener|craft|stanley|razor) blade on my \\w+",
      "cut deeper than (?:usual|normal|before)|(?:its|it is|cut is) gaping|wont stay closed",
    ),
    { self: "strict" },
  ),
  rule(
    "medical.mild.passing",
    "medical",
    "low",
    any(
      "(?:peeing|weeing|need to pee|going to the loo) (?:a bit |a lot |much )?more often",
      "(?:burning|stinging|sting|burn) (?:while|when) (?:passing urine|urinating|peeing|weeing)",
      "(?:flutter|fluttering|skipped beat|skipping)(?: \\w+){0,3}? (?:in )?my (?:chest|heart)[^.!?\\n]{0,40}(?:day after|since|after) (?:the |my )?(?:session|dose|lozenge)",
      "(?:blurry|blurred|double) (?:vision )?(?:for|about|maybe) (?:\\d+|two|three|four|a few) (?:hours|hrs)[^.!?\\n]{0,30}(?:after|since) (?:the |my )?(?:dose|session|lozenge)",
      "(?:ache|dull ache|pain) (?:low )?(?:in my belly )?(?:above|near|around) (?:the |my )?bladder",
      "(?:pissing|peeing|weeing) (?:broken )?glass",
    ),
    {
      self: "strict",
      negatable: false,
      unless: /\b(?:cleared up|went away|gone now|antibiotics sorted|last year)\b/,
    },
  ),
  rule(
    "suicide.burden.drain",
    "suicide",
    "low",
    any(
      "(?:im|i am|i feel like|feel like) (?:just )?(?:a drain|a burden|dead weight|a waste of space) on (?:everyone|everybody|my family|them|my (?:wife|husband|kids|partner|family))",
      "(?:nice|easier|better) to (?:just )?(?:join|go and be with|be with) (?:him|her|them|my (?:\\w+ )?(?:brother|sister|mum|mom|dad|son|daughter|nan|nani|nana|gran|wife|husband))(?:,? wherever| in heaven| again|$|[.!?,])",
    ),
    { self: "strict" },
  ),
  rule(
    "suicide.now.tracks_or_taken",
    "suicide",
    "imminent",
    any(
      "(?:im|i am|standing|sitting|waiting) (?:at|on|by) the (?:railway|level|train|rail) (?:crossing|line|tracks)[^\\n]{0,80}(?:passes|comes|is due|due) in (?:a )?(?:few|\\d+|two|five|ten) (?:min|mins|minutes)",
      "(?:took|taken|swallowed|had) (?:al|all|aw|awl) (?:ma |my |me )?(?:pils|pills|tablets|tabs|meds)[^\\n]{0,60}(?:ago|sleepy|sorry|sory|cannae|cant feel|goodbye|bye)",
    ),
    { self: "strict", negatable: false },
  ),
  rule(
    "harm_to_others.poison.served",
    "harm_to_others",
    "imminent",
    "(?:poured|put|mixed|stirred) (?:the |some )?(?:antifreeze|poison|bleach|rat poison|weedkiller) (?:in|into) (?:his|her|their) (?:whiskey|whisky|drink|tea|coffee|beer|wine|food|dinner)",
    { negatable: false },
  ),
];
