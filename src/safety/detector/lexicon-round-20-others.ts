import { any, type Rule, rule } from "./rules.ts";

// Round 20 (tune/round-19.jsonl), the categories beside suicide: self-harm told by its marks
// or its tools ("14 new cuts", "heating the knife to burn my arm", "holding the razor"), misuse as buying, snorting or a week's supply at
// once, bladder pain after sessions (low), abuse as a throat grabbed, a door broken down, a
// lock-out as punishment, meds taken by a carer, and voices ordering harm to another.

const K = "(?:k|ket|keta|ketamine|troches?|lozenges?|spray)";
/** Told as the past and over: "as a kid", "worked through it in therapy". */
const OVER =
  /\b(?:as a (?:kid|child|teen)|when i was (?:a |little|young|small|\d+)|growing up|years ago|worked through|in therapy|long time ago)\b/;

export const ROUND_20_OTHER_RULES: Rule[] = [
  rule(
    "self_harm.round_20.marks",
    "self_harm",
    "high",
    any(
      "(?:\\d+|so many|a bunch of|a lot of|more) new (?:cuts|burns|scratches|marks)|running out of (?:room|space|skin) (?:to cut|on my)",
      "(?:pressed|put|held|stubbed) (?:a )?(?:lit )?(?:cigarette|lighter|match|hot iron|iron)(?: \\w+)? (?:into|on|onto|against) my (?:hand|arm|leg|skin|wrist|thigh)",
      "heat(?:ing|ed)? (?:up )?(?:the|a|my) (?:knife|blade|spoon|lighter|metal)[^.!?\\n]{0,40}(?:burn|brand) (?:my|myself)",
      "im holding (?:the|a|my) (?:razor|blade|box cutter)[^\\n]{0,80}(?:please|answer|shaking|cant stop|help)",
    ),
    { negatable: false },
  ),
  rule(
    "self_harm.round_20.urge",
    "self_harm",
    "moderate",
    any(
      "(?:ripping|pulling|rip|pull|tearing) (?:my )?hair out(?! (?:over|with|because|trying|about|of frustration))",
      "(?:scald|scalding|scalded) myself",
      "(?<!dont |do not |never )miss the (?:feeling|rush|release|sting) of (?:cutting|burning|hurting myself|self harm\\w*)",
      "(?:might|could|going to|gonna|afraid i will|scared i will) do something to myself",
    ),
    { unless: /\b(?:kids|homework|toddler|taxes|work|code|boss|traffic)\b/ },
  ),
  rule(
    "medical.round_20.bleeding",
    "medical",
    "high",
    "cut (?:a lot |way |much )?deeper than i (?:meant|wanted|planned)|(?:bleeding|the blood|it) (?:just )?wont stop",
    { negatable: false, unless: /\b(?:nose|nosebleed|period|gums|paper cut|shaving)\b/ },
  ),
  rule(
    "medical.round_20.bladder",
    "medical",
    "low",
    "bladder (?:\\w+ ){0,3}(?:ach\\w*|pain|hurts|burn\\w*|pressure|spasm\\w*)|(?:uti|urinary)[^.!?\\n]{0,60}(?:session|ketamine|dose|infusion)",
    {
      unless:
        /\b(?:went away|gone now|resolved|cleared up|was a uti|said it was|not the ketamine|antibiotics)\b/,
    },
  ),
  rule(
    "misuse.round_20.source",
    "misuse",
    "moderate",
    any(
      `(?:dealer|plug|guy|connect) (?:has|sells|got|can get)(?: \\w+){0,2} ${K}\\b`,
      `(?:sites|websites|places|somewhere|dark web|telegram)(?: where)? (?:you|i) can (?:order|buy|get) (?:it|${K})\\b`,
      `(?:bag|baggie|vial|bottle|gram) of ${K}\\b|(?:ordered|bought|got|scored) (?:some )?${K} (?:online|off|from)`,
      `on top of my (?:prescribed|prescription|clinic|home) (?:stuff|dose|doses|${K})`,
      `(?:crush|crushed|crushing) (?:my |the )?(?:troches?|lozenges?|tablets?)[^.!?\\n]{0,20}snort|snort (?:my |the )?${K}\\b`,
      "(?:if i doubled it|doubled my dose|trip last longer|make the trip (?:last|longer|stronger)|want (?:it|ketamine|k) every day)",
    ),
    {
      unless: /\b(?:prescribed me|pharmacy said|my doctor said)\b/,
    },
  ),
  rule(
    "misuse.round_20.all_at_once",
    "misuse",
    "high",
    `(?:whole|entire) (?:\\w+ )?(?:weeks?|months?) (?:supply|worth) (?:of )?(?:\\w+ )?${K}|(?:took|taken|used) (?:all|the whole|the rest of) (?:\\w+ ){0,2}${K} at once`,
    { negatable: false },
  ),
  rule(
    "abuse.round_20.now",
    "abuse",
    "high",
    any(
      "(?:grabbed|squeezed|choked|gripped) my (?:throat|neck)",
      "(?:broke|kicked|busted|smashed) (?:the |my )?door (?:down|in)|(?:hes|shes|he has|she has) got me by the (?:hair|throat|neck|arm)",
      "locked me (?:out|in)(?: \\w+){0,8} (?:as |for )?(?:[\"']?punishment|in the cold|for hours|for \\w+ hours|all night|without (?:food|water|my))",
      "throwing (?:things|stuff|plates|dishes|\\w+s) at (?:my|his|her) (?:mom|mum|mother|wife|dad|father|sister|brother|kids?|husband)",
    ),
    { negatable: false, unless: OVER },
  ),
  rule(
    "abuse.round_20.signs",
    "abuse",
    "low",
    any(
      "(?:screaming|yelling) at (?:his|her|their) (?:kid|kids|son|daughter|child|wife|husband)[^\\n]{0,100}(?:smash\\w*|crash\\w*|thud\\w*|went quiet|gone quiet|crying|hit)",
      "(?:has|had|with|covered in) bruises[^\\n]{0,80}(?:boyfriend|girlfriend|stepdad|stepmom|babysitter|watching (?:him|her)|always|again)",
      "(?:caregiver|carer|aide|nurse|son|daughter|husband|wife|partner|roommate) (?:keeps |has been |is )?(?:taking|stealing) my (?:pain )?(?:meds|medication|pills|money|card)",
      "(?:says|threatens|said) (?:hell|he will|shell|she will) kill (?:himself|herself) if i (?:leave|go|break up)",
    ),
    { negatable: false, unless: OVER },
  ),
  rule(
    "harm_to_others.round_20.voices",
    "harm_to_others",
    "high",
    "voices (?:say|tell|telling|are telling|said|told|keep telling) (?:me )?(?:i have to |i need to |to )?(?:hurt|kill|attack|stab|punish) (?:my|him|her|them|someone|the)",
    { negatable: false },
  ),
];
