import { dosingAdvice, sentencesOf } from "../flow/content-checks.ts";
import { detectRisk } from "../safety/detect.ts";
import { DATA_OPEN, looksLikeInjection } from "./patient-data.ts";

// Guardrails on every generated text a patient could read. Any doubt rejects, and the engine
// then sends the step's scripted fallback: a missed reflection costs little, a wrong one a lot.

/** Longest generated reply a patient is shown. */
export const MAX_REPLY_CHARS = 400;

export type Rejection =
  | "empty"
  | "too_long"
  | "risk"
  | "dosing"
  | "medication"
  | "diagnosis"
  | "contact"
  | "persona"
  | "injection"
  | "markup";

/** Any medicine, drug or dose word: generated text has no reason to name one. */
const MEDICATION =
  /\b(?:doses?|dosages?|dosing|overdos\w*|medications?|medicines?|meds|pills?|tablets?|capsules?|prescri\w+|drugs?|ketamine|esketamine|spravato|antidepressants?|painkillers?|benzos?|benzodiazepines?|opioids?|ssris?|snris?|lorazepam|ativan|alprazolam|xanax|diazepam|valium|clonazepam|klonopin|oxycodone|hydrocodone|morphine|tramadol|codeine|gabapentin|pregabalin|lyrica|ondansetron|zofran|ibuprofen|advil|naproxen|aspirin|acetaminophen|paracetamol|tylenol|melatonin|clonidine|propranolol|sertraline|fluoxetine|duloxetine|cymbalta|amitriptyline|cannabis|alcohol|mg|mcg|milligrams?|micrograms?)\b/i;

/** Diagnostic labels and the act of diagnosing. */
const DIAGNOSIS: RegExp[] = [
  /\b(?:diagnos\w*|disorders?|syndromes?|patholog\w*|clinically)\b/i,
  /\b(?:ptsd|c-ptsd|bipolar|borderline|schizo\w*|psychos[ie]s|psychotic|adhd|ocd|autis\w*|dementia|anorexi\w*|bulimi\w*|cystitis|fibromyalgia|mania|manic)\b/i,
  /\b(?:you|you've|you're)\s+(?:have|has|are|got|suffer(?:ing)? from|might have|may have|could have|probably have|seem to have|likely have|sound like you have)\s+(?:a\s+|an\s+|some\s+)?(?:clinical\s+|major\s+|severe\s+|chronic\s+)?(?:depress\w*|anxiety|trauma|addict\w*|dependen\w*|insomnia|condition|illness)\b/i,
  /\bsounds?\s+like\s+(?:clinical\s+|major\s+)?(?:depression|an anxiety|trauma|addiction)\b/i,
];

/** Phone numbers, links and addresses: crisis resources come from configuration only. */
const CONTACT =
  /\d{3,}|\d[\d\s().-]{5,}\d|https?:\/\/|www\.|\b[\w.+-]+@[\w-]+\.\w+|\.(?:com|org|net)\b/i;

