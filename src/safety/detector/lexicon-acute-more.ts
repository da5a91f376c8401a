import { any, PILLS, type Rule, rule } from "./rules.ts";

// Suicide told without its words: a method running now (a car in a closed garage, a bath with a
// blade), an overdose counted in tablets, searches for a painless way, a last message to us,
// affairs put in order, a note weighed, and the wish folded into a sentence about a flare.

const DRUG_NAME =
  "(?:\\w+(?:tyline|pine|zepam|zolam|codone|phine|done|clone|pam|lam|amol|profen|ine|ol|in|ium))";

/** Acute and preparatory suicide signs in plain words. */
export const ACUTE_MORE_RULES: Rule[] = [
  rule(
    "suicide.now.method_running",
    "suicide",
    "imminent",
    any(
      "(?:in|sitting in|inside) the (?:closed |shut )?garage with the (?:car|engine|motor) (?:running|on)|(?:in|sitting in) the car in the (?:closed |shut )?garage with the (?:engine|motor) (?:running|on)|(?:car|engine) (?:is )?running in the (?:closed |shut )?garage",
      "(?:bath|tub|bathtub) (?:is )?(?:running|full|filled|ready)[^.!?\\n]{0,40}(?:razor|blade|knife|pills)(?! for)",
      `(?:took|swallowed|taken|downed|had) (?:like |about |around |maybe |nearly )?(?:\\d{2,}|twenty|thirty|forty|fifty|a handful|a fistful|a whole bottle|the whole bottle|all) (?:of )?(?:my |the |his |her )?(?:\\w+ )?(?:${PILLS}|${DRUG_NAME})[^.!?\\n]{0,30}(?:ago|just now|tonight|earlier|and now|im scared|scared)`,
    ),
    {
      gate: /garage|car|engine|bath|tub|took|swallow|taken|down|had/,
      self: "strict",
      negatable: false,
      unless:
        /\b(?:garage door opener|warm up the car|warm (?:it|the car|her|him) up|to warm|warming up|defrost|for the kids|bath toys|shaving my legs|over (?:the|a) (?:week|month|year)|a day|per day|daily|vitamins?|gummies|fish oil)\b/,
    },
  ),
  rule(
    "suicide.search.method",
    "suicide",
    "high",
    any(
      "(?:googling|googled|searching|searched|looking up|looked up|researching|researched|reading about|read up on) (?:\\w+ ){0,2}?(?:painless|quick|quickest|easiest|peaceful|surest|fastest) (?:ways?|methods?)(?! (?:to|of|for) (?!(?:die|go|end|do it|leave|not|check|kill|off)\\b))",
      "(?:googling|googled|searching|searched|looking up|looked up|researching|researched) how (?:much|many) (?:\\w+ ){0,3}?(?:would be|is|are) too (?:much|many)",
      "(?:looked up|looking up|checked|know) (?:the )?(?:freight|train) (?:schedule|times|timetable)[^.!?\\n]{0,60}(?:behind|near|by) my (?:house|place|apartment)",
      "i know the (?:gun )?(?:safe|lockbox|cabinet) (?:code|combination)",
    ),
    { gate: /googl|search|look|research|read|check|know/, self: "strict", negatable: false },
  ),
  rule(
    "suicide.farewell.to_us",
    "suicide",
    "high",
    any(
      "(?:this is|this will be|this is gonna be) (?:the|my) last (?:time (?:i|ill) (?:message|text|write|talk)|message (?:i send|ill send|here|from me))",
      "(?:should i|do i|whether to|is it selfish to) (?:write|leave) (?:my \\w+ |them |everyone )?(?:a )?(?:goodbye )?(?:note|letter)s?(?: or (?:is that|would that be|not)| for (?:after|when)|,? (?:is that|would that be|or is it) selfish)",
      "(?:told|showed|gave|left) (?:\\w+ ){0,3}?where my (?:passwords|will|papers|accounts|documents|life insurance) (?:are|is)|who gets my (?:guitar|car|dog|cat|things|stuff|ring|books|records|\\w+) (?:\\w+ ){0,4}?(?:weird|strange|asked|thought)",
    ),
    {
      gate: /last|note|letter|where my|who gets/,
      self: "strict",
      negatable: false,
      unless:
        /\b(?:before (?:my|the|i go)|see you|until|till|for (?:a while|now|today|the week|two weeks)|vacation|holiday|trip|back (?:on|in|next)|birthday|thank you note|cover letter)\b/,
    },
  ),
  rule(
    "suicide.wish.plain_more",
    "suicide",
    "low",
    any(
      "(?:id|i would|i d) (?:honestly |really |genuinely )?rather (?:be dead|die|not exist|not be alive|not be here|not wake up) than",
      "(?:keep |kinda |sometimes )?(?:hoping|hope|wishing|wish|pray|praying) (?:that )?i (?:get|got|would get|end up) (?:in|into|hit by) (?:a )?(?:wreck|crash|accident|car|bus|truck)",
    ),
    { gate: /rather|hop|wish|pray/, self: "strict", hyperbole: true },
  ),
  rule(
    "suicide.thoughts.plain_more",
    "suicide",
    "moderate",
    any(
      "(?:suicide|dying|death|ending it|ending my life|killing myself) (?:has been|is|was|keeps|kept) (?:\\w+ ){0,2}?(?:on my mind|in my head|coming back)",
      "(?:dont|do not|cant|can not) see myself (?:still )?(?:being )?(?:here|around|alive) (?:by|for|at|past|after|in|much longer)",
      "(?:tried|attempted) (?:in \\d{4}|before|last year|once|years ago)[^.!?\\n]{0,40}(?:urge|urges|feeling|thoughts?) (?:is|are|came|come) back",
    ),
    { gate: /mind|head|coming|see myself|back/, self: "strict" },
  ),

  rule(
    "suicide.now.means_at_hand",
    "suicide",
    "imminent",
    any(
      "(?:my |the )?(?:45|9mm|glock|gun|pistol|revolver|rifle|shotgun) (?:is )?(?:cleaned and |all )?loaded (?:and )?(?:on|in|next to|by|beside) (?:the |my )?(?:nightstand|bed|table|lap|desk|hand)",
      "(?:staring|looking|been staring) at (?:the|my) (?:gun|pistol|pills|rope|blade|45|glock|bottle) for (?:an hour|hours|a while|\\w+ minutes)",
      "im (?:by|at|on|near|standing on|sitting on) the (?:tracks|train tracks|bridge|overpass|lookout|cliff|edge|roof|ledge)[^.!?\\n]{0,60}(?:comes through|soon|right now|now|tonight|where i am)",
      "(?:parked|sitting|standing) at the (?:lookout|cliff|bridge|overpass|edge|river|lake|quarry|tracks)[^.!?\\n]{0,60}(?:right now|now)",
      "(?:im |i am )?(?:taking|gonna take|going to take|swallowing) (?:everything|all of it|every pill|all the pills|all my pills) in (?:the|my) (?:medicine )?(?:cabinet|drawer|bathroom|house)",
    ),
    {
      gate: /loaded|staring|looking|im|parked|sitting|standing|taking|gonna|going|swallow/,
      self: "strict",
      negatable: false,
      unless:
        /\b(?:range|hunting|deer|season|cleaning kit|for the trip|photo|sunset|view|train ride|waiting for (?:my|the) train|commute)\b/,
    },
  ),
  rule(
    "suicide.method.plain_more",
    "suicide",
    "high",
    any(
      "(?:do (?:u|you) think|does|would) it hurt[s]?[.?!,]* (?:\\w+ ){0,2}?(?:jumping|hanging|drowning|bleeding out|overdosing)|(?:jump|jumping) (?:\\w+ ){0,2}?from (?:\\d+|ten|twenty|fifteen) (?:floors|stories|storeys)",
      "(?:what|how much|which) (?:dose|amount|mg)(?: of \\w+)? (?:\\w+ ){0,3}?stops? (?:your|a|my|the) heart",
      "(?:\\d+|twenty|thirty|forty) (?:or so )?(?:tylenol|acetaminophen|paracetamol|advil|ibuprofen|aspirin)[^.!?\\n]{0,60}(?:liver|kill|die|enough|how many days|takes days)",
      "hose (?:that )?(?:fits|for|to fit) the (?:tailpipe|exhaust)",
      "(?:swerve|drive|driving|crash|steer) (?:\\w+ ){0,2}?into (?:the |a |an )?(?:semi|oncoming traffic|truck|tree|wall|pole|barrier|median|bridge pillar)",
      "(?:staring|stare|looking) at the (?:overpass|bridge|tracks|river)[^.!?\\n]{0,80}(?:friday|tonight|is it|is the day|told myself)",
    ),
    {
      gate: /hurt|jump|dose|amount|mg|tylenol|acetaminophen|paracetamol|advil|ibuprofen|aspirin|hose|swerve|drive|driving|crash|steer|star|look/,
      self: "strict",
      negatable: false,
      // A pet that got into the pills is a vet question, not a method.
      unless:
        /\b(?:my|the|our) (?:dog|cat|puppy|kitten|pup)\b[^.!?\n]{0,20}\b(?:ate|got into|swallowed|chewed)\b|\bvet\b/,
    },
  ),
  rule(
    "suicide.farewell.plain_more",
    "suicide",
    "high",
    any(
      "(?:you|u) (?:wont|will not) (?:be hearing|hear) from me (?:after|again|anymore)(?! (?:until|till|til|for (?:a|the)|while|this week|today|tonight))",
      "(?:dont|do not) (?:intend|plan|expect) to be (?:around|here|alive) (?:for|by|at|past)",
      "(?:which|what) (?:suit|dress|outfit|clothes) (?:they should|theyll|to) bury me in",
      "(?:ive |i have |i )decided[.,] (?:after|before|on|at) (?:the )?(?:holidays|christmas|new year|thanksgiving|\\w+day|my birthday)",
    ),
    {
      gate: /hear|intend|plan|expect|bury|decided/,
      self: "strict",
      negatable: false,
      unless:
        /\b(?:camping|vacation|holiday|trip|cruise|retreat|offline|no signal|no service|hospital stay|surgery)\b/,
    },
  ),
  rule(
    "suicide.wish.plain_last",
    "suicide",
    "low",
    any(
      "(?:my )?(?:happy thought|dream|wish|only wish) is (?:not existing|to not exist|to stop existing|to disappear|to not wake up)",
      "(?:want|wanna|get) off this ride[^.!?\\n]{0,60}(?:life|whole|all of it)",
      "reasons to (?:stay|live|keep going)[^.!?\\n]{0,40}(?:down to (?:one|1|zero|nothing)|running out|getting shorter)",
      "(?:want|wanna|going|ready) to dye(?! (?:my|her|his|the|it|them|some|a|eggs|\\w+ hair))",
      "(?:go|going) home[.,]? not (?:my|the) (?:apartment|house|place|flat)",
      "done with (?:all of )?(?:it|this|everything)[.,]? (?:for real|for good)[^.!?\\n]{0,30}(?:gave it|till|until)",
    ),
    { gate: /thought|dream|wish|ride|reasons|dye|home|done/, self: "strict", hyperbole: true },
  ),
];
