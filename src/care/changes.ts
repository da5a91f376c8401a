import type { ConversationState } from "../engine/state.ts";
import { MEASURES } from "../measures/score.ts";
import type { MeasureId, MeasureResult } from "../measures/types.ts";
import { measuresOf } from "./brief-data.ts";
import { sessionsOf } from "./charts/series.ts";
import { sharedState } from "./consent.ts";

// Changes the care team asked to have called out: PHQ-9 and GAD-7 by 5 points or more, PEG by
// 30% or more (IMMPACT). "Since the last session" compares the newest result with the last one
// before that session; without session dates, with the result before it. Shared by the brief
// and the measures dashboard, so both flag the same patients.

/** The call-out thresholds: points for PHQ-9 and GAD-7, a fraction of the earlier value for PEG. */
export const CALL_OUT: Partial<Record<MeasureId, { points?: number; relative?: number }>> = {
  phq9: { points: 5 },
  gad7: { points: 5 },
  peg: { relative: 0.3 },
};

export interface Change {
  measure: MeasureId;
  from: MeasureResult;
  to: MeasureResult;
  delta: number;
  /** delta / from.total, or null when from is 0. */
  relative: number | null;
  /** A rise: worse on every measure. */
  worse: boolean;
  /** "the session on 2026-01-08" or "the result on 2026-01-02". */
  since: string;
}

function meets(id: MeasureId, from: number, to: number): boolean {
  const rule = CALL_OUT[id];
  if (!rule) return false;
  const delta = to - from;
  if (rule.points !== undefined) return Math.abs(delta) >= rule.points;
  // PEG totals have one decimal: compare in tenths so 10 -> 7 is exactly 30%.
  const tenths = Math.round(Math.abs(delta) * 10);
  const base = Math.round(from * 10);
  return base === 0 ? tenths >= 30 : tenths * 10 >= base * 3;
}

/** The last past session's time, if user.sessions has one. */
export function lastSessionAt(state: ConversationState, now: Date): string | undefined {
  return sessionsOf(state)
    .filter((s) => Date.parse(s.at) <= now.getTime())
    .at(-1)?.at;
}

/** Every call-out change, PHQ-9, GAD-7, PEG in that order; none when a measure has < 2 results. */
export function calledOutChanges(state: ConversationState, now: Date): Change[] {
  const session = lastSessionAt(state, now);
  const changes: Change[] = [];
  // Limited mode: nothing stored before the patient declined is called out either.
  for (const [id, results] of measuresOf(sharedState(state))) {
    if (!CALL_OUT[id] || results.length < 2) continue;
    const to = results.at(-1) as MeasureResult;
    let from: MeasureResult | undefined;
    let since: string;
    if (session && Date.parse(to.at) > Date.parse(session)) {
      from = results.filter((r) => Date.parse(r.at) <= Date.parse(session)).at(-1);
      since = `the session on ${session.slice(0, 10)}`;
    } else {
      from = results.at(-2);
      since = `the result on ${from?.at.slice(0, 10)}`;
    }
    if (!from || !meets(id, from.total, to.total)) continue;
    const delta = Math.round((to.total - from.total) * 10) / 10;
    changes.push({
      measure: id,
      from,
      to,
      delta,
      relative: from.total === 0 ? null : delta / from.total,
      worse: delta > 0,
      since,
    });
  }
  return changes;
}

/** "PHQ-9 rose 9 → 15 (+6) since the session on 2026-01-08: a change of 5 points or more". */
export function changeLine(c: Change): string {
  const rule = CALL_OUT[c.measure];
  const size =
    c.relative !== null && rule?.relative !== undefined
      ? `${c.delta > 0 ? "+" : ""}${Math.round(c.relative * 100)}%`
      : `${c.delta > 0 ? "+" : ""}${c.delta}`;
  const threshold = rule?.points !== undefined ? `${rule.points} points` : "30%";
  return `${MEASURES[c.measure].title} ${c.worse ? "rose (worse)" : "fell (better)"} ${c.from.total} → ${c.to.total} (${size}) since ${c.since}: a change of ${threshold} or more`;
}
