import { any, type Rule, rule } from "./rules.ts";

// Round 19 (tune/round-18.jsonl), the categories beside suicide: stretching or stacking a home
// dose, a body that will not stop jerking after a session, harm done to oneself told as an
// act ("punch my thighs", "hand under the scalding tap"), a child or a dependant hurt by the
// one who should care for them, and another's threat made with a weapon or after drinking.

const K = "(?:ketamine|k|ket|keta|nasal spray|spray|troches?|lozenges?|doses?)";
const BODY = "(?:thighs?|legs?|arms?|face|stomach|chest|head)";
const CHILD =
  "(?:(?:my |our |her |his )?(?:little |baby |younger |older )?(?:brother|sister|son|daughter|kid|kids|child|children|niece|nephew|grandson|granddaughter)|me)";

export const ROUND_19_OTHER_RULES: Rule[] = [
  rule(
    "misuse.round_19.stretch",
    "misuse",
    "moderate",
    any(
      `(?:leftover|extra|spare|saved|left over) (?:\\w+ )?${K}[^.!?\\n]{0,50}(?:off days|between sessions|at home|on my own|bad days|keep the (?:afterglow|glow|feeling))`,
      `(?:most|max|maximum|how much) ${K} (?:\\w+ ){0,4}(?:take|use|have|do)[^.!?\\n]{0,40}(?:without|before it|at home|on my own)`,
      "(?:skip|skipped|skipping|save|saved|saving) (?:my )?(?:prescribed |home )?dose[^.!?\\n]{0,40}double|double (?:up|my dose|the dose)(?! (?:on|with) (?:water|fluids))",
      "(?:stack|mix|combine|take) (?:them|it|both)[^.!?\\n]{0,30}(?:feel it more|stronger|hit harder|more intense)",
      `(?:drink|alcohol|wine|beer|xanax|benzos?|weed|edibles?)[^.!?\\n]{0,60}(?:feel (?:it|the ${K}) more|hit harder|make it stronger|more intense)`,
      `(?:taken|took|had|done|did) (?:way |so much |a lot |much )?more ${K} than (?:i|ive|im|my)`,
    ),
  ),
  rule(
    "misuse.round_19.wanting",
    "misuse",
    "low",
    any(
      `(?:get|buy|score|find|sell) (?:me )?(?:some )?(?:k|ket|keta|ketamine)\\b[^.!?\\n]{0,50}(?:between sessions|on the side|off days|outside|without the clinic)`,
      `(?:wish|tempted|crave|craving|want) (?:i could have |to have |to take |i had )?(?:a little |some |more )?(?:ketamine|k|keta|spray) (?:on|for|between|at home)`,
    ),
    { negatable: false },
  ),
  rule(
    "suicide.round_19.keep_going",
    "suicide",
    "imminent",
    "(?:keep|keeping) (?:going|taking (?:it|them|more)) (?:till|until) i (?:dont|wont|never|do not) (?:come back|wake up|stop breathing)",
    { negatable: false },
  ),
  rule(
    "suicide.round_19.passive",
    "suicide",
    "low",
    any(
      "maybe (?:a little|a bit|kind of|kinda|sort of) like that",
      "(?:wouldnt|would not|wont|will not) be (?:so |that |too |all that )?bad if i (?:crashed|died|didnt wake up|got hit|was hit|fell|never woke up|just went)",
    ),
    { negatable: false },
  ),
  rule(
    "suicide.round_19.misspelt",
    "suicide",
    "moderate",
    "(?:thoghts?|thots|thougts?|thouhts?|thoughts?) (?:of|about|abt|bout) (?:endin|endng) (?:it|things|my life)|(?:thoghts?|thots|thougts?|thouhts?) (?:of|about|abt|bout) ending (?:it|things|my life)",
  ),
  rule(
    "medical.round_19.convulsing",
    "medical",
    "high",
    any(
      "(?:hands?|arms?|legs?|body|whole body) (?:keeps? |wont stop |are |is |started )?(?:jerking|twitching|convulsing|spasming)[^\\n]{0,80}(?:session|dose|seizure|stop them|make (?:it|them) stop)",
      "(?:shaking|convulsing|jerking|seizing|fitting) (?:all over )?(?:on the floor )?[^.!?\\n]{0,30}(?:wont|cant|doesnt|not|isnt) (?:answer|respond|wake|talking)",
      "threw up (?:something )?(?:dark|black|blood|coffee grounds)|(?:vomit|vomited|vomiting|throwing up) (?:blood|black|something dark)",
    ),
    { negatable: false },
  ),
  rule(
    "self_harm.round_19.act",
    "self_harm",
    "high",
    any(
      "(?:holding|held|hold|putting|put|keep) my (?:hand|arm|fingers?|wrist) (?:under|in|on|against) (?:the )?(?:scalding|boiling|burning|hot) (?:tap|water|iron|stove|pan|kettle)",
      "(?:took|swallowed|take) (?:a ton|a bunch|loads|a lot|handfuls?|\\d+) of (?:my )?(?:\\w+ )?(?:ibuprofen|tylenol|paracetamol|pills|advil|aspirin|tablets)[^.!?\\n]{0,30}(?:on purpose|to hurt|to feel)",
      "keep (?:going|hitting|punching|doing it)[^.!?\\n]{0,20}(?:till|until) (?:it|my hand|my \\w+|something) (?:breaks|bleeds)",
    ),
    { negatable: false },
  ),
  rule(
    "self_harm.round_19.urge",
    "self_harm",
    "low",
    any(
      "(?<!dont |do not |never )miss (?:cutting|burning|hurting myself|self harm\\w*|the cutting)",
      `(?:punch|slap|scratch|bite|pinch|hit) my (?:own )?${BODY}(?! (?:on|against) (?:the|a) (?:door|table|cupboard|shelf))[^.!?\\n]{0,40}(?:when|to|until|till|so|because|bc)`,
    ),
    { negatable: false },
  ),
  rule(
    "abuse.round_19.dependant",
    "abuse",
    "high",
    any(
      `(?:beat|beats|hit|hits|whipped|whips|hitting|beating) ${CHILD} with (?:a |the |his |her |their )?(?:belt|cord|cable|stick|wooden spoon|shoe|hanger|extension cord)`,
      "(?:uncle|dad|father|stepdad|stepfather|brother|cousin|grandpa|grandfather|coach|teacher|boyfriend|neighbou?r)(?: \\w+){0,2} touches (?:her|him|me|them)(?! (?:base|up on))",
      "pinned (?:\\w+ ){0,4}against the wall|(?:grabbed|held|pinned|lifted) (?:\\w+ ){0,4}by (?:her|his|my|their) (?:neck|throat)",
    ),
    {
      negatable: false,
      unless:
        /\b(?:as a (?:kid|child|teen)|when i was (?:a |little|young|small|\d+)|growing up|years ago|worked through|in therapy)\b/,
    },
  ),
  rule(
    "abuse.round_19.handled",
    "abuse",
    "moderate",
    any(
      "(?:tries|tried|trying|keeps trying) to touch me|touch(?:es|ed)? me (?:when|where|while) (?:nobody|no one|noone)",
      "(?:shoves|pushes|slaps|chokes|grabs|throws) (?:her|him|them|my \\w+) (?:around|against)",
      "(?:caregiver|carer|aide|nurse|home health \\w+|helper) (?:\\w+ ){0,3}(?:yanks?|pulls?|grabs?|hits?|pinches?|slaps?|shoves?|twists?) (?:me|my)",
      "(?:kid|child|boy|girl|baby) next door (?:is being|gets|is getting|keeps getting) (?:hurt|hit|beaten)",
    ),
    { negatable: false },
  ),
  rule(
    "abuse.round_20.choked",
    "abuse",
    "moderate",
    "(?:boyfriend|girlfriend|husband|wife|partner|ex) (?:choked|strangled) (?:her|him|them|me)(?! out| once)",
    {
      negatable: false,
      unless:
        /\b(?:safe now|(?:shes|hes|theyre|im) safe|years ago|used to|in the past|left (?:him|her|them))\b/,
    },
  ),
  rule(
    "abuse.round_19.permission",
    "abuse",
    "low",
    "(?:started|have to|having to|need to) ask(?:ing)? (?:him |her |them )?(?:for )?permission (?:for|to|before)",
    { negatable: false },
  ),
  rule(
    "harm_to_others.round_19.third_armed",
    "harm_to_others",
    "low",
    "(?:says|said|saying|keeps saying|kept saying|told us|told me|told (?:her|him)(?: at \\w+)?|ranting|threatening|threatened|screaming|yelling)(?: that)? (?:hes|shes|hed|shed|he would|she would|he is|she is|theyre|he was) (?:going to |gonna )?(?:go )?[\"']?(?:postal|shoot up|handle|deal with|get|bury|take care of|put (?:his|her) \\w+ in the hospital|(?:hurt|kill|shoot|stab)(?! (?:himself|herself|themselves)))[^\\n]{0,140}(?:gun|shotgun|rifle|knife|bat|drinking|drunk|left|walked out|serious|wasnt smiling|again today|dead quiet|gone quiet|wont answer|truck|car)",
    { negatable: false },
  ),
];
