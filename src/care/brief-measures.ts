import type { ConversationState } from "../engine/state.ts";
import { PCL5_PROVISIONAL_PTSD, PHQ9_ITEM9_POSITIVE } from "../measures/score.ts";
import { MEANINGFUL_CHANGE, trend } from "../measures/trend.ts";
import type { MeasureId, MeasureResult } from "../measures/types.ts";
import { briefLanguageLine } from "./alert-language.ts";
import { dateTime, measuresOf, signed, title, totalAndBand } from "./brief-data.ts";
import { sharedState } from "./consent.ts";

// The measures report (`lantern measures report`) and the heading every report starts with;
// out of brief.ts to keep it under 300 lines.

/** "Pre-session brief: label (conversation)", when it was prepared, and the patient's language. */
export function briefHeader(
  kind: string,
  state: ConversationState,
  now: Date,
  label?: string,
): string[] {
  const who = label ? `${label} (${state.id})` : state.id;
  return [
    `${kind}: ${who}`,
    `Prepared ${dateTime(now.toISOString())} UTC from what the patient told Lantern.`,
    ...briefLanguageLine(state),
  ];
}

function flagText(r: MeasureResult): string {
  const notes: string[] = [];
  if (r.flags.includes(PHQ9_ITEM9_POSITIVE)) notes.push("item 9 above 0");
  if (r.flags.includes(PCL5_PROVISIONAL_PTSD)) notes.push("provisional PTSD cut-off reached");
  if (r.clusters) {
    const parts = Object.entries(r.clusters).map(([name, sum]) => `${name} ${sum}`);
    notes.push(`clusters ${parts.join(", ")}`);
  }
  return notes.length ? `; ${notes.join("; ")}` : "";
}

function meaningfulRule(id: MeasureId): string {
  const rule: { points?: number; relative?: number } = MEANINGFUL_CHANGE[id];
  return rule.points !== undefined
    ? `${rule.points} points`
    : `${Math.round((rule.relative ?? 0) * 100)}% of the earlier score`;
}

/**
 * Every stored measure result, per measure, oldest first: date and time (UTC), total, band,
 * flags, and an arrow comparing each result with the one before it (↑ meaningful rise, which
 * is worse on every measure; ↓ meaningful drop; → no meaningful change; · first result).
 */
export function renderMeasuresReport(state: ConversationState, now: Date): string {
  const measures = measuresOf(sharedState(state));
  const lines = briefHeader("Measures report", state, now);
  lines.push(
    "Arrows compare each result with the one before: ↑ meaningful rise (worse), ↓ meaningful drop (better), → no meaningful change, · first result.",
  );
  if (measures.size === 0) lines.push("", "No questionnaires yet.");
  for (const [id, results] of measures) {
    lines.push(
      "",
      `${title(id)} (${results.length} ${results.length === 1 ? "result" : "results"}; meaningful change: ${meaningfulRule(id)})`,
    );
    results.forEach((r, i) => {
      const t = trend(results.slice(0, i + 1));
      const change = t.change === null ? "" : ` ${signed(t.change)}`;
      lines.push(`- ${dateTime(r.at)}  ${totalAndBand(r)}  ${t.arrow}${change}${flagText(r)}`);
    });
  }
  return `${lines.join("\n")}\n`;
}
