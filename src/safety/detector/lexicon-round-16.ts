import { any, type Rule, rule } from "./rules.ts";

// Round-16 misses by phenomenon (tune/round-16, posts-4, violence-3): a pet rehomed "before
// what's coming", loose ends tied, trains timed, bridges without fencing read up on, a gun's
// key known; a lighter or an iron held to the skin, blades hidden, long sleeves in July, not
// eating as punishment; outside a door with a knife, names written down and addresses known,
// a jaw to break, "i'd like to see her bleed"; doses swapped by a partner, taken early on his
// orders, the rest of the box with gin, saved one a week, a friend's oxy, "getting hooked".

const WEAPON =
  "(?:the |a |my |his |her )?(?:knife|knives|gun|pistol|rifle|shotgun|bat|baseball bat|hammer|crowbar|tire iron|machete|axe|blade|cast iron pan|pan)";

export const ROUND_16_RULES: Rule[] = [
  rule(
    "suicide.prep.round_16",
    "suicide",
    "high",
    any(
      "(?:found|finding) (?:a )?(?:good |new |loving |nice )?home for (?:my |the |our )?\\w+[^\\n]{0,80}(?:better than (?:whats|what is) coming|better than me|when im gone|after im gone|wont be around)",
      "(?:deserves?|deserve) better than (?:whats|what is) coming",
      "timing (?:the )?(?:freight |night |goods )?trains|(?:reading up on|looking up|researching|checking) which (?:bridges?|buildings?|car parks?|parking garages?|roofs?|cliffs?|overpasses?)|(?:which|what) (?:bridges?|buildings?|car parks?|parking garages?)(?: \\w+){0,4}? (?:dont|doesnt|still dont|still doesnt|do not) have (?:the |any )?(?:fencing|fences|barriers|nets|railings)",
      "(?:i )?know where (?:my |our )?(?:\\w+ )?keeps? (?:the |his |her )?(?:rifle|gun|guns|pistol|shotgun|ammo|key to the (?:gun )?safe|gun safe key)(?=[^]{0,120}\\b(?:think about (?:that|it)|a lot lately|lately|tempt))",
    ),
    {
      self: "strict",
      negatable: false,
      unless:
        /\b(?:trainspott\w*|photo\w*|commute|for work|the move|moving|allerg\w*|landlord|baby|due in|guardian\w*|solicitor|lawyer|mortgage|wedding|before the holiday)\b/,
    },
  ),
  rule(
    "suicide.prep.loose_ends",
    "suicide",
    "high",
    "tying up (?:the |all (?:the |my )?|my |some )?loose ends",
    {
      self: "strict",
      negatable: false,
      requires:
        /\b(?:cancel\w*|paid off|goodbye|wont need|gave away|given away|rehomed|remaining sessions|last session)\b/,
    },
  ),
  rule(
    "suicide.means.saved_for",
    "suicide",
    "high",
    "i know what (?:theyre|they are|theyll be|these are|those are) for",
    {
      self: "strict",
      negatable: false,
      requires: /\b(?:aside|so far|saving|saved|stash\w*|hoard\w*|instead of taking)\b/,
    },
  ),
  rule(
    "suicide.ideation.round_16",
    "suicide",
    "moderate",
    any(
      "(?:checking|check|log|logging|logged) (?:out|off) for good",
      "(?:get it|understand it|understand them|get them)[^.!?\\n]{0,20}(?:think|thinking|thought) about doing the same",
      "(?:ate|eat|eating|eats) (?:their|his|her|my) (?:guns?|gun|pistol|rifle)",
    ),
    { self: "strict", negatable: false },
  ),
  rule(
    "suicide.passive.round_16",
    "suicide",
    "low",
    "(?:rough patch|dark patch|bad night|low moment|dark moment)[^.!?\\n]{0,40}(?:where|when) i (?:wanted|want) out",
    { self: "strict", negatable: false },
  ),
  rule(
    "self_harm.round_16",
    "self_harm",
    "high",
    any(
      "(?:pressed|held|put|pushed|holding|pressing) (?:the |a |my )?(?:hot )?(?:iron|lighter|spoon|cigarette|curling iron|straighteners|knife|lit match|flame|blade) (?:on|onto|against|to|into) my (?:arm|arms|wrist|wrists|thigh|thighs|leg|legs|hand|hip|stomach|skin)",
      "(?:holding|pressing) it (?:to|against|on) my (?:arm|wrist|skin|leg|thigh)",
      "(?:bought|got|buying|hid|hide|hiding|hidden|keep|keeping) (?:a |another |some )?(?:new )?(?:pack|box|packet) of (?:blades|razors|razor blades)|hid (?:the blades|my blades|the razor|the razors|my razor) (?:in|under|inside)",
      "told (?:the )?(?:er|a and e|a&e|doctor|nurse|hospital|triage)[^.!?\\n]{0,40}accident\\W+it (?:wasnt|was not)",
    ),
    { self: "strict", negatable: false },
  ),
  rule(
    "self_harm.round_16.moderate",
    "self_harm",
    "moderate",
    any(
      "(?:not eating|starving myself|skipping meals|no food)(?: \\w+){0,3}? (?:as (?:a )?punishment|to punish myself)|(?:been )?not eating[^.!?\\n]{0,30}\\W+(?:\\w+ ){0,4}?i deserve it",
      "long sleeves in (?:july|august|june|summer|the summer|this heat|the heat)",
      "(?:looking|look|stare|staring) at (?:the |my )?(?:old )?scars[^.!?\\n]{0,40}(?:missing it|miss it|want to again)",
    ),
    {
      self: "strict",
      negatable: false,
      // "the scars stayed and i've always hidden them, long sleeves in july, the whole thing".
      unless:
        /\b(?:always hid\w*|always covered|the whole thing|the lot|healed|scars stayed|years ago)\b/,
    },
  ),
  rule(
    "harm_to_others.round_16",
    "harm_to_others",
    "imminent",
    any(
      `(?:im |i am )?(?:outside|at) (?:his|her|their|[a-z]+s) (?:door|house|place|flat|apartment|work|office|car) with ${WEAPON}`,
      `(?:hes|shes|theyre|he is|she is) asleep[^.!?\\n]{0,40}(?:standing|stood|im) over (?:him|her|them) with ${WEAPON}`,
    ),
    { negatable: false },
  ),
  rule(
    "harm_to_others.round_16.plan",
    "harm_to_others",
    "high",
    any(
      "(?:written down|wrote down|writing down|made a list of|got a list of|have a list of) (?:the )?(?:names|addresses)",
      "i know where (?:\\w+ ){0,3}?(?:of them|they|he|she) (?:lives?|works?|parks?|drinks?)(?: now)?(?=[^]{0,160}\\b(?:covered|pay|regret|what (?:he|she|they) did|deserve|revenge|names|sorry))",
      "(?:knock|put) (?:someone|somebody|him|her|them|a person) (?:out|to sleep)(?: \\w+){0,2}? if (?:it was |i put it |its |i slipped it )?in (?:their|his|her|a|someones) (?:drink|coffee|tea|food)",
      `(?:got|have|put|keep) (?:my \\w+s |his |her )?${WEAPON} in (?:the |my )?(?:trunk|boot|car|glovebox|glove box|jacket|bag)[^\\n]{0,80}(?:next time|hes done|shes done|gonna|he knows what he did|waiting)`,
      "(?:bought|got) (?:a |the )?(?:knife|gun|bat|hammer)(?: today)? and (?:its|it is) not for (?:cooking|the kitchen|camping|hunting)",
    ),
    {
      negatable: false,
      unless: /\b(?:wedding|invitations?|guest list|christmas cards?|party|game|film|movie)\b/,
    },
  ),
  rule(
    "harm_to_others.round_16.want",
    "harm_to_others",
    "moderate",
    any(
      "(?:want to|wanna|gonna|going to|im going to|ill|i will|about to) (?:go over there and )?(?:break|smash|bust|crack|snap) (?:his|her|their|someones|that \\w+s|the \\w+s) (?:jaw|face|nose|legs?|neck|teeth|skull|arms?)",
      "(?:id like|i want|i wanna|i want) to see (?:him|her|them|my \\w+) (?:bleed|suffer|in pain|hurt|beg)",
      "want (?:him|her|them|my \\w+) to (?:hurt|suffer|bleed)(?: \\w+){0,2}? (?:the way|like|as much as)",
      "(?:mess|messing|beat|beating) (?:him|her|them) up so (?:bad|badly|hard) (?:he|she|they) (?:cant|can not|wont) (?:walk|see|talk|stand)",
      "(?:ending|end|off|offing) my ex(?: husband| wife| boyfriend| girlfriend)?(?=[^]{0,60}\\b(?:not planning|yet|thinking))",
    ),
    { negatable: false, hyperbole: true },
  ),
  rule(
    "misuse.round_16",
    "misuse",
    "moderate",
    any(
      "(?:took|swapped|switched|replaced|takes|swaps) my (?:home )?(?:dose|lozenge|troche|meds|pills)(?: \\w+){0,4}? (?:and gave me|and gives me|for|with) (?:some|a|another|an unknown|some other) (?:pill|tablet|thing|drug|stuff)",
      "makes me (?:take|have|use) (?:my |the |extra |more |a )?(?:troche|lozenge|dose|pills|meds|drugs|ketamine|k)",
      "(?:take|taking|took|swallow|down|downed|necking) (?:the rest of|all of|the whole) (?:the |my |this )?(?:box|bottle|pack|packet|strip|lot)(?: \\w+){0,3}? with (?:a |the )?(?:bottle|glass|can|few)",
      "(?:snuck|sneaked|took|grabbed|stole|nicked) (?:an )?extra (?:\\d+ |one |two |couple )?(?:from|out of) (?:the )?(?:lockbox|lock box|safe|cabinet|bottle|box)",
      "(?:been saving|saving|save|saved|putting|put|set|setting) (?:one|a|1) (?:troche|lozenge|dose)s? (?:a|each|every) week|putting (?:my |the )?(?:troches|lozenges|doses) aside",
      "(?:get|getting) (?:more|extra) (?:troches|lozenges|ketamine|k|doses|scripts?|refills?) without (?:the )?(?:pharmacy|pharmacist|doctor|clinic|anyone)",
      "(?:gave|give|gives|slipped) me (?:some of )?(?:her|his|their) (?:oxy|pills|xanax|valium|tablets|meds|percocet|codeine|tramadol|gabapentin|sleeping pills)",
      "(?:getting|got|am|im|i am) (?:a bit |kind of |kinda )?hooked(?= on (?:it|k|ket|ketamine|the (?:lozenges|troches|sessions|infusions|spray|k|drug))|\\s*[.!?,]|\\s*$)|days? (?:that )?(?:arent|are not|isnt|not) on (?:my|the) plan",
      "(?:a )?(?:little )?bumps? of (?:powder|k|ket|ketamine|coke|the stuff)|(?:on )?the days between (?:infusions|sessions|doses)[^.!?\\n]{0,30}(?:bump|powder|k|ket)",
      "(?:all i think about|all i can think about) is (?:the |my )?next (?:session|dose|lozenge|troche|infusion)(?=[^]{0,60}\\b(?:count|want it|need it|crav|hours|cant wait))",
      "(?:can|could|will) get me (?:some )?(?:k|ket|ketamine|special k)(?: \\w+){0,3}? (?:off the street|cheap|for cheap|on the side|without)",
    ),
    { negatable: false },
  ),
  rule(
    "misuse.round_16.slip",
    "misuse",
    "low",
    any(
      "(?:took|take|had) (?:my |the )?(?:home )?(?:lozenge|troche|dose)(?: \\w+){0,3}? with (?:just|only) (?:my |the )?(?:\\d+ ?(?:yo|year old|yr old)|kids?|son|daughter|teen|teenager|baby) (?:home|there|in the house)",
      "(?:took|had|did) (?:it|my \\w+) (?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) instead of (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
      "(?:took|did|had) it with (?:nobody|no one|noone) (?:home|here|around|with me)",
      "split (?:my|the) (?:dose|lozenge|troche)(?:,| in half| into two| half)",
    ),
    { self: "strict", negatable: false },
  ),
  rule(
    "abuse.round_16",
    "abuse",
    "high",
    any(
      "bruises on (?:her|his|my|their) (?:arms|wrists|legs|face|neck|back)[^.!?\\n]{0,30}(?:cant explain|can not explain|no explanation|wont say|wont tell)",
      "(?:hes|he is|shes|she is) outside[^.!?\\n]{0,60}(?:coming in|coming back|coming over) to (?:finish it|finish me|finish the job|kill|get me|hurt)",
      "(?:took|swapped|switched|replaced) my (?:home )?(?:dose|lozenge|troche|meds|pills)(?: \\w+){0,4}? and gave me (?:some|a|another|an unknown|some other) (?:pill|tablet|thing|drug)",
    ),
    { negatable: false },
  ),
  rule(
    "abuse.round_16.control",
    "abuse",
    "low",
    any(
      "(?:doesnt|does not|dont|won't|wont) (?:like|want|let) me (?:talking|talk|to talk|speaking|to speak) to (?:you|the clinic|my therapist|the therapist|anyone|my friends|my family|my sister)",
      "(?:some|most|half|all|a lot) of (?:it|my money|my savings|my pension) (?:is|has) gone[^\\n]{0,40}(?:wont|won't|doesnt|refuses to|will not) (?:say|tell|explain)",
      "makes me (?:take|have) (?:my |the )?(?:troche|lozenge|dose)(?: \\w+){0,2}? (?:early|late|so im out of it)",
    ),
    { negatable: false },
  ),
];
