import type { ConversationState } from "../engine/state.ts";
import type { CrisisRequest } from "./brief-extra.ts";
import { adherenceLines, changeLines, journalLines, sessionLines } from "./brief-plans.ts";

export { planRedFlags } from "./brief-plans.ts";

// The brief's sections added for the dosing team (issue 18 item 3), grouped by where they sit
// in renderBrief (brief.ts) so that file only calls three functions.

/** What renderBrief takes beyond the conversation: notes and the optional generated summary. */
export interface BriefAdditions {
  /** "- " lines of clinician notes (src/care/notes.ts noteLines). */
  notes?: readonly string[];
  /** The generated summary's text (src/care/brief-summary.ts), already checked. */
  summary?: string;
}

/** renderBrief's options. */
export interface BriefOptions extends BriefAdditions {
  patientLabel?: string;
  crisisRequests?: readonly CrisisRequest[];
  /** The clinic's zone (config/clinic.yaml sessions.timezone): session times are shown in it. */
  timeZone?: string;
}

function section(heading: string, lines: readonly string[], empty: string): string[] {
  return ["", heading, ...(lines.length ? lines : [`- ${empty}`])];
}

/** Under the header: the session number and date, and the changes called out. */
export function topSections(state: ConversationState, now: Date, zone?: string): string[] {
  return [
    ...section("Session", sessionLines(state, now, zone), "No session dates recorded."),
    ...section(
      "Changes since the last session (PHQ-9 or GAD-7 by 5 points or more, PEG by 30% or more)",
      changeLines(state, now),
      "None at or above these thresholds.",
    ),
  ];
}

/** After the session-day wishes: lifestyle and pacing, then the journal. */
export function betweenSections(state: ConversationState): string[] {
  return [
    ...section(
      "Between sessions: lifestyle goals and pacing",
      adherenceLines(state),
      "No goals or pacing plan yet.",
    ),
    ...section(
      "Journal insights (the patient's words, newest first)",
      journalLines(state),
      "No journal entries yet.",
    ),
  ];
}

/** At the end: the clinicians' notes and, when made, the generated summary. */
export function closingSections(additions: BriefAdditions): string[] {
  const lines = section("Clinician notes (newest first)", additions.notes ?? [], "No notes yet.");
  if (additions.summary) lines.push("", ...additions.summary.split("\n"));
  return lines;
}
