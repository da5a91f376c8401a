// Spanish reading ease and dosing language, for `lantern flows check` on flows/es and prompts/es.
// No maintained npm package counts Spanish syllables (the `syllable` package is English-only),
// and Spanish spelling is regular enough for a small counter: one syllable per vowel group,
// split where two strong vowels (a, e, o) meet or an accented i/u breaks a diphthong.

/**
 * Lowest Fernández-Huerta ease a message may have before a warning. 206.84 - 0.60 P - 1.02 F,
 * P = syllables per 100 words, F = words per sentence (see fernandezHuerta);
 * 60-70 reads as "normal" (about grades 7-8), 70-80 as "fairly easy" (grade 6). We aim for 60
 * or more (6th-8th grade) and warn below 55, which leaves room for a published questionnaire's
 * sentence.
 */
export const MIN_EASE_ES = 55;
/** Below this many words the formula is unreliable, as for English. */
export const MIN_WORDS_FOR_EASE = 12;

const STRONG = "aeoáéóíú";
const VOWEL = /[aeiouáéíóúü]/;

/** Syllables in one Spanish word (letters only; "y" at the end counts as a vowel: "hoy", "muy"). */
export function syllablesEs(word: string): number {
  const w = word
    .toLowerCase()
    .replace(/y$/, "i")
    .replace(/qu|gu(?=[eiéí])/g, "q");
  let count = 0;
  let previous = "";
  for (const ch of w) {
    if (!VOWEL.test(ch)) {
      previous = "";
      continue;
    }
    // Two strong vowels (or an accented weak one) are a hiatus: a new syllable.
    const hiatus = previous && STRONG.includes(ch) && STRONG.includes(previous);
    if (!previous || hiatus) count++;
    previous = ch;
  }
  return Math.max(1, count);
}

