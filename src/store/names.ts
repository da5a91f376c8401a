import { createHmac, createSecretKey, hkdfSync, type KeyObject } from "node:crypto";
import Keyv, { type KeyvOptions, type KeyvStoreAdapter } from "keyv";
import { LanternError } from "../errors.ts";
import { type DataKeys, decryptText, encryptText } from "./crypto.ts";

// With a data key, record names carry no platform user ids, invite codes or other names:
// `conv:telegram:5550001` is stored as `conv:~<32 hex of HMAC-SHA256(names key, whole name)>`.
// The kind before the first colon stays, so listing a kind (conv:, job:, invite:) still works.
// The names key is derived once with HKDF from the data key current when names were first
// hashed, and kept in the record `config:key_names`, sealed under every data key that has
// opened the store. A rotated key therefore reads the same names; the old key may be dropped.
// Records named in the clear (written before the key was set) are renamed once, when the names
// key is first made; their values are copied as they are (re-encrypted on their next write).

/** Kinds whose names hold no identifying data and stay readable (audit keys keep time order). */
const CLEAR_KINDS = new Set([
  "audit",
  "flow",
  "alert",
  "alerts",
  "tombstone",
  "patients",
  "config",
]);
const NAMES_RECORD = "config:key_names";
const HASHED = /^(?:[^:]*:)?~[0-9a-f]{32}$/;

const SealedNames = {
  parse(text: unknown): Record<string, string> | undefined {
    if (typeof text !== "string") return undefined;
    const parsed = JSON.parse(text) as { v?: unknown; sealed?: unknown };
    if (parsed.v !== 1 || !parsed.sealed || typeof parsed.sealed !== "object")
      throw new LanternError("store.data_corrupt", `${NAMES_RECORD} is not a names record`);
    return parsed.sealed as Record<string, string>;
  },
};

/** The stored form of a record name: clear for CLEAR_KINDS, else kind plus a keyed hash. */
export function hashName(name: string, namesKey: Buffer | KeyObject): string {
  const colon = name.indexOf(":");
  const kind = colon === -1 ? "" : name.slice(0, colon);
  if (CLEAR_KINDS.has(kind) || HASHED.test(name)) return name;
  const hex = createHmac("sha256", namesKey).update(name).digest("hex").slice(0, 32);
  return colon === -1 ? `~${hex}` : `${kind}:~${hex}`;
}

/** Keyv whose record names are hashed (or refused, for a keyed store opened without a key). */
class NamedKeyv extends Keyv {
  readonly #rename: (name: string) => string;
  readonly #prefix: string;

  constructor(options: KeyvOptions, rename: (name: string) => string) {
    super(options);
    this.#rename = rename;
    this.#prefix = `${options.namespace}:`;
  }

  override _getKeyPrefix(key: string): string {
    return key.startsWith(this.#prefix) ? key : super._getKeyPrefix(this.#rename(key));
  }

  override _getKeyPrefixArray(keys: string[]): string[] {
    return keys.map((key) => this._getKeyPrefix(key));
  }
}

type Adapter = KeyvStoreAdapter | Map<unknown, unknown>;

async function raw(store: Adapter, key: string): Promise<unknown> {
  return store.get(key);
}

/**
 * The names key: unsealed from `config:key_names` with any configured data key, or made now
 * (HKDF over the current key). Each configured key that cannot open the record yet gets its
 * own sealed copy. `created` says the store had none, so clear names must be renamed.
 */
async function namesKey(
  store: Adapter,
  namespace: string,
  keys: DataKeys,
): Promise<{ key: Buffer; created: boolean }> {
  const recordKey = `${namespace}:${NAMES_RECORD}`;
  const sealed = SealedNames.parse(await raw(store, recordKey)) ?? {};
  const configured = [keys.current, ...keys.old];
  const opener = configured.find((k) => sealed[k.id]);
  const ids = Object.keys(sealed);
  if (!opener && ids.length)
    throw new LanternError(
      "store.data_key_unknown",
      `record names are hashed under data key ${ids.join(" or ")}, which is neither LANTERN_DATA_KEY nor in LANTERN_DATA_KEY_OLD`,
    );
  const key = opener
    ? Buffer.from(decryptText(sealed[opener.id] as string, keys), "hex")
    : Buffer.from(hkdfSync("sha256", keys.current.key, "lantern", "lantern/key-names/v1", 32));
  const missing = configured.filter((k) => !sealed[k.id]);
  if (missing.length) {
    for (const k of missing)
      sealed[k.id] = encryptText(key.toString("hex"), { current: k, old: [] });
    await store.set(recordKey, JSON.stringify({ v: 1, sealed }));
  }
  return { key, created: !ids.length };
}

/** Rename every record still named in the clear (values copied as stored). */
async function renameClear(keyv: Keyv, store: Adapter, namespace: string, key: Buffer) {
  if (!keyv.iterator) return;
  const names: string[] = [];
  for await (const [name] of keyv.iterator(undefined))
    if (typeof name === "string") names.push(name);
  for (const name of names) {
    const hashed = hashName(name, key);
    if (hashed === name) continue;
    const value = await raw(store, `${namespace}:${name}`);
    if (value === undefined || value === null) continue;
    await store.set(`${namespace}:${hashed}`, value);
    await store.delete(`${namespace}:${name}`);
  }
}

// Every turn names its records several times; an HMAC each time was a fifth of a turn's CPU.
// The memo is bounded: past MEMO_LIMIT names it starts again (a miss only costs one HMAC).
const MEMO_LIMIT = 50_000;

function memoised(key: KeyObject): (name: string) => string {
  const memo = new Map<string, string>();
  return (name) => {
    let hashed = memo.get(name);
    if (hashed === undefined) {
      hashed = hashName(name, key);
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(name, hashed);
    }
    return hashed;
  };
}

/**
 * A Keyv over `store` that hashes record names when `keys` is given. Without keys, a store
 * whose names are hashed refuses every read and write (it would look empty: a silent reset).
 */
export async function namedKeyv(
  store: Adapter,
  options: KeyvOptions & { namespace: string },
  keys: DataKeys | undefined,
): Promise<Keyv> {
  const namespace = options.namespace;
  if (!keys) {
    const hashed = (await raw(store, `${namespace}:${NAMES_RECORD}`)) != null;
    if (!hashed) return new Keyv(options);
    return new NamedKeyv(options, () => {
      throw new LanternError(
        "store.data_key_missing",
        "this store's records are encrypted and their names hashed: set LANTERN_DATA_KEY",
      );
    });
  }
  const { key, created } = await namesKey(store, namespace, keys);
  const keyv = new NamedKeyv(options, memoised(createSecretKey(key)));
  if (created) await renameClear(keyv, store, namespace, key);
  return keyv;
}
