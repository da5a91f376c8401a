import { fleschKincaid } from "flesch-kincaid";
import { syllable } from "syllable";
import { MEASURES } from "../measures/index.ts";

// Reading level of patient-facing text (English): a grade patients in pain, tired or anxious
// can follow. Published questionnaire wording is exempt, since it must stay verbatim.

/** Highest Flesch-Kincaid grade a message may have; we aim for grades 6 to 8. */
export const MAX_GRADE = 9;
/** Below this many words the grade formulas are unreliable, so short messages are not graded. */
export const MIN_WORDS_FOR_GRADE = 12;

const SLOT = /\{\{[^}]*\}\}/g;

/** Text as a patient reads it, with slots replaced by a short word and Markdown marks removed. */
function plain(text: string): string {
  return text
    .replace(SLOT, "it")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_`#>]+/g, " ");
}

/** Sentences, split at end punctuation and at line breaks (list items are messages' sentences). */
export function sentencesOf(text: string): string[] {
  return plain(text)
    .split(/(?<=[.!?])["')\]]*\s+|\n+/)
    .map((s) => s.replace(/^\s*(?:[-•]|\d+[.)])\s+/, "").trim())
    .filter((s) => /[a-z0-9]/i.test(s));
}

function wordsOf(sentence: string): string[] {
  return sentence
    .split(/[\s/–—]+/)
    .map((w) => w.replace(/^[^a-z0-9]+|[^a-z0-9]+$/gi, ""))
    .filter(Boolean);
}

/** Syllables per word, counted once: a check grades hundreds of texts with the same words. */
const syllableCounts = new Map<string, number>();
function syllablesOf(word: string): number {
  let count = syllableCounts.get(word);
  if (count === undefined) {
    count = Math.max(1, syllable(word));
    if (syllableCounts.size < 50_000) syllableCounts.set(word, count);
  }
  return count;
}

/** Flesch-Kincaid grade of a message, or undefined when it is too short to grade. */
export function readingGrade(text: string): { grade: number; words: number } | undefined {
  const sentences = sentencesOf(text);
  const words = sentences.flatMap(wordsOf);
  if (words.length < MIN_WORDS_FOR_GRADE) return undefined;
  // Numbers are read as one short word ("10", "5-4-3-2-1").
  const syllables = words.reduce(
    (sum, word) => sum + (/[a-z]/i.test(word) ? syllablesOf(word) : 1),
    0,
  );
  const grade = fleschKincaid({
    sentence: sentences.length,
    word: words.length,
    syllable: syllables,
  });
  return { grade: Math.round(grade * 10) / 10, words: words.length };
}

/**
 * C-SSRS Screener (recent, self-report) questions as published by the Columbia Lighthouse
 * Project; the crisis-screener flow asks them verbatim. They are not a scored measure in
 * src/measures, so they are listed here.
 */
const CSSRS_SCREENER = [
  "Have you wished you were dead or wished you could go to sleep and not wake up?",
  "Have you actually had any thoughts of killing yourself?",
  "Have you been thinking about how you might do this?",
  "Have you had these thoughts and had some intention of acting on them?",
  "Have you started to work out or worked out the details of how to kill yourself? Do you intend to carry out this plan?",
  "Have you ever done anything, started to do anything, or prepared to do anything to end your life?",
];

/** The PHQ-9's closing item, as published: asked by the phq9 flow, not scored. */
const PHQ9_DIFFICULTY =
  "If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?";

/** Published questionnaire wording: exempt from the reading-level rule (it must stay verbatim). */
const VERBATIM = [
  ...CSSRS_SCREENER,
  PHQ9_DIFFICULTY,
  ...Object.values(MEASURES).flatMap((m) => [
    m.instructions,
    ...m.items.map((item) => item.text),
    ...m.items.flatMap((item) => (item.scale ? [item.scale.minLabel, item.scale.maxLabel] : [])),
  ]),
].sort((a, b) => b.length - a.length);

export function withoutVerbatim(text: string): string {
  let out = text;
  for (const published of VERBATIM) out = out.split(published).join(" ");
  return out;
}
