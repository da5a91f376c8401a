import { any, type Rule, rule } from "./rules.ts";

// More acute scenes in few words (round-27 tune sets): the rope tied or around the neck on a
// chair, the wrist open, the medicine cabinet taken with wine, a bath filling beside a hair
// dryer, "bridge. now.", the things bought and "doing it when i get home", all of the "k" and
// "not wake up", a goodbye on the phone "like it was the last time", "do it this weekend when
// my husbands away"; pushed down the stairs, a stepfather going into a child's room at night; an
// armed trip to a workplace, a weapon in the jacket with his whereabouts known, insulin withheld
// "before its fatal", restraints in the car with his routine, "him first then me". Passive wishes
// and veiled threats said without a keyword read low.

const PLACE_NAME = "(?:bridge|roof|rooftop|tracks|train|overpass|cliff|ledge|parking garage)";
const PARTNER =
  "(?:husband|wife|partner|bf|gf|boyfriend|girlfriend|dad|father|mom|mother|stepdad|stepmom|step dad|he|she|ex)";

/** All of one's ketamine at once, tonight or "not wake up": suicide, and misuse of the supply. */
const TAKE_ALL_K =
  "(?:take|taking|do|doing|snort|snorting|use|using) (?:all|the rest|the whole|every bit) (?:of )?my (?:k|ket|ketamine|spray|vials?|lozenges|troches)\\b[^\\n]{0,40}\\b(?:tonight|not wake up|be done|for good|at once)";

