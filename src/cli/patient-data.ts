import { type Patient, Patients } from "../care/patients.ts";
import type { Clock } from "../engine/types.ts";
import { LanternError } from "../errors.ts";
import type { ConversationLock } from "../lock.ts";
import type { Store } from "../store/store.ts";

// Data rights (`lantern patient export|delete`): what export (patient-export.ts) and delete
// (patient-delete.ts) share. What counts as a patient's data: the patient record, every
// conversation linked to it (user vars: measures, check-ins, journal, safety plan; recent
// messages; assignments), pending scheduled flows, invites, the care team's notes and
// caseloads, and the care team's alerts about them (found by pseudonym).

export interface PatientDataOptions {
  clock?: Clock;
  /** Serialises with running Lantern processes on shared stores (their conversation lock). */
  lock?: ConversationLock;
  /** Who asked (operator name), for the audit record. */
  by?: string;
}

export async function requirePatient(store: Store, id: string, clock: Clock): Promise<Patient> {
  const patient = await new Patients(store, clock).get(id);
  if (!patient) throw new LanternError("patient.unknown", `no patient ${id}`);
  return patient;
}

/** Every record in the store, key and value (export and delete look for theirs). */
export async function* records(store: Store): AsyncGenerator<[string, unknown]> {
  if (!store.keyv.iterator)
    throw new LanternError("store.unsupported", "this store cannot list its records");
  for await (const [key, value] of store.keyv.iterator(undefined)) {
    if (typeof key === "string") yield [key, value];
  }
}
