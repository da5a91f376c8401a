// Dosing and medication advice in patient-facing text (English): Lantern never chooses,
// suggests or changes a dose or medication. Used by `lantern flows check` (content-checks.ts,
// check-locale.ts beside the Spanish rules) and on model output (src/llm/output-checks.ts).

const MEDICINE =
  "(?:doses?|dosages?|dosing|medications?|medicines?|meds|pills?|tablets?|capsules?|lozenges?|troches?|drops|sprays?|puffs?|prescriptions?|ketamine|esketamine|spravato|" +
  "antidepressants?|painkillers?|pain killers?|sleeping pills?|benzos?|benzodiazepines?|lorazepam|ativan|alprazolam|xanax|diazepam|valium|clonazepam|klonopin|" +
  "opioids?|oxycodone|hydrocodone|morphine|tramadol|codeine|gabapentin|pregabalin|lyrica|ondansetron|zofran|ibuprofen|advil|naproxen|aspirin|" +
  "acetaminophen|paracetamol|tylenol|melatonin|clonidine|propranolol|ssris?|sertraline|fluoxetine|duloxetine|cymbalta|amitriptyline)";
const NUMBER =
  "(?:\\d+(?:[.,]\\d+)?|a|an|one|two|three|four|five|half|another|extra|more|less|fewer)";

/** Every form of the verbs that change a dose: "increase", "increases", "increased", "increasing", "cutting" … */
const CHANGE_VERBS = [
  "increase",
  "raise",
  "up",
  "double",
  "triple",
  "halve",
  "lower",
  "reduce",
  "decrease",
  "cut",
  "skip",
  "miss",
  "adjust",
  "change",
  "switch",
  "split",
  "repeat",
  "stop",
  "start",
  "quit",
  "pause",
  "resume",
  "restart",
  "taper",
  "wean",
]
  .map((verb) =>
    verb.endsWith("e")
      ? `${verb.slice(0, -1)}(?:e|es|ed|ing)`
      : `${verb}(?:s|es|ed|ing|${verb.at(-1)}ed|${verb.at(-1)}ing)?`,
  )
  .join("|");

/** What makes a sentence dosing instructions or medication advice. */
const DOSING_RULES: { pattern: RegExp; why: string }[] = [
  {
    pattern:
      /\b\d+(?:[.,]\d+)?\s*(?:mg|mcg|µg|ug|g|ml|cc|iu|units?|milligrams?|micrograms?|millilit(?:er|re)s?)\b|\bmg\s*\/\s*kg\b/i,
    why: "a drug amount",
  },
  { pattern: /\b(?:mg|mcg|milligrams?|micrograms?|mg\/kg)\b/i, why: "a dosing unit" },
  {
    pattern: new RegExp(
      `\\b(?:take|use|have|swallow|chew|inject|try)\\s+(?:${NUMBER}\\s+)?(?:more\\s+|of\\s+)?(?:your\\s+|the\\s+|some\\s+)?${MEDICINE}\\b`,
      "i",
    ),
    why: "an instruction to take a medicine",
  },
  {
    pattern: new RegExp(
      `\\b(?:${NUMBER})\\s+(?:more\\s+)?(?:pills?|tablets?|capsules?|doses?|drops|sprays?|puffs?)\\b`,
      "i",
    ),
    why: "an amount of a medicine",
  },
  {
    pattern: new RegExp(
      `\\b(?:${CHANGE_VERBS})\\s+(?:off\\s+)?(?:down\\s+)?(?:on\\s+)?(?:your\\s+|the\\s+|a\\s+|any\\s+|this\\s+|that\\s+)?(?:next\\s+)?${MEDICINE}`,
      "i",
    ),
    why: "advice to change a dose or medication",
  },
  {
    pattern:
      /\b(?:stop|start|quit|keep|skip|resume|continue|avoid|pause)(?:s|ping|ped|ing)?\s+taking\b/i,
    why: "advice about taking a medicine",
  },
  {
    pattern: new RegExp(
      `\\b(?:higher|lower|bigger|smaller|larger|stronger|weaker|extra|double|half|less|more)\\s+(?:a\\s+)?${MEDICINE}\\b`,
      "i",
    ),
    why: "a suggestion about the amount",
  },
  {
    pattern: new RegExp(
      `\\b${MEDICINE}\\b[^.!?]*\\b(?:every\\s+\\d+\\s+hours?|once|twice|three times|(?:\\d+|two|three|four)\\s+times)\\s+(?:a|per|each)\\s+(?:day|night|week)\\b`,
      "i",
    ),
    why: "a dosing schedule",
  },
];

/** Sentences that hand the decision to a clinician, or say Lantern does not give such advice. */
const SAFE_CONTEXT = [
  // "talk to your doctor about your medication", "ask the clinic before you change anything"
  /\b(?:talk|speak|ask|check|call|tell|contact|discuss)\b[^.!?]*\b(?:doctor|physician|prescriber|psychiatrist|nurse|pharmacist|care team|clinic|therapist|gp)\b/i,
  // "your doctor decides the dose", "the physician may change the dose"
  /\b(?:doctor|physician|prescriber|psychiatrist|care team|clinic)\s+(?:will\s+|may\s+|can\s+|might\s+)?(?:decides?|chooses?|sets?|plans?|changes?|adjusts?|prescribes?)\b/i,
  // "I can't give advice about medicines", "Lantern never changes a dose"
  /\b(?:i|lantern|this program|we)\s+(?:can't|cannot|can not|won't|will not|don't|do not|never|am not able to|is not able to)\b/i,
];

/** Why `sentence` reads as dosing or medication advice, or undefined. */
export function dosingAdvice(sentence: string): string | undefined {
  const hit = DOSING_RULES.find((rule) => rule.pattern.test(sentence));
  if (!hit) return undefined;
  // An exact amount is never softened by context: Lantern names no amounts at all.
  const amount = hit.why === "a drug amount" || hit.why === "a dosing unit";
  if (!amount && SAFE_CONTEXT.some((safe) => safe.test(sentence))) return undefined;
  return hit.why;
}
