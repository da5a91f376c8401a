import { any, type Rule, rule } from "./rules.ts";

// What the learned scorer read alone until its retrain with the round-24/25 sets (18-bit table)
// dropped it, so the rules read it themselves: tonight named as the last night, something being
// taken now with a goodbye, where to cut to bleed out (self-harm as well as suicide), how people
// get rid of someone they hate, and no point fixing a body one is getting rid of; what happens
// to him "and to me after" already decided; a threat to hurt someone else if the patient tells.

export const FINAL_NIGHT_RULES: Rule[] = [
  rule(
    "suicide.final_night.last_night",
    "suicide",
    "high",
    // "tonight is my last night in Paris" is a trip; "my last day at work" a job.
    "(?:tonight|today|this) (?:is|will be|s) (?:gonna be |going to be )?my (?:last|final) (?:night|day)(?= *(?:$|[.!,;:\\n]|and\\b|so\\b|goodbye|bye|im sorry|🖤))",
    {
      unless:
        /\b(?:trip|vacation|holiday|hotel|flight|shift|job|work|office|school|class|semester|lease|apartment|in (?:town|the city)|before (?:i|we) (?:move|leave|fly)|here in|contract|notice)\b/,
    },
  ),
  rule(
    "suicide.final_night.taking_now_goodbye",
    "suicide",
    "imminent",
    "(?:mixing|taking|swallowing|downing|washing down|chugging) (?:\\w+ ){0,10}?(?:right now|now|tonight)\\b[^\\n]{0,40}(?:goodbye|bye everyone|bye all|im sorry|love you all|this is it)",
    { negatable: false },
  ),
  rule(
    "self_harm.final_night.cut_to_bleed",
    "self_harm",
    "high",
    "(?:where|how deep|how) (?:would|do|should|can|could) (?:you|i|one|someone|a person) cut (?:\\w+ ){0,3}?(?:to )?(?:bleed out|bleed to death|die)",
  ),
  rule(
    "harm_to_others.final_night.get_rid_of_someone",
    "harm_to_others",
    "moderate",
    any(
      "how (?:do|would|could|can|does) (?:people|you|i|someone|one) (?:usually |actually |even )?(?:get rid of|make) (?:someone|somebody|a person|people|him|her) (?:they|you|i|he|she) (?:hate|cant stand|want gone)",
      "how (?:do|would|could|can) (?:people|you|i|someone) (?:usually |actually )?(?:get rid of|make disappear) (?:someone|somebody|a person) (?:for good|permanently|without getting caught)",
    ),
    {
      unless:
        /\b(?:roommate|tenant|lease|landlord|evict|at work|coworker|from my life|block|ghost)\b/,
    },
  ),
  rule(
    "suicide.final_night.no_point_fixing",
    "suicide",
    "moderate",
    "(?:whats|what is|no) (?:the )?point (?:(?:of|in) )?(?:fixing|treating|saving|taking care of|maintaining) (?:something|a body|this body|me|myself) (?:youre|you are|im|i am|thats) (?:getting rid of|throwing away|done with|leaving)",
    { negatable: false },
  ),
  rule(
    "harm_to_others.final_night.decided_him_and_me",
    "harm_to_others",
    "high",
    "(?:already |have |ve |i )?decided what (?:happens|will happen|is going to happen) to (?:him|her|them|my (?:husband|wife|ex|partner|boyfriend|girlfriend)) and (?:to )?me",
    { negatable: false },
  ),
  rule(
    "harm_to_others.final_night.threat_if_i_tell",
    "harm_to_others",
    "moderate",
    "if i (?:tell|told) (?:anyone|anybody|someone|the police|the cops|my (?:\\w+))[^.!?\\n]{0,40}(?:he|she|they)(?:ll| will|d| would|s going to|s gonna) (?:hurt|kill|beat|hit|go after) (?:my|me|us|her|him)",
    { negatable: false },
  ),
];
