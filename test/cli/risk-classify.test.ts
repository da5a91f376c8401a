import { PassThrough, Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { classifyLines } from "../../src/cli/risk-classify.ts";

async function run(lines: string[]) {
  const out = new PassThrough();
  const err = new PassThrough();
  const outChunks: string[] = [];
  const errChunks: string[] = [];
  out.on("data", (c) => outChunks.push(String(c)));
  err.on("data", (c) => errChunks.push(String(c)));
  const failed = await classifyLines(Readable.from([lines.join("\n")]), out, err);
  const rows = outChunks
    .join("")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  return { failed, rows, stderr: errChunks.join("") };
}

describe("classifyLines", () => {
  it("writes one result per line, in order", async () => {
    const { failed, rows } = await run([
      JSON.stringify({ id: "a", text: "i want to die" }),
      JSON.stringify({ id: "b", text: "pain is a 3 today" }),
      JSON.stringify({ id: 3, text: "my partner hits me" }),
    ]);
    expect(failed).toBe(0);
    expect(rows).toEqual([
      { id: "a", level: "moderate", categories: ["suicide"] },
      { id: "b", level: "none", categories: [] },
      { id: 3, level: "high", categories: ["abuse"] },
    ]);
  });

  it("reports malformed lines and keeps going", async () => {
    const { failed, rows, stderr } = await run([
      "{not json",
      JSON.stringify({ id: "x" }),
      JSON.stringify({ text: "no id" }),
      "",
      JSON.stringify({ id: "ok", text: "i'm going to kill myself" }),
    ]);
    expect(failed).toBe(3);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatchObject({ id: null, error: "invalid JSON" });
    expect(rows[1]).toMatchObject({ id: "x" });
    expect(rows[1].error).toContain("text");
    expect(rows[2]).toMatchObject({ id: null });
    expect(rows[3]).toEqual({ id: "ok", level: "high", categories: ["suicide"] });
    expect(stderr.split("\n").filter(Boolean)).toHaveLength(3);
    expect(stderr).not.toContain("no id");
  });
});
