import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";

// The logger writes asynchronously: these run a child that logs and then leaves at once, and
// count what reached the file.
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function runChild(body: string): { file: string; status: number | null } {
  const dir = mkdtempSync(join(tmpdir(), "lantern-log-"));
  dirs.push(dir);
  const file = join(dir, "out.log");
  const script = `
    import { createLogger } from ${JSON.stringify(join(process.cwd(), "src/log.ts"))};
    const logger = createLogger({ level: "info", destination: ${JSON.stringify(file)} });
    ${body.replaceAll('"FILE"', JSON.stringify(file))}
  `;
  const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
    encoding: "utf8",
  });
  return { file, status: child.status };
}

const lines = (file: string) => readFileSync(file, "utf8").trim().split("\n");

describe("createLogger", () => {
  it("loses no line when the process exits right after logging", () => {
    const { file, status } = runChild(
      `for (let i = 0; i < 5000; i++) logger.info({ i }, "turn"); process.exit(0);`,
    );
    expect(status).toBe(0);
    const written = lines(file);
    expect(written).toHaveLength(5000);
    expect(JSON.parse(written.at(-1) ?? "{}").i).toBe(4999);
  });

  it("loses no line when an uncaught error ends the process", () => {
    const { file, status } = runChild(
      `for (let i = 0; i < 2000; i++) logger.info({ i }, "turn"); setImmediate(() => { throw new Error("boom"); });`,
    );
    expect(status).not.toBe(0);
    expect(lines(file)).toHaveLength(2000);
  });

  it("writes a batched line within a second while the process keeps running", () => {
    const { file, status } = runChild(`
      const { readFileSync } = await import("node:fs");
      logger.info({ i: 1 }, "turn");
      const before = readFileSync(${JSON.stringify("FILE")}, "utf8");
      setTimeout(() => {
        const after = readFileSync(${JSON.stringify("FILE")}, "utf8");
        process.exit(before === "" && after.includes('"i":1') ? 0 : 3);
      }, 1000);
    `);
    expect(status).toBe(0);
    expect(lines(file)).toHaveLength(1);
  });

  it("redacts patient text and secrets", () => {
    const { file } = runChild(
      `logger.info({ text: "I feel awful", token: "123:abc", inbound: { text: "hi" } }, "x"); process.exit(0);`,
    );
    const raw = readFileSync(file, "utf8");
    expect(raw).not.toContain("I feel awful");
    expect(raw).not.toContain("123:abc");
    expect(raw).not.toContain('"hi"');
    expect(JSON.parse(raw).text).toBe("[redacted]");
  });

  it("writes the per-turn line with its four fields only, and the parent still redacts", () => {
    const { file } = runChild(`
      const { turnLogger } = await import(${JSON.stringify(join(process.cwd(), "src/log.ts"))});
      const logTurn = turnLogger(logger);
      logTurn({ conversation: "telegram:1", kind: "text", flow: "phq9", ms: 0.5, text: "I feel awful" });
      logger.info({ text: "I feel awful" }, "other");
      process.exit(0);
    `);
    const [turn, other] = lines(file).map((l) => JSON.parse(l));
    expect(turn).toMatchObject({
      msg: "turn",
      conversation: "telegram:1",
      kind: "text",
      flow: "phq9",
    });
    expect(turn.text).toBeUndefined();
    expect(other.text).toBe("[redacted]");
  });

  it("closeLogger writes the batch, closes the file and lets go of its timer", async () => {
    const { closeLogger, createLogger, openLogBatches } = await import("../src/log.ts");
    const dir = mkdtempSync(join(tmpdir(), "lantern-log-"));
    dirs.push(dir);
    const file = join(dir, "closed.log");
    const before = openLogBatches();
    const logger = createLogger({ level: "info", destination: file });
    expect(openLogBatches()).toBe(before + 1);
    for (let i = 0; i < 3; i++) logger.info({ i }, "turn");
    await closeLogger(logger);
    expect(openLogBatches()).toBe(before);
    expect(lines(file).map((l) => JSON.parse(l).i)).toEqual([0, 1, 2]);
    logger.info({ i: 3 }, "after close"); // dropped, never thrown
    await closeLogger(logger); // twice is harmless
    expect(lines(file)).toHaveLength(3);
  });
});
