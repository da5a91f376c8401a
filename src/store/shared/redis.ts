import { randomBytes } from "node:crypto";
import KeyvRedis, { createClient, type RedisClientType } from "@keyv/redis";
import { LanternError } from "../../errors.ts";
import { type ConversationLock, KeyedLock } from "../../lock.ts";
import { storeUnavailable } from "./errors.ts";

// Redis as Lantern's shared store: keyv's adapter for records, plus a per-conversation lock and
// the scheduler's job claims on their own connection.

/**
 * Client options for every connection: fail commands at once while disconnected (no offline
 * queue, so a turn gets "try again" instead of hanging), time-boxed connects, quick reconnects.
 */
export function redisClientOptions(url: string) {
  return {
    url,
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 2_000,
      reconnectStrategy: (retries: number) => Math.min(50 * 2 ** retries, 1_000),
    },
  };
}

/** keyv's Redis adapter; a failed command is thrown as store.unavailable, never read as "not found". */
class LanternKeyvRedis<T> extends KeyvRedis<T> {
  override async get<U = T>(key: string): Promise<U | undefined> {
    return guard(() => super.get<U>(key));
  }
  override async getMany<U = T>(keys: string[]): Promise<Array<U | undefined>> {
    return guard(() => super.getMany<U>(keys));
  }
  override async set(key: string, value: string, ttl?: number): Promise<void> {
    return guard(() => super.set(key, value, ttl));
  }
  override async delete(key: string): Promise<boolean> {
    return guard(() => super.delete(key));
  }
  override async has(key: string): Promise<boolean> {
    return guard(() => super.has(key));
  }
}

function isErrorReply(error: unknown): boolean {
  for (let proto = error; proto; proto = Object.getPrototypeOf(proto))
    if ((proto as { constructor?: { name?: string } }).constructor?.name === "ErrorReply")
      return true;
  return false;
}

async function guard<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (cause) {
    // An error reply is Redis answering (a bad command); anything else means it is unreachable.
    throw isErrorReply(cause) ? cause : storeUnavailable("redis", cause);
  }
}

/** keyv's Redis adapter for a `redis://` URL. */
export async function redisAdapter(url: string): Promise<KeyvRedis<unknown>> {
  const adapter = new LanternKeyvRedis<unknown>(redisClientOptions(url), {
    throwOnConnectError: true,
    throwOnErrors: true,
    connectionTimeout: 2_000,
  });
  return adapter;
}

/** Open a plain client (locks, claims). Errors are reported by the commands that fail. */
export async function connectRedis(url: string): Promise<RedisClientType> {
  const client = createClient(redisClientOptions(url)) as RedisClientType;
  // A dropped connection emits "error"; commands fail on their own, so this must not crash us.
  client.on("error", () => {});
  try {
    await client.connect();
  } catch (cause) {
    throw storeUnavailable("redis", cause);
  }
  return client;
}

// Take the lock only if free, with a fencing token from a counter that only ever grows.
const ACQUIRE = `if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
local fence = redis.call('INCR', KEYS[2])
redis.call('SET', KEYS[1], ARGV[1] .. ':' .. fence, 'PX', ARGV[2])
return fence`;
// Release or renew only our own lock: a lock that expired and was taken by another is left alone.
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;
const RENEW = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0`;

export interface RedisLockOptions {
  /** Key prefix (the keyv namespace): `<prefix>:lock:<conversation>`. */
  prefix?: string;
  /** How long a lock lives without renewal: a crashed holder blocks its patient at most this long. */
  ttlMs?: number;
  /** Give up waiting for a lock after this long (LanternError store.lock_timeout). */
  waitMs?: number;
  /** Told when a renewal found the lock gone (the process stalled past the TTL). */
  onLost?: (key: string) => void;
}

/**
 * A per-conversation lock across processes on one Redis: SET NX PX with a fencing token,
 * renewed every third of its TTL while the work runs, released by compare-and-delete. Turns of
 * the same conversation in this process queue in memory first, so only one of them polls Redis.
 */
export class RedisLock implements ConversationLock {
  readonly #client: RedisClientType;
  readonly #local = new KeyedLock();
  readonly #prefix: string;
  readonly #ttl: number;
  readonly #wait: number;
  readonly #onLost: ((key: string) => void) | undefined;
  /** Fencing token of each lock this process holds now, by conversation. */
  readonly held = new Map<string, number>();

  constructor(client: RedisClientType, options: RedisLockOptions = {}) {
    this.#client = client;
    this.#prefix = options.prefix ?? "lantern";
    this.#ttl = options.ttlMs ?? 10_000;
    this.#wait = options.waitMs ?? 30_000;
    this.#onLost = options.onLost;
  }

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    return this.#local.run(key, () => this.#runHeld(key, work));
  }

  async #runHeld<T>(key: string, work: () => Promise<T>): Promise<T> {
    const lockKey = `${this.#prefix}:lock:${key}`;
    const owner = randomBytes(9).toString("base64url");
    const fence = await this.#acquire(lockKey, owner, key);
    const token = `${owner}:${fence}`;
    this.held.set(key, fence);
    const renew = setInterval(() => {
      this.#client
        .eval(RENEW, { keys: [lockKey], arguments: [token, String(this.#ttl)] })
        .then((ok) => {
          if (ok === 0) this.#onLost?.(key);
        })
        .catch(() => {}); // the store is down: the release below reports it if it still is
    }, this.#ttl / 3);
    renew.unref();
    try {
      return await work();
    } finally {
      clearInterval(renew);
      this.held.delete(key);
      // If Redis is unreachable the lock simply expires after its TTL.
      await this.#client
        .eval(RELEASE, { keys: [lockKey], arguments: [token] })
        .catch(() => undefined);
    }
  }

  async #acquire(lockKey: string, owner: string, key: string): Promise<number> {
    const deadline = Date.now() + this.#wait;
    for (let attempt = 0; ; attempt++) {
      let fence: unknown;
      try {
        fence = await this.#client.eval(ACQUIRE, {
          keys: [lockKey, `${this.#prefix}:lockfence`],
          arguments: [owner, String(this.#ttl)],
        });
      } catch (cause) {
        throw storeUnavailable("redis", cause);
      }
      if (typeof fence === "number" && fence > 0) return fence;
      if (Date.now() >= deadline)
        throw new LanternError(
          "store.lock_timeout",
          `conversation lock still held by another process after ${this.#wait} ms`,
          { context: { conversation: key } },
        );
      const backoff = Math.min(5 * 2 ** attempt, 100);
      await new Promise((r) => setTimeout(r, backoff / 2 + Math.random() * backoff));
    }
  }
}

/**
 * The scheduler's claim: the first process to SET NX `jobclaim:<id>` fires the job. The claim
 * expires after `leaseMs`, so a job whose claimer died before firing it is fired by another
 * process later (the conversation's dedupe still keeps it to one start).
 */
export function redisClaim(
  client: RedisClientType,
  prefix = "lantern",
  leaseMs = 120_000,
): (id: string) => Promise<boolean> {
  return async (id) => {
    try {
      const ok = await client.set(`${prefix}:jobclaim:${id}`, String(process.pid), {
        condition: "NX",
        expiration: { type: "PX", value: leaseMs },
      });
      return ok === "OK";
    } catch (cause) {
      throw storeUnavailable("redis", cause);
    }
  };
}
