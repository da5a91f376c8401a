import { AsyncLocalStorage } from "node:async_hooks";
import { createHash } from "node:crypto";
import type { Pool, PoolClient } from "pg";
import { LanternError } from "../../errors.ts";
import { type ConversationLock, KeyedLock } from "../../lock.ts";
import { storeUnavailable } from "./errors.ts";
import { PgPipes, type Query } from "./postgres-pipes.ts";
import { createPool } from "./postgres-pool.ts";

// PostgreSQL's per-conversation lock, which also carries the work's queries. The lock is tried
// on one of a few shared pipelined connections (postgres-pipes.ts), in the same write as the
// read the work made first last time (a second statement, so it runs after the lock is
// granted and sees every commit before it). Everything the work asks of the store goes
// through the session holding the lock (postgres.ts reads `pgSessions`). Only when another
// process holds the lock does a turn wait for it, on a pooled connection of its own.

/** The session a PgLock holds while its work runs. */
export interface PgSession {
  readonly query: Query;
  /** The server it is connected to: a store on another server must not use it. */
  readonly url: string;
  /** Names the lock in `firstReads`. */
  readonly memoKey: string;
  /** Rows read with the lock, for the work's first read if it asks for exactly these keys. */
  prefetched: { keys: readonly string[]; rows: Map<string, string> } | undefined;
  /** Set once the work has queried anything: only the first read is learnt and prefetched. */
  queried: boolean;
  /** Set when the work is over: queries started late go through the pool instead. */
  closed: boolean;
}

export const pgSessions = new AsyncLocalStorage<PgSession>();

/** What each lock's work read first, last time: the keys and the SELECT (`= ANY($1)`). */
const firstReads = new Map<string, { keys: string[]; sql: string }>();
// Two locks per patient (turn, delivery), each entry a name and its keys: about 20 MB at most.
const FIRST_READS_LIMIT = 100_000;

/**
 * Called by the store adapter for every query in a session. For the session's first query,
 * returns the prefetched rows when it reads exactly the keys prefetched (then never again);
 * `read` (its keys and a SELECT of `key, value` taking them as $1) is remembered for next time.
 */
export function firstQuery(
  session: PgSession,
  read?: { keys: string[]; sql: string },
): Map<string, string> | undefined {
  const prefetched = session.prefetched;
  session.prefetched = undefined;
  if (session.queried) return undefined;
  session.queried = true;
  if (!read) return undefined;
  if (prefetched && sameKeys(prefetched.keys, read.keys)) return prefetched.rows;
  if (firstReads.size >= FIRST_READS_LIMIT) firstReads.clear();
  firstReads.set(session.memoKey, read);
  return undefined;
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((key, i) => key === b[i]);
}

/** A signed 64-bit advisory-lock id for a conversation key (SHA-256, first 8 bytes). */
export function advisoryKey(key: string): string {
  return createHash("sha256").update(key).digest().readBigInt64BE(0).toString();
}

type Rows = { rows: { key: string; value: string }[] };
const TRY = "SELECT pg_try_advisory_lock($1::bigint) AS ok";
const LOCK = "SELECT pg_advisory_lock($1::bigint)";
const UNLOCK = "SELECT pg_advisory_unlock($1::bigint) AS ok";

/**
 * A per-conversation lock across processes: a session-level advisory lock on a hash of the
 * key, released after the work. If the process dies, PostgreSQL ends its sessions and the
 * locks with them. Turns of one conversation in this process queue in memory first, so only
 * one of them at a time asks the server.
 */
export class PgLock implements ConversationLock {
  readonly #pool: Pool;
  readonly #pipes: PgPipes;
  readonly #url: string;
  readonly #local = new KeyedLock();
  readonly #prefix: string;
  readonly #waitMs: number;
  readonly #first: boolean;

