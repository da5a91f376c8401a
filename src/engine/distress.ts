/**
 * Plain distress outside a question ("I feel awful today", "rough day"): a kind reply and an
 * offer of a skill. Risk words are the guard's job; this runs only when it rated none or concern.
 */

const DISTRESS = new RegExp(
  [
    "\\b(i\\s*(am|'m|m)?\\s*|i\\s+)?(feel|feeling|felt)\\s+(so\\s+|really\\s+|very\\s+|pretty\\s+|kind of\\s+)?(awful|terrible|horrible|bad|low|down|sad|miserable|awful|rough|anxious|scared|overwhelmed|stressed|panicky|lonely|alone|empty|hopeless|numb|shaky|lost|upset|crappy|like crap|like shit|shit|worse)\\b",
    "\\b(rough|bad|hard|awful|terrible|horrible|tough|crappy|shit|shitty|rotten)\\s+(day|night|week|morning|time)\\b",
    "\\bi\\s*('m|m|am)\\s+(so\\s+|really\\s+|very\\s+)?(struggling|not ok|not okay|not doing well|not great|a mess|falling apart|overwhelmed|stressed|anxious|scared|sad|down|upset|panicking|in pain)\\b",
    "\\b(can't|cannot|cant) (cope|stop crying|calm down|relax)\\b",
    "\\b(panic attack|everything hurts|too much pain)\\b",
    // Spanish
    "\\bme siento (muy |tan |fatal|mal|triste|horrible|terrible|sola|solo|ansios[oa]|agobiad[oa])",
    "\\b(mal|mala|dif[ií]cil|horrible|terrible) d[ií]a\\b",
    "\\bd[ií]a (dif[ií]cil|horrible|terrible|malo)\\b",
  ].join("|"),
  "i",
);

/** True when a message sounds like distress (not a risk: the guard decides that first). */
export function isPlainDistress(text: string): boolean {
  return DISTRESS.test(text);
}

/** Skills offered after distress, in order; only those the catalog has are shown. */
export const DISTRESS_SKILLS = ["grounding-54321", "paced-breathing"] as const;
