// Train the learned risk scorer: `npm run train:risk` (node scripts/train-risk.ts [--check]).
// Reads test/fixtures/risk{,-es}/train, holds out one line in five (by a hash of its id), adds
// the real-voice rounds (REAL_VOICE), trains one-vs-rest logistic regression with L2 (AdaGrad,
// fixed seed), picks thresholds on the held-out split, writes src/safety/detector/learned/model.json and
// prints held-out figures and one JSON line. --check trains and compares with the shipped file
// without writing. Deterministic: the same corpus gives byte-identical weights.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants as zlib } from "node:zlib";
import { extractFeatures } from "../src/safety/detector/learned/features.ts";
import { decodeModel, MODEL_URL, type ModelFile } from "../src/safety/detector/learned/model.ts";
import { probabilities, unitsOf } from "../src/safety/detector/learned/score.ts";
import { normalise } from "../src/safety/detector/normalise.ts";
import { type Labelled, loadFixtures } from "../src/safety/eval/metrics.ts";
import { RISK_CATEGORIES, type RiskCategory, rank } from "../src/safety/types.ts";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
/** Where the corpus lives. */
export const TRAIN_DIRS = ["test/fixtures/risk/train", "test/fixtures/risk-es/train"].map((d) =>
  join(ROOT, d),
);

/**
 * Real-voice rounds (tune sets by outside writers): all trained on, never held out (thresholds
 * stay chosen on held-out template lines). Time-split (docs/risk-detector.md, 7 December):
 * trained through EN round-19 / ES round-18, the round-20 sets (never tuned on) gained 0.6-17.8
 * points flagged through `lantern risk classify` (violence-7 41 -> 59) with false alarms within
 * 1.4 points; rounds 7-11 alone had been the corpus since 2 December.
 */
const rounds = (prefix: string, from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);

export const REAL_VOICE = [
  {
    dir: "test/fixtures/risk/tune",
    lang: "en",
    sets: [
      ...rounds("round-", 7, 28),
      ...rounds("posts-", 1, 13),
      ...rounds("violence-", 1, 15),
      "suicidal-word-1",
      "suicidal-word-2",
    ],
  },
  {
    dir: "test/fixtures/risk-es/tune",
    lang: "es",
    sets: [...rounds("round-", 6, 26), ...rounds("intencion-", 1, 15), "negativos-2"],
  },
];

