import { pseudonym } from "../care/alerts.ts";
import { AuditLog } from "../care/audit.ts";
import { Caseloads } from "../care/caseload.ts";
import { AlertRecord } from "../care/escalations.ts";
import { type Note, Notes } from "../care/notes.ts";
import type { Patient } from "../care/patients.ts";
import { type ConsentChoice, consentOf } from "../engine/consent.ts";
import { conversationId } from "../engine/state.ts";
import type { ConversationStore } from "../engine/stored-state.ts";
import { systemClock } from "../engine/types.ts";
import { Scheduler } from "../runtime/scheduler.ts";
import { type PatientDataOptions, records, requirePatient } from "./patient-data.ts";

// A patient's data out (`lantern patient export`): one JSON-ready document, audited. The FHIR
// export (patient-fhir.ts) is built from it.

export interface PatientExport {
  format: "lantern.patient-export/1";
  exportedAt: string;
  patient: Patient;
  conversations: {
    id: string;
    channel: string;
    createdAt: string;
    updatedAt: string;
    locale?: string | undefined;
    /** The patient's sharing choice: "no" is limited mode, and team exports (FHIR) leave it out. */
    sharing: ConsentChoice;
    /** Every user.* variable, as stored. */
    user: Record<string, unknown>;
    measures: unknown[];
    checkins: unknown[];
    journal: unknown[];
    safetyPlan: unknown;
    history: unknown[];
    assigned: unknown[];
    /** The flow the patient is in now, if any (flow id and step). */
    current: { flowId: string; stepId: string }[];
  }[];
  scheduled: { id: string; due: string; flowId: string; by?: string | undefined }[];
  alerts: AlertRecord[];
  /** The care team's notes on the patient (src/care/notes.ts), oldest first. */
  notes: Note[];
  /** The patient's assigned clinicians (src/care/caseload.ts). */
  clinicians: string[];
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Alert records whose pseudonym is one of these conversations'. */
async function alertsFor(
  store: ConversationStore,
  conversations: string[],
): Promise<AlertRecord[]> {
  const salt =
    process.env.LANTERN_PSEUDONYM_SALT || (await store.get<string>("config:pseudonym_salt"));
  if (!salt || !conversations.length) return [];
  const names = new Set(conversations.map((c) => pseudonym(c, salt)));
  const alerts: AlertRecord[] = [];
  for await (const [key, value] of records(store)) {
    if (!key.startsWith("alert:")) continue;
    const record = AlertRecord.safeParse(value);
    if (record.success && names.has(record.data.alert.patient)) alerts.push(record.data);
  }
  return alerts;
}

/** Everything Lantern holds about a patient, as one JSON-ready document; audited. */
export async function exportPatient(
  store: ConversationStore,
  patientId: string,
  options: PatientDataOptions = {},
): Promise<PatientExport> {
  const clock = options.clock ?? systemClock;
  const patient = await requirePatient(store, patientId, clock);
  const ids = patient.links.map((l) => conversationId(l.channel, l.userId));
  const conversations: PatientExport["conversations"] = [];
  for (const id of ids) {
    const state = await store.loadConversation(id);
    if (!state) continue;
    conversations.push({
      id: state.id,
      channel: state.channel,
      createdAt: state.createdAt,
      updatedAt: state.updatedAt,
      locale: state.locale,
      sharing: consentOf(state.user),
      user: state.user,
      measures: list(state.user.measures),
      checkins: list(state.user.checkins),
      journal: list(state.user.journal),
      safetyPlan: state.user.safety_plan ?? null,
      history: state.history,
      assigned: state.assigned,
      current: state.stack.map((f) => ({ flowId: f.flowId, stepId: f.stepId })),
    });
  }
  const scheduler = new Scheduler(store);
  await scheduler.load();
  const scheduled = patient.links.flatMap((l) =>
    scheduler
      .list({ channel: l.channel, userId: l.userId })
      .map((j) => ({ id: j.id, due: j.due, flowId: j.flowId, by: j.by })),
  );
  const alerts = await alertsFor(store, ids);
  await new AuditLog(store, clock).append({
    event: "data.exported",
    patient: patient.id,
    conversations: conversations.length,
    alerts: alerts.length,
    ...(options.by ? { by: options.by } : {}),
  });
  return {
    format: "lantern.patient-export/1",
    exportedAt: clock.now().toISOString(),
    patient,
    conversations,
    scheduled,
    alerts,
    notes: await new Notes(store, clock).list(patient.id),
    clinicians: await new Caseloads(store, clock).of(patient.id),
  };
}
