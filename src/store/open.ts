import Keyv, { type KeyvOptions, type KeyvStoreAdapter } from "keyv";
import { LanternError } from "../errors.ts";
import { type DataKeys, dataKeysFromEnv, serializers } from "./crypto.ts";
import { namedKeyv } from "./names.ts";
import { KeyvNodeSqlite } from "./sqlite.ts";

export interface OpenOptions {
  /**
   * Encrypt records at rest (AES-256-GCM). Default: LANTERN_DATA_KEY / LANTERN_DATA_KEY_OLD from
   * the environment; `null` turns encryption off whatever the environment says.
   */
  keys?: DataKeys | null;
}

/**
 * Open the keyv store a URL names: `sqlite://./data/lantern.sqlite` (default), `memory://`
 * (tests), `redis://` / `rediss://`, `postgres://` / `postgresql://`, or any URL a registered
 * adapter factory understands.
 */
export async function openKeyv(
  url: string,
  namespace = "lantern",
  options: OpenOptions = {},
): Promise<Keyv> {
  const keys =
    options.keys === undefined ? dataKeysFromEnv(process.env) : (options.keys ?? undefined);
  const store = await adapterFor(url);
  // Plain JSON (keyv's default serializer, which also walks Buffers and BigInts, cost a quarter
  // of a turn in the benchmark), encrypted when a data key is configured.
  const keyvOptions = {
    namespace,
    ...(serializers(keys) as Pick<KeyvOptions, "serialize" | "deserialize">),
    // A store error must reach the caller: keyv would otherwise read a failed get as "no record"
    // and a turn would start the patient over.
    throwOnErrors: true,
  };
  if (!store) return new Keyv(keyvOptions);
  // With a data key, record names are keyed hashes too (src/store/names.ts).
  return namedKeyv(store, { ...keyvOptions, store }, keys);
}

export type AdapterFactory = (url: string) => Promise<KeyvStoreAdapter | Map<unknown, unknown>>;

/** Adapters by URL scheme. The shared stores load their client libraries only when used. */
export const ADAPTERS = new Map<string, AdapterFactory>();
const redis: AdapterFactory = async (url) => (await import("./shared/redis.ts")).redisAdapter(url);
const postgres: AdapterFactory = async (url) =>
  (await import("./shared/postgres.ts")).postgresAdapter(url);
ADAPTERS.set("redis", redis);
ADAPTERS.set("rediss", redis);
ADAPTERS.set("postgres", postgres);
ADAPTERS.set("postgresql", postgres);

/** The URL with any password masked, for messages and logs. */
export function maskUrl(url: string): string {
  return url.replace(/\/\/[^@/]*@/, "//***@");
}

async function adapterFor(
  url: string,
): Promise<KeyvStoreAdapter | Map<unknown, unknown> | undefined> {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === "memory") return new Map();
  if (scheme === "sqlite")
    return new KeyvNodeSqlite(url.replace(/^sqlite:\/\//i, "") || ":memory:");
  const factory = scheme ? ADAPTERS.get(scheme) : undefined;
  if (!factory) {
    throw new LanternError(
      "config.store_url",
      `LANTERN_STORE "${maskUrl(url)}" is not a store Lantern knows: use sqlite://path, redis://host:port or postgres://user@host/db`,
    );
  }
  return factory(url);
}
