// biome-ignore-all assist/source/organizeImports: the face is ordered by who needs it, not by path
// Lantern's public face: everything the platform adapters (adapters/) and `lantern start` use
// from src/, and nothing else. Import it as `#lantern` (package.json "imports"). Adding a name
// here makes it public: prefer a port the adapter passes in to a new internal reaching out.

// — Running Lantern: what `lantern start` (src/cli/start.ts) needs to build and serve an app.

/** Builds the app from the environment: content, store, guard, runtime, escalations. */
export { type App, type AppOptions, createApp } from "./app.ts";
/** The environment, validated; the interface HTTP listeners bind (LANTERN_HOST). */
export { type Env, listenHost, loadEnv } from "./config/env.ts";
/** The clinic file (crisis resources, escalation, sessions). */
export { type ClinicConfig, loadClinicConfig } from "./config/clinic.ts";
/** The pino logger, with patient text redacted unless LANTERN_LOG_PATIENT_TEXT says otherwise. */
export { createLogger } from "./log.ts";
/** The data folder a store keeps local files in, and narrowing its permissions at start. */
export { dataFolderOf } from "./runtime/intake-notices.ts";
export { tightenDataFolder } from "./runtime/data-folder.ts";

// — Writing a channel adapter (docs/architecture.md, "Adding a channel").

/** The channel contract each platform implements, and the sink that runs a turn. */
export type { ChannelAdapter, InboundSink } from "./channel.ts";
/** One normalised inbound message (zod schema and type); the engine's clock. */
export { type Clock, Inbound } from "./engine/types.ts";
/** What the outbox asks a channel to send; a conversation's id from channel and user. */
export { type Choice, conversationId, type OutboxMessage } from "./engine/state.ts";
/** The one error type: a string code, a message without patient text, a cause. */
export { LanternError } from "./errors.ts";
/** The runtime a channel is attached to (`app.runtime`). */
export type { Runtime } from "./runtime/runtime.ts";
/** True for an error that means the store is unreachable (keep the message, tell the patient). */
export { isStoreFailure } from "./runtime/store-down.ts";
/** Keeps inbound messages through a store outage: journaled, then run in order. */
export { DurableIntake, JournalDrain } from "./runtime/durable-intake.ts";
/** A channel's sink and durable intake, started and stopped together (Slack, Teams). */
export { ChannelIntake, type DurableChannelOptions } from "./runtime/channel-intake.ts";
/** The inbound journal file (0600, encrypted with LANTERN_DATA_KEY). */
export { InboundJournal } from "./runtime/inbound-journal.ts";
/** Risk alerts sent without the store during an outage; a counter helper; the rule layer's view. */
export { bump, OutageAlerts, riskOfText } from "./runtime/intake-alerts.ts";
/** The store-down and flood notices an intake sends itself; the journal path per platform. */
export { type IntakeNotice, intakeNotice, journalPathFor } from "./runtime/intake-notices.ts";
/** The keys that encrypt records and journal lines (LANTERN_DATA_KEY). */
export { dataKeysFromEnv } from "./store/crypto.ts";
/** Lantern's records on a keyv store (adapters keep references and card records there). */
export type { Store } from "./store/store.ts";
/** How a store reads conversations back (`new Store(keyv, { codec: stateCodec })`). */
export { type ConversationStore, stateCodec } from "./engine/stored-state.ts";
/** One holder at a time per key, in arrival order. */
export { KeyedLock } from "./lock.ts";
/** A patient's locale; its language ("es-US" -> "es"); `{{slot}}` rendering for notices. */
export { localeOf } from "./engine/locale.ts";
export { languageOf } from "./flow/catalog.ts";
export { renderSlots } from "./prompts/templates.ts";
/** The rule layer's assessment of a message. */
export type { RiskAssessment } from "./safety/types.ts";

// — Writing a notifier: the built alert each care-team target receives.

/** The notifier contract and what it receives: the alert, its follow-ups, care notices. */
export type { Alert, AlertFollowUp, CareNotice, Notifier } from "./channel.ts";
/** Alert records and their acknowledge / resolve actions. */
export type { AlertRecord, EscalationService } from "./care/escalations.ts";

// — Care-team views (Slack's commands and App Home, Teams alert cards).

/** Patients and invites; a conversation's state as the care team reads it. */
export { type Patient, Patients } from "./care/patients.ts";
export type { ConversationState } from "./engine/state.ts";
/** Caseloads (assigned clinicians) and clinician notes. */
export { Caseloads } from "./care/caseload.ts";
export { MAX_NOTE, Notes } from "./care/notes.ts";
/** Which flows a clinician may assign, and why one may not be. */
export { assignableFlows, notAssignable } from "./care/assign.ts";
/** The brief: its options, its text, its measures and their chart page. */
export { briefOptions } from "./care/brief-inputs.ts";
export { renderBrief } from "./care/brief.ts";
export { measuresOf } from "./care/brief-data.ts";
export { renderBriefPage } from "./care/charts/page.ts";
/** Consent: what the care team may see when the patient declined sharing. */
export { DECLINED_NOTE, sharedState, sharingDeclined } from "./care/consent.ts";
/** The measures dashboard and its change lines; messages for the team. */
export { type DashboardRow, DUE_AFTER_DAYS, dashboardRows } from "./care/dashboard.ts";
export { changeLine } from "./care/changes.ts";
export { teamMessageStatus } from "./care/team-messages.ts";
/** Questionnaires, results and their trend. */
export { type MeasureResult, MEASURES, trend } from "./measures/index.ts";
/** Dosing sessions: read and write times in the clinic's zone, add and cancel them. */
export { formatSessionTime, parseSessionTime } from "./care/sessions.ts";
export { DEFAULT_SESSIONS } from "./config/sessions.ts";
export { sessionsOf } from "./engine/sessions.ts";
export { addSessionFor, cancelSessionFor } from "./runtime/sessions.ts";
