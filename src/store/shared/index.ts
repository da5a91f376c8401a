import type { ConversationLock, JobClaim } from "../../lock.ts";

/** What a runtime needs to share its store with other processes. */
export interface SharedRuntimeOptions {
  /** A lock across processes (RedisLock, PgLock). */
  lock: ConversationLock;
  /** Always false on a shared store: another process may have changed a conversation. */
  cacheStates: false;
  /** The scheduler's fire-once claim: `runtime.scheduler.useClaim(claim)`. */
  claim: JobClaim;
  /** A second cross-process lock: the runtime's `deliveryLock`. */
  deliveryLock: ConversationLock;
  /** Close the lock's and claim's connections (after the runtime stops). */
  close(): Promise<void>;
}

/** Is this store URL one several processes share (Redis, PostgreSQL)? */
export function isSharedStore(url: string): boolean {
  return /^(redis|rediss|postgres|postgresql):/i.test(url);
}

/**
 * Runtime options for a store several processes share: a cross-process conversation lock,
 * no state cache, and a job claim. Returns undefined for an embedded store (SQLite, memory),
 * where the runtime's defaults (in-process lock, cache on) are right.
 *
 * @example
 * const shared = await createSharedRuntimeOptions(env.LANTERN_STORE);
 * const runtime = new Runtime({ ...options, ...(shared ? { lock: shared.lock, deliveryLock: shared.deliveryLock, cacheStates: false } : {}) });
 * if (shared) runtime.scheduler.useClaim(shared.claim);
 */
export async function createSharedRuntimeOptions(
  url: string,
  options: { namespace?: string; lockTtlMs?: number; lockWaitMs?: number } = {},
): Promise<SharedRuntimeOptions | undefined> {
  const prefix = options.namespace ?? "lantern";
  if (/^rediss?:/i.test(url)) {
    const { connectRedis, RedisLock, redisClaim } = await import("./redis.ts");
    const client = await connectRedis(url);
    const lockOptions = {
      ...(options.lockTtlMs ? { ttlMs: options.lockTtlMs } : {}),
      ...(options.lockWaitMs ? { waitMs: options.lockWaitMs } : {}),
    };
    return {
      lock: new RedisLock(client, { prefix, ...lockOptions }),
      deliveryLock: new RedisLock(client, { prefix: `${prefix}:delivery`, ...lockOptions }),
      cacheStates: false,
      claim: redisClaim(client, prefix),
      close: async () => {
        if (client.isOpen) await client.close();
      },
    };
  }
  if (/^postgres(ql)?:/i.test(url)) {
    const { PgLock, PgPipes, createPool, postgresClaim } = await import("./postgres.ts");
    // Separate pools for the turns that must wait for a lock another process holds: a delivery
    // holds its lock while it takes the turn lock to mark what it sent, so sharing one pool
    // could exhaust it with waiters. Everything else shares a few pipelined connections.
    const lockPool = PgLock.pool(url, options.lockWaitMs);
    const deliveryPool = PgLock.pool(url, options.lockWaitMs);
    const pipes = new PgPipes(url);
    const claimPool = createPool(url, 2);
    const lockOptions = { pipes, ...(options.lockWaitMs ? { waitMs: options.lockWaitMs } : {}) };
    return {
      lock: new PgLock(lockPool, { prefix, ...lockOptions }),
      // A delivery's turn is saved already: it goes before new turns waiting for a connection.
      deliveryLock: new PgLock(deliveryPool, {
        prefix: `${prefix}:delivery`,
        first: true,
        ...lockOptions,
      }),
      cacheStates: false,
      claim: postgresClaim(claimPool),
      close: async () => {
        await Promise.all([pipes.end(), lockPool.end(), deliveryPool.end(), claimPool.end()]);
      },
    };
  }
  return undefined;
}
