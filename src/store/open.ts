import Keyv, { type KeyvStoreAdapter } from "keyv";
import { LanternError } from "../errors.ts";
import { KeyvNodeSqlite } from "./sqlite.ts";

/**
 * Open the keyv store a URL names: `sqlite://./data/lantern.sqlite` (default), `memory://`
 * (tests), or any URL a registered adapter factory understands (redis://, postgres://).
 */
export async function openKeyv(url: string, namespace = "lantern"): Promise<Keyv> {
  const store = await adapterFor(url);
  // Plain JSON: our records are JSON already, and keyv's default serializer (which also walks
  // Buffers and BigInts) cost a quarter of a turn in the benchmark.
  return new Keyv({
    namespace,
    serialize: (data) => JSON.stringify(data),
    deserialize: (text) => JSON.parse(text as string),
    ...(store ? { store } : {}),
  });
}

export type AdapterFactory = (url: string) => Promise<KeyvStoreAdapter | Map<unknown, unknown>>;

/** Adapters for other URL schemes register here (issue: shared stores). */
export const ADAPTERS = new Map<string, AdapterFactory>();

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
      `LANTERN_STORE "${url.replace(/\/\/[^@/]*@/, "//***@")}" is not a store Lantern knows: use sqlite://path or memory://`,
    );
  }
  return factory(url);
}