export interface TrainOptions {
  /**
   * Hashed feature table of 2^bits rows. At 16 every row was taken (64,389 of 65,536) and
   * features shared rows; 18 leaves 167,000 of 262,144 taken. Trained through EN round-23 / ES
   * round-22 and scored alone on the later sets (scripts/learned-time-split.ts, 8 December):
   * violence-11 42.2 -> 47.8, violence-12 36.3 -> 40.7, ES round-23 72.7 -> 76.2 flagged,
   * EN round-24/25 within 0.6, false alarms 2/548 -> 1/548. 17 bits gained about half.
   */
  bits: number;
  /**
   * Passes over the corpus, and the L2 weight. 12 passes at 1e-6 left lines the scorer had
   * trained on below its cut, so each retrain dropped a different few dozen to none (86 with the
   * round-27/28 sets); 50 at 2e-7 drop 7. Scored alone on sets it never saw (time-split, trained
   * through round 26 / ES 24, then through round 27 / ES 25; 8 December), 50 at 2e-7 flagged
   * more on every set at the same false alarms: EN round-27 77.3 -> 79.0, posts-12 81.1 -> 84.9,
   * violence-14 58.0 -> 60.2, ES round-25 79.0 -> 81.8; round-28 68.2 -> 71.0, posts-13 81.8 ->
   * 83.6, violence-15 59.1 -> 63.6, ES round-26 83.2 -> 86.0. 20 and 30 passes gained less.
   */
  epochs: number;
  rate: number;
  l2: number;
  seed: number;
  /** Highest share of held-out negatives allowed at or above "low", per category. */
  lowBudget: number;
  /**
   * Lowest "low" threshold whatever the held-out split says: template lines are easier than
   * real wording. 0.8 read small talk as risk ("See you tomorrow", "Take care of yourself": 6
   * of 50 everyday lines) before the farewell and clinical negatives were added; with them, on
   * the tune sets, 0.8 added to the rules on 440 of 815 risk lines and alerted on 3 of 600
   * negatives, 0.85 on 411 and 2, 0.9 on 355 and 1. 0.85 kept held-out set 2 at 15/30.
   * Lower floors chosen on earlier real-voice rounds raised later rounds' false alarms (docs);
   * with every real-voice round through 19 trained on, 0.8 added 1-4 points flagged on the
   * unseen round-20 sets over 0.85 for at most 0.7 point of false alarms (docs, 7 December).
   */
  lowFloor: number;
  /**
   * A unit of fewer than shortWords words fires only at p >= shortLow. Short everyday lines
   * were the false alarms at 0.85 ("what happens if I say no", "I want to stop for today",
   * "I worry I won't wake up"), while the rules read short explicit statements; on the tune,
   * fresh and held-out sets 0.95 gave up one rescue of eleven and cut 55 everyday probes'
   * alarms from 5 to 1. Written to model.json (`short`), read by score.ts.
   */
  shortWords: number;
  shortLow: number;
  /** Highest share of held-out lines below moderate allowed at or above the "severe" cut. */
  severeBudget: number;
  /** Train each sentence of a long real-voice negative as a negative (fitExamples). */
  negativeSentences: boolean;
  /** Quantised weights of at most this magnitude are stored as 0 (they compress away). */
  prune: number;
}
export const DEFAULTS: TrainOptions = {
  bits: 18,
  epochs: 50,
  rate: 0.4,
  l2: 2e-7,
  seed: 15,
  lowBudget: 0.004,
  lowFloor: 0.8,
  shortWords: 8,
  shortLow: 0.95,
  severeBudget: 0.03,
  negativeSentences: true,
  prune: 0,
};

interface Example {
  ids: Int32Array;
  values: Float64Array;
  y: Uint8Array;
}

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** One line in five, chosen by its id, is held out for thresholds and figures. */
export const isHeldOut = (id: string): boolean => fnv(id) % 5 === 0;
/** Real-voice lines are always trained on (their set is `real-<lang>-round-<n>`). */
export const heldOut = (l: Labelled): boolean => !l.set.startsWith("real-") && isHeldOut(l.id);

const isSevere = (l: Labelled): boolean =>
  l.categories.length > 0 && rank(l.level) >= rank("moderate");

function example(
  line: Labelled,
  bits: number,
  cats: readonly RiskCategory[],
  text = normalise(line.text).text,
): Example {
  const { ids, count } = extractFeatures(text, bits);
  const counts = new Map<number, number>();
  for (let i = 0; i < count; i++) counts.set(ids[i] ?? 0, (counts.get(ids[i] ?? 0) ?? 0) + 1);
  const keys = [...counts.keys()].sort((a, b) => a - b);
  const norm = count === 0 ? 0 : 1 / Math.sqrt(count);
  return {
    ids: Int32Array.from(keys),
    values: Float64Array.from(keys, (k) => (counts.get(k) ?? 0) * norm),
    // One target per category, then "severe".
    y: Uint8Array.from([...cats.map((c) => line.categories.includes(c)), isSevere(line)], Number),
  };
}

/**
 * A line as trained on. The scorer also reads each sentence of a long message (score.ts), so
 * each sentence of a long real-voice negative is a negative too: whole, the venting post was
 * quiet, but one of its sentences alone still fired (es7-200, es9-236 in the time-split).
 */
function fitExamples(line: Labelled, o: TrainOptions, cats: readonly RiskCategory[]): Example[] {
  const whole = example(line, o.bits, cats);
  if (!o.negativeSentences || !line.set.startsWith("real-") || line.categories.length > 0) {
    return [whole];
  }
  const units = unitsOf(normalise(line.text).text).slice(1);
  return [whole, ...units.map((u) => example(line, o.bits, cats, u))];
}

