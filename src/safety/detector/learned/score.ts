import { type RiskAssessment, type RiskCategory, type RiskLevel, rank } from "../../types.ts";
import { extractFeatures } from "./features.ts";
import { loadShippedModel, type Model } from "./model.ts";

/**
 * The learned risk scorer (issue 15): hashed word and character n-grams, one-vs-rest logistic
 * regression trained offline by scripts/train-risk.ts on test/fixtures/risk{,-es}/train and
 * the real-voice tune rounds (REAL_VOICE there).
 * It is OR-ed with the rule layer and raise-only: it may add a category or lift the level to
 * "low" or "moderate", never higher (the rules own high and imminent), and never lowers.
 */

// Loaded synchronously once at import, so the first message is not a cold one.
/** Fewer words than this is a flow answer ("yes", "40", "menu"), not something to read. */
export const MIN_WORDS = 3;
/** A message at least this long is also read sentence by sentence. */
const LONG = 160;
const SENTENCE = /[^.!?\n]+/g;
const MAX_SENTENCES = 48;

/**
 * What the scorer reads of one normalised text: the whole of it (cues accumulate across its
 * sentences) and, in a long one, each sentence too (one strong sentence is not drowned by a
 * page of everyday ones). Training picks its thresholds on the same units.
 */
export function unitsOf(t: string): string[] {
  if (t.length < LONG) return [t];
  const units = [t];
  SENTENCE.lastIndex = 0;
  // At most MAX_SENTENCES: a page-long paste is read whole, and its first sentences one by one.
  for (
    let m = SENTENCE.exec(t);
    m !== null && units.length <= MAX_SENTENCES;
    m = SENTENCE.exec(t)
  ) {
    units.push(m[0]);
  }
  return units;
}
const SHIPPED: Model | undefined = loadShippedModel();

/**
 * Per-output probability for one normalised text: the categories in `model.categories` order,
 * then "severe". All zero for a text under MIN_WORDS words (short answers are the rules' job).
 */
export function probabilities(model: Model, normalisedText: string): Float64Array {
  return scoreUnit(model, normalisedText).p;
}

/**
 * probabilities() and the unit's word count, as features.ts counts words (the one word count
 * the scorer uses: MIN_WORDS and the model's short-unit floor both read it).
 */
function scoreUnit(model: Model, normalisedText: string): { p: Float64Array; words: number } {
  const k = model.outputs;
  const sums = new Float64Array(k);
  const { ids, count, words } = extractFeatures(normalisedText, model.bits);
  if (count === 0 || words < MIN_WORDS) return { p: sums, words };
  const w = model.weights;
  if (k === 7) {
    // The shipped shape (six categories + severe), unrolled into locals: twice as fast.
    let s0 = 0,
      s1 = 0,
      s2 = 0,
      s3 = 0,
      s4 = 0,
      s5 = 0,
      s6 = 0;
    for (let i = 0; i < count; i++) {
      const at = (ids[i] ?? 0) * 7;
      s0 += w[at] ?? 0;
      s1 += w[at + 1] ?? 0;
      s2 += w[at + 2] ?? 0;
      s3 += w[at + 3] ?? 0;
      s4 += w[at + 4] ?? 0;
      s5 += w[at + 5] ?? 0;
      s6 += w[at + 6] ?? 0;
    }
    sums.set([s0, s1, s2, s3, s4, s5, s6]);
  } else {
    for (let i = 0; i < count; i++) {
      const at = (ids[i] ?? 0) * k;
      for (let c = 0; c < k; c++) sums[c] = (sums[c] ?? 0) + (w[at + c] ?? 0);
    }
  }
  // Features are counts scaled by 1/sqrt(n), as in training; int8 weights by their scale.
  const norm = 1 / Math.sqrt(count);
  for (let c = 0; c < k; c++) {
    const z = (sums[c] ?? 0) * (model.scale[c] ?? 0) * norm + (model.bias[c] ?? 0);
    sums[c] = 1 / (1 + Math.exp(-z));
  }
  return { p: sums, words };
}

/** One category the scorer is confident about. */
export interface LearnedHit {
  category: RiskCategory;
  level: Extract<RiskLevel, "low" | "moderate">;
  probability: number;
}

