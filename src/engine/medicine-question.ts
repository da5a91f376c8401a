/**
 * Medicine and dose questions ("can I take my xanax before the session?", "is it ok to skip my
 * meds"): a small deterministic lexicon. Lantern never advises on medicines or doses, so these
 * get a scripted answer pointing to the clinic. The risk guard runs first: an overdose or misuse
 * message ("take all my pills", "take more ketamine") goes the risk path and never reaches here.
 */

// Names of medicines and words for them (English and Spanish), matched as whole words.
const MEDICINE = new RegExp(
  `\\b(${[
    "meds?",
    "medications?",
    "medicines?",
    "medicamentos?",
    "medicinas?",
    "pills?",
    "pastillas?",
    "tablets?",
    "dose",
    "doses",
    "dosage",
    "dosis",
    "prescriptions?",
    "ketamine",
    "ketamina",
    "esketamine",
    "spravato",
    "lozenges?",
    "troches?",
    "xanax",
    "alprazolam",
    "ativan",
    "lorazepam",
    "klonopin",
    "clonazepam",
    "valium",
    "diazepam",
    "benzos?",
    "benzodiazepines?",
    "ambien",
    "zolpidem",
    "ssris?",
    "antidepressants?",
    "prozac",
    "zoloft",
    "lexapro",
    "wellbutrin",
    "lamictal",
    "lamotrigine",
    "gabapentin",
    "lyrica",
    "pregabalin",
    "tramadol",
    "oxycodone",
    "opioids?",
    "painkillers?",
    "ibuprofen",
    "advil",
    "tylenol",
    "paracetamol",
    "acetaminophen",
    "ondansetron",
    "zofran",
    "clonidine",
    "propranolol",
    "naltrexone",
    "cbd",
  ].join("|")})\\b`,
  "i",
);

// Asking for a decision about taking, skipping, changing or mixing it.
const ASKING = new RegExp(
  [
    "\\?",
    "^\\s*(can|could|should|shall|may|must|do|does|is|are|am|would|will|how much|how many|when|what if|ok|okay)\\b",
    "\\b(can|could|should|may) i\\b",
    "\\bis it (ok|okay|safe|fine|alright|all right|bad)\\b",
    "\\b(ok|okay|safe) to\\b",
    "\\b(puedo|debo|deber[ií]a|es seguro|est[aá] bien)\\b",
  ].join("|"),
  "i",
);

/** True when the whole message asks about taking, skipping, mixing or changing a medicine. */
export function isMedicineQuestion(text: string): boolean {
  return MEDICINE.test(text) && ASKING.test(text);
}
