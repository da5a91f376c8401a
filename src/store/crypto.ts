import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createSecretKey,
  type KeyObject,
  randomBytes,
} from "node:crypto";
import { LanternError } from "../errors.ts";

// Encryption at rest for everything Lantern writes through keyv: AES-256-GCM over the JSON
// text, with the key's id in front so a rotated-out key can still read old records. Format:
//   lk1.<key id: 8 hex>.<base64url(iv 12 bytes | tag 16 bytes | ciphertext)>
// Records without the prefix are plain JSON (written before encryption was turned on) and are
// read as they are; every write uses the current key, so a record is re-encrypted when written.

const PREFIX = "lk1.";
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface DataKey {
  /** First 8 hex digits of SHA-256 over the key: names it in each record, reveals nothing. */
  id: string;
  key: Buffer;
}

/** The key that encrypts new writes, and older keys that may still be needed to read. */
export interface DataKeys {
  current: DataKey;
  old: DataKey[];
}

/**
 * Parse a 32-byte key given as 64 hex digits or base64 / base64url (44 or 43 characters).
 * `name` is the variable it came from, for the error message (the key itself is never shown).
 */
export function parseDataKey(text: string, name = "LANTERN_DATA_KEY"): DataKey {
  const trimmed = text.trim();
  let key: Buffer | undefined;
  if (/^[0-9a-fA-F]{64}$/.test(trimmed)) key = Buffer.from(trimmed, "hex");
  else if (/^[A-Za-z0-9+/_-]{43}=?$/.test(trimmed)) key = Buffer.from(trimmed, "base64");
  if (key?.length !== 32) {
    throw new LanternError(
      "config.data_key",
      `${name} must be 32 random bytes as 64 hex digits or base64 (e.g. \`openssl rand -base64 32\`)`,
    );
  }
  const id = createHash("sha256").update("lantern-data-key:").update(key).digest("hex").slice(0, 8);
  return { id, key };
}

/**
 * Keys from LANTERN_DATA_KEY (current) and LANTERN_DATA_KEY_OLD (comma-separated older keys),
 * or undefined when no key is set (records are stored as plain JSON).
 */
export function dataKeysFromEnv(env: Record<string, string | undefined>): DataKeys | undefined {
  const current = env.LANTERN_DATA_KEY?.trim();
  if (!current) {
    if (env.LANTERN_DATA_KEY_OLD?.trim())
      throw new LanternError(
        "config.data_key",
        "LANTERN_DATA_KEY_OLD is set without LANTERN_DATA_KEY: set the current key too",
      );
    return undefined;
  }
  const old = (env.LANTERN_DATA_KEY_OLD ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => parseDataKey(s, "LANTERN_DATA_KEY_OLD"));
  return { current: parseDataKey(current), old };
}

// Each key is imported into a KeyObject once, not on every write: createCipheriv given raw bytes
// imports them afresh each call. Keyed by the DataKey object, so a rotated-out key is dropped
// with it.
const prepared = new WeakMap<DataKey, KeyObject>();

/** The key imported once as a KeyObject (the same object on every call for this DataKey). */
export function preparedKey(key: DataKey): KeyObject {
  let secret = prepared.get(key);
  if (secret === undefined) {
    secret = createSecretKey(key.key);
    prepared.set(key, secret);
  }
  return secret;
}

// IVs are cut from a pool of random bytes filled 1,024 IVs at a time: one CSPRNG call per
// record was a third of the cost of a write. Each IV is still 96 random bits used once; a used
// pool is dropped, never refilled in place, so an IV handed out is never changed.
const IV_POOL_SIZE = IV_BYTES * 1024;
let ivPool = Buffer.alloc(0);
let ivOffset = 0;

function nextIv(): Buffer {
  if (ivOffset + IV_BYTES > ivPool.length) {
    ivPool = randomBytes(IV_POOL_SIZE);
    ivOffset = 0;
  }
  const iv = ivPool.subarray(ivOffset, ivOffset + IV_BYTES);
  ivOffset += IV_BYTES;
  return iv;
}

/** Encrypt `text` under the current key. */
export function encryptText(text: string, keys: DataKeys): string {
  const iv = nextIv();
  const cipher = createCipheriv("aes-256-gcm", preparedKey(keys.current), iv);
  const body = Buffer.concat([cipher.update(text, "utf8"), cipher.final()]);
  const sealed = Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url");
  return `${PREFIX}${keys.current.id}.${sealed}`;
}

/** Is this stored text one of our encrypted records? */
export function isEncrypted(text: string): boolean {
  return text.startsWith(PREFIX);
}

/** The key id an encrypted record names (undefined for plain JSON). */
export function recordKeyId(text: string): string | undefined {
  return isEncrypted(text) ? text.slice(PREFIX.length, PREFIX.length + 8) : undefined;
}

/**
 * Decrypt a record with whichever configured key it names; plain JSON passes through. A record
 * under an unknown key, or one that fails authentication, is an error, never a silent reset.
 */
export function decryptText(text: string, keys: DataKeys | undefined): string {
  if (!isEncrypted(text)) return text;
  const id = recordKeyId(text);
  const key = keys && (keys.current.id === id ? keys.current : keys.old.find((k) => k.id === id));
  if (!key) {
    throw new LanternError(
      "store.data_key_unknown",
      `a stored record is encrypted with key ${id}, which is neither LANTERN_DATA_KEY nor in LANTERN_DATA_KEY_OLD`,
    );
  }
  const raw = Buffer.from(text.slice(PREFIX.length + 9), "base64url");
  if (raw.length < IV_BYTES + TAG_BYTES)
    throw new LanternError("store.data_corrupt", "a stored encrypted record is truncated");
  try {
    const decipher = createDecipheriv("aes-256-gcm", preparedKey(key), raw.subarray(0, IV_BYTES));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([
      decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)),
      decipher.final(),
    ]).toString("utf8");
  } catch (cause) {
    throw new LanternError(
      "store.data_corrupt",
      `a stored record under key ${id} failed authentication`,
      { cause },
    );
  }
}

/** keyv serialize/deserialize hooks: JSON, encrypted when `keys` is given. */
export function serializers(keys: DataKeys | undefined): {
  serialize: (data: unknown) => string;
  deserialize: (text: unknown) => unknown;
} {
  if (!keys) {
    return {
      serialize: (data) => JSON.stringify(data),
      deserialize: (text) => JSON.parse(text as string),
    };
  }
  // Prepare every key once per store, before the first write.
  for (const k of [keys.current, ...keys.old]) preparedKey(k);
  return {
    serialize: (data) => encryptText(JSON.stringify(data), keys),
    deserialize: (text) => JSON.parse(decryptText(text as string, keys)),
  };
}
