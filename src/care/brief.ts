import type { ConversationState } from "../engine/state.ts";
import { FREQUENCY_OPTIONS } from "../measures/phq9.ts";
import { PCL5_PROVISIONAL_PTSD, PHQ9_ITEM9_POSITIVE } from "../measures/score.ts";
import { trend } from "../measures/trend.ts";
import type { MeasureId, MeasureResult } from "../measures/types.ts";
import { RISK_LEVELS } from "../safety/types.ts";
import {
  type CrisisRequest,
  crisisRequestLines,
  safetyPlanLines,
  wishLines,
} from "./brief-extra.ts";
import { briefHeader as header } from "./brief-measures.ts";
import {
  type BriefOptions,
  betweenSections,
  closingSections,
  planRedFlags,
  topSections,
} from "./brief-sections.ts";
import { renderDeclinedBrief, sharingDeclined } from "./consent.ts";
import { sessionContentSections } from "./sessions-brief.ts";
import { MESSAGES_HEADING, teamMessageLines } from "./team-messages.ts";

// What the physician reads before the next dosing session, from what the patient told
// Lantern. Plain text (heading lines, "- " items) so the terminal, Slack and Teams all show it
// the same. It reports; it never recommends: no dose, no medication, no advice of any kind.

import {
  ago,
  byTime,
  type Checkin,
  changeText,
  checkinsOf,
  date,
  dateTime,
  LAST_CHECKINS,
  MAX_LIST,
  measuresOf,
  outOf10,
  quoted,
  RED_FLAG_NAMES,
  RED_FLAG_QUESTIONS,
  rating,
  SERIES_LENGTH,
  SLEEP,
  title,
  totalAndBand,
  validTime,
  words,
} from "./brief-data.ts";

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
  crises: readonly CrisisRequest[] = [],
): string[] {
  const lines: string[] = [...capped(crisisRequestLines(crises))];
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
  options: BriefOptions = {},
): string {
  // Limited mode (src/care/consent.ts): the note and the alerted risk levels, nothing written.
  if (sharingDeclined(state))
    return renderDeclinedBrief(
      state,
      header("Pre-session brief", state, now, options.patientLabel),
    );
  const checkins = checkinsOf(state);
  const measures = measuresOf(state);
  const lines = [
    ...header("Pre-session brief", state, now, options.patientLabel),
    ...topSections(state, now, options.timeZone),
    ...section(
      "Red flags",
      [...redFlagLines(state, checkins, measures, options.crisisRequests), ...planRedFlags(state)],
      "None recorded.",
    ),
    ...section("Safety plan (the patient's words)", safetyPlanLines(state), "None saved yet."),
    ...section(MESSAGES_HEADING, teamMessageLines(state), "None sent."),
    ...section("Wishes for the session day", wishLines(state), "None written yet."),
    ...betweenSections(state),
    ...sessionContentSections(state),
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
    ...closingSections(options),
    "",
    "Treatment decisions stay with the physician and the care team.",
  ];
  return `${lines.join("\n")}\n`;
}

export { renderMeasuresReport } from "./brief-measures.ts";
