import { AuditLog } from "../care/audit.ts";
import { Caseloads } from "../care/caseload.ts";
import { eraseCareRecords } from "../care/erase.ts";
import { Notes } from "../care/notes.ts";
import { Patients } from "../care/patients.ts";
import { conversationId } from "../engine/state.ts";
import type { ConversationStore } from "../engine/stored-state.ts";
import { systemClock } from "../engine/types.ts";
import { KeyedLock } from "../lock.ts";
import { Scheduler } from "../runtime/scheduler.ts";
import { type PatientDataOptions, records, requirePatient } from "./patient-data.ts";

// A patient's data gone (`lantern patient delete`), audited.

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
  for await (const [key, value] of records(store)) {
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
