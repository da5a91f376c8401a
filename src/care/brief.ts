import type { ConversationState } from "../engine/state.ts";
import { FREQUENCY_OPTIONS } from "../measures/phq9.ts";
import {
  MEASURES,
  NO_BAND,
  PCL5_PROVISIONAL_PTSD,
  PHQ9_ITEM9_POSITIVE,
} from "../measures/score.ts";
import { MEANINGFUL_CHANGE, type Trend, trend } from "../measures/trend.ts";
import type { MeasureId, MeasureResult } from "../measures/types.ts";
import { RISK_LEVELS } from "../safety/types.ts";

// What the physician reads before the next dosing session, from what the patient told
// Lantern. Plain text (heading lines, "- " items) so the terminal, Slack and Teams all show it
// the same. It reports; it never recommends: no dose, no medication, no advice of any kind.

const CHECKIN_FLOW = "post-session-checkin";
const RED_FLAG_QUESTIONS = ["chest", "breathing", "fainting", "headache", "confusion", "bladder"];
const RED_FLAG_NAMES: Record<string, string> = {
  chest: "chest pain",
  breathing: "trouble breathing",
  fainting: "fainting",
  headache: "severe headache",
  confusion: "confusion or hallucinations that continue",
  bladder: "bladder pain, urgency or blood in urine",
};
const SLEEP: Record<string, string> = {
  well: "well",
  okay: "okay",
  poorly: "poorly",
  hardly: "hardly at all",
};
/** Answers the check-in's quick-reply buttons store: shown plainly, not quoted. */
const BUTTON_ANSWERS = new Set(["none", "nothing", "nothing yet", "nothing special"]);
const LAST_CHECKINS = 3;
const SERIES_LENGTH = 8;
const MAX_LIST = 5;
const MAX_QUOTE = 500;
const DAY = 86_400_000;

interface Checkin {
  at: string;
  vars: Record<string, unknown>;
}

// --- reading user.* defensively: it is stored JSON, and older entries may lack fields ---

function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function validTime(value: unknown): value is string {
  return typeof value === "string" && !Number.isNaN(Date.parse(value));
}

function byTime<T extends { at: string }>(a: T, b: T): number {
  return Date.parse(a.at) - Date.parse(b.at);
}

/** Post-session check-ins, oldest first. */
function checkinsOf(state: ConversationState): Checkin[] {
  const list = Array.isArray(state.user.checkins) ? state.user.checkins : [];
  return list
    .map(record)
    .filter((e) => e !== undefined && validTime(e.at) && (e.flow ?? CHECKIN_FLOW) === CHECKIN_FLOW)
    .map((e) => ({ at: e?.at as string, vars: record(e?.vars) ?? {} }))
    .sort(byTime);
}

