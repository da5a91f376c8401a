import type { Clock } from "../engine/types.ts";
import { LanternError } from "../errors.ts";
import type { Store } from "../store/store.ts";

/** One audit record: what happened to which alert. Never holds patient text. */
export interface AuditEvent {
  at: string;
  seq: number;
  event:
    | "alert.created"
    | "delivery.attempt"
    | "alert.acknowledged"
    | "alert.resolved"
    | "backup.escalated"
    | "data.deleted"
    | "data.exported"
    | "invite.limited"
    | "caseload.added"
    | "caseload.removed"
    | "note.added"
    | "alert.followup";
  /** The alert concerned; data events name a patient or conversation instead. */
  alert?: string;
  [field: string]: unknown;
}

const PREFIX = "audit:";

/**
 * Append-only audit records in the store, keyed `audit:<iso time>:<seq>` so keys sort in
 * time order. A key is never overwritten: a taken one moves to the next seq.
 */
export class AuditLog {
  readonly #store: Store;
  readonly #clock: Clock;
  #seq = 0;

  constructor(store: Store, clock: Clock) {
    this.#store = store;
    this.#clock = clock;
  }

  async append(event: Omit<AuditEvent, "at" | "seq">): Promise<AuditEvent> {
    const at = this.#clock.now().toISOString();
    for (;;) {
      this.#seq += 1;
      const key = `${PREFIX}${at}:${String(this.#seq).padStart(8, "0")}`;
      if (await this.#store.keyv.has(key)) continue;
      const record = { ...event, at, seq: this.#seq } as AuditEvent;
      await this.#store.set(key, record);
      return record;
    }
  }

  /** Every record, oldest first; needs a store that can iterate (SQLite, memory). */
  async list(): Promise<AuditEvent[]> {
    const keyv = this.#store.keyv;
    if (!keyv.iterator)
      throw new LanternError("audit.unsupported", "this store cannot list audit records");
    const rows: [string, AuditEvent][] = [];
    for await (const [key, value] of keyv.iterator(undefined)) {
      if (typeof key === "string" && key.startsWith(PREFIX)) rows.push([key, value as AuditEvent]);
    }
    return rows.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, value]) => value);
  }
}
