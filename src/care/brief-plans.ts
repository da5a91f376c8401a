import type { ConversationState } from "../engine/state.ts";
import { date, quoted, record, validTime, words } from "./brief-data.ts";
import { calledOutChanges, changeLine } from "./changes.ts";
import { sessionsOf } from "./charts/series.ts";

// Brief sections from the preparation and between-session flows: the session number and
// date, changes since the last session, the ride home, lifestyle goals and pacing (what the
// patient last reported), and the integration journal's insights. Names of the user.* fields
// are the flows' own (flows/prep-set-setting.yaml, prep-lifestyle.yaml, activity-pacing.yaml,
// integration-journal.yaml). It reports; it never recommends.

const DAY = 86_400_000;

/** "2026-12-09 22:30 America/New_York (EST)": a session time as the clinic reads it. */
export function clinicTime(iso: string, zone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZoneName: "short",
    })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  const day = `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
  return zone === "UTC" ? `${day} UTC` : `${day} ${zone} (${parts.timeZoneName})`;
}

/** The calendar day of an instant in the clinic's zone ("2026-12-09"). */
function clinicDate(iso: string, zone: string): string {
  return clinicTime(iso, zone).slice(0, 10);
}

/**
 * Session number and date: the next one (if booked) and the last one, in the clinic's zone
 * (config/clinic.yaml sessions.timezone; UTC when none is given).
 */
export function sessionLines(state: ConversationState, now: Date, zone = "UTC"): string[] {
  const sessions = sessionsOf(state);
  const t = now.getTime();
  const last = sessions.filter((s) => Date.parse(s.at) <= t).at(-1);
  const next = sessions.find((s) => Date.parse(s.at) > t);
  const lines: string[] = [];
  if (next) {
    const days = Math.ceil((Date.parse(next.at) - t) / DAY);
    lines.push(
      `- Next: session ${next.number} on ${clinicTime(next.at, zone)} (in ${days} day${days === 1 ? "" : "s"})`,
    );
  }
  if (last) lines.push(`- Last: session ${last.number} on ${clinicDate(last.at, zone)}`);
  if (!sessions.length) lines.push("- No session dates recorded in Lantern");
  return lines;
}

/** Changes at or above the call-out thresholds, as "- " lines. */
export function changeLines(state: ConversationState, now: Date): string[] {
  return calledOutChanges(state, now).map((c) => `- ${changeLine(c)}`);
}

/** Red flags from the preparation answers: no ride home planned, no support person yet. */
export function planRedFlags(state: ConversationState): string[] {
  const lines: string[] = [];
  if (state.user.ride_home === false)
    lines.push("- No ride home planned (their last answer in Set and setting)");
  if (words(state.user.support_person) === "none yet")
    lines.push("- No support person for the session day yet");
  return lines;
}

const REVIEW: Record<string, string> = {
  well: "mostly well",
  some: "some of them",
  hard: "it was hard",
};

/** Lifestyle goals and pacing, with what the patient last reported about keeping to them. */
export function adherenceLines(state: ConversationState): string[] {
  const u = state.user;
  const lines: string[] = [];
  const goals = (
    [
      ["sleep", u.goal_sleep],
      ["food", u.goal_food],
      ["movement", u.goal_movement],
      ["calm", u.goal_calm],
    ] as const
  ).filter(([, g]) => words(g) && words(g) !== "none this week");
  if (goals.length) {
    const paused = u.lifestyle_set === false ? " (goals paused)" : "";
    lines.push(
      `- Lifestyle goals${paused}: ${goals.map(([k, g]) => `${k} ${quoted(g)}`).join("; ")}`,
    );
    const review = words(u.lifestyle_review);
    lines.push(
      `- Last weekly review of the goals: ${review ? (REVIEW[review] ?? review) : "none yet"}`,
    );
  }
  const activity = words(u.pacing_activity);
  const minutes = typeof u.pacing_minutes === "number" ? u.pacing_minutes : 0;
  if (activity && minutes > 0) {
    const perWeek = typeof u.pacing_sessions === "number" ? u.pacing_sessions : undefined;
    lines.push(
      `- Pacing: ${quoted(activity)}, ${minutes} min per session${perWeek !== undefined ? `, ${perWeek} sessions a week planned` : ""}`,
    );
    if (typeof u.pacing_done === "number") {
      const flare =
        u.pacing_flare === true
          ? "; reported a flare from the activity"
          : u.pacing_flare === false
            ? "; no flare"
            : "";
      lines.push(
        `- Last pacing check-in: ${u.pacing_done}${perWeek !== undefined ? ` of ${perWeek}` : ""} planned sessions done${flare}`,
      );
    } else lines.push("- Last pacing check-in: none yet");
  }
  return lines;
}

/** How many journal entries the brief quotes. */
export const JOURNAL_ENTRIES = 3;

/** Integration-journal insights in the patient's words, newest first. */
export function journalLines(state: ConversationState): string[] {
  const list = Array.isArray(state.user.journal) ? state.user.journal : [];
  const entries = list
    .map(record)
    .filter((e) => e !== undefined && validTime(e.at))
    .map((e) => ({ at: e?.at as string, vars: record(e?.vars) ?? {} }))
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  const lines = entries.slice(0, JOURNAL_ENTRIES).flatMap(({ at, vars: v }) => {
    const parts = [
      ["What came up", v.came_up],
      ["Meaning", v.meaning ?? v.insight],
      ["Emotions", v.emotions],
      ["One action", v.action],
    ].filter(([, value]) => words(value));
    return parts.length
      ? [`${date(at)}`, ...parts.map(([label, value]) => `- ${label}: ${quoted(value)}`)]
      : [];
  });
  if (entries.length > JOURNAL_ENTRIES)
    lines.push(`- and ${entries.length - JOURNAL_ENTRIES} earlier entries`);
  return lines;
}
