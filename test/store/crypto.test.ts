import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { afterAll, describe, expect, it } from "vitest";
import { newState } from "../../src/engine/state.ts";
import { stateCodec } from "../../src/engine/stored-state.ts";
import {
  dataKeysFromEnv,
  decryptText,
  encryptText,
  parseDataKey,
  preparedKey,
  serializers,
} from "../../src/store/crypto.ts";
import { openKeyv } from "../../src/store/open.ts";
import { Store } from "../../src/store/store.ts";
import { suiteKinds } from "../support/services.ts";
import { serviceUrl, uniqueNamespace } from "./helpers.ts";

const dir = mkdtempSync(join(tmpdir(), "lantern-crypto-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const keyA = randomBytes(32).toString("base64");
const keyB = randomBytes(32).toString("hex");

function rawValues(file: string): string[] {
  const db = new DatabaseSync(file);
  const rows = db.prepare("SELECT value FROM keyv").all() as { value: string }[];
  db.close();
  return rows.map((r) => r.value);
}

describe("data keys", () => {
  it("accepts 32 bytes as base64 or hex and names the variable when a key is bad", () => {
    expect(parseDataKey(keyA).key).toHaveLength(32);
    expect(parseDataKey(keyB).key).toHaveLength(32);
    expect(() => parseDataKey("too-short")).toThrow(/LANTERN_DATA_KEY must be 32 random bytes/);
    expect(() => dataKeysFromEnv({ LANTERN_DATA_KEY_OLD: keyA })).toThrow(
      /without LANTERN_DATA_KEY/,
    );
    expect(dataKeysFromEnv({})).toBeUndefined();
  });

  it("rejects a tampered record and one under an unknown key", () => {
    const keys = { current: parseDataKey(keyA), old: [] };
    const sealed = encryptText('{"a":1}', keys);
    expect(decryptText(sealed, keys)).toBe('{"a":1}');
    const tampered = `${sealed.slice(0, -4)}${sealed.endsWith("AAAA") ? "BBBB" : "AAAA"}`;
    expect(() => decryptText(tampered, keys)).toThrow(/failed authentication/);
    expect(() => decryptText(sealed, { current: parseDataKey(keyB), old: [] })).toThrow(
      /neither LANTERN_DATA_KEY nor in LANTERN_DATA_KEY_OLD/,
    );
  });
});

describe("initialisation vectors", () => {
  it("gives every record its own IV, across refills of the IV pool", () => {
    const keys = { current: parseDataKey(randomBytes(32).toString("hex")), old: [] };
    const ivs = new Set<string>();
    // 3,000 records: past two refills of the 1,024-IV pool.
    for (let i = 0; i < 3000; i++) {
      const sealed = encryptText(`record ${i}`, keys);
      const raw = Buffer.from(sealed.split(".")[2] ?? "", "base64url");
      ivs.add(raw.subarray(0, 12).toString("hex"));
      if (i % 500 === 0) expect(decryptText(sealed, keys)).toBe(`record ${i}`);
    }
    expect(ivs.size).toBe(3000);
  });
});

describe("prepared keys", () => {
  it("imports each key once per store and still reads records under an old key", () => {
    const a = parseDataKey(keyA);
    const b = parseDataKey(keyB);
    const underA = serializers({ current: a, old: [] });
    const first = preparedKey(a);
    const sealedA = underA.serialize({ n: 1 }) as string;
    underA.serialize({ n: 2 });
    // The same KeyObject is used write after write: nothing is imported per write.
    expect(preparedKey(a)).toBe(first);
    expect(first.symmetricKeySize).toBe(32);
    const rotated = serializers({ current: b, old: [a] });
    expect(preparedKey(a)).toBe(first);
    expect(rotated.deserialize(sealedA)).toEqual({ n: 1 });
    const sealedB = rotated.serialize({ n: 3 }) as string;
    expect(sealedB.startsWith(`lk1.${b.id}.`)).toBe(true);
    expect(rotated.deserialize(sealedB)).toEqual({ n: 3 });
    expect(() => underA.deserialize(sealedB)).toThrow(/neither LANTERN_DATA_KEY/);
  });
});

describe("encryption at rest", () => {
  it("stores no patient text in the clear, rotates keys, and re-encrypts on write", async () => {
    const file = join(dir, "rotate.sqlite");
    const url = `sqlite://${file}`;
    const state = { ...newState("test", "u1", new Date()), user: { journal: ["I felt afraid"] } };
    // 1. Plain records written before encryption was turned on stay readable.
    const plain = new Store(await openKeyv(url, "lantern", { keys: null }), { codec: stateCodec });
    await plain.set("legacy", { note: "written in the clear" });
    await plain.close();
    // 2. With key A: new writes are sealed under A.
    const a = dataKeysFromEnv({ LANTERN_DATA_KEY: keyA });
    const storeA = new Store(await openKeyv(url, "lantern", { keys: a ?? null }), {
      codec: stateCodec,
    });
    await storeA.saveConversation(state);
    expect(await storeA.get("legacy")).toEqual({ note: "written in the clear" });
    await storeA.close();
    const sealed = rawValues(file).filter((v) => v.startsWith("lk1."));
    expect(sealed).toHaveLength(1);
    expect(sealed[0]).toContain(`lk1.${a?.current.id}.`);
    expect(rawValues(file).join("\n")).not.toContain("afraid");
    // 3. Rotation: B is current, A is old. Old records read; a write re-encrypts under B.
    const b = dataKeysFromEnv({ LANTERN_DATA_KEY: keyB, LANTERN_DATA_KEY_OLD: keyA });
    const storeB = new Store(await openKeyv(url, "lantern", { keys: b ?? null }), {
      codec: stateCodec,
    });
    const loaded = await storeB.loadConversation("test:u1");
    expect(loaded?.user).toEqual({ journal: ["I felt afraid"] });
    await storeB.saveConversation({ ...state, user: { journal: ["better today"] } });
    await storeB.close();
    const after = rawValues(file).filter((v) => v.startsWith("lk1."));
    expect(after).toHaveLength(1);
    expect(after[0]).toContain(`lk1.${b?.current.id}.`);
    // 4. Without the old key, a record still under it is an error, not an empty store.
    const storeA2 = new Store(await openKeyv(url, "lantern", { keys: a ?? null }), {
      codec: stateCodec,
    });
    await expect(storeA2.loadConversation("test:u1")).rejects.toThrow(/LANTERN_DATA_KEY_OLD/);
    await storeA2.close();
  });

  // Only under `npm run test:stores` (it needs a Redis server).
  it.each(suiteKinds([], ["Redis"]))("encrypts on %s too", async () => {
    const keys = dataKeysFromEnv({ LANTERN_DATA_KEY: keyA }) ?? null;
    const namespace = uniqueNamespace();
    const store = new Store(await openKeyv(serviceUrl("redis"), namespace, { keys }), {
      codec: stateCodec,
    });
    await store.set("secret", { text: "private words" });
    expect(await store.get("secret")).toEqual({ text: "private words" });
    const plain = new Store(await openKeyv(serviceUrl("redis"), namespace, { keys: null }), {
      codec: stateCodec,
    });
    await expect(plain.get("secret")).rejects.toThrow();
    await plain.close();
    await store.close();
  });
});
