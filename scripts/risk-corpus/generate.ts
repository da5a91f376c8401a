// Write the learned scorer's training corpus: `node scripts/risk-corpus/generate.ts`.
// Output: test/fixtures/risk/train/*.jsonl and test/fixtures/risk-es/train/*.jsonl (committed),
// except train/hand-*.jsonl (hand-written, never touched here; see isHandWritten).
// Every line is written by the project from templates; none is a real person's text.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { COMBO_EN, COMBO_ES, COMBO_NEG, COMBO_NEG_SLOTS, COMBO_SLOTS } from "./combo.ts";
import { EN_EXTRA, EN_EXTRA_SLOTS } from "./en-extra.ts";
import { EN_NEG, LONG_NEG_CUES } from "./en-neg.ts";
import { EN_NEG2, EN_NEG2_SLOTS } from "./en-neg2.ts";
import { EN_NEG3, EN_TWINS3, ES_NEG3, NEG3_SLOTS } from "./en-neg3.ts";
import { FEAR_NEG, FEAR_SLOTS, FEAR_TWINS } from "./en-neg4.ts";
import { EN_RISK, LONG_CUES } from "./en-risk.ts";
import { EN_CONTEXT, EN_SLOTS } from "./en-slots.ts";
import { ES_EXTRA, ES_EXTRA_SLOTS } from "./es-extra.ts";
import { ES_LONG_NEG_CUES, ES_NEG } from "./es-neg.ts";
import { ES_NEG2, ES_NEG2_SLOTS } from "./es-neg2.ts";
import { ES_CONTEXT, ES_LONG_CUES, ES_RISK, ES_SLOTS } from "./es-risk.ts";
import { ANSWER_SLOTS, EN_ANSWERS, ES_ANSWERS } from "./flow-answers.ts";
import { generate, type Line, longPost, pick, rng, type Spec } from "./gen.ts";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/**
 * train/hand-*.jsonl are written by hand by the corpus writers and trained on with the rest:
 * this script only ever writes its own template sets, never deletes a file, and refuses a set
 * name that would overwrite a hand-written file.
 */
export const isHandWritten = (name: string): boolean => name.startsWith("hand-");

