// What the brief reads from a conversation, and how it writes numbers, dates and quotes.
import type { ConversationState } from "../engine/state.ts";
import { MEASURES, NO_BAND } from "../measures/score.ts";
import type { Trend } from "../measures/trend.ts";
import type { MeasureId, MeasureResult } from "../measures/types.ts";

// What the physician reads before the next dosing session, from what the patient told
// Lantern. Plain text (heading lines, "- " items) so the terminal, Slack and Teams all show it
// the same. It reports; it never recommends: no dose, no medication, no advice of any kind.

export const CHECKIN_FLOW = "post-session-checkin";
export const RED_FLAG_QUESTIONS = [
  "chest",
  "breathing",
  "fainting",
  "headache",
  "confusion",
  "bladder",
];
export const RED_FLAG_NAMES: Record<string, string> = {
  chest: "chest pain",
  breathing: "trouble breathing",
  fainting: "fainting",
  headache: "severe headache",
  confusion: "confusion or hallucinations that continue",
  bladder: "bladder pain, urgency or blood in urine",
};
export const SLEEP: Record<string, string> = {
  well: "well",
  okay: "okay",
  poorly: "poorly",
  hardly: "hardly at all",
};
/** Answers the check-in's quick-reply buttons store: shown plainly, not quoted. */
export const BUTTON_ANSWERS = new Set(["none", "nothing", "nothing yet", "nothing special"]);
export const LAST_CHECKINS = 3;
export const SERIES_LENGTH = 8;
export const MAX_LIST = 5;
export const MAX_QUOTE = 500;
export const DAY = 86_400_000;

export interface Checkin {
  at: string;
  vars: Record<string, unknown>;
}

// --- reading user.* defensively: it is stored JSON, and older entries may lack fields ---

export function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

export function validTime(value: unknown): value is string {
  return typeof value === "string" && !Number.isNaN(Date.parse(value));
}

export function byTime<T extends { at: string }>(a: T, b: T): number {
  return Date.parse(a.at) - Date.parse(b.at);
}

/** Post-session check-ins, oldest first. */
export function checkinsOf(state: ConversationState): Checkin[] {
  const list = Array.isArray(state.user.checkins) ? state.user.checkins : [];
  return list
    .map(record)
    .filter((e) => e !== undefined && validTime(e.at) && (e.flow ?? CHECKIN_FLOW) === CHECKIN_FLOW)
    .map((e) => ({ at: e?.at as string, vars: record(e?.vars) ?? {} }))
    .sort(byTime);
}

/** Stored measure results by measure, oldest first; malformed entries are skipped. */
export function measuresOf(state: ConversationState): Map<MeasureId, MeasureResult[]> {
  const list = Array.isArray(state.user.measures) ? state.user.measures : [];
  const byMeasure = new Map<MeasureId, MeasureResult[]>();
  for (const raw of list) {
    const r = record(raw);
    if (!r || !Object.hasOwn(MEASURES, String(r.measure))) continue;
    if (typeof r.total !== "number" || !validTime(r.at)) continue;
    const result: MeasureResult = {
      measure: r.measure as MeasureId,
      total: r.total,
      band: typeof r.band === "string" ? r.band : NO_BAND,
      flags: Array.isArray(r.flags) ? r.flags.filter((f) => typeof f === "string") : [],
      answers: Array.isArray(r.answers) ? r.answers.filter((a) => typeof a === "number") : [],
      at: r.at,
    };
    const clusters = record(r.clusters);
    if (clusters) result.clusters = clusters as Record<string, number>;
    byMeasure.set(result.measure, [...(byMeasure.get(result.measure) ?? []), result]);
  }
  // Fixed order (PHQ-9, GAD-7, PCL-5, PEG) so briefs always read the same way.
  const ordered = new Map<MeasureId, MeasureResult[]>();
  for (const id of Object.keys(MEASURES) as MeasureId[]) {
    const results = byMeasure.get(id);
    if (results) ordered.set(id, results.sort(byTime));
  }
  return ordered;
}

/** A 0–10 answer; the check-in stores -1 for "not answered yet". */
export function rating(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : undefined;
}

export function words(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const text = value.replace(/\s+/g, " ").trim();
  return text === "" ? undefined : text;
}

// --- formatting ---

/** The patient's own words, on one line, quoted; a button answer stays plain. */
export function quoted(value: unknown): string {
  const text = words(value);
  if (text === undefined) return "not answered";
  if (BUTTON_ANSWERS.has(text.toLowerCase())) return text.toLowerCase();
  const short = text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE)}…` : text;
  return `"${short}"`;
}

export function outOf10(value: unknown): string {
  const n = rating(value);
  return n === undefined ? "not answered" : `${n}/10`;
}

export function date(iso: string): string {
  return iso.slice(0, 10);
}

export function dateTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

export function ago(iso: string, now: Date): string {
  const ms = now.getTime() - Date.parse(iso);
  if (ms < 0) return "in the future";
  if (ms < 3_600_000) return `${Math.floor(ms / 60_000)} min ago`;
  if (ms < DAY) return `${Math.floor(ms / 3_600_000)} h ago`;
  const days = Math.floor(ms / DAY);
  return days === 1 ? "1 day ago" : `${days} days ago`;
}

export function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

export function title(id: MeasureId): string {
  return MEASURES[id].title;
}

export function totalAndBand(r: { total: number; band: string }): string {
  return r.band === NO_BAND ? String(r.total) : `${r.total}, ${r.band}`;
}

/** Latest change in words: arrow, signed change, and whether it is clinically meaningful. */
export function changeText(t: Trend): string {
  const previous = t.points.at(-2);
  if (t.change === null || previous === undefined) return "· first result";
  const meaning = t.meaningful ? "a meaningful change" : "not a meaningful change";
  return `${t.arrow} ${signed(t.change)} since ${date(previous.at)}, ${meaning}`;
}
