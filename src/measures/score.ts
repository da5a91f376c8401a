import { z } from "zod";
import { LanternError } from "../errors.ts";
import { GAD7 } from "./gad7.ts";
import { PCL5 } from "./pcl5.ts";
import { PEG } from "./peg.ts";
import { PHQ9 } from "./phq9.ts";
import type { MeasureDefinition, MeasureId, MeasureResult } from "./types.ts";

/** Every measure Lantern can administer, by id. */
export const MEASURES: Readonly<Record<MeasureId, MeasureDefinition>> = {
  phq9: PHQ9,
  gad7: GAD7,
  pcl5: PCL5,
  peg: PEG,
};

/** Item 9 (thoughts of being better off dead or self-harm) above 0: the caller starts the
 * risk screener and alerts the care team. */
export const PHQ9_ITEM9_POSITIVE = "phq9_item9_positive";
/** PCL-5 total at or above the clinic's cut-off. */
export const PCL5_PROVISIONAL_PTSD = "pcl5_provisional_ptsd";

/**
 * The PCL-5 cut-off for a provisional PTSD diagnosis. The National Center for PTSD gives
 * 31–33 as the range supported by validation studies (Bovin et al. 2016) and suggests 33
 * when in doubt; a clinic may configure a lower value within that range.
 */
export const DEFAULT_PCL5_CUTOFF = 33;

export interface ScoreOptions {
  /** PCL-5 provisional PTSD cut-off (a total at or above it raises the flag); default 33. */
  pcl5Cutoff?: number;
}

/** Published severity bands: the band is the first whose `max` is at or above the total. */
export interface Band {
  max: number;
  label: string;
}

export const BANDS: Partial<Record<MeasureId, readonly Band[]>> = {
  // Kroenke et al. 2001.
  phq9: [
    { max: 4, label: "minimal" },
    { max: 9, label: "mild" },
    { max: 14, label: "moderate" },
    { max: 19, label: "moderately severe" },
    { max: 27, label: "severe" },
  ],
  // Spitzer et al. 2006.
  gad7: [
    { max: 4, label: "minimal" },
    { max: 9, label: "mild" },
    { max: 14, label: "moderate" },
    { max: 21, label: "severe" },
  ],
};

/** Band for measures without published bands (PEG, PCL-5): follow the trend instead. */
export const NO_BAND = "n/a";

const cutoffSchema = z.number().int().min(0).max(80);

/** Answer range for a measure: from its lowest to its highest option value. */
function range(def: MeasureDefinition): { min: number; max: number } {
  const values = def.options.map((o) => o.value);
  return { min: Math.min(...values), max: Math.max(...values) };
}

const schemas = new Map<MeasureId, z.ZodType<number[]>>();

function answersSchema(def: MeasureDefinition): z.ZodType<number[]> {
  let schema = schemas.get(def.id);
  if (schema === undefined) {
    const { min, max } = range(def);
    schema = z.array(z.number().int().min(min).max(max)).length(def.items.length);
    schemas.set(def.id, schema);
  }
  return schema;
}

function describe(value: unknown): string {
  return typeof value === "number" ? String(value) : typeof value;
}

/** One readable line per problem; answers are numbers, so no patient text ends up here. */
function explain(def: MeasureDefinition, input: unknown, issues: readonly z.core.$ZodIssue[]) {
  const { min, max } = range(def);
  const problems = new Set<string>();
  for (const issue of issues) {
    const index = issue.path[0];
    if (typeof index === "number") {
      const item = def.items[index];
      const value = Array.isArray(input) ? input[index] : undefined;
      problems.add(
        `item ${index + 1}${item ? ` (${item.id})` : ""} must be a whole number from ${min} to ${max}, got ${describe(value)}`,
      );
    } else if (Array.isArray(input)) {
      problems.add(`expected ${def.items.length} answers, got ${input.length}`);
    } else {
      problems.add(`expected an array of ${def.items.length} answers, got ${typeof input}`);
    }
  }
  return `${def.title} answers are invalid: ${[...problems].join("; ")}`;
}

function bandFor(id: MeasureId, total: number): string {
  const bands = BANDS[id];
  if (bands === undefined) return NO_BAND;
  return bands.find((b) => total <= b.max)?.label ?? NO_BAND;
}

/** PCL-5 cluster subtotals, from the cluster item ids in the definition. */
function clusterSums(def: MeasureDefinition, answers: readonly number[]): Record<string, number> {
  const sums: Record<string, number> = {};
  for (const [name, itemIds] of Object.entries(def.clusters ?? {})) {
    sums[name] = itemIds.reduce((acc, itemId) => {
      const index = def.items.findIndex((item) => item.id === itemId);
      return acc + (answers[index] ?? 0);
    }, 0);
  }
  return sums;
}

/**
 * Score one administration of a measure exactly as published: validate the answers
 * (count, whole numbers within the option range), total them, band them, and raise flags.
 *
 * Flags are for the caller to act on: "phq9_item9_positive" must start the risk screener and
 * alert the team; "pcl5_provisional_ptsd" means total >= the configured cut-off.
 *
 * @throws LanternError "measure.invalid_answers" with a message naming each bad item,
 *   "measure.unknown", "measure.invalid_time" or "measure.invalid_options".
 * @example
 * scoreMeasure("phq9", [1, 1, 1, 1, 1, 0, 0, 0, 0], new Date()); // total 5, band "mild"
 */
export function scoreMeasure(
  id: MeasureId,
  answers: number[],
  at: Date,
  options: ScoreOptions = {},
): MeasureResult {
  const def = (MEASURES as Partial<Record<string, MeasureDefinition>>)[id];
  if (def === undefined) {
    throw new LanternError("measure.unknown", `unknown measure "${String(id)}"`);
  }
  const parsed = answersSchema(def).safeParse(answers);
  if (!parsed.success) {
    throw new LanternError("measure.invalid_answers", explain(def, answers, parsed.error.issues), {
      cause: parsed.error,
    });
  }
  if (!(at instanceof Date) || Number.isNaN(at.getTime())) {
    throw new LanternError("measure.invalid_time", `${def.title} result needs a valid date`);
  }
  const cutoff = cutoffSchema.safeParse(options.pcl5Cutoff ?? DEFAULT_PCL5_CUTOFF);
  if (!cutoff.success) {
    throw new LanternError(
      "measure.invalid_options",
      `pcl5Cutoff must be a whole number from 0 to 80, got ${describe(options.pcl5Cutoff)}`,
      { cause: cutoff.error },
    );
  }

  const values = parsed.data;
  const sum = values.reduce((acc, v) => acc + v, 0);
  // PEG: mean of 3 rounded to 1 decimal; integer arithmetic first so float error cannot
  // tip the rounding (sum/3 only ever ends in .0, .33… or .66…).
  const total = def.scoring === "mean" ? Math.round((sum * 10) / values.length) / 10 : sum;

  const flags: string[] = [];
  if (id === "phq9" && (values[8] ?? 0) > 0) flags.push(PHQ9_ITEM9_POSITIVE);
  if (id === "pcl5" && total >= cutoff.data) flags.push(PCL5_PROVISIONAL_PTSD);

  const result: MeasureResult = {
    measure: def.id,
    total,
    band: bandFor(def.id, total),
    flags,
    answers: [...values],
    at: at.toISOString(),
  };
  if (def.clusters !== undefined) result.clusters = clusterSums(def, values);
  return result;
}
