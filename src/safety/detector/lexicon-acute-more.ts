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
];
