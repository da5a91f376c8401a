import { chmodSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openJournal } from "../../adapters/outage.ts";
import { tightenDataFolder } from "../../src/runtime/data-folder.ts";
import { InboundJournal } from "../../src/runtime/inbound-journal.ts";
import { dataFolderOf } from "../../src/runtime/intake-notices.ts";

// Issue 14 items 4 and "small items": an existing data folder is narrowed at start (0700, files
// 0600, one log line); the inbound journal is encrypted with the data key when one is set.

const mode = (path: string) => statSync(path).mode & 0o777;
const KEY = Buffer.alloc(32, 7).toString("base64");
const MARKER = "marker-phrase-purple-giraffe-tonight";

describe("data folder permissions", () => {
  it("narrows a wide existing folder and its files, logs once, and leaves a tight one alone", () => {
    const dir = join(mkdtempSync(join(tmpdir(), "lantern-perm-")), "data");
    mkdirSync(dir);
    chmodSync(dir, 0o755);
    for (const name of ["lantern.sqlite", "lantern.sqlite-wal", "telegram-inbound.jsonl"]) {
      writeFileSync(join(dir, name), "x");
      chmodSync(join(dir, name), 0o644);
    }
    const lines: unknown[] = [];
    const logger = { warn: (...args: unknown[]) => void lines.push(args) };
    const changed = tightenDataFolder(dir, logger);
    expect(changed.map((c) => [c.from, c.to])).toEqual([
      ["755", "700"],
      ["644", "600"],
      ["644", "600"],
      ["644", "600"],
    ]);
    expect(mode(dir)).toBe(0o700);
    expect(mode(join(dir, "lantern.sqlite-wal"))).toBe(0o600);
    expect(lines).toHaveLength(1);
    expect(JSON.stringify(lines[0])).toContain("data folder permissions narrowed");
    expect(tightenDataFolder(dir, logger)).toEqual([]);
    expect(lines).toHaveLength(1);
  });

  it("finds the data folder from LANTERN_STORE", () => {
    expect(dataFolderOf("sqlite://./data/lantern.sqlite")).toBe("./data");
    expect(dataFolderOf("sqlite:///srv/lantern/state.sqlite")).toBe("/srv/lantern");
    expect(dataFolderOf("redis://127.0.0.1:6379")).toBe("data");
    expect(dataFolderOf("memory://")).toBeUndefined();
  });
});

describe("inbound journal at rest", () => {
  it("with LANTERN_DATA_KEY the raw file never holds the patient's text; it reads back", () => {
    const path = join(mkdtempSync(join(tmpdir(), "lantern-journal-")), "slack-inbound.jsonl");
    const env = { LANTERN_DATA_KEY: KEY };
    const journal = openJournal(path, env);
    journal.add([{ id: "Ev1", chat: "slack:U1", payload: { inbound: { text: MARKER } } }]);
    journal.addAlert("outage:slack:U1:Ev1", "Ev1", { id: "a", text: MARKER });
    journal.close();
    const raw = readFileSync(path, "utf8");
    expect(raw).not.toContain(MARKER);
    expect(raw).not.toContain("slack:U1");
    expect(
      raw
        .split("\n")
        .filter(Boolean)
        .every((l) => l.startsWith("lk1.")),
    ).toBe(true);

    // Reopened (and compacted) with the key: still pending, still encrypted.
    const again = openJournal(path, env);
    expect(JSON.stringify(again.pending())).toContain(MARKER);
    expect(again.unsentAlerts()).toHaveLength(1);
    again.close();
    expect(readFileSync(path, "utf8")).not.toContain(MARKER);
    // Without the key it refuses, rather than dropping what it kept.
    expect(() => InboundJournal.open(path)).toThrow(/neither LANTERN_DATA_KEY/);
  });

  it("without a key the lines are plain JSON, and a key set later still reads them", () => {
    const path = join(mkdtempSync(join(tmpdir(), "lantern-journal-")), "teams-inbound.jsonl");
    const plain = openJournal(path, {});
    plain.add([{ id: "A1", chat: "teams:U2", payload: { inbound: { text: MARKER } } }]);
    plain.close();
    expect(readFileSync(path, "utf8")).toContain(MARKER);
    const keyed = openJournal(path, { LANTERN_DATA_KEY: KEY });
    expect(keyed.pending().map((i) => i.id)).toEqual(["A1"]);
    keyed.close();
    // Compacted on open under the key: the plain text is gone from the file.
    expect(readFileSync(path, "utf8")).not.toContain(MARKER);
  });
});