function sentences(text: string): string[] {
  return text
    .replace(/\{\{[^}]*\}\}/g, "eso")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_`#>]+/g, " ")
    .split(/(?<=[.!?])["')\]]*\s+|\n+/)
    .map((s) => s.replace(/^\s*(?:[-•]|\d+[.)])\s+/, "").trim())
    .filter((s) => /[\p{L}0-9]/u.test(s));
}

function words(sentence: string): string[] {
  return sentence
    .split(/[\s/–—]+/)
    .map((w) => w.replace(/^[^\p{L}0-9]+|[^\p{L}0-9]+$/gu, ""))
    .filter(Boolean);
}

/** Fernández-Huerta ease of a Spanish message (higher is easier), or undefined when too short. */
export function fernandezHuerta(text: string): { ease: number; words: number } | undefined {
  const all = sentences(text);
  const list = all.flatMap(words);
  if (list.length < MIN_WORDS_FOR_EASE) return undefined;
  const syllables = list.reduce((sum, w) => sum + (/\p{L}/u.test(w) ? syllablesEs(w) : 1), 0);
  const p = (syllables / list.length) * 100;
  // F as words per sentence: Fernández-Huerta adapts Flesch (1.015 x words per sentence). Read
  // as "sentences per 100 words", the minus sign would score short sentences as harder.
  const f = list.length / all.length;
  const ease = 206.84 - 0.6 * p - 1.02 * f;
  return { ease: Math.round(ease * 10) / 10, words: list.length };
}

const MEDICINE_ES =
  "(?:dosis|medicamentos?|medicinas?|medicaci[oó]n|pastillas?|p[ií]ldoras?|tabletas?|c[aá]psulas?|gotas|recetas?|ketamina|esketamina|spravato|" +
  "antidepresivos?|analg[eé]sicos?|calmantes?|somn[ií]feros?|benzodiacepinas?|lorazepam|alprazolam|xanax|diazepam|valium|clonazepam|rivotril|" +
  "opioides?|oxicodona|morfina|tramadol|code[ií]na|gabapentina|pregabalina|ondansetr[oó]n|ibuprofeno|naproxeno|aspirina|paracetamol|acetaminof[eé]n|tylenol|melatonina)";
const NUMBER_ES = "(?:\\d+(?:[.,]\\d+)?|una?|dos|tres|cuatro|cinco|media|otra|m[aá]s|menos)";
const CHANGE_ES =
  "(?:aument\\w*|sub\\w*|dobl\\w*|baj\\w*|reduc\\w*|reduz\\w*|disminu\\w*|cambi\\w*|ajust\\w*|suspend\\w*|dej\\w* de tomar|salt\\w*|parti\\w*|divid\\w*|empez\\w*|comenz\\w*|inici\\w*|retom\\w*|repet\\w*)";

/** What makes a Spanish sentence dosing instructions or medication advice. */
const RULES_ES: { pattern: RegExp; why: string }[] = [
  {
    pattern: /\d+(?:[.,]\d+)?\s*(?:mg|mcg|µg|ml|cc|ui|miligramos?|microgramos?|mililitros?)\b/iu,
    why: "a drug amount",
  },
  {
    pattern: /(?:^|[^\p{L}])(?:mg|mcg|miligramos?|microgramos?)(?![\p{L}])/iu,
    why: "a dosing unit",
  },
  {
    pattern: new RegExp(
      `(?:^|[^\\p{L}])(?:tom[ae]|tomar|tomes|use|beba|tr[aá]gue|pruebe|p[oó]ngase)\\s+(?:${NUMBER_ES}\\s+)?(?:de\\s+)?(?:su\\s+|sus\\s+|la\\s+|las\\s+|el\\s+|los\\s+)?${MEDICINE_ES}(?![\\p{L}])`,
      "iu",
    ),
    why: "an instruction to take a medicine",
  },
  {
    pattern: new RegExp(
      `(?:^|[^\\p{L}])${NUMBER_ES}\\s+(?:pastillas?|p[ií]ldoras?|tabletas?|c[aá]psulas?|dosis|gotas)(?![\\p{L}])`,
      "iu",
    ),
    why: "an amount of a medicine",
  },
  {
    pattern: new RegExp(
      `(?:^|[^\\p{L}])${CHANGE_ES}\\s+(?:de\\s+)?(?:su\\s+|sus\\s+|la\\s+|las\\s+|el\\s+|los\\s+|una\\s+)?${MEDICINE_ES}(?![\\p{L}])`,
      "iu",
    ),
    why: "advice to change a dose or medication",
  },
  {
    pattern: new RegExp(
      `(?:^|[^\\p{L}])${MEDICINE_ES}(?![\\p{L}])[^.!?]*(?:cada\\s+\\d+\\s+horas|una vez|dos veces|tres veces|\\d+\\s+veces)\\s+(?:al|por|a la|cada)\\s+(?:d[ií]a|noche|semana)`,
      "iu",
    ),
    why: "a dosing schedule",
  },
];

/** Sentences that hand the decision to a clinician, or say Lantern gives no such advice. */
const SAFE_ES = [
  /(?:hable|pregunte|consulte|llame|dígale|digale|avise)[^.!?]*(?:médico|medico|doctor|doctora|enfermer[oa]|farmac[eé]utic[oa]|equipo|cl[ií]nica|terapeuta)/iu,
  /(?:médico|medico|doctor|doctora|equipo|cl[ií]nica)\s+(?:decide|elige|indica|receta|cambia|ajusta)/iu,
  /(?:no puedo|no le puedo|no doy|lantern no|este programa no|nunca)\b/iu,
  // "su médico necesita saberlo": the clinician decides, Lantern only says who to tell.
  /(?:médico|medico|doctor|doctora|equipo|cl[ií]nica)[^.!?]*(?:necesita|debe|tiene que)\s+saber/iu,
];

/** Why a Spanish sentence reads as dosing or medication advice, or undefined. */
export function dosingAdviceEs(sentence: string): string | undefined {
  const hit = RULES_ES.find((rule) => rule.pattern.test(sentence));
  if (!hit) return undefined;
  const amount = hit.why === "a drug amount" || hit.why === "a dosing unit";
  if (!amount && SAFE_ES.some((safe) => safe.test(sentence))) return undefined;
  return hit.why;
}

/** The sentences of a Spanish message, as the checks read them. */
export function sentencesEs(text: string): string[] {
  return sentences(text);
}
