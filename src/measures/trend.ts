import { LanternError } from "../errors.ts";
import type { MeasureId, MeasureResult } from "./types.ts";

/** Direction of the latest change: ↑ / ↓ meaningful rise / drop, → no meaningful change,
 * · not enough results. A rise is a worsening on all four measures. */
export type TrendArrow = "↑" | "↓" | "→" | "·";

export interface Trend {
  measure: MeasureId;
  /** Oldest first. */
  points: { at: string; total: number }[];
  /** Latest total minus the one before it; null with fewer than 2 results. */
  change: number | null;
  arrow: TrendArrow;
  meaningful: boolean;
}

/**
 * Smallest change between two administrations that counts as clinically meaningful.
 * - PHQ-9: 5 points, the published minimal clinically important difference (Löwe et al.
 *   2004; Kroenke 2001 scoring guidance) and the clinic's rule.
 * - GAD-7: 4 points, the commonly used MCID (Toussaint et al. 2020).
 * - PCL-5: 10 points, the National Center for PTSD's guidance for clinically meaningful
 *   change (5 points is only the minimum for reliable change).
 * - PEG: relative, 30% of the earlier value, the IMMPACT threshold for moderately important
 *   change in pain (Dworkin et al. 2008) used to validate the PEG (Krebs et al. 2009).
 */
export const MEANINGFUL_CHANGE = {
  phq9: { points: 5 },
  gad7: { points: 4 },
  pcl5: { points: 10 },
  peg: { relative: 0.3 },
} as const;

/**
 * PEG change is meaningful when |Δ| >= 30% of the earlier mean. Totals have 1 decimal, so
 * compare in tenths to keep 10 → 7 exact. From a 0 baseline a relative change is undefined;
 * use 30% of the 0–10 scale (3 points) so a new rise from "no pain" is still seen.
 */
function pegMeaningful(previous: number, latest: number): boolean {
  const delta = Math.round(Math.abs(latest - previous) * 10);
  const base = Math.round(previous * 10);
  if (base === 0) return delta >= 30;
  return delta * 10 >= base * 3;
}

function isMeaningful(measure: MeasureId, previous: number, latest: number): boolean {
  if (measure === "peg") return pegMeaningful(previous, latest);
  return Math.abs(latest - previous) >= MEANINGFUL_CHANGE[measure].points;
}

/**
 * Trend of one measure across results (any order; sorted oldest first). The arrow and
 * `change` compare the last two results; ↑/↓ only when the change is meaningful.
 *
 * @throws LanternError "measure.trend_invalid" when empty or mixing measures.
 * @example
 * trend([phq9At(day1, 14), phq9At(day8, 8)]); // change -6, arrow "↓", meaningful true
 */
export function trend(results: readonly MeasureResult[]): Trend {
  const first = results[0];
  if (first === undefined) {
    throw new LanternError("measure.trend_invalid", "a trend needs at least one result");
  }
  const measure = first.measure;
  if (results.some((r) => r.measure !== measure)) {
    throw new LanternError("measure.trend_invalid", `a trend needs results of one measure only`);
  }
  const points = results
    .map((r) => ({ at: r.at, total: r.total }))
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));

  const latest = points.at(-1);
  const previous = points.at(-2);
  if (latest === undefined || previous === undefined) {
    return { measure, points, change: null, arrow: "·", meaningful: false };
  }
  // Round to 1 decimal so PEG differences such as 6.3 - 4.1 do not show float noise.
  const change = Math.round((latest.total - previous.total) * 10) / 10;
  const meaningful = isMeaningful(measure, previous.total, latest.total);
  const arrow: TrendArrow = !meaningful ? "→" : change > 0 ? "↑" : "↓";
  return { measure, points, change, arrow, meaningful };
}
