import { z } from "zod";
import type { Clock } from "../engine/types.ts";
import { systemClock } from "../engine/types.ts";
import type { Store } from "../store/store.ts";
import { AuditLog } from "./audit.ts";
import type { Patient } from "./patients.ts";

// Which clinicians look after which patient. A patient has one or more assigned clinicians,
// kept as member ids of the care team's platform (Slack user ids, `U…`) under
// `caseload:<patient id>`; every change is audited (who, which patient, which member).

const Members = z.array(z.string().min(1)).max(50);

/** The store key of one patient's clinicians. */
export function caseloadKey(patientId: string): string {
  return `caseload:${patientId}`;
}

export interface CaseloadChange {
  /** False when nothing changed (already assigned, or not assigned to remove). */
  changed: boolean;
  clinicians: string[];
}

/** Assigned clinicians per patient, in the store. */
export class Caseloads {
  readonly #store: Store;
  readonly #audit: AuditLog;

  constructor(store: Store, clock: Clock = systemClock) {
    this.#store = store;
    this.#audit = new AuditLog(store, clock);
  }

  /** The patient's clinicians, in the order they were added. */
  async of(patientId: string): Promise<string[]> {
    const parsed = Members.safeParse(await this.#store.get(caseloadKey(patientId)));
    return parsed.success ? parsed.data : [];
  }

  async add(patientId: string, member: string, by: string): Promise<CaseloadChange> {
    const now = await this.of(patientId);
    if (now.includes(member)) return { changed: false, clinicians: now };
    const clinicians = [...now, member];
    await this.#store.set(caseloadKey(patientId), clinicians);
    await this.#audit.append({ event: "caseload.added", patient: patientId, member, by });
    return { changed: true, clinicians };
  }

  async remove(patientId: string, member: string, by: string): Promise<CaseloadChange> {
    const now = await this.of(patientId);
    if (!now.includes(member)) return { changed: false, clinicians: now };
    const clinicians = now.filter((m) => m !== member);
    await this.#store.set(caseloadKey(patientId), clinicians);
    await this.#audit.append({ event: "caseload.removed", patient: patientId, member, by });
    return { changed: true, clinicians };
  }

  /** Forget a patient's assignments (data deletion). */
  async forget(patientId: string): Promise<void> {
    await this.#store.keyv.delete(caseloadKey(patientId));
  }

  /**
   * `patients` with the member's own caseload first (in the given order), then the rest;
   * `mine` counts the member's own.
   */
  async mineFirst(
    patients: readonly Patient[],
    member: string,
  ): Promise<{ patients: { patient: Patient; clinicians: string[] }[]; mine: number }> {
    const rows = await Promise.all(
      patients.map(async (patient) => ({ patient, clinicians: await this.of(patient.id) })),
    );
    const own = rows.filter((r) => r.clinicians.includes(member));
    const rest = rows.filter((r) => !r.clinicians.includes(member));
    return { patients: [...own, ...rest], mine: own.length };
  }
}