/** Stored measure results by measure, oldest first; malformed entries are skipped. */
function measuresOf(state: ConversationState): Map<MeasureId, MeasureResult[]> {
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
function rating(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : undefined;
}

function words(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const text = value.replace(/\s+/g, " ").trim();
  return text === "" ? undefined : text;
}

// --- formatting ---

/** The patient's own words, on one line, quoted; a button answer stays plain. */
function quoted(value: unknown): string {
  const text = words(value);
  if (text === undefined) return "not answered";
  if (BUTTON_ANSWERS.has(text.toLowerCase())) return text.toLowerCase();
  const short = text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE)}…` : text;
  return `"${short}"`;
}

function outOf10(value: unknown): string {
  const n = rating(value);
  return n === undefined ? "not answered" : `${n}/10`;
}

function date(iso: string): string {
  return iso.slice(0, 10);
}

function dateTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

function ago(iso: string, now: Date): string {
  const ms = now.getTime() - Date.parse(iso);
  if (ms < 0) return "in the future";
  if (ms < 3_600_000) return `${Math.floor(ms / 60_000)} min ago`;
  if (ms < DAY) return `${Math.floor(ms / 3_600_000)} h ago`;
  const days = Math.floor(ms / DAY);
  return days === 1 ? "1 day ago" : `${days} days ago`;
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

function title(id: MeasureId): string {
  return MEASURES[id].title;
}

function totalAndBand(r: { total: number; band: string }): string {
  return r.band === NO_BAND ? String(r.total) : `${r.total}, ${r.band}`;
}

/** Latest change in words: arrow, signed change, and whether it is clinically meaningful. */
function changeText(t: Trend): string {
  const previous = t.points.at(-2);
  if (t.change === null || previous === undefined) return "· first result";
  const meaning = t.meaningful ? "a meaningful change" : "not a meaningful change";
  return `${t.arrow} ${signed(t.change)} since ${date(previous.at)}, ${meaning}`;
}

function section(heading: string, lines: string[], empty: string): string[] {
  return ["", heading, ...(lines.length ? lines : [`- ${empty}`])];
}

// --- sections ---

/** Red flags a check-in recorded: the flow's label first, else the yes answers. */
function checkinRedFlags(c: Checkin): string[] {
  const label = words(c.vars.red_flag);
  if (label) return [label];
  return RED_FLAG_QUESTIONS.filter((q) => c.vars[`rf_${q}`] === true).map(
    (q) => RED_FLAG_NAMES[q] ?? q,
  );
}

function redFlagsAnswered(c: Checkin): boolean {
  return (
    checkinRedFlags(c).length > 0 ||
    RED_FLAG_QUESTIONS.every((q) => typeof c.vars[`rf_${q}`] === "boolean")
  );
}

function capped(lines: string[]): string[] {
  if (lines.length <= MAX_LIST) return lines;
  return [...lines.slice(0, MAX_LIST), `- and ${lines.length - MAX_LIST} earlier`];
}

function redFlagLines(
  state: ConversationState,
  checkins: Checkin[],
  measures: Map<MeasureId, MeasureResult[]>,
): string[] {
  const lines: string[] = [];
  const newestFirst = [...checkins].reverse();
  const medical = newestFirst.flatMap((c) =>
    checkinRedFlags(c).map((flag) => `- ${date(c.at)} check-in: ${flag} (medical red flag)`),
  );
  lines.push(...capped(medical));
  const unanswered = newestFirst.filter((c) => !redFlagsAnswered(c));
  lines.push(
    ...capped(
      unanswered.map((c) => `- ${date(c.at)} check-in: not every red-flag question was answered`),
    ),
  );
  const item9 = [...(measures.get("phq9") ?? [])]
    .reverse()
    .filter((r) => r.flags.includes(PHQ9_ITEM9_POSITIVE))
    .map((r) => {
      const answer = FREQUENCY_OPTIONS.find((o) => o.value === r.answers[8])?.label;
      return `- ${date(r.at)} PHQ-9 item 9 (thoughts of being better off dead or of self-harm)${answer ? `: "${answer}"` : " above 0"}`;
    });
  lines.push(...capped(item9));
  const cssrs = words(state.user.cssrs_level);
  if (cssrs !== undefined) {
    const when = validTime(state.user.risk_level_at) ? ` (${date(state.user.risk_level_at)})` : "";
    const level = words(state.user.risk_level);
    lines.push(
      state.user.cssrs_complete === false
        ? `- C-SSRS screener not finished${when}: answers so far ${cssrs}, handled as ${level ?? "moderate"}`
        : `- C-SSRS screener${when}: ${cssrs}`,
    );
  }
  if (state.risk.level !== "none") {
    const since = state.risk.at ? ` since ${dateTime(state.risk.at)}` : "";
    lines.push(`- Safety episode open: ${state.risk.level}${since}`);
  }
  const risk = [...state.risk.recent]
    .filter((r) => (RISK_LEVELS as readonly string[]).includes(r.level) && r.level !== "none")
    .sort(byTime)
    .reverse()
    .map((r) => `- ${dateTime(r.at)} risk words in chat: ${r.level}`);
  lines.push(...capped(risk));
  return lines;
}

function intentionLines(state: ConversationState): string[] {
  const lines: string[] = [];
  if (words(state.user.intention))
    lines.push(`- For the next session: ${quoted(state.user.intention)}`);
  if (words(state.user.action_plan)) {
    const insight = words(state.user.action_insight);
    lines.push(
      `- Integration action: ${quoted(state.user.action_plan)}${insight ? `, from the insight ${quoted(insight)}` : ""}`,
    );
  }
  return lines;
}

function checkinLines(checkins: Checkin[], now: Date): string[] {
  return [...checkins]
    .reverse()
    .slice(0, LAST_CHECKINS)
    .flatMap((c) => {
      const v = c.vars;
      const head = `${date(c.at)} (${ago(c.at, now)})`;
      const flags = checkinRedFlags(c);
      if (flags.length && rating(v.depth) === undefined) {
        return [head, `- Red flag: ${flags.join(", ")}; the rest of this check-in was not done`];
      }
      const sleep = words(v.sleep);
      return [
        head,
        `- Experience depth ${outOf10(v.depth)}, dissociation ${outOf10(v.dissociation)}, observing self: ${words(v.observing) ?? "not answered"}, fear ${outOf10(v.fear)}`,
        `- Effects: ${quoted(v.effects)}`,
        `- Anything frightening: ${quoted(v.frightening)}`,
        `- Insights, in their words: ${quoted(v.insights)}`,
        `- Next day: mood ${outOf10(v.mood)}, pain ${outOf10(v.pain)}, sleep ${sleep ? (SLEEP[sleep] ?? sleep) : "not answered"}`,
      ];
    });
}

function seriesLines(checkins: Checkin[]): string[] {
  // A check-in stopped by a red flag has no ratings: leave it out of the series.
  const rated = ["depth", "dissociation", "fear", "mood", "pain"];
  const recent = checkins
    .filter((c) => rated.some((key) => rating(c.vars[key]) !== undefined))
    .slice(-SERIES_LENGTH);
  if (recent.length === 0) return [];
  const series = (label: string, show: (v: Record<string, unknown>) => string) =>
    `- ${label} ${recent.map((c) => show(c.vars)).join(" → ")}`;
  const num = (key: string) => (v: Record<string, unknown>) => String(rating(v[key]) ?? "–");
  const lines = [
    series("depth", num("depth")),
    series("dissociation", num("dissociation")),
    series("observing self", (v) => words(v.observing) ?? "–"),
    series("fear", num("fear")),
    series("next-day mood", num("mood")),
    series("next-day pain", num("pain")),
  ];
  const dates = `- dates ${recent.map((c) => date(c.at)).join(" → ")}`;
  return [...lines, dates];
}

function measureLines(measures: Map<MeasureId, MeasureResult[]>): string[] {
  return [...measures].map(([id, results]) => {
    const t = trend(results);
    const latest = results.at(-1) as MeasureResult;
    const series = t.points.length > 1 ? `; ${t.points.map((p) => p.total).join(" → ")}` : "";
    const ptsd = latest.flags.includes(PCL5_PROVISIONAL_PTSD)
      ? "; at or above the provisional PTSD cut-off"
      : "";
    return `- ${title(id)}: ${totalAndBand(latest)} (${date(latest.at)}) ${changeText(t)}${series}${ptsd}`;
  });
}

function header(kind: string, state: ConversationState, now: Date, label?: string): string[] {
  const who = label ? `${label} (${state.id})` : state.id;
  return [
    `${kind}: ${who}`,
    `Prepared ${dateTime(now.toISOString())} UTC from what the patient told Lantern.`,
  ];
}

/**
 * The physician's pre-session brief for one conversation, as plain text: red flags, the
 * patient's intentions, the last check-ins (most recent first, up to 3), experience ratings
 * across sessions, and each measure's trend. It reports what the patient said and never
 * suggests a dose, a medication or any other treatment decision.
 *
 * @example
 * renderBrief(state, new Date(), { patientLabel: "Patient A" });
 */
export function renderBrief(
  state: ConversationState,
  now: Date,
  options: { patientLabel?: string } = {},
): string {
  const checkins = checkinsOf(state);
  const measures = measuresOf(state);
  const lines = [
    ...header("Pre-session brief", state, now, options.patientLabel),
    ...section("Red flags", redFlagLines(state, checkins, measures), "None recorded."),
    ...section("Intentions", intentionLines(state), "None written yet."),
    ...section(
      `Last check-ins (most recent first, ${Math.min(checkins.length, LAST_CHECKINS)} of ${checkins.length})`,
      checkinLines(checkins, now),
      "No post-session check-in yet.",
    ),
    ...section(
      "Experience across sessions (oldest → newest, one check-in per session)",
      seriesLines(checkins),
      "No ratings yet.",
    ),
    ...section(
      "Measures (latest, band, trend: ↑ worse, ↓ better, → no meaningful change)",
      measureLines(measures),
      "No questionnaires yet.",
    ),
    "",
    "Treatment decisions stay with the physician and the care team.",
  ];
  return `${lines.join("\n")}\n`;
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
  const measures = measuresOf(state);
  const lines = header("Measures report", state, now);
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
