import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { pseudonym } from "../care/alerts.ts";
import { AuditLog } from "../care/audit.ts";
import { Caseloads } from "../care/caseload.ts";
import { eraseCareRecords } from "../care/erase.ts";
import { AlertRecord } from "../care/escalations.ts";
import { type Note, Notes } from "../care/notes.ts";
import { type Patient, Patients } from "../care/patients.ts";
import { loadEnv } from "../config/env.ts";
import { type ConsentChoice, consentOf } from "../engine/consent.ts";
import { conversationId } from "../engine/state.ts";
import { type ConversationStore, stateCodec } from "../engine/stored-state.ts";
import { type Clock, systemClock } from "../engine/types.ts";
import { LanternError } from "../errors.ts";
import { KeyedLock } from "../lock.ts";
import type { ConversationLock } from "../runtime/runtime.ts";
import { Scheduler } from "../runtime/scheduler.ts";
import { openKeyv } from "../store/open.ts";
import { createSharedRuntimeOptions } from "../store/shared/index.ts";
import { Store } from "../store/store.ts";
import { runPatientFhirExport } from "./patient-fhir.ts";

// Data rights: a patient's data out (export) or gone (delete), each audited. What counts as a
// patient's data: the patient record, every conversation linked to it (user vars: measures,
// check-ins, journal, safety plan; recent messages; assignments), pending scheduled flows,
// invites, and the care team's alerts about them (found by pseudonym).

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

