import pg, { type Pool, type PoolConfig } from "pg";

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