/** Safe messaging: Lantern says it is a program and never promises secrecy. */
const PERSONA: RegExp[] = [
  /\bi(?:'m| am)\s+(?:a\s+|your\s+)?(?:human|person|real person|therapist|doctor|physician|nurse|psychiatrist|psychologist|counsel+or|clinician)\b/i,
  /\b(?:keep|kept)\s+(?:this|it|that)\s+(?:a\s+)?secret\b/i,
  /\b(?:won't|will not|never)\s+tell\s+(?:anyone|anybody|your)\b/i,
  /\bbetween\s+(?:you and me|us)\b/i,
  /\bjust\s+between\b/i,
];

// Spanish replies (issue 19): the same nets in Spanish, matched on text with accents folded.
// They run on every reply whatever the patient's locale: a reply in the wrong language is
// checked too, not waved through.
const MEDICATION_ES =
  /\b(?:dosis|medicamentos?|medicinas?|medicacion|pastillas?|pildoras?|tabletas?|capsulas?|recetas?|recet\w+|farmacos?|drogas?|ketamina|esketamina|antidepresivos?|analgesicos?|calmantes?|opioides?|opiaceos?|sobredosis|ansioliticos?|somniferos?|miligramos?|microgramos?|marihuana)\b/i;
const DIAGNOSIS_ES: RegExp[] = [
  /\b(?:diagnost\w*|trastornos?|sindromes?|patolog\w*|clinicamente)\b/i,
  /\b(?:usted|tu|te)?\s*(?:tiene|tienes|sufre|sufres|padece|padeces|podria tener|podrias tener|parece tener|pareces tener)\s+(?:de\s+)?(?:una?\s+)?(?:depresion|ansiedad|trauma|adiccion|dependencia|insomnio|enfermedad|fibromialgia|tept)\b/i,
  /\bsuena\s+a\s+(?:una?\s+)?(?:depresion|ansiedad|trauma|adiccion)\b/i,
];
const PERSONA_ES: RegExp[] = [
  /\bsoy\s+(?:una?\s+|tu\s+|su\s+)?(?:persona|humano|humana|ser humano|terapeuta|doctora?|medic[oa]|enfermer[oa]|psiquiatra|psicolog[oa]|consejer[oa])\b/i,
  /\b(?:guard\w*|mantener|mantengo|mantendre)\s+(?:el\s+|este\s+|ese\s+|esto\s+en\s+|en\s+)?secreto\b/i,
  /\b(?:no|nunca)\s+(?:se\s+lo\s+|le\s+|te\s+)?(?:dire|dira|contare|voy\s+a\s+(?:decir|contar))\b[^.!?]{0,20}\b(?:nadie|nada)\b/i,
  /\bentre\s+(?:tu|usted|nosotros)\s*(?:y\s+yo)?\b/i,
];
const MARKUP_ES = /\binstrucciones?\b|\bcomo\s+(?:una\s+)?ia\b|\bmodelo\s+de\s+lenguaje\b/i;

// Both languages' nets, joined once rather than on every reply.
const DIAGNOSIS_ANY = [...DIAGNOSIS, ...DIAGNOSIS_ES];
const PERSONA_ANY = [...PERSONA, ...PERSONA_ES];

/** Lower-case-insensitive text with accents folded ("medicación" -> "medicacion"). */
function folded(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "");
}

/** Echoes of the prompt machinery: the delimiter, role tags, slots, instructions talk. */
const MARKUP =
  /\{\{|\}\}|<\/?[a-z_|]+[^>]*>|\binstructions?\b|\bprompt\b|\bas an ai\b|\blanguage model\b/i;

/**
 * Check a generated reply before a patient sees it. Returns the trimmed text, or why it was
 * rejected; a rejection means "use the scripted fallback".
 *
 * @example
 * checkReply("Take two extra pills tonight.") // { ok: false, why: "dosing" }
 */
export function checkReply(
  raw: string | null | undefined,
  maxChars = MAX_REPLY_CHARS,
): { ok: true; text: string } | { ok: false; why: Rejection } {
  const text = (raw ?? "").trim();
  if (!text) return { ok: false, why: "empty" };
  if (text.length > maxChars) return { ok: false, why: "too_long" };
  const risk = detectRisk(text);
  if (risk.level !== "none" || risk.flags?.length) return { ok: false, why: "risk" };
  if (dosingAdvice(text) || adviceSentences(text).length) return { ok: false, why: "dosing" };
  const plain = folded(text);
  if (MEDICATION.test(text) || MEDICATION_ES.test(plain)) return { ok: false, why: "medication" };
  if (DIAGNOSIS_ANY.some((re) => re.test(plain))) {
    return { ok: false, why: "diagnosis" };
  }
  if (CONTACT.test(text)) return { ok: false, why: "contact" };
  if (PERSONA_ANY.some((re) => re.test(plain))) return { ok: false, why: "persona" };
  if (looksLikeInjection(text) || text.includes(DATA_OPEN)) return { ok: false, why: "injection" };
  if (MARKUP.test(text) || MARKUP_ES.test(plain)) return { ok: false, why: "markup" };
  return { ok: true, text };
}

const MED_WORD =
  "(?:doses?|dosages?|dosing|medications?|medicines?|meds|pills?|tablets?|prescriptions?|ketamine|esketamine|antidepressants?|painkillers?|benzos?|opioids?|ssris?)";
// dosingAdvice misses gerunds of verbs ending in e ("increasing the dose"), and clinician
// text needs a wider net anyway: any change verb or recommendation near a medicine word.
const MED_CHANGE = new RegExp(
  `\\b(?:increas|rais|doubl|tripl|halv|lower|reduc|decreas|cut|skip|miss|adjust|chang|switch|split|stop|start|quit|paus|resum|taper|wean|titrat|add|drop|recommend|suggest|consider|should|advis)\\w*\\b[^.!?]{0,60}\\b${MED_WORD}\\b|\\b${MED_WORD}\\b[^.!?]{0,40}\\b(?:should|could|needs? to|ought to)\\s+(?:be\\s+)?(?:increas|rais|lower|reduc|decreas|adjust|chang|stopp|titrat)\\w*`,
  "i",
);

/** Sentences of a clinician-facing text that read as dosing or medication advice. */
export function adviceSentences(text: string): string[] {
  return sentencesOf(text).filter((s) => dosingAdvice(s) !== undefined || MED_CHANGE.test(s));
}