function mulberry(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Threshold that lets at most `budget` of the negatives' probabilities reach it.
function threshold(neg: number[], budget: number, floor: number): number {
  const sorted = [...neg].sort((a, b) => b - a);
  const allowed = Math.floor(budget * sorted.length);
  const above = sorted[allowed] ?? 0;
  return Math.min(0.999, Math.max(floor, above + 1e-6));
}

/** sha256 of the corpus lines in load order (ids and texts), recorded in the model file. */
export function corpusHash(lines: readonly Labelled[]): string {
  const h = createHash("sha256");
  for (const l of lines) h.update(`${l.id}\t${l.text}\t${l.categories.join(",")}\n`);
  return h.digest("hex");
}

/** Train on `lines` and return the model file (deterministic for the same lines and options). */
export function train(lines: readonly Labelled[], o: TrainOptions = DEFAULTS): ModelFile {
  const cats = RISK_CATEGORIES;
  const k = cats.length + 1;
  const fit = lines.filter((l) => !heldOut(l)).flatMap((l) => fitExamples(l, o, cats));
  const w = new Float64Array((1 << o.bits) * k);
  const g2 = new Float64Array(w.length).fill(1e-8);
  const bias = new Float64Array(k);
  const bg2 = new Float64Array(k).fill(1e-8);
  const r = mulberry(o.seed);
  const order = fit.map((_, i) => i);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    for (const at of order) {
      const ex = fit[at];
      if (ex === undefined) continue;
      for (let c = 0; c < k; c++) {
        let z = bias[c] ?? 0;
        for (let f = 0; f < ex.ids.length; f++)
          z += (w[(ex.ids[f] ?? 0) * k + c] ?? 0) * (ex.values[f] ?? 0);
        const grad = 1 / (1 + Math.exp(-z)) - (ex.y[c] ?? 0);
        for (let f = 0; f < ex.ids.length; f++) {
          const wi = (ex.ids[f] ?? 0) * k + c;
          const g = grad * (ex.values[f] ?? 0) + o.l2 * (w[wi] ?? 0);
          g2[wi] = (g2[wi] ?? 0) + g * g;
          w[wi] = (w[wi] ?? 0) - (o.rate * g) / Math.sqrt(g2[wi] ?? 1);
        }
        bg2[c] = (bg2[c] ?? 0) + grad * grad;
        bias[c] = (bias[c] ?? 0) - (o.rate * grad) / Math.sqrt(bg2[c] ?? 1);
      }
    }
  }
  const scale = Array.from({ length: k }, (_, c) => {
    let max = 1e-9;
    for (let i = c; i < w.length; i += k) max = Math.max(max, Math.abs(w[i] ?? 0));
    return max / 127;
  });
  const q = new Int8Array(w.length);
  for (let i = 0; i < w.length; i++) {
    const v = Math.round((w[i] ?? 0) / (scale[i % k] ?? 1));
    q[i] = Math.abs(v) <= o.prune ? 0 : v;
  }
  const file: ModelFile = {
    format: 2,
    bits: o.bits,
    categories: [...cats],
    bias: [...bias],
    scale,
    low: cats.map(() => 1),
    short: { words: o.shortWords, low: o.shortLow },
    severe: 1,
    weights: brotliCompressSync(q, {
      params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: q.length },
    }).toString("base64"),
    corpusSha256: corpusHash(lines),
    weightsSha256: createHash("sha256").update(q).digest("hex"),
  };
  // Thresholds from the held-out negatives, scored through the shipped code path.
  const model = decodeModel(file);
  const held = lines.filter(heldOut);
  // Each line as the scorer reads it: the per-output maximum over its units (whole, sentences).
  const heldP = held.map((l) =>
    unitsOf(normalise(l.text).text)
      .map((u) => probabilities(model, u))
      .reduce((a, p) => a.map((x, i) => Math.max(x, p[i] ?? 0))),
  );
  const negP = heldP.filter((_, i) => held[i]?.categories.length === 0);
  file.low = cats.map((_, c) =>
    threshold(
      negP.map((p) => p[c] ?? 0),
      o.lowBudget,
      o.lowFloor,
    ),
  );
  const mild = heldP.filter((_, i) => !isSevere(held[i] as Labelled)).map((p) => p[k - 1] ?? 0);
  file.severe = threshold(mild, o.severeBudget, 0.5);
  return file;
}

