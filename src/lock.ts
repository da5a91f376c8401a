// Locks and the scheduler's job claim: the low module both the runtime and the shared stores
// (Redis, PostgreSQL) build on, so neither has to import the other.

/** Runs `work` while holding the conversation's lock; another holder waits its turn. */
export interface ConversationLock {
  run<T>(key: string, work: () => Promise<T>): Promise<T>;
}

/**
 * Claims a scheduled job so that one process fires it, when several share the store
 * (Redis SET NX, PostgreSQL INSERT … ON CONFLICT). See src/store/shared/.
 */
export type JobClaim = (id: string) => Promise<boolean>;

/**
 * One holder at a time per key, in arrival order: a patient's turns never overlap.
 * In-process; shared stores add a cross-process lock on top.
 */
export class KeyedLock implements ConversationLock {
  /** Held keys, each with the callers waiting for it, first come first served. */
  readonly #held = new Map<string, (() => void)[]>();

  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const waiting = this.#held.get(key);
    // Uncontended, the usual case, costs no promise of its own: a turn takes several locks.
    if (waiting) await new Promise<void>((resolve) => waiting.push(resolve));
    else this.#held.set(key, []);
    try {
      return await work();
    } finally {
      const next = this.#held.get(key)?.shift();
      // Hand the key straight to the next caller, so no newcomer can slip in between.
      if (next) next();
      else this.#held.delete(key);
    }
  }

  get size(): number {
    return this.#held.size;
  }
}
