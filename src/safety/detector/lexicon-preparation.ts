import { any, type Rule, rule } from "./rules.ts";

// Preparation told as errands: messages set to send later, a note for whoever finds the pets,
// no next session booked, a life policy's suicide clause asked about, a date chosen to join
// someone who died, a fall timed in the head, belongings cut to "all i need".

/** Preparation and method rehearsal without a suicide word. */
export const PREPARATION_RULES: Rule[] = [
  rule(
    "suicide.preparation.errands",
    "suicide",
    "high",
    any(
      "(?:for|to) whoever finds (?:me|the (?:\\w+ )?(?:fish|dog|cat|cats|dogs|kids|body|note|house|apartment|letter))",
      "(?:life (?:insurance|policy)|insurance policy|the policy|work policy) (?:\\w+ ){0,4}?pays? out (?:\\w+ ){0,4}?(?:no matter what|after (?:two|2|one|1) years? (?:no matter|even)|for suicide|even if (?:i|it was|its) (?:suicide|self inflicted|on purpose))|suicide clause",
      "(?:ive |i have |i )?decided (?:thats|that is|that will be|its) when i (?:go to|join|see) (?:her|him|them|mom|mum|dad|my (?:mom|mum|dad|son|daughter|husband|wife|brother|sister))",
      "how long (?:itd|it would|it d|would it) take to hit(?: the ground| the water| the road)?|whether (?:you|id|i)(?:d| would)? (?:feel|even feel) (?:it|the impact|anything)",
      "(?:emails?|messages?|texts?|letters?) to my (?:mom|mum|dad|family|best friend|kids|wife|husband|sister|brother|partner|friends|son|daughter)(?: and my (?:\\w+ ){1,2})? (?:\\w+ ){0,3}?(?:set|scheduled) (?:them |it )?to (?:schedule )?send",
      "changed the (?:gun safe |safe |lockbox |cabinet )?code back",
    ),
    // First person in every shape, and "her" is often the one mourned: no `self` check.
    { gate: /whoever|pays|policy|clause|decided|hit|feel|send|code/, negatable: false },
  ),
  rule(
    "suicide.preparation.ending",
    "suicide",
    "moderate",
    any(
      "(?:dont|do not|wont|will not) (?:need|bother) (?:to )?(?:book|schedule|make) (?:the |my |a |another )?(?:next )?(?:session|appointment|infusion)",
      "(?:kept|keeping) (?:like |only |just )?(?:two|three|four|a few) (?:outfits|shirts|things)[^.!?\\n]{0,40}(?:all i(?:ll)? need|thats all)",
      "(?:he|she|they)(?:d| would) (?:have|be|get) (?:a )?(?:real|better|happier|easier|normal) (?:life|lives|off) (?:if|without) (?:(?:he|she|they) (?:wasnt|werent|was not|were not) (?:married to|with|stuck with) (?:me|a broken)|me)",
      "(?:looked up|checked|asked) (?:what|how much) (?:my )?(?:work |life )?(?:policy|insurance|life insurance) (?:would )?pays? out",
    ),
    {
      gate: /need|bother|kept|keeping|would|looked|checked|asked/,
      self: "strict",
      negatable: false,
      unless:
        /\b(?:(?:therapist|doctor|clinic|psychiatrist|prescriber) (?:said|says)|done with the (?:series|course)|finished (?:the|my) (?:series|course|treatment)|last (?:one|session) in the|insurance (?:wont|doesnt) cover|moving|vacation|holiday)\b/,
    },
  ),
];
