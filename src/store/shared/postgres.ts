import KeyvPostgres from "@keyv/postgres";
import pg, { type Pool } from "pg";
import { storeUnavailable } from "./errors.ts";
import { firstQuery, type PgSession, pgSessions } from "./postgres-lock.ts";
import { createPool } from "./postgres-pool.ts";

// PostgreSQL as Lantern's shared store: keyv's adapter for records (on our own pool, not the
// adapter's process-wide one, so closing one store does not close another; inside a PgLock's
// work, on the session holding the lock), advisory locks per conversation (postgres-lock.ts)
// and a claims table for the scheduler.
export { advisoryKey, PgLock } from "./postgres-lock.ts";
export { PgPipes } from "./postgres-pipes.ts";
export { createPool, poolConfig } from "./postgres-pool.ts";

/**
 * keyv's adapter, on a pool we own; queries that fail are thrown to the caller. Inside a
 * PgLock's work on the same server, queries go through the lock's session, and the work's
 * first read may already have been done with the lock (postgres-lock.ts).
 */
class LanternKeyvPostgres extends KeyvPostgres {
  // The base constructor calls connect() before subclass fields exist, so the pool rides in opts.
  override async connect(): Promise<(sql: string, values?: unknown) => Promise<unknown[]>> {
    const pool = (this.opts as { pool: Pool }).pool;
    return async (sql, values) => {
      const session = this.#session();
      try {
        if (!session) return (await pool.query(sql, values as unknown[])).rows;
        firstQuery(session);
        return (await session.query(sql, values as unknown[])).rows;
      } catch (cause) {
        throw storeUnavailableIfConnection(cause);
      }
    };
  }

  override async getMany<Value>(keys: string[]): Promise<Array<Value | undefined>> {
    const session = this.#session();
    if (session && !session.queried) {
      const rows = firstQuery(session, { keys, sql: this.#selectMany() });
      if (rows) return keys.map((key) => rows.get(key) as Value | undefined);
    }
    return (await super.getMany(keys)) as Array<Value | undefined>;
  }

  #select: string | undefined;

  /** The read of many keys ($1), one string for every lock's memo. */
  #selectMany(): string {
    const { schema, table } = this.opts as { schema: string; table: string };
    this.#select ??= `SELECT key, value FROM ${pg.escapeIdentifier(schema)}.${pg.escapeIdentifier(table)} WHERE key = ANY($1)`;
    return this.#select;
  }

  #session(): PgSession | undefined {
    const session = pgSessions.getStore();
    const url = (this.opts as { uri?: string }).uri;
    return session && !session.closed && session.url === url ? session : undefined;
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
  // Turns query on their lock's session: this pool serves only the queries outside a lock.
  const pool = createPool(url, 8);
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

const CLAIMS_TABLE = "lantern_job_claims";
const CREATE_RACE_CODES = new Set(["23505", "42710", "42P07"]);

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
          // Two processes creating the table at once: the loser sees a unique violation on
          // the catalog (23505), its row type (42710) or the table (42P07), raised only once
          // the winner has committed, so the table is there.
          if (!CREATE_RACE_CODES.has((error as { code?: string }).code ?? "")) throw error;
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