/**
 * Categories whose probability passes their threshold in any of the texts (the detector's
 * normalised chunks): "moderate" when the "severe" output passes its own, else "low".
 * Empty without a model (`null`: none; omitted: the shipped one, if it loaded).
 */
export function learnedHits(
  texts: readonly string[],
  model: Model | null | undefined = SHIPPED,
): LearnedHit[] {
  if (model == null) return [];
  const k = model.categories.length;
  // Per category: best probability, and whether a unit that passed also read as severe.
  const best = new Float64Array(k);
  const severe = new Uint8Array(k);
  const read = (unit: string) => {
    const { p, words } = scoreUnit(model, unit);
    const isSevere = (p[k] ?? 0) >= model.severe;
    // Below the short floor a probability counts as nothing (model.short, set in training).
    const floor = words < model.short.words ? model.short.low : 0;
    for (let c = 0; c < k; c++) {
      const pc = (p[c] ?? 0) >= floor ? (p[c] ?? 0) : 0;
      if (pc > (best[c] ?? 0)) best[c] = pc;
      if (isSevere && pc >= threshold(model, c)) severe[c] = 1;
    }
  };
  // Past one chunk (a paste of over 4,000 characters) each chunk is read whole only.
  for (const t of texts) for (const unit of texts.length > 1 ? [t] : unitsOf(t)) read(unit);
  const hits: LearnedHit[] = [];
  model.categories.forEach((category, c) => {
    const p = best[c] ?? 0;
    if (p >= threshold(model, c)) {
      hits.push({ category, level: severe[c] === 1 ? "moderate" : "low", probability: p });
    }
  });
  return hits;
}

/**
 * OR the learned verdict into the rules' assessment: raise the level (to at most moderate) and
 * add categories, with evidence "learned.<category>" (no excerpt: the scorer reads the whole
 * message). Never lowers anything and never throws: on any internal error, or when it adds
 * nothing, the rules' own assessment comes back unchanged (the same object).
 */
export function learnedRaise(
  assessment: RiskAssessment,
  chunks: readonly { n: { text: string } }[],
  model: Model | null | undefined = SHIPPED,
): RiskAssessment {
  try {
    const hits = learnedHits(
      chunks.map((c) => c.n.text),
      model,
    );
    if (hits.length === 0) return assessment;
    let level = assessment.level;
    const categories = [...assessment.categories];
    const evidence = [...assessment.evidence];
    // An urge the rules read as passing and the patient says they will not act on ("for a
    // split second ... i wont") is more specific than the n-grams: not raised past the rules.
    const passingRules = assessment.evidence.filter(
      (e) => e.rule === "harm_to_others.urge.passing",
    );
    const wont =
      passingRules.length > 0 &&
      chunks.some((c) => /\bi (?:wont|wouldnt|would never|never would)\b/.test(c.n.text));
    const passing = new Set(wont ? passingRules.map((e) => e.category) : []);
    for (const hit of hits) {
      const raises = rank(hit.level) > rank(level) && !passing.has(hit.category);
      const adds = !categories.includes(hit.category);
      if (!raises && !adds) continue;
      evidence.push({
        category: hit.category,
        level: hit.level,
        rule: `learned.${hit.category}`,
        excerpt: "",
      });
      if (adds) categories.push(hit.category);
      if (raises) level = hit.level;
    }
    if (evidence.length === assessment.evidence.length) return assessment;
    return { ...assessment, level, categories, evidence };
  } catch {
    return assessment;
  }
}

/** Category `c`'s firing threshold, as training chose it (floors included, model.json). */
function threshold(model: Model, c: number): number {
  return model.low[c] ?? 2;
}

/** Is a model loaded (false when model.json is missing or malformed)? */
export function hasLearnedModel(): boolean {
  return SHIPPED !== undefined;
}

// Warm at import: a few passes over one long everyday text get the feature and dot-product
// loops optimised before the first real message (about 2 ms, once per process).
if (SHIPPED !== undefined) {
  const warm = "the session went fine today and my pain is a bit lower. ".repeat(40);
  for (let k = 0; k < 4; k++) learnedHits([warm], SHIPPED);
}