export const ACUTE_SCENE_MORE_RULES: Rule[] = [
  // "going to cut right now. i need it": the cut with no object, now, is the patient's own.
  rule(
    "self_harm.scene_more.cut_now",
    "self_harm",
    "imminent",
    "(?:(?:im|i am) )?(?:going to|gonna|about to|have to|need to) (?:go )?(?:cut|burn)(?: again)?(?: (?:right now|now|tonight|rn))?(?= *(?:[.!,\\n]|$|i need|dont|nobody|no one|bye))",
    {
      unless:
        /\b(?:hair|bangs|fringe|cake|grass|lawn|hedge|cord|ties|carbs|sugar|back on|down on|coupons?|fabric|pattern|wood|the (?:scene|take|film|video|clip|podcast|episode)|edit\w*|director|cooking|onions?|veggies|vegetables|meat|steak|chicken|nails)\b/,
    },
  ),
  // A day chosen beside a means or a goodbye: "ive decided the 14th is the day ... pistol ...
  // written my wife a long letter". Without them it is a plan of any kind ("saturday is the day
  // i start running").
  rule(
    "suicide.scene_more.day_chosen",
    "suicide",
    "high",
    "(?:ive|i have|i|ive finally|i finally) decided (?:that )?(?:the \\d{1,2}(?:st|nd|rd|th)?|\\w+day|tomorrow|tonight|next \\w+|this \\w+|(?:my|our|his|her) (?:birthday|anniversary)) (?:is|will be|s) (?:the|my) (?:day|night|date)\\b",
    {
      requires:
        /\b(?:pistol|gun|rifle|shotgun|pills|tablets|rope|noose|letters?|note|beneficiar\w*|my will|goodbyes?|ashes|bridge|finally (?:rest|be free|be at peace)|the decision is made)\b/,
    },
  ),
  rule(
    "suicide.scene_more.hanging",
    "suicide",
    "imminent",
    any(
      "(?:rope|noose|belt|cord)(?:s| is)? (?:tied|ready|up|set up|hung)(?= *(?:[.!,\\n]|$| just| and))",
      "(?:its|it is|the rope is|the noose is|rope is|noose is|belt is|cord is|rope s) (?:already )?around my neck",
      "(?:standing|stood|im) on (?:the|a) (?:chair|stool|bucket)\\b[^\\n]{0,40}\\b(?:rope|noose|belt|cord|neck)",
    ),
    { negatable: false },
  ),
  rule(
    "suicide.scene_more.act_now",
    "suicide",
    "imminent",
    any(
      "wrists? (?:is|are) (?:open|cut open|split)\\b",
      "took (?:everything|all (?:of )?(?:the )?(?:pills|meds)|every pill) (?:in|from) (?:the |my )?(?:med(?:icine)? cabinet|cabinet|bathroom|drawer|house)(?! to )(?!\\S* (?:to|and) (?:clean|sort|organi[sz]e|throw|toss|donate))",
      "bath(?:tub)? (?:is )?(?:filling|full|running|drawn)\\b[^\\n]{0,60}\\b(?:hair ?dryer|toaster|radio|heater|extension cord)(?! (?:is |are )?(?:put away|unplugged|away|in the other room))",
      `(?<=(?:^|[.!?\\n]) *)${PLACE_NAME}[.!,] *(?:now|tonight)[.!]* *(?:$|\\n|dont|bye|goodbye|im sorry|sorry|no one|nobody|its time)`,
      `${PLACE_NAME}\\b[^\\n]{0,30}\\b(?:dont|do not) (?:try to )?stop me`,
    ),
    { negatable: false },
  ),
  rule(
    "suicide.scene_more.take_all_k",
    "suicide",
    "high",
    any(
      TAKE_ALL_K,
      "(?:take|taking|swallow|swallowing|do|doing) [^.!?\\n]{0,40}\\band (?:just )?(?:not|never) wake up",
    ),
    { negatable: false },
  ),
  rule("misuse.scene_more.take_all_k", "misuse", "high", TAKE_ALL_K, { negatable: false }),
  rule(
    "suicide.scene_more.ready_at_home",
    "suicide",
    "high",
    any(
      "(?:getting|got|bought|picked up) what i need\\b[^\\n]{0,60}\\b(?:doing it|do it|gonna do it|going to do it)",
      "(?:said|say) (?:bye|goodbye) to (?:my |\\w+ )?(?:\\w+ )?(?:on the phone )?like (?:it was|its|it is) the last time",
      `(?:gonna|going to|will|planning to|plan to) do it (?:this weekend|tonight|tomorrow|on \\w+day|friday|saturday|sunday|next week)\\b[^\\n]{0,40}\\bwhen (?:my )?${PARTNER}s? (?:is |are |s )?(?:away|gone|out|asleep|at)`,
    ),
    { negatable: false },
  ),
  rule(
    "suicide.scene_more.how_they_do_it",
    "suicide",
    "moderate",
    "how do (?:people|they|ppl) (?:usually |actually )?do it\\b[^\\n]{0,60}\\b(?:go through with it|actually (?:do|did) it|succeed|the ones who)",
    { negatable: false },
  ),
  rule(
    "suicide.scene_more.passive",
    "suicide",
    "low",
    any(
      "(?:jealous of|envy) (?:my |the |people |ppl )?(?:\\w+ )?who (?:passed|died)\\b[^\\n]{0,40}\\b(?:not hurting|at peace|free)",
      "death (?:doesnt|does not) scare me (?:anymore|any more)",
      "skip the rest of my life",
      "(?:would|will|d) be sad for (?:a|one) (?:week|day|month) (?:and )?then relieved",
      "tired of fighting to stay alive",
      "(?:i )?(?:get|understand) why (?:people|ppl) (?:check out|give up on life|end it)",
      "not looking when i cross(?: the street)?\\b[^\\n]{0,30}\\b(?:dont care|whatever happens)",
    ),
    { negatable: false },
  ),
  rule(
    "abuse.scene_more.thrown",
    "abuse",
    "high",
    any(
      `${PARTNER} (?:\\w+ )?(?:pushed|shoved|threw|kicked|dragged) me (?:down|off|into|against|across) (?:the )?(?:stairs|wall|floor|ground|car|table|door)`,
      "(?:stepdad|step dad|dad|uncle|grandpa|moms boyfriend|mom s boyfriend|cousin)(?:s| is)? (?:still )?(?:going|goes|comes|coming|sneaking) into (?:my )?(?:little )?(?:sisters?|brothers?|daughters?|sons?|nieces?|nephews?|the kids|kids)? ?room at night",
    ),
    { negatable: false },
  ),
  rule(
    "abuse.scene_more.near_miss",
    "abuse",
    "moderate",
    `${PARTNER} (?:\\w+ )?punched (?:the|a) wall (?:right )?(?:next to|beside|by|inches from) my (?:head|face)`,
    { negatable: false },
  ),
  rule(
    "harm_to_others.scene_more.armed_now",
    "harm_to_others",
    "imminent",
    any(
      "on my way to (?:the |my |his |her |their )?(?:old )?(?!range|gun ?show|gunsmith|hunting|club|cabin|shop|lodge|woods)\\w+ (?:w|with) (?:the|my|a|his|dads|my dads) (?:ar|ar15|ar 15|rifle|gun|pistol|shotgun|glock)\\b",
      "(?:pistol|gun|glock|knife|blade)(?:s| is)? in my (?:jacket|pocket|bag|waistband|car|glovebox)\\b[^\\n]{0,60}\\b(?:he|she|they)(?:s| is| are) at\\b|(?:he|she|they)(?:s| is| are) at (?:the )?\\w+[^\\n]{0,40}\\b(?:pistol|gun|glock|knife|blade)(?:s| is)? in my (?:jacket|pocket|bag|waistband|car|glovebox)",
      "(?:i have it on me|its on me|got it on me)\\b[^\\n]{0,60}\\b(?:now they will|theyll (?:listen|see|learn|pay))",
      "(?:rope|duct tape|zip ties|tape|chloroform)\\b[^\\n]{0,30}\\b(?:in the car|in my car|in the trunk|ready)\\b[^\\n]{0,60}\\b(?:he|she) (?:walks|leaves|gets|comes)",
    ),
    { negatable: false },
  ),
  rule(
    "harm_to_others.scene_more.planned",
    "harm_to_others",
    "high",
    any(
      "how long can (?:he|she|they|my (?!dog|cat|pet|puppy|kitten)\\w+) go without (?:it|(?:his|her|their) (?:insulin|meds|medication|oxygen|inhaler|heart pills))\\b[^\\n]{0,30}\\b(?:fatal|die|dead|before)",
      "(?:figured out|found out|know) which (?:window|room|door) is (?:her|his|their) (?:bed)?room",
      "(?:doing|do|kill|killing|take|taking|shoot|shooting) (?:him|her|them) (?:out )?first,? then (?:me|myself)",
      "(?:range|gun|rifle|pistol)\\b[^\\n]{0,80}\\bknow (?:exactly )?where (?:she|he|they)(?:ll| will) be",
      "(?:visine|eye drops|laxatives?|ex lax)\\b[^\\n]{0,20}\\bin (?:my )?(?:\\w+s )?(?:drinks?|coffee|food|tea|soup)",
      "told (?:him|her|them) (?:it was|its) for hunting\\b[^\\n]{0,30}\\b(?:its not|it isnt|not) for (?:deer|hunting|ducks|birds)",
    ),
    { negatable: false },
  ),
  rule(
    "harm_to_others.scene_more.veiled",
    "harm_to_others",
    "moderate",
    any(
      "karma or me,? whoever gets to (?:him|her|them) first",
      "pay (?:that|him|her|the|my) (?:\\w+ )?(?:a )?(?:little )?visit\\b[^\\n]{0,40}\\b(?:wont forget|never forget|will remember|remember)",
    ),
    { negatable: false },
  ),
  rule(
    "harm_to_others.scene_more.wish_gone",
    "harm_to_others",
    "low",
    "(?:world|everyone|we) would be better off if (?:my |that |the )?\\w+ (?:just )?(?:disappeared|died|was gone|were gone|vanished)",
    { negatable: false },
  ),
];
