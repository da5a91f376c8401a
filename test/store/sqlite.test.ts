// The embedded store: group commit, and write-ahead-log checkpoints on a worker thread.
import { existsSync, mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { describe, expect, it } from "vitest";
import { KeyvNodeSqlite } from "../../src/store/sqlite.ts";
import { SqliteCheckpointer } from "../../src/store/sqlite-checkpointer.ts";

const tempFile = () => join(mkdtempSync(join(tmpdir(), "lantern-sqlite-")), "s.sqlite");

async function until(done: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !done(); waited += 10) {
    if (waited > 10_000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe("sqlite store", () => {
  it("writes made together share one commit, and each resolves only once committed", async () => {
    const file = tempFile();
    const store = new KeyvNodeSqlite(file);
    const writes = Array.from({ length: 50 }, (_, i) => store.set(`k${i}`, `v${i}`));
    // Readers see a write at once, before its commit.
    expect(await store.get("k7")).toBe("v7");
    await Promise.all(writes);
    const other = new DatabaseSync(file);
    expect(other.prepare("SELECT count(*) AS n FROM keyv").get()).toEqual({ n: 50 });
    other.close();
    await store.disconnect();
  });

  it("checkpoints on a worker thread as rows pile up; nothing is lost", async () => {
    const file = tempFile();
    const store = new KeyvNodeSqlite(file);
    const value = "x".repeat(1500);
    for (let round = 0; round < 50; round++) {
      await Promise.all(
        Array.from({ length: 100 }, (_, i) => store.set(`k${(round * 100 + i) % 700}`, value)),
      );
    }
    await until(() => store.checkpointer?.last !== undefined, "a checkpoint");
    const { log, checkpointed } = store.checkpointer?.last ?? { log: 0, checkpointed: 0 };
    expect(checkpointed).toBeGreaterThan(0);
    expect(checkpointed).toBeLessThanOrEqual(log);
    // The database file itself now holds rows (it was empty until the first checkpoint).
    expect(statSync(file).size).toBeGreaterThan(700 * 1500);
    await store.disconnect();
    // The last connection to close folds the log in and removes it.
    expect(existsSync(`${file}-wal`)).toBe(false);
    const reopened = new KeyvNodeSqlite(file);
    expect(await reopened.get("k699")).toBe(value);
    await reopened.disconnect();
  });

  it("when the worker cannot run, checkpoints fall back to the caller's connection", async () => {
    let onMain = 0;
    const checkpointer = new SqliteCheckpointer(join(tempFile(), "no", "such.sqlite"), () => {
      onMain++;
    });
    checkpointer.request();
    await until(() => onMain > 0, "the fallback");
    checkpointer.request(); // from now on, straight to the fallback
    expect(onMain).toBe(2);
    await checkpointer.close();
  });
});
