import { fleschKincaid } from "flesch-kincaid";
import { syllable } from "syllable";
import { MEASURES } from "../measures/index.ts";
import type { Template } from "../prompts/templates.ts";
import type { LoadedFlow } from "./load.ts";
import type { Problem } from "./problems.ts";
import type { Text } from "./schema.ts";

// Content rules for patient-facing text, run by `lantern flows check` next to the structural
// checks: no dosing or medication advice (Lantern never chooses, suggests or changes a dose or
// medication), and a reading level patients in pain, tired or anxious can follow.

/** Highest Flesch-Kincaid grade a message may have; we aim for grades 6 to 8. */
export const MAX_GRADE = 9;
/** Below this many words the grade formulas are unreliable, so short messages are not graded. */
export const MIN_WORDS_FOR_GRADE = 12;

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

/** Flesch-Kincaid grade of a message, or undefined when it is too short to grade. */
export function readingGrade(text: string): { grade: number; words: number } | undefined {
  const sentences = sentencesOf(text);
  const words = sentences.flatMap(wordsOf);
  if (words.length < MIN_WORDS_FOR_GRADE) return undefined;
  // Numbers are read as one short word ("10", "5-4-3-2-1").
  const syllables = words.reduce(
    (sum, word) => sum + (/[a-z]/i.test(word) ? Math.max(1, syllable(word)) : 1),
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

function withoutVerbatim(text: string): string {
  let out = text;
  for (const published of VERBATIM) out = out.split(published).join(" ");
  return out;
}

interface Checked {
  file: string;
  line: number;
  where: string;
  text: string;
  /** Choice labels are checked for advice but not graded. */
  grade: boolean;
}

function collectFlowTexts(loaded: LoadedFlow, templateUse: Map<string, string>): Checked[] {
  const { flow, source } = loaded;
  const out: Checked[] = [];
  const add = (path: PropertyKey[], text: Text | undefined, where: string, grade = true) => {
    if (text === undefined) return;
    if (typeof text !== "string") {
      if (!templateUse.has(text.template))
        templateUse.set(text.template, `${source.file} (${where})`);
      return;
    }
    out.push({ file: source.file, line: source.lineOf(path), where, text, grade });
  };
  for (const [index, step] of flow.steps.entries()) {
    const at = (...rest: PropertyKey[]) => ["steps", index, ...rest];
    const where = `step "${step.id}"`;
    if (step.kind === "say") add(at("say"), step.say, where);
    else if (step.kind === "generate")
      add(at("generate", "fallback"), step.generate.fallback, `${where} fallback`);
    else if (step.kind === "ask") {
      add(at("ask"), step.ask, where);
      add(at("retries", "say"), step.retries?.say, `${where} retries`);
      add(at("timeout", "say"), step.timeout?.say, `${where} timeout`);
      for (const [i, rule] of (step.reject ?? []).entries())
        add(at("reject", i, "say"), rule.say, `${where} reject`);
      for (const [i, choice] of (step.choices ?? []).entries()) {
        add(
          at("choices", i),
          typeof choice === "string" ? choice : choice.label,
          `${where} choice`,
          false,
        );
      }
    }
  }
  return out;
}

/** Problems for one piece of patient-facing text. */
function checkText(item: Checked): Problem[] {
  const problems: Problem[] = [];
  const lines = item.text.split("\n");
  lines.forEach((lineText, offset) => {
    for (const sentence of sentencesOf(lineText)) {
      const why = dosingAdvice(sentence);
      if (!why) continue;
      problems.push({
        file: item.file,
        line: item.line + (item.where === "template" ? offset : 0),
        message: `${item.where}: dosing or medication advice (${why}): "${sentence}". Lantern never suggests or changes a dose or medication; refer to the care team instead`,
      });
    }
  });
  if (item.grade) {
    const graded = readingGrade(withoutVerbatim(item.text));
    if (graded && graded.grade > MAX_GRADE) {
      problems.push({
        file: item.file,
        line: item.line,
        message: `${item.where}: reading level is grade ${graded.grade} (at most ${MAX_GRADE}; aim for 6-8): use shorter sentences and plainer words`,
      });
    }
  }
  return problems;
}

/**
 * Content checks over patient-facing text: every say, ask, retry, rejection, timeout and
 * generate fallback of every flow, their choice labels, and every template a flow or the
 * engine sends. LLM prompts (templates used only as a `generate` prompt) are instructions to a
 * model, not messages, and are skipped. Problems name the step's or the template's line.
 */
export function checkContent(flows: LoadedFlow[], templates: Map<string, Template>): Problem[] {
  const problems: Problem[] = [];
  const templateUse = new Map<string, string>();
  const llmPrompts = new Set<string>();
  for (const loaded of flows) {
    for (const step of loaded.flow.steps)
      if (step.kind === "generate") llmPrompts.add(step.generate.prompt);
    for (const item of collectFlowTexts(loaded, templateUse)) problems.push(...checkText(item));
  }
  for (const [name, template] of templates) {
    // prompts/<lang>/ has its own language's rules (check-locale.ts).
    if (/^[a-z]{2}\//.test(name)) continue;
    const sent = templateUse.has(name) || name.startsWith("system/");
    if (!sent && llmPrompts.has(name)) continue;
    problems.push(
      ...checkText({
        file: template.file,
        line: template.bodyLine,
        where: "template",
        text: template.body,
        grade: true,
      }),
    );
  }
  return problems;
}