export interface PatientDataOptions {
  clock?: Clock;
  /** Serialises with running Lantern processes on shared stores (their conversation lock). */
  lock?: ConversationLock;
  /** Who asked (operator name), for the audit record. */
  by?: string;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

async function requirePatient(
  store: ConversationStore,
  id: string,
  clock: Clock,
): Promise<Patient> {
  const patient = await new Patients(store, clock).get(id);
  if (!patient) throw new LanternError("patient.unknown", `no patient ${id}`);
  return patient;
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
  for await (const [key, value] of iterate(store)) {
    if (!key.startsWith("alert:")) continue;
    const record = AlertRecord.safeParse(value);
    if (record.success && names.has(record.data.alert.patient)) alerts.push(record.data);
  }
  return alerts;
}

async function* iterate(store: ConversationStore): AsyncGenerator<[string, unknown]> {
  if (!store.keyv.iterator)
    throw new LanternError("store.unsupported", "this store cannot list its records");
  for await (const [key, value] of store.keyv.iterator(undefined)) {
    if (typeof key === "string") yield [key, value];
  }
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

export interface DeleteSummary {
  patient: string;
  conversations: number;
  jobs: number;
  invites: number;
}

/**
 * Delete a patient's data: conversations (under their lock, so a running turn finishes first),
 * scheduled flows, invites, channel links and the record; their alerts (a tombstone of id,
 * times and level stays), open-alert entries, platform alert records and the audit rows about
 * them are scrubbed (src/care/erase.ts); then the store drops deleted text from its files.
 * Audited.
 */
export async function deletePatient(
  store: ConversationStore,
  patientId: string,
  options: PatientDataOptions = {},
): Promise<DeleteSummary> {
  const clock = options.clock ?? systemClock;
  const lock = options.lock ?? new KeyedLock();
  const patient = await requirePatient(store, patientId, clock);
  let conversations = 0;
  for (const link of patient.links) {
    const id = conversationId(link.channel, link.userId);
    await lock.run(id, async () => {
      if (await store.loadConversation(id).catch(() => true)) conversations++;
      await store.deleteConversation(id);
    });
  }
  const scheduler = new Scheduler(store);
  await scheduler.load();
  let jobs = 0;
  for (const link of patient.links) {
    for (const job of scheduler.list({ channel: link.channel, userId: link.userId })) {
      await scheduler.cancel(job.id);
      jobs++;
    }
  }
  const invites: string[] = [];
  for await (const [key, value] of iterate(store)) {
    if (key.startsWith("invite:") && (value as { patientId?: unknown })?.patientId === patient.id)
      invites.push(key);
  }
  for (const key of invites) await store.keyv.delete(key);
  const erased = await eraseCareRecords(store, {
    conversations: patient.links.map((l) => conversationId(l.channel, l.userId)),
    links: patient.links,
    now: clock.now(),
    lock: options.lock,
  });
  await new Patients(store, clock).remove(patient.id);
  await new Notes(store, clock).forget(patient.id);
  await new Caseloads(store, clock).forget(patient.id);
  await new AuditLog(store, clock).append({
    event: "data.deleted",
    patient: patient.id,
    conversations,
    jobs,
    invites: invites.length,
    alerts: erased.alerts,
    auditScrubbed: erased.audit,
    ...(options.by ? { by: options.by } : {}),
  });
  await store.scrub();
  return { patient: patient.id, conversations, jobs, invites: invites.length };
}

const USAGE = `Usage:
  lantern patient export --patient ID [--out FILE]   everything held about a patient, as JSON
  lantern patient export --patient ID --format fhir [--out FILE]   questionnaires as a FHIR R4 Bundle
  lantern patient delete --patient ID --yes          delete it (conversations, links, record, jobs, alerts)
`;

async function withStore<T>(
  work: (store: ConversationStore, lock: ConversationLock | undefined) => Promise<T>,
): Promise<T> {
  const env = loadEnv();
  const store = new Store(await openKeyv(env.LANTERN_STORE), { codec: stateCodec });
  const shared = await createSharedRuntimeOptions(env.LANTERN_STORE);
  try {
    return await work(store, shared?.lock);
  } finally {
    await shared?.close();
    await store.close();
  }
}

/** `lantern patient export --patient ID [--out FILE]`: JSON to stdout or FILE. */
export async function runPatientExport(options: {
  patient: string;
  out?: string;
}): Promise<number> {
  const data = await withStore((store) =>
    exportPatient(store, options.patient, { by: `cli:${process.env.USER ?? "operator"}` }),
  );
  const json = `${JSON.stringify(data, null, 2)}\n`;
  if (options.out) {
    writeFileSync(options.out, json, { mode: 0o600 });
    process.stderr.write(`exported patient ${options.patient} to ${options.out}\n`);
  } else process.stdout.write(json);
  return 0;
}

/** `lantern patient delete --patient ID --yes`. */
export async function runPatientDelete(options: {
  patient: string;
  yes?: boolean;
}): Promise<number> {
  if (!options.yes) {
    process.stderr.write(
      `This deletes patient ${options.patient}'s data for good. Export it first if needed, then run again with --yes.\n`,
    );
    return 2;
  }
  const summary = await withStore((store, lock) =>
    deletePatient(store, options.patient, {
      ...(lock ? { lock } : {}),
      by: `cli:${process.env.USER ?? "operator"}`,
    }),
  );
  process.stdout.write(
    `deleted patient ${summary.patient}: ${summary.conversations} conversation(s), ${summary.jobs} scheduled flow(s), ${summary.invites} invite(s)\n`,
  );
  return 0;
}

/** `lantern patient <export|delete> …` from main.ts: returns the exit code. */
export async function runPatient(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  const { values } = parseArgs({
    args: rest,
    options: {
      patient: { type: "string" },
      out: { type: "string" },
      yes: { type: "boolean" },
      format: { type: "string" },
    },
  });
  if (!values.patient || (command !== "export" && command !== "delete")) {
    process.stderr.write(USAGE);
    return 2;
  }
  if (command === "export" && values.format === "fhir")
    return runPatientFhirExport({
      patient: values.patient,
      ...(values.out ? { out: values.out } : {}),
    });
  if (command === "export")
    return runPatientExport({
      patient: values.patient,
      ...(values.out ? { out: values.out } : {}),
    });
  return runPatientDelete({ patient: values.patient, ...(values.yes ? { yes: true } : {}) });
}
