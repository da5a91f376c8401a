import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { createClient } from "@redis/client";
import { afterEach, describe, expect, it } from "vitest";
import { isLanternError } from "../../src/errors.ts";
import { isStoreFailure } from "../../src/runtime/runtime.ts";
import { sqliteFailure } from "../../src/store/sqlite.ts";
import { buildRuntime } from "../scale/harness.ts";

// A SQLite file another process holds locked (or that cannot be written) is an outage like a
// stopped Redis: store.unavailable, so the patient gets the store-down notice and nothing is
// marked handled.
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function sqliteError(errcode: number, message: string): Error {
  return Object.assign(new Error(message), { code: "ERR_SQLITE_ERROR", errcode, errstr: message });
}

describe("SQLite failures", () => {
  it("calls locked, read-only, full and I/O errors an outage; other errors stay as they are", () => {
    for (const [errcode, text] of [
      [5, "database is locked"],
      [8, "attempt to write a readonly database"],
      [13, "database or disk is full"],
      [1290, "disk I/O error"], // SQLITE_IOERR_DIR_FSYNC: extended codes keep the primary code
    ] as const) {
      const mapped = sqliteFailure(sqliteError(errcode, text));
      expect(isLanternError(mapped, "store.unavailable"), text).toBe(true);
      expect(isStoreFailure(mapped)).toBe(true);
    }
    const syntax = sqliteError(1, 'near "SELEC": syntax error');
    expect(sqliteFailure(syntax)).toBe(syntax);
    expect(isStoreFailure(syntax)).toBe(false);
    expect(isStoreFailure(new Error("connection refused by the client is closed"))).toBe(false);
  });

  it("knows a closed Redis client's error by its class, not its message", async () => {
    const client = createClient({ url: "redis://127.0.0.1:1" });
    const error = await client.get("x").catch((e: unknown) => e);
    expect(isStoreFailure(error)).toBe(true);
  });

  it("a database locked by another process gets the store-down notice, and the message runs once the lock is gone", async () => {
    const dir = mkdtempSync(join(tmpdir(), "lantern-sqlite-outage-"));
    dirs.push(dir);
    const file = join(dir, "lantern.sqlite");
    const h = await buildRuntime({ url: `sqlite://${file}`, namespace: "lantern" });
    try {
      const inbound = { channel: "test", userId: "p1", kind: "text" as const, text: "hello" };
      await h.runtime.handle({ ...inbound, messageId: "m1" });
      const before = h.channel.sent.length;
      const other = new DatabaseSync(file);
      other.exec("BEGIN EXCLUSIVE");
      const failure = await h.runtime
        .handle({ ...inbound, messageId: "m2", text: "answer 1" })
        .catch((e: unknown) => e);
      expect(isLanternError(failure, "store.unavailable")).toBe(true);
      const notice = h.channel.sent.slice(before).map((s) => s.message.text ?? "");
      expect(notice).toHaveLength(1);
      expect(notice[0]).toMatch(/can't reach my records/i);
      expect(notice[0]).toContain("988");
      other.exec("ROLLBACK");
      other.close();
      // Not marked seen: the redelivered update runs now, once.
      const result = await h.runtime.handle({ ...inbound, messageId: "m2", text: "answer 1" });
      expect(result).toBeDefined();
      expect(
        await h.runtime.handle({ ...inbound, messageId: "m2", text: "answer 1" }),
      ).toBeUndefined();
    } finally {
      await h.close();
    }
  }, 20_000);
});
