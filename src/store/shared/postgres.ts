import { createHash } from "node:crypto";
import KeyvPostgres from "@keyv/postgres";
import pg, { type Pool, type PoolClient, type PoolConfig } from "pg";
import { LanternError } from "../../errors.ts";
import { type ConversationLock, KeyedLock } from "../../lock.ts";
import { storeUnavailable } from "./errors.ts";

// PostgreSQL as Lantern's shared store: keyv's adapter for records (on our own pool, not the
// adapter's process-wide one, so closing one store does not close another), advisory locks per
// conversation and a claims table for the scheduler.

/** Pool settings that fail fast while the server is unreachable instead of hanging a turn. */
export function poolConfig(url: string, max = 20, lockTimeoutMs?: number): PoolConfig {
  return {
    connectionString: url,
    max,
    // Bounds the wait for an advisory lock another process holds (set once per session).
    ...(lockTimeoutMs ? { options: `-c lock_timeout=${Math.round(lockTimeoutMs)}` } : {}),
    // Waiting for a free pooled connection under load is not an outage: a refused or reset
    // connection still fails at once.
    connectionTimeoutMillis: 10_000,
    query_timeout: 10_000,
    idleTimeoutMillis: 10_000,
  };
}

/** A pg pool whose idle-client errors (a server restart) are not fatal to the process. */
export function createPool(url: string, max = 32, lockTimeoutMs?: number): Pool {
  const pool = new pg.Pool(poolConfig(url, max, lockTimeoutMs));
  pool.on("error", () => {}); // an idle client lost its connection; the pool replaces it
  return pool;
}

/** keyv's adapter, on a pool we own; queries that fail are thrown to the caller. */
class LanternKeyvPostgres extends KeyvPostgres {
  // The base constructor calls connect() before subclass fields exist, so the pool rides in opts.
  override async connect(): Promise<(sql: string, values?: unknown) => Promise<unknown[]>> {
    const pool = (this.opts as { pool: Pool }).pool;
    return async (sql, values) => {
      try {
        return (await pool.query(sql, values as unknown[])).rows;
      } catch (cause) {
        throw storeUnavailableIfConnection(cause);
      }
    };
  }

  override async disconnect(): Promise<void> {
    const pool = (this.opts as { pool: Pool }).pool;
    if (!pool.ended) await pool.end();
  }
}

/** SQL errors (bad query, constraint) stay as they are; lost connections become store.unavailable. */
function storeUnavailableIfConnection(cause: unknown): unknown {
  const code = (cause as { code?: unknown })?.code;
  // SQLSTATE classes 08 (connection) and 57 (operator intervention: shutdown) mean "unreachable".
  if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code) && !/^(08|57)/.test(code))
    return cause;
  return storeUnavailable("postgres", cause);
}

/** keyv's PostgreSQL adapter for a `postgres://` URL. */
export async function postgresAdapter(url: string): Promise<KeyvPostgres> {
  const pool = createPool(url);
  const adapter = new LanternKeyvPostgres({
    uri: url,
    // Startup lists every conversation: page through them in large steps.
    iterationLimit: 1_000,
    pool,
  } as ConstructorParameters<typeof KeyvPostgres>[0]);
  // Errors also reach callers as rejections; without a listener an "error" event would crash.
  adapter.on("error", () => {});
  return adapter;
}

/** A signed 64-bit advisory-lock id for a conversation key (SHA-256, first 8 bytes). */
export function advisoryKey(key: string): string {
  return createHash("sha256").update(key).digest().readBigInt64BE(0).toString();
}

/**
 * A per-conversation lock across processes: pg_advisory_lock on a hash of the key, held by a
 * dedicated pooled client for the length of the work and released after. If the process dies,
 * PostgreSQL ends its session and the lock with it. Turns of one conversation in this process
 * queue in memory first, so they do not each hold a connection while waiting.
 */
export class PgLock implements ConversationLock {
  readonly #pool: Pool;
  readonly #local = new KeyedLock();
  readonly #prefix: string;
  readonly #waitMs: number;

  /** `pool` should come from `PgLock.pool(url)`: its sessions carry the lock wait limit. */
  constructor(pool: Pool, options: { prefix?: string; waitMs?: number } = {}) {
    this.#pool = pool;
    this.#prefix = options.prefix ?? "lantern";
    this.#waitMs = options.waitMs ?? 30_000;
  }

  /** A pool for locks whose sessions give up waiting for a lock after `waitMs`. */
  static pool(url: string, waitMs = 30_000, max = 48): Pool {
    return createPool(url, max, waitMs);
  }

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    return this.#local.run(key, () => this.#runHeld(key, work));
  }

  async #runHeld<T>(key: string, work: () => Promise<T>): Promise<T> {
    const id = advisoryKey(`${this.#prefix}:${key}`);
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
      await client.query("SELECT pg_advisory_lock($1::bigint)", [id]);
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
    let broken: unknown;
    try {
      return await work();
    } finally {
      try {
        await client.query("SELECT pg_advisory_unlock($1::bigint)", [id]);
      } catch (error) {
        broken = error; // the session is gone, and its locks with it
      }
      client.off("error", ignore);
      // A client whose unlock failed is thrown away, never reused with a lock possibly held.
      client.release(broken === undefined ? undefined : true);
    }
  }
}

const CLAIMS_TABLE = "lantern_job_claims";

/**
 * The scheduler's claim: INSERT … ON CONFLICT on a claims table, so one process wins each job.
 * A claim older than `leaseMs` can be taken over (its claimer died before firing; the
 * conversation's dedupe still keeps the start to one).
 */
export function postgresClaim(pool: Pool, leaseMs = 120_000): (id: string) => Promise<boolean> {
  let ready: Promise<unknown> | undefined;
  return async (id) => {
    try {
      ready ??= pool
        .query(
          `CREATE TABLE IF NOT EXISTS ${CLAIMS_TABLE} (id TEXT PRIMARY KEY, claimed_at TIMESTAMPTZ NOT NULL)`,
        )
        .catch((error: unknown) => {
          ready = undefined;
          // Two processes creating the table at once: the loser sees a unique violation.
          if ((error as { code?: string }).code !== "23505") throw error;
        });
      await ready;
      const result = await pool.query(
        `INSERT INTO ${CLAIMS_TABLE} (id, claimed_at) VALUES ($1, now())
         ON CONFLICT (id) DO UPDATE SET claimed_at = excluded.claimed_at
         WHERE ${CLAIMS_TABLE}.claimed_at < now() - ($2::int * interval '1 millisecond')
         RETURNING id`,
        [id, leaseMs],
      );
      return result.rowCount === 1;
    } catch (cause) {
      throw storeUnavailable("postgres", cause);
    }
  };
}
