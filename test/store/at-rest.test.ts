import { mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { describe, expect, it } from "vitest";
import { newState } from "../../src/engine/state.ts";
import { stateCodec } from "../../src/engine/stored-state.ts";
import { openKeyv } from "../../src/store/open.ts";
import { Store } from "../../src/store/store.ts";

const mode = (path: string) => statSync(path).mode & 0o777;

describe("data at rest on SQLite", () => {
  it("creates the data folder 0700 and the database, -wal and -shm files 0600", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "lantern-perm-")), "data", "nested");
    const file = join(dir, "lantern.sqlite");
    const store = new Store(await openKeyv(`sqlite://${file}`, "lantern", { keys: null }), {
      codec: stateCodec,
    });
    await store.saveConversation(newState("telegram", "1", new Date()));
    expect(mode(dir).toString(8)).toBe("700");
    expect(mode(join(dir, "..")).toString(8)).toBe("700");
    for (const path of [file, `${file}-wal`, `${file}-shm`])
      expect(mode(path).toString(8)).toBe("600");
    await store.close();
  });

  it("narrows a database file an older version left world-readable", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "lantern-perm-")), "old.sqlite");
    const old = new DatabaseSync(file);
    old.exec("PRAGMA journal_mode = WAL; CREATE TABLE t (x)");
    old.close();
    const { chmodSync } = await import("node:fs");
    chmodSync(file, 0o644);
    const store = new Store(await openKeyv(`sqlite://${file}`, "lantern", { keys: null }), {
      codec: stateCodec,
    });
    await store.set("config:x", 1);
    for (const path of [file, `${file}-wal`, `${file}-shm`])
      expect(mode(path).toString(8)).toBe("600");
    await store.close();
  });
});
