import { readFileSync } from "node:fs";
import { brotliDecompressSync } from "node:zlib";
import { z } from "zod";
import { RISK_CATEGORIES, type RiskCategory } from "../../types.ts";

/**
 * The shipped model file (model.json, written by scripts/train-risk.ts): one-vs-rest logistic
 * regression over hashed features with one output per category plus a last "severe" output
 * (the line is moderate or above), weights quantised to int8 per output. Format 1 stores the
 * int8 table base64-encoded; format 2 brotli-compresses it first (node:zlib, no dependency):
 * at 2^18 rows the raw table is 1.8 MB, half of it zeros and small values that compress away.
 */
export const ModelFile = z.object({
  format: z.union([z.literal(1), z.literal(2)]),
  bits: z.number().int().min(10).max(22),
  categories: z.array(z.enum(RISK_CATEGORIES)).min(1),
  /** Per output: the categories, then "severe". */
  bias: z.array(z.number()),
  /** int8 weight k of output o is `k * scale[o]`. */
  scale: z.array(z.number().positive()),
  /** Per category: probability at or above which it reads as "low" (floored in training). */
  low: z.array(z.number().min(0).max(1)),
  /**
   * A unit of fewer than `words` words (features.ts's count) fires a category only at p >=
   * `low` as well: short everyday lines are the scorer's false alarms (scripts/train-risk.ts).
   */
  short: z.object({ words: z.number().int().min(0), low: z.number().min(0).max(1) }),
  /** "severe" probability at or above which a category that passed `low` reads as "moderate". */
  severe: z.number().min(0).max(1),
  /** base64 of an Int8Array laid out [feature][output] (format 2: brotli-compressed first). */
  weights: z.string(),
  /** sha256 of the training lines (ids and texts in order), see scripts/train-risk.ts. */
  corpusSha256: z.string(),
  /** sha256 of the decoded int8 weights. */
  weightsSha256: z.string(),
});
export type ModelFile = z.infer<typeof ModelFile>;

/**
 * A model ready to score: the int8 weights as stored, [feature][output] (a 300-word post reads
 * ~3,000 random rows; int8 keeps the table small enough to stay in cache), and their scales.
 */
export interface Model {
  bits: number;
  categories: RiskCategory[];
  /** categories.length + 1 (the last output is "severe"). */
  outputs: number;
  bias: Float64Array;
  low: Float64Array;
  short: { words: number; low: number };
  severe: number;
  weights: Int8Array;
  scale: Float64Array;
}

/** Decode a validated model file; throws (a LanternError is not needed: callers catch). */
export function decodeModel(file: ModelFile): Model {
  const k = file.categories.length + 1;
  const stored = Buffer.from(file.weights, "base64");
  const bytes = file.format === 2 ? brotliDecompressSync(stored) : stored;
  const expected = (1 << file.bits) * k;
  if (bytes.length !== expected) throw new Error(`model weights: ${bytes.length} != ${expected}`);
  if (file.bias.length !== k || file.scale.length !== k || file.low.length !== k - 1) {
    throw new Error("model: per-output arrays differ in length");
  }
  const weights = new Int8Array(bytes.length);
  weights.set(new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length));
  return {
    bits: file.bits,
    categories: file.categories,
    outputs: k,
    bias: Float64Array.from(file.bias),
    low: Float64Array.from(file.low),
    short: { ...file.short },
    severe: file.severe,
    weights,
    scale: Float64Array.from(file.scale),
  };
}

/** URL of the shipped model file, next to this module. */
export const MODEL_URL = new URL("./model.json", import.meta.url);

/**
 * Read and decode the shipped model once. Returns undefined when it is missing or malformed:
 * the learned layer then adds nothing and the rules stand alone.
 */
export function loadShippedModel(): Model | undefined {
  try {
    const parsed = ModelFile.safeParse(JSON.parse(readFileSync(MODEL_URL, "utf8")));
    return parsed.success ? decodeModel(parsed.data) : undefined;
  } catch {
    return undefined;
  }
}
