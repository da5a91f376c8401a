import { any, type Rule, rule } from "./rules.ts";

// Round 21: what the learned scorer caught alone until it was retrained on rounds 12-20 (the
// retrain dropped these tune lines, so the rules now read them themselves): pills counted
// against "how many i'd need", an overdose told with the bottle's owner ("a bunch of my
// husband's blood pressure pills"), euphemisms said as such ("'catching the bus' if you know
// what i mean", "a permanent logout irl"), tired of waking up, stopping eating to see who
// notices, a body hit with a tool, "suicidal & ordered something ... so i can do it right this
// time", and asking how to make a person disappear. The round-22 retrain (rounds 21 / ES 20
// added) dropped a few more: another's decision to die told with worry, a party if i was gone,
// not caring if a car hits me, scars still thought about, a wish that an ex feel it
// physically, a revenge daydream that ends with him not moving, lozenges with xanax and slow
// breathing.

const PILLS =
  "(?:pills|tablets|meds|medication|bottles|pill bottles|prescriptions|painkillers|sleeping pills|oxy|xanax)";

export const ROUND_21_RULES: Rule[] = [
  rule(
    "suicide.round_21.counted",
    "suicide",
    "high",
    `${PILLS}[^\\n]{0,120}\\b(?:(?:i )?know (?:exactly )?how many (?:i ?d|i would|i will|ill|it would|itd|it will|itll|it) (?:need|take)|(?:i )?counted (?:them |it |the \\w+ )?(?:again|twice|every night|tonight))`,
    { negatable: false },
  ),
  rule(
    "suicide.round_21.overdose_told",
    "suicide",
    "high",
    `(?:took|swallowed|downed) (?:a bunch|a handful|handfuls|a lot|too many|all) of (?:my |her |his |their |the )?(?:\\w+s )?(?:\\w+ ){0,2}?${PILLS}(?:[^\\n]{0,40}(?:like|maybe|about) \\d+)?`,
    {
      self: "strict",
      time: "act",
      past: "moderate",
      unless:
        /\b(?:vitamins|supplements|as prescribed|for (?:the|my) (?:cold|flu|headache|migraine))\b/,
    },
  ),
  rule(
    "suicide.round_21.euphemism",
    "suicide",
    "moderate",
    any(
      // Said as a euphemism, not an errand ("catching the bus into town tomorrow").
      `(?:catch(?:ing)? the (?:bus|last train)|tak(?:e|ing) the (?:long|dirt) nap|(?:a )?permanent (?:logout|log out|log off|nap|vacation))\\W{0,3}(?: \\w+){0,3}? (?:if (?:you|u) know what i mean|iykwim|for good|irl)`,
      "(?:permanent(?:ly)? (?:logout|log out|log off)|log(?:ging)? (?:out|off) (?:of life|permanently|for good)) (?:irl|for real|from life)",
    ),
    { unless: /\b(?:account|app|server|session expired|password|website|laptop|game)\b/ },
  ),
  rule(
    "suicide.round_21.do_it_right",
    "suicide",
    "high",
    // "This time" after a named risk: a past attempt to be done "right" (sw-092).
    "(?:suicid\\w*|kill myself|end it|end my life|overdos\\w*|attempt\\w*|tried before|last time)[^\\n]{0,80}?(?:so (?:that )?i can|to|and) do it (?:right|properly|for real) this time",
    {
      self: "strict",
      unless: /\b(?:recipe|exam|test|presentation|interview|workout|painting|homework|cake)\b/,
    },
  ),
  rule(
    "suicide.round_21.passive",
    "suicide",
    "low",
    any(
      "(?:tired|sick|exhausted)(?:[.,]? of everything)?[.,]? of (?:\\w+ ){0,3}?waking up (?:every|each) (?:morning|day)(?! (?:at|so) )",
      "(?:what if|if) i (?:just )?(?:stopped|stop|quit) (?:eating|drinking water|existing)[^\\n]{0,60}(?:would anyone|anyone (?:even )?(?:notice|care)|nobody would (?:notice|care))",
      "(?:like a ghost|invisible|no one sees me)[^\\n]{0,80}might as well (?:actually |just )?be (?:one|dead|gone)",
    ),
    { unless: /\b(?:diet|fasting|fast for|gym|game|lol)\b/ },
  ),
  rule(
    "self_harm.round_21.hit_with",
    "self_harm",
    "moderate",
    "(?:i )?(?:hit|hitting|bash\\w*|smash\\w*|whack\\w*|punch\\w*) my (?:own )?(?:legs?|arms?|thighs?|head|hands?|knees?|shins?|body) with (?:a|the|my) (?:hammer|belt|bat|rock|stick|brush|mallet|wrench)",
    { unless: /\b(?:accident\w*|by mistake|oops|slipped|fixing|building)\b/ },
  ),
  rule(
    "harm_to_others.round_21.disappear",
    "harm_to_others",
    "moderate",
    "(?:how (?:would|do|does|could|can|should) (?:someone|one|you|i|a person)|how to|ways to) (?:go about )?(?:mak(?:e|ing)) (?:a person|someone|somebody|him|her|them|my \\w+) (?:just )?disappear\\b",
    {
      unless:
        /\b(?:magic|trick|magician|photo\w*|picture|feed|timeline|app|story|novel|game|video)\b/,
    },
  ),
  rule(
    "suicide.round_22.third_person_decided",
    "suicide",
    "low",
    "(?:my|our) (?:\\w+ ){0,3}?(?:neighbou?r|friend|brother|sister|son|daughter|dad|mom|mum|father|mother|husband|wife|partner|cousin|uncle|aunt|roommate|coworker|grandpa|grandma)[^\\n]{0,80}(?:told me|said|says|texted|wrote)[^\\n]{0,20}(?:he|she|they) (?:has |have |had |is |are )?(?:decided|planning|plans?|going) to (?:end (?:his|her|their) life|kill (?:himself|herself|themselves)|take (?:his|her|their) (?:own )?life)",
    { negatable: false },
  ),
  rule(
    "suicide.round_22.gone_wish",
    "suicide",
    "low",
    any(
      "(?:would|will|d) (?:throw a party|celebrate|be (?:relieved|happier|glad|better off)) (?:if|when|once) i (?:was|were|am|m|died|left for good) ?(?:gone|dead|not here|not around)?",
      "(?:dont|do not|wouldnt|would not) (?:really |even )?(?:care|mind) if i (?:got|get|were|was) (?:hit by (?:a )?(?:car|bus|truck|train)|killed|died)",
    ),
    { unless: /\b(?:lol|lmao|joke|party planning|surprise)\b/ },
  ),
  rule(
    "self_harm.round_22.scars_thought",
    "self_harm",
    "low",
    "scars?[^\\n]{0,80}(?:i (?:still )?think about (?:it|cutting|doing it) but|i still (?:think about|miss) (?:it|cutting|doing it))",
  ),
  rule(
    "harm_to_others.round_22.feel_it",
    "harm_to_others",
    "moderate",
    any(
      "(?:want|wish|need) (?:him|her|them|my (?:ex|husband|wife|boss|dad|father|stepdad|mom|mother|brother|sister|neighbou?r)) to feel (?:what i felt|the pain|it|how it feels)[^\\n]{0,20}physically",
      "(?:ends|end|ending) with (?:him|her|them) (?:on the (?:ground|floor) )?(?:not moving|not breathing|dead|bleeding out|unconscious)",
    ),
    { unless: /\b(?:movie|film|show|book|novel|game|episode|dream)\b(?! in my head)/ },
  ),
  rule(
    "misuse.round_22.mixed_breathing",
    "misuse",
    "high",
    "(?:lozenges?|troches?|ketamine|ket|dose)[^\\n]{0,120}(?:xanax|benzos?|valium|klonopin|alcohol|drinks?|vodka|wine)[^\\n]{0,160}breathing (?:feels |is |seems )?(?:\\w+ ){0,3}?(?:slow|shallow|weird|hard)",
    { negatable: false },
  ),
];