/** Held-out figures: per set recall at low+, and negatives flagged at low+. */
export function heldOutFigures(lines: readonly Labelled[], file: ModelFile) {
  const model = decodeModel(file);
  const perSet = new Map<string, { n: number; hit: number }>();
  let neg = 0;
  let alarms = 0;
  for (const l of lines.filter(heldOut)) {
    const p = probabilities(model, normalise(l.text).text);
    const fired = file.categories.filter((_, c) => (p[c] ?? 0) >= (file.low[c] ?? 1));
    const s = perSet.get(l.set) ?? { n: 0, hit: 0 };
    s.n++;
    if (l.categories.length === 0) {
      neg++;
      if (fired.length > 0) alarms++;
      if (fired.length === 0) s.hit++;
    } else if (l.categories.every((c) => fired.includes(c))) s.hit++;
    perSet.set(l.set, s);
  }
  return { perSet, negatives: neg, falseAlarmRate: neg === 0 ? 0 : alarms / neg };
}

/** Every training line: English then Spanish templates and hand lines, then REAL_VOICE. */
export function corpus(): Labelled[] {
  const real = REAL_VOICE.flatMap(({ dir, lang, sets }) => {
    const bySet = loadFixtures(join(ROOT, dir)).map((l) => ({
      ...l,
      set: `real-${lang}-${l.set}`,
    }));
    return sets.flatMap((name) => bySet.filter((l) => l.set === `real-${lang}-${name}`));
  });
  return [...TRAIN_DIRS.flatMap((d) => loadFixtures(d)), ...real];
}

if (import.meta.main) {
  const started = performance.now();
  const lines = corpus();
  // LEARNED_OPTS='{"l2":1e-4}' tries other options (experiments only; the shipped file uses DEFAULTS).
  const file = train(lines, { ...DEFAULTS, ...JSON.parse(process.env.LEARNED_OPTS ?? "{}") });
  const ms = Math.round(performance.now() - started);
  const figs = heldOutFigures(lines, file);
  console.log(`learned risk scorer: ${lines.length} lines, ${ms} ms to train`);
  console.log(
    "held-out set                 n   correct (risk: every category at low+; none: quiet)",
  );
  for (const [set, s] of [...figs.perSet].sort()) {
    console.log(
      `${set.padEnd(26)} ${String(s.n).padStart(4)}   ${((100 * s.hit) / s.n).toFixed(1)}%`,
    );
  }
  console.log(
    `held-out negatives at low+: ${(100 * figs.falseAlarmRate).toFixed(2)}% of ${figs.negatives}`,
  );
  const risk = [...figs.perSet].filter(([set]) => !/neg|concern/.test(set));
  const recall =
    risk.reduce((a, [, s]) => a + s.hit, 0) /
    Math.max(
      1,
      risk.reduce((a, [, s]) => a + s.n, 0),
    );
  const check = process.argv.includes("--check");
  let same: boolean | undefined;
  if (check) {
    const shipped = JSON.parse(readFileSync(MODEL_URL, "utf8")) as ModelFile;
    same =
      shipped.weightsSha256 === file.weightsSha256 && shipped.corpusSha256 === file.corpusSha256;
  } else writeFileSync(MODEL_URL, `${JSON.stringify(file)}\n`);
  console.log(
    JSON.stringify({
      lines: lines.length,
      heldOutRecall: Number(recall.toFixed(4)),
      heldOutFalseAlarms: Number(figs.falseAlarmRate.toFixed(4)),
      low: file.low.map((x) => Number(x.toFixed(3))),
      severe: Number(file.severe.toFixed(3)),
      weightsSha256: file.weightsSha256,
      trainMs: ms,
      ...(same === undefined ? {} : { matchesShipped: same }),
    }),
  );
  if (same === false) process.exitCode = 1;
}
