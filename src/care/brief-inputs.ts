import type { ConversationState } from "../engine/state.ts";
import type { Clock } from "../engine/types.ts";
import type { Summariser } from "../llm/summarise.ts";
import type { Store } from "../store/store.ts";
import { AuditLog } from "./audit.ts";
import type { CrisisRequest } from "./brief-extra.ts";
import type { BriefOptions } from "./brief-sections.ts";
import { sharingDeclined } from "./consent.ts";
import { Notes, noteLines } from "./notes.ts";

// Everything renderBrief needs beyond the conversation, gathered the same way for Slack and
// the CLI: the patient's crisis requests (from the audit), the clinicians' notes, and the
// optional generated summary.

/** How long the brief waits for the model before it goes out without a summary. */
export const SUMMARY_TIMEOUT_MS = 20_000;

export interface BriefSources {
  store: Store;
  clock: Clock;
  /** Present only with a model and LANTERN_LLM_SEND_PATIENT_TEXT=true (createLlmServices). */
  summariser?: Summariser | undefined;
  /** How a note's author is shown ("slack:U1" -> "<@U1>" in Slack). */
  author?: (by: string) => string;
  /** The clinic's zone (config/clinic.yaml sessions.timezone) for session times. */
  timeZone?: string | undefined;
}

export interface BriefSubject {
  state: ConversationState;
  /** The pseudonym alerts use for this conversation (EscalationService.pseudonymOf). */
  pseudonym: string;
  patientId?: string | undefined;
  patientLabel?: string | undefined;
}

/** Crisis requests (`alert.created`, reason `crisis_request`) for one pseudonym, oldest first. */
export async function crisisRequestsOf(
  store: Store,
  clock: Clock,
  pseudonym: string,
): Promise<CrisisRequest[]> {
  return (await new AuditLog(store, clock).list())
    .filter(
      (e) =>
        e.event === "alert.created" && e.reason === "crisis_request" && e.patient === pseudonym,
    )
    .map((e) => ({ at: e.at, level: typeof e.level === "string" ? e.level : "concern" }));
}

/**
 * The generated summary, or undefined: no summariser (no model, or patient text may not be
 * sent), nothing to summarise, a timeout, or a summary the checks rejected. Quotes that are not
 * word for word in the patient's entries are dropped by the summariser (src/llm/summarise.ts).
 */
export async function generatedSummary(
  summariser: Summariser | undefined,
  state: ConversationState,
  timeoutMs = SUMMARY_TIMEOUT_MS,
): Promise<string | undefined> {
  // Limited mode: nothing the patient wrote is summarised for the team (src/care/consent.ts).
  if (!summariser || sharingDeclined(state)) return undefined;
  const result = await summariser
    .summarise(
      { journal: state.user.journal, checkins: state.user.checkins },
      AbortSignal.timeout(timeoutMs),
    )
    .catch(() => null);
  return result ? result.text.replace(/\*\*/g, "") : undefined;
}

/** renderBrief's options for one patient. */
export async function briefOptions(
  sources: BriefSources,
  subject: BriefSubject,
): Promise<BriefOptions> {
  const [crisisRequests, notes, summary] = await Promise.all([
    crisisRequestsOf(sources.store, sources.clock, subject.pseudonym),
    subject.patientId ? new Notes(sources.store, sources.clock).list(subject.patientId) : [],
    generatedSummary(sources.summariser, subject.state),
  ]);
  return {
    crisisRequests,
    notes: noteLines(notes, 5, sources.author),
    ...(subject.patientLabel ? { patientLabel: subject.patientLabel } : {}),
    ...(sources.timeZone ? { timeZone: sources.timeZone } : {}),
    ...(summary ? { summary } : {}),
  };
}
