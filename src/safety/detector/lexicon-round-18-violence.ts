import { any, type Rule, rule } from "./rules.ts";

// Harm to others as violence-4 (tune) says it: wishes to see a person hurt, threats to a place
// ("someone's getting hurt"), how-tos asked about a person (a lethal amount "for someone", an
// autopsy that would miss a poison, where to hit), a victim's movements watched, a weapon
// readied beside a target, the act just done; and fantasies told with a disclaimer, at low.

const WEAPON =
  "(?:gun|pistol|rifle|shotgun|revolver|glock|piece|strap|knife|blade|bat|hammer|crowbar|machete|38|45|22|9mm)";
// A person as the object of harm (not "myself": self-harm is read elsewhere).
const TARGET =
  "(?:him|her|them|his|someone|somebody|anyone|anybody|whoever|people|the (?:guy|man|woman|dude|bloke|driver|person|kid|teacher)|my (?:\\w+ ){0,2}?(?:ex|boss|coworker|manager|stepfather|stepdad|stepmom|stepmother|father|dad|mother|mom|mum|husband|wife|partner|brother|sister|neighbou?r|landlord|bully))";
const FICTION =
  /\b(?:in the (?:game|film|movie|book|show|novel)|character|novel|podcast|episode|documentary|true crime|fortnite|minecraft|my own)\b/;