  /**
   * `pool` should come from `PgLock.pool(url)`: its sessions carry the lock wait limit, for
   * the turns that must wait for another process. `pipes` may be shared by a process's locks.
   * `first`: this lock's holders go ahead of others waiting for a place on a connection, and
   * wait longer for one (the delivery lock: its turn is saved, its patient waits for it).
   */
  constructor(
    pool: Pool,
    options: { prefix?: string; waitMs?: number; pipes?: PgPipes; first?: boolean } = {},
  ) {
    this.#pool = pool;
    this.#url = String(
      (pool as { options?: { connectionString?: string } }).options?.connectionString,
    );
    this.#pipes = options.pipes ?? new PgPipes(this.#url);
    this.#prefix = options.prefix ?? "lantern";
    this.#waitMs = options.waitMs ?? 30_000;
    this.#first = options.first === true;
  }

  /** A pool for locks whose sessions give up waiting for a lock after `waitMs`. */
  static pool(url: string, waitMs = 30_000, max = 16): Pool {
    return createPool(url, max, waitMs);
  }

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    return this.#local.run(key, () => this.#runHeld(key, work));
  }

  async #runHeld<T>(key: string, work: () => Promise<T>): Promise<T> {
    const name = `${this.#prefix}:${key}`;
    const id = advisoryKey(name);
    const memoKey = `${this.#url}\n${name}`;
    const read = firstReads.get(memoKey);
    // A lock taken inside another's work (a delivery marking what it sent) never waits for a
    // place: the outer one holds one already, and what it sent must be marked.
    const inside = pgSessions.getStore();
    const place = await this.#pipes.session(key, {
      admit: !inside || inside.closed,
      ...(this.#first ? { first: true, waitMs: 60_000 } : {}),
    });
    const pipe = place.query;
    let taken: { query: Query; release(): Promise<void> } | undefined;
    let prefetched: PgSession["prefetched"];
    try {
      const [tried, rows] = await Promise.all([
        pipe(TRY, [id]),
        read ? (pipe(read.sql, [read.keys]) as Promise<unknown> as Promise<Rows>) : undefined,
      ]);
      if (tried.rows[0]?.ok === true) {
        // A release that fails means the connection is gone, and the lock with it. Not waited
        // for: the unlock is queued on this pipe, and this process's next try for the key goes
        // on the same pipe (slots by key), after it; another process's try that comes before
        // it waits on a pooled connection, as for any lock held. Saves a round trip per lock.
        taken = {
          query: pipe,
          release: () => {
            void unlock(pipe, id)
              .catch(() => {})
              .finally(place.done);
            return Promise.resolve();
          },
        };
        if (read && rows)
          prefetched = { keys: read.keys, rows: new Map(rows.rows.map((r) => [r.key, r.value])) };
      }
    } catch (cause) {
      // The connection failed: any lock it took went with it.
      place.done();
      throw storeUnavailable("postgres", cause);
    }
    if (!taken) {
      place.done();
      taken = await this.#wait(key, id);
    }
    const session: PgSession = {
      query: taken.query,
      url: this.#url,
      memoKey,
      prefetched,
      queried: false,
      closed: false,
    };
    try {
      return await pgSessions.run(session, work);
    } finally {
      session.closed = true;
      await taken.release();
    }
  }

  /** Another process holds the lock: wait for it on a pooled connection (lock_timeout bounds it). */
  async #wait(key: string, id: string): Promise<{ query: Query; release(): Promise<void> }> {
    let client: PoolClient;
    try {
      client = await this.#pool.connect();
    } catch (cause) {
      throw storeUnavailable("postgres", cause);
    }
    // A checked-out client whose connection drops emits "error"; the failing query reports it.
    const ignore = () => {};
    client.on("error", ignore);
    try {
      await client.query(LOCK, [id]);
    } catch (cause) {
      client.off("error", ignore);
      client.release(true);
      if ((cause as { code?: string }).code === "55P03")
        throw new LanternError(
          "store.lock_timeout",
          `conversation lock still held by another process after ${this.#waitMs} ms`,
          { cause, context: { conversation: key } },
        );
      throw storeUnavailable("postgres", cause);
    }
    return {
      query: (sql, values) => client.query(sql, values),
      release: async () => {
        const ok = await unlock((sql, values) => client.query(sql, values), id).then(
          () => true,
          () => false,
        );
        client.off("error", ignore);
        // A client whose unlock failed is thrown away, never reused with a lock possibly held.
        client.release(ok ? undefined : true);
      },
    };
  }

  /** Close the shared connections (the pool is the caller's). */
  async end(): Promise<void> {
    await this.#pipes.end();
  }
}

/** Release a lock; a failed release means the session is gone, and its locks with it. */
async function unlock(query: Query, id: string): Promise<void> {
  const { rows } = await query(UNLOCK, [id]).catch((cause: unknown) => {
    throw storeUnavailable("postgres", cause);
  });
  if (rows[0]?.ok !== true) throw new Error("the advisory lock was not held");
}
