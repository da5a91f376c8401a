import type { ConversationState } from "../engine/state.ts";
import { MEASURES } from "../measures/score.ts";
import type { MeasureId } from "../measures/types.ts";
import { measuresOf } from "./brief-data.ts";
import { type Change, calledOutChanges, lastSessionAt } from "./changes.ts";
import { sessionsOf } from "./charts/series.ts";
import type { Patient } from "./patients.ts";

// The measures dashboard across a clinician's caseload: who is due a questionnaire, who got
// worse (PHQ-9 or GAD-7 up 5 points, PEG up 30%: the thresholds of changes.ts), and who has open
// alerts. Pure: the caller loads the conversations and alerts.

/** A questionnaire is due when none was done in this many days. */
export const DUE_AFTER_DAYS = 14;
const DAY = 86_400_000;
/** Always expected; PCL-5 and PEG only once a patient has done them. */
const CORE: MeasureId[] = ["phq9", "gad7"];

export interface DashboardRow {
  patient: Patient;
  /** "PHQ-9: none in the last 14 days (last 2026-01-02)", "GAD-7: not done since session 2" … */
  due: string[];
  /** Worsenings at or above the thresholds. */
  worse: Change[];
  /** Open (unacknowledged, unresolved) alerts for this patient. */
  openAlerts: number;
  /** No conversation yet (invite not redeemed, or no chat). */
  noConversation: boolean;
  /** Declined sharing (limited mode): no questionnaires are kept, so none is "due". */
  declined: boolean;
}

/** What is due for one conversation at `now`. */
export function dueMeasures(state: ConversationState, now: Date): string[] {
  const measures = measuresOf(state);
  const ids = [...new Set([...CORE, ...measures.keys()])];
  const t = now.getTime();
  const next = sessionsOf(state).find((s) => Date.parse(s.at) > t);
  const last = lastSessionAt(state, now);
  const due: string[] = [];
  for (const id of ids) {
    const latest = measures.get(id)?.at(-1);
    const title = MEASURES[id].title;
    if (!latest) {
      due.push(`${title}: never done`);
      continue;
    }
    const age = t - Date.parse(latest.at);
    if (age >= DUE_AFTER_DAYS * DAY) {
      due.push(
        `${title}: none in the last ${DUE_AFTER_DAYS} days (last ${latest.at.slice(0, 10)})`,
      );
      continue;
    }
    // Before a booked session the team wants a result from after the last one.
    if (next && last && Date.parse(latest.at) <= Date.parse(last))
      due.push(
        `${title}: not done since the session on ${last.slice(0, 10)}, before session ${next.number} on ${next.at.slice(0, 10)}`,
      );
  }
  return due;
}

/**
 * One row per patient, in the given order (the member's caseload first). `states` maps a
 * patient id to its most recent conversation; `openAlerts` counts open alerts per patient id.
 */
export function dashboardRows(
  patients: readonly Patient[],
  states: ReadonlyMap<string, ConversationState | undefined>,
  openAlerts: ReadonlyMap<string, number>,
  now: Date,
): DashboardRow[] {
  return patients.map((patient) => {
    const state = states.get(patient.id);
    // user.consent false: limited mode (src/engine/consent.ts), nothing measured or shown.
    const declined = state?.user.consent === false || state?.user.consent === "false";
    const shown = state && !declined ? state : undefined;
    return {
      patient,
      due: shown ? dueMeasures(shown, now) : [],
      worse: shown ? calledOutChanges(shown, now).filter((c) => c.worse) : [],
      openAlerts: openAlerts.get(patient.id) ?? 0,
      noConversation: !state,
      declined,
    };
  });
}