export const VIOLENCE_ROUND_18_RULES: Rule[] = [
  rule(
    "harm_to_others.want.see_hurt",
    "harm_to_others",
    "moderate",
    any(
      "(?:like|love|want|wanna|wish) to see (?:him|her|them|my (?:\\w+ ){0,3}?\\w+|that \\w+) (?:hurt|suffer|bleed|in pain|dead|in the ground)",
      "(?:want|wish|need) (?:him|her|them|that \\w+|this \\w+|my \\w+) to (?:feel pain|suffer|bleed)(?![- ]free)",
      "wring (?:his|her|their|my \\w+s?) (?:neck|necks)(?=[^\\n]{0,60}\\b(?:still|so bad|for real|really|not a joke|mean it))",
      "i could (?:honestly |seriously |really |actually |genuinely |literally )?(?:hurt|kill|stab|strangle|punch) (?:somebody|someone|anybody|anyone|a person)(?! for (?:a|an|some|one)\\b)",
      "(?:thoughts? of|thinking about|thinkin bout|thinking bout|think about) (?:putting my hands on|catching) (?:my \\w+|him|her|them)(?: outside| alone)?",
      "lay (?:him|her|them) out(?=[^\\n]{0,40}\\b(?:for real|this time|next time|i swear))|(?:gonna|going to|ill|i will) lay (?:him|her|them) out",
      "(?:want|wanted|need) (?:him|her|them) gone[^!?\\n]{0,20}(?:off the (?:earth|planet|map)|for good|permanently|dead)",
      "(?:put|putting) (?:him|her|them) in the ground|(?:deserves|deserve) to be put in the ground",
      "(?:teach|teaching) (?:that|this|the) \\w+ a lesson[^.!?\\n]{0,40}\\b(?:its me|me to|myself|im gonna|ill)\\b",
      "(?:world|everyone) (?:would be|is) better (?:off )?(?:without|with/o|with/out|with o|wo) (?:my \\w+|him|her|them)[^\\n]{0,60}(?:i could be|ill be|i will be|be the one|fix that|make it happen|do it)",
      "(?:making|make) (?:my (?:\\w+ )?\\w+s?|his|her|their) life hell[^\\n]{0,60}(?:slash|tires|more than that|scared|hurt)",
    ),
    { unless: FICTION },
  ),
  rule(
    "harm_to_others.threat.place",
    "harm_to_others",
    "high",
    any(
      "(?:someones|someone is|somebodys|somebody is|people are) (?:getting|gonna get|going to get) hurt",
      "(?:the )?whole (?:church|school|office|class|team|congregation|department|family|building) (?:is|are) (?:going to|gonna) pay",
      "take (?:him|her|them|my \\w+) out(?: first)? and then (?:myself|me)",
      "take (?:them|the kids|my kids|the children|my children) with me[^\\n]{0,20}(?:nobody|no one|noone) (?:gets|will get|will have|gets to have)",
      "(?:after|once|when) i(?:ve| have)? (?:deal|dealt|take care|taken care|handle|handled) (?:with |of )?(?:the (?:man|guy|woman|person|bastard)|him|her|them)[^\\n]{0,60}(?:wont|will not) be (?:around|here|alive)",
      "(?:gets out|is released|gets released|comes out)[^.!?\\n]{0,30}(?:i will|ill|i am going to|im going to|im gonna) be waiting(?: for (?:him|her|them))?",
      "put a bullet in (?:him|her|them|his|that \\w+)",
      "(?:zip ties|duct tape|rope|cable ties)[^\\n]{0,40}(?:she|he|they)(?:ll| will) (?:listen|learn|pay|see|regret)",
    ),
    { negatable: false, unless: FICTION },
  ),
  rule(
    "harm_to_others.howto.person",
    "harm_to_others",
    "high",
    any(
      "(?:what|how much|how many|which)\\b[^.?\\n]{0,30}(?:amount|dose|dosage|units|mg|much|many)[^.?\\n]{0,40}(?:deadly|lethal|fatal|kill)[^.?\\n]{0,10} (?:for|to) (?:someone|somebody|a person|an adult|a man|a woman|him|her|them)\\b",
      "(?:autopsy|autopsies|tox screen|toxicology|coroner|blood test)s? (?:catch|detect|find|show|pick up)[^.?\\n]{0,60}(?:poison\\w*|drugg\\w*)",
      "(?:returning|return) the favou?r in (?:his|her|their) (?:tea|coffee|drink|food|soup)|(?:found out|know|learned) what (?:he|she|they) uses? in (?:his|her|their) (?:garden |tool )?shed[^\\n]{0,120}(?:his|her|their) (?:tea|coffee|drink|food)",
      "(?:antifreeze|ethylene glycol|rat poison|arsenic|cyanide|thallium|oleander|foxglove)[^.?\\n]{0,30}(?:really sweet|sweet\\?|taste|tasteless|odou?rless|detect|notice|trace)",
      "where (?:on the body |on someone |on a person )?(?:do|should|would|can) (?:you|i|u|one) (?:hit|stab|punch|kick|strike|cut|shoot) (?:someone|somebody|a person|him|her|them|a guy)",
    ),
    {
      negatable: false,
      unless:
        /\b(?:dog|dogs|cat|cats|pet|pets|puppy|kitten|podcast|episode|documentary|novel|show|class|self defen[cs]e|ketamine)\b/,
    },
  ),
  rule(
    "harm_to_others.plan.watched",
    "harm_to_others",
    "high",
    any(
      "(?:mapping|tracking|logging|clocking|memori[sz]ing|memori[sz]ed|studying) (?:my (?:\\w+ )?\\w+s|his|her|their) (?:schedule|routine|movements|comings and goings)",
      "(?:found|know|figured out) where (?:he|she|they) lives?[^\\n]{0,80}(?:drove|driven|drive|driving|been) (?:past|by)",
      "(?:walks|leaves|goes|gets home|is home)[^\\n]{0,80}alone[^\\n]{0,120}(?:ive|i have|been) (?:watched|watching|followed|clocked)",
      `${WEAPON}[^\\n]{0,30}(?:cleaned|loaded)[^\\n]{0,40}(?:i know where|where (?:he|she|they|my ex|my \\w+) (?:works|lives))`,
      `(?:bought|got|grabbed|have) (?:a |my |the )?${WEAPON}[^\\n]{0,60}(?:(?:hes|shes|theyre|he is|she is) (?:done|dead|finished)|next time (?:he|she|they))`,
    ),
    { negatable: false, unless: FICTION },
  ),
  rule(
    "harm_to_others.now.armed",
    "harm_to_others",
    "imminent",
    any(
      `got my ${WEAPON}[^\\n]{0,20}(?:going in|goin in|walking in|heading in|going over|on my way)`,
      `${WEAPON}s? (?:is |are )?(?:on the seat|next to me|in my lap|on my lap|beside me)[^\\n]{0,40}(?:min|mins|minutes) (?:from|away from) (?:his|her|their)`,
      "(?:hes|shes|he is|she is|theyre|they are) (?:done|dead|finished) tonight",
      "(?:parking lot|car park|outside) of (?:my|the|his|her) (?:old )?(?:job|work|school|office|church)[^\\n]{0,40}(?:loaded|armed|with (?:my|the) (?:gun|rifle|guns))",
      "(?:hes|shes|he is|she is|theyre) not breathing[^\\n]{0,20}i (?:held|pushed|hit|choked|strangled)|i held the pillow",
      "hit (?:him|her|them) (?:w|with) (?:the|a|my) \\w+ and (?:hes|shes|he is|she is|theyre) (?:on the floor|not moving|bleeding|unconscious|not breathing)",
    ),
    { negatable: false, unless: FICTION },
  ),
  rule(
    "harm_to_others.fantasy.told",
    "harm_to_others",
    "low",
    any(
      `(?:imagine\\w*|picture[ds]?|picturing|dream\\w*|daydream\\w*|fantas\\w*|image of|flash of wanting to|thoughts? of)[^.!?\\n]{0,40}?(?:strangl\\w*|chok\\w*|stab\\w*|shov\\w*|push\\w*|hurting|beat\\w*|punch\\w*|smash\\w*|ran|run|running|shoot\\w*|going after|finding) ${TARGET}\\b`,
      `(?:imagine\\w*|picture[ds]?|picturing|dream\\w*|daydream\\w*|fantas\\w*)[^.!?\\n]{0,40}?${TARGET}(?:s)?\\b[^.!?\\n]{0,30}?(?:tripping|falling down|rolling off|getting hit|hit by a|crash\\w*|suffer\\w*|bleed\\w*)`,
      "wish (?:my|his|her|that|the) [^.!?\\n]{0,30}(?:would|will|could) (?:get hit by|drop dead|choke|rot)",
      "(?:some of it|part of it) is violent",
    ),
    { unless: FICTION },
  ),
  // The act on oneself after the harm: the suicide half of "take him out and then myself".
  rule(
    "suicide.after_harm",
    "suicide",
    "high",
    any(
      "take (?:him|her|them|my \\w+) out(?: first)? and then (?:myself|me)",
      "take (?:them|the kids|my kids|the children|my children) with me[^\\n]{0,20}(?:nobody|no one|noone) (?:gets|will get|will have|gets to have)",
    ),
    { negatable: false, unless: FICTION },
  ),
];
