import { PILLS, type Rule, rule } from "./rules.ts";

// Acute suicide risk: imminent (acting now, means in hand, already taken) and the means,
// timelines and "doing it" phrases that only count next to suicide or self-harm risk.

const LETHAL_PLACE =
  "(?:a |the |this |that |my |our )?(?:bridge|building|roof|rooftop|cliff|balcony|overpass|ledge|parking (?:garage|structure|lot roof)|car park|tower|highway|freeway|train tracks|tracks|window|dam|skyscraper)";

/** Imminent suicide risk. */
// Medicines ready to collect are not means at hand ("my meds are ready at the pharmacy").
const PICKUP =
  /pharmacy|chemist|drugstore|collect|pick (?:them )?up|picked up|pickup|refill|prescription|dispens/;

export const SUICIDE_IMMINENT_RULES: Rule[] = [
  rule(
    "suicide.imminent.taken",
    "suicide",
    "imminent",
    `(?:i )?(?:just |already |have |ve )?(?:took|taken|swallowed|downed|ate|popped|had|necked) (?:all|every one|every single one|everything|a whole bottle|the whole bottle|a bottle|the bottle|the rest|a bunch|a handful|handfuls|loads|lots|too many|way too many|like \\d+|\\d{2,}|twenty|thirty|forty|fifty|a hundred|a box|the whole box|two boxes|all the rest)(?: of)?(?: my| the| his| her| those| these)? (?:\\w+ )?${PILLS}`,
    {
      self: "strict",
      // Dated long ago ("when i was 19 i took a bunch of pills"): an attempt told, not one now.
      time: "act",
      past: "moderate",
      unless:
        /for (?:the day|today)|this morning|on time|with (?:food|breakfast|lunch|dinner|water)|as prescribed|like (?:i|the doc)|before bed|for the week|vitamins|in the pill ?box|organi[sz]er/,
    },
  ),
  rule(
    "suicide.imminent.took_them",
    "suicide",
    "imminent",
    `${PILLS}[^.!?\\n]{0,60}?(?:took|swallowed|taken|downed|ate|had) (?:all|every (?:single )?one|the whole bottle|the whole lot|the lot|the rest) of (?:them|it)`,
    { self: "strict" },
  ),
  rule(
    "suicide.imminent.took_everything",
    "suicide",
    "imminent",
    "(?:took|swallowed|taken|downed|ate) (?:everything|all the (?:pills|meds|tablets)|whatever (?:pills|meds|i could find)) (?:in|from|i (?:had|could find) in) (?:the |my )?(?:medicine cabinet|cupboard|bathroom cabinet|pill ?box|first aid (?:kit|box)|drawer)",
    { self: "strict" },
  ),
  rule(
    "suicide.imminent.on_edge",
    "suicide",
    "imminent",
    "(?:im|i am|standing|sitting) (?:on|at|up on|on top of|by) (?:the |a )?(?:roof|rooftop|bridge|ledge|cliff|edge|tracks|train tracks|balcony railing|top of (?:the |a )?\\w+)[^.!?\\n]{0,40}?(?:jump|end it|do it|going to fall|let go)",
    { self: "strict" },
  ),
  rule(
    "suicide.imminent.pills_and_drink",
    "suicide",
    "imminent",
    `(?:vodka|alcohol|wine|whiskey|whisky|booze|bottle of \\w+)[^.!?\\n]{0,30}?${PILLS}[^.!?\\n]{0,15}?(?:ready|lined up|in front of me|next to me|here)|${PILLS}[^.!?\\n]{0,30}?(?:vodka|alcohol|wine|whiskey|whisky|booze)[^.!?\\n]{0,15}?(?:ready|lined up|in front of me|next to me|here)`,
  ),
  rule(
    "suicide.imminent.overdosed_now",
    "suicide",
    "imminent",
    "(?:i )?(?:just|already) (?:overdosed|oded|took an overdose|od)|(?:i )?(?:have|ve) (?:just )?taken an overdose",
    { self: "strict" },
  ),
  rule(
    "suicide.imminent.at_hand",
    "suicide",
    "imminent",
    `(?:(?:the|all the|all my|all of my|enough|these|those) ${PILLS}|${PILLS} (?:are|is)) (?:right )?(?:here|in (?:front of me|my hand|my hands|my lap|my pocket)|next to me|lined up|counted out|laid out|ready)(?! for)`,
    { unless: PICKUP },
  ),
  rule(
    "suicide.imminent.at_hand_mine",
    "suicide",
    "imminent",
    `(?:my|the|a) (?:${PILLS}|gun|rope|noose|knife|blade|razor|pistol|rifle)(?: is| are)? (?:right )?(?:here|in (?:front of me|my hand|my hands|my lap)|ready|loaded|tied|set up)(?! for)`,
    { frame: "means", unless: PICKUP },
  ),
  rule(
    "suicide.imminent.position",
    "suicide",
    "imminent",
    `(?:standing|sitting|stood|standin|stand|sat|climbing|climbed|at|on) (?:on |at |over |up )?(?:the )?(?:edge of |top of |railing of )?${LETHAL_PLACE} (?:right )?now|(?:standing|stood|standin|sitting) on (?:the |a )?(?:edge of (?:the |a )?)?(?:bridge|ledge|roof(?:top)? edge|railing|train tracks|tracks)|(?:on|at) the edge of (?:the |a )?(?:bridge|roof|building|cliff|platform)`,
  ),
  rule(
    "suicide.imminent.weapon_on_self",
    "suicide",
    "imminent",
    "(?:gun|barrel|pistol|rifle) (?:to|in|against) my (?:head|mouth|temple|chest)|(?:rope|noose|belt|cord) (?:is )?(?:around|round|on) my neck|(?:knife|blade|razor) (?:to|against|on) my (?:wrists?|throat|neck)|(?:noose|rope) (?:is )?(?:ready|tied|set up|hung up|up)",
  ),
  rule(
    "suicide.imminent.farewell_now",
    "suicide",
    "imminent",
    "by the time (?:you|anyone|someone|they|u) (?:read|reads|see|sees|get|gets|find|finds) this|(?:this is|these are) my (?:last|final) (?:words|message)(?! (?:tonight|today|for (?:today|tonight|now|the (?:day|night|week|weekend))|before (?:bed|sleep|i sleep)|until|till))",
  ),
  rule(
    "suicide.imminent.doing_it",
    "suicide",
    "imminent",
    "(?:im |i am )?(?:doing it|taking them|swallowing them|going to do it|gonna do it|about to do it) (?:right )?now|(?:its|it is) happening (?:right )?now|this is it(?= ?$|[.!,])|i just took them|(?:ive|i have) already (?:taken|swallowed) (?:them|the pills|it all|all of them)|(?:ive|i have) (?:taken|swallowed) (?:them|the pills|it all|all of them) already|(?:exhaust|engine) (?:is )?running (?:right )?now",
    { frame: "action" },
  ),
  // High: intent, method, plan, preparation, attempts.
];