function write(dir: string, name: string, lines: Line[]): void {
  if (isHandWritten(name) || name.includes("/"))
    throw new Error(`generate.ts: set name ${name} is reserved for hand-written lines`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.jsonl`), `${lines.map((l) => JSON.stringify(l)).join("\n")}\n`);
}

function shortSets(seed: number, prefix: string, specs: Spec[], slots: Record<string, string[]>) {
  const r = rng(seed);
  return specs.map((s) => ({
    name: s.set,
    lines: generate(r, prefix, s, slots, slots.filler ?? []),
  }));
}

interface LongSpec {
  prefix: string;
  seed: number;
  context: string[];
  slots: Record<string, string[]>;
  weak: string[];
  strong: string[];
  negatives: string[];
  count: number;
}

// Positive long posts carry 2-3 weak cues (accumulation) or one strong cue; negatives carry
// 1-3 hard-negative sentences, so length and topic alone say nothing.
function longSets(s: LongSpec): { name: string; lines: Line[] }[] {
  const r = rng(s.seed);
  const pos: Line[] = [];
  const neg: Line[] = [];
  for (let k = 0; k < s.count; k++) {
    const strong = r() < 0.4;
    const cues = strong
      ? [pick(r, s.strong), pick(r, s.weak)]
      : [pick(r, s.weak), pick(r, s.weak), ...(r() < 0.5 ? [pick(r, s.weak)] : [])];
    pos.push({
      id: `${s.prefix}-long-risk-${String(k + 1).padStart(4, "0")}`,
      text: longPost(r, s.context, cues, s.slots),
      level: strong ? "high" : "moderate",
      categories: ["suicide"],
    });
    const n = 1 + Math.floor(r() * 3);
    const negCues = Array.from({ length: n }, () => pick(r, s.negatives));
    neg.push({
      id: `${s.prefix}-long-neg-${String(k + 1).padStart(4, "0")}`,
      text: longPost(r, s.context, negCues, s.slots),
      level: "none",
      categories: [],
    });
  }
  return [
    { name: "long-risk", lines: pos },
    { name: "long-neg", lines: neg },
  ];
}

// The everyday sentences of long posts are negatives on their own too.
const contextSpec = (set: string, context: string[]): Spec => ({
  set,
  level: "none",
  categories: [],
  count: context.length * 3,
  templates: context,
});

const enWeak = LONG_CUES.find((c) => c.level === "moderate")?.cues ?? [];
const enStrong = LONG_CUES.find((c) => c.level === "high")?.cues ?? [];
const en = [
  ...shortSets(
    15,
    "train-en",
    [
      ...EN_RISK,
      ...EN_NEG,
      ...EN_EXTRA,
      ...EN_NEG2,
      ...EN_NEG3,
      ...EN_TWINS3,
      EN_ANSWERS,
      contextSpec("neg-context", EN_CONTEXT),
      ...COMBO_EN,
      ...COMBO_NEG.filter((s) => !s.set.startsWith("es-")),
      // Appended last: the sets before them keep their lines (one random stream, in order).
      ...[...FEAR_NEG, ...FEAR_TWINS].filter((s) => !s.set.startsWith("es-")),
    ],
    {
      ...COMBO_SLOTS,
      ...COMBO_NEG_SLOTS,
      ...ANSWER_SLOTS,
      ...EN_SLOTS,
      ...EN_EXTRA_SLOTS,
      ...EN_NEG2_SLOTS,
      ...NEG3_SLOTS,
      ...FEAR_SLOTS,
    },
  ),
  ...longSets({
    prefix: "train-en",
    seed: 1515,
    context: EN_CONTEXT,
    slots: EN_SLOTS,
    weak: enWeak,
    strong: enStrong,
    negatives: LONG_NEG_CUES,
    count: 320,
  }),
];
const half = 7; // ES_LONG_CUES: the first seven are weak cues, the rest strong
const es = [
  ...shortSets(
    19,
    "train-es",
    [
      ...ES_RISK,
      ...ES_NEG,
      ...ES_EXTRA,
      ...ES_NEG2,
      ...ES_NEG3,
      ES_ANSWERS,
      contextSpec("es-neg-context", ES_CONTEXT),
      ...COMBO_ES,
      ...COMBO_NEG.filter((s) => s.set.startsWith("es-")),
      ...[...FEAR_NEG, ...FEAR_TWINS].filter((s) => s.set.startsWith("es-")),
    ],
    {
      ...COMBO_SLOTS,
      ...COMBO_NEG_SLOTS,
      ...ANSWER_SLOTS,
      ...ES_SLOTS,
      ...ES_EXTRA_SLOTS,
      ...ES_NEG2_SLOTS,
      ...NEG3_SLOTS,
      ...FEAR_SLOTS,
    },
  ),
  ...longSets({
    prefix: "train-es",
    seed: 1919,
    context: ES_CONTEXT,
    slots: ES_SLOTS,
    weak: ES_LONG_CUES.slice(0, half),
    strong: ES_LONG_CUES.slice(half),
    negatives: ES_LONG_NEG_CUES,
    count: 120,
  }),
];
for (const set of en) write(join(ROOT, "test/fixtures/risk/train"), set.name, set.lines);
for (const set of es) write(join(ROOT, "test/fixtures/risk-es/train"), set.name, set.lines);
const count = (xs: typeof en) => xs.reduce((a, s) => a + s.lines.length, 0);
const none = (xs: typeof en) =>
  xs.reduce((a, s) => a + s.lines.filter((l) => l.level === "none").length, 0);
console.log(JSON.stringify({ en: count(en), enNone: none(en), es: count(es), esNone: none(es) }));