/** Means and timelines: they count only next to suicide or self-harm risk. */
export const FRAME_RULES: Rule[] = [
  rule(
    "suicide.plan.means",
    "suicide",
    "high",
    `(?:have|got|bought|buy|buying|saved|saving|counted|counting|all (?:of )?my|a bottle of|bottle of|whole bottle of|enough|looking at|staring at|holding|took out|got out|found|sorted out|lined up) (?:the |my |some |a |all |of |these |those )*(?:\\w+ )?(?:${PILLS}|rope|noose|gun|pistol|rifle|shotgun|firearm|razor|razors|blade|blades|knife|bridge|belt|cord|helium|charcoal)|(?:the |a |that )?(?:bridge|train tracks|roof|cliff)(?: near| by| next to)? (?:my|the) (?:house|place|work|flat)|(?:go|going|drive|driving|drove|went|walk|walking) to (?:the |a )?(?:bridge|tracks|cliff|roof)`,
    {
      frame: "means",
      // A cord bought for a stated job is not a means ("rope to tie the christmas tree on").
      unless:
        /\b(?:rope|cord|belt)s? (?:\w+ ){0,2}?(?:to tie|to hang (?:the|a|my) (?:lights|laundry|washing|hammock|swing)|to (?:tow|secure|strap)|for (?:the |a |my )?(?:christmas tree|tree|tent|boat|swing|hammock|laundry|washing|roof rack|car roof|climbing|garden))/,
    },
  ),
  rule(
    "suicide.plan.timeline",
    "suicide",
    "high",
    "tonight|tonite|this weekend|this evening|tomorrow (?:night|morning)|(?:when|once|after) (?:everyone|every one|the kids|my kids|my husband|my wife|my partner|they|the house|my family)(?:s| is| are| has| have)? (?:asleep|gone|out|at work|goes? to (?:bed|sleep|work))|on my birthday|(?:in|within) (?:a few|two|three|\\d+) (?:days|hours)|(?:before|by) (?:the end of (?:the|this) (?:week|month)|friday|monday|sunday|saturday|next week)|after (?:my|the) (?:next )?session|(?:as soon as|once) (?:im|i am|i get) (?:home|alone)|when (?:im|i am|i get) (?:home )?alone",
    { frame: "timeline" },
  ),
  rule(
    "suicide.plan.action",
    "suicide",
    "high",
    "(?:going to|gonna|will|ill|plan to|planning to|ready to|decided to|about to|finally going to) (?:finally )?(?:do it|go through with it|end it|act on it|make it stop)|(?:doing|do) it (?:tonight|today|this weekend|soon|tomorrow)|(?:its|it is|it will be|itll be) (?:all )?(?:over|done) (?:soon|tonight|tomorrow|by)",
    { frame: "action" },
  ),
];
