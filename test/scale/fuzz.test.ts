// Bad input: arbitrary inbound text through the real runtime and the risk detector, and mutated
// flow files through the parser. Nothing may throw out of the detector or the parser; a turn
// either answers or fails with a LanternError, and a flow is either valid or has file:line problems.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LanternError } from "../../src/errors.ts";
import { parseFlow } from "../../src/flow/load.ts";
import { detectRisk } from "../../src/safety/detect.ts";
import { RISK_LEVELS } from "../../src/safety/types.ts";
import { buildRuntime, type Harness } from "./harness.ts";

const RUNS = Number(process.env.LANTERN_FUZZ_RUNS ?? 150);
// CI replays a fixed seed so a red run can be reproduced; LANTERN_FUZZ_SEED=random explores.
const SEED = process.env.LANTERN_FUZZ_SEED ?? "20261124";
if (SEED !== "random") fc.configureGlobal({ seed: Number(SEED) });

/** Text as platforms may send it: huge, empty, control characters, lone surrogates, emoji, RTL. */
const nastyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({
    unit: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)),
    maxLength: 50,
  }),
  // Lone and reversed surrogates: invalid UTF-16.
  fc
    .array(
      fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
      { maxLength: 20 },
    )
    .map((a) => a.join("")),
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "\uFEFF\u200B\u200E\u200F\u202E",
    "אני רוצה למות \u202Ekill myself\u202C",
    "أريد أن أموت",
    "🙂🔥💀🪦🧨👨‍👩‍👧‍👦",
    "I want to k\u0336i\u0336l\u0336l myself",
    "k̷i̷l̷l̷ ̷m̷y̷s̷e̷l̷f̷",
    "\uD83D",
    "\uDE00\uD83D",
  ),
  fc.string({ unit: "grapheme", maxLength: 80 }),
  // Huge: up to a megabyte of repeated text.
  fc
    .tuple(fc.string({ maxLength: 8 }), fc.integer({ min: 1_000, max: 120_000 }))
    .map(([s, n]) => (s || "x").repeat(n)),
);

describe("fuzz: risk detector", () => {
  it("returns a known level for any text and never throws", () => {
    fc.assert(
      fc.property(nastyText, (text) => {
        const result = detectRisk(text);
        expect(RISK_LEVELS).toContain(result.level);
      }),
      { numRuns: RUNS * 2 },
    );
  }, 60_000);
});

describe("fuzz: runtime.handle", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await buildRuntime({ url: "memory://", namespace: "fuzz" });
  });
  afterAll(async () => {
    await h.close();
  });

  it("answers any text, or fails with a LanternError; nothing crashes", async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(nastyText, fc.constantFrom("u1", "u2", "u3"), async (text, user) => {
        n++;
        const before = h.channel.sent.length;
        try {
          await h.runtime.handle({
            channel: "test",
            userId: user,
            messageId: `m${n}`,
            kind: "text",
            text,
          });
        } catch (error) {
          // Input the schema refuses is a clear, typed failure; anything else is a bug.
          expect(error instanceof LanternError || (error as Error).name === "ZodError").toBe(true);
          return;
        }
        // Every accepted message gets an answer.
        expect(h.channel.sent.length).toBeGreaterThan(before);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});

/** Real flows, mutated line by line the ways people break YAML. */
const FLOW_FILES = readdirSync("flows").filter((f) => f.endsWith(".yaml"));
const mutation = fc.oneof(
  fc.constant((lines: string[], i: number) => lines.toSpliced(i, 1)),
  fc.constant((lines: string[], i: number) => lines.toSpliced(i, 0, lines[i] ?? "")),
  fc.constant((lines: string[], i: number) => lines.with(i, `  ${lines[i] ?? ""}`)),
  fc.constant((lines: string[], i: number) => lines.with(i, (lines[i] ?? "").trimStart())),
  fc.constant((lines: string[], i: number) => lines.with(i, (lines[i] ?? "").replace(":", ""))),
  fc.constant((lines: string[], i: number) =>
    lines.with(i, (lines[i] ?? "").replace(/\w+/, "zzz")),
  ),
  fc.constant((lines: string[], i: number) => lines.with(i, `${lines[i] ?? ""} [`)),
  fc.constant((lines: string[], i: number) => lines.with(i, `${lines[i] ?? ""}: {`)),
  fc.constant((lines: string[], i: number) => lines.with(i, "\t- id: 7")),
  fc.constant((lines: string[], i: number) =>
    lines.with(i, (lines[i] ?? "").replace(/"[^"]*"/, "null")),
  ),
  fc.constant((lines: string[], i: number) => lines.slice(0, i)),
);

describe("fuzz: flow files", () => {
  it("give a flow or problems with file:line, never a throw", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FLOW_FILES),
        fc.array(fc.tuple(mutation, fc.nat()), { minLength: 1, maxLength: 4 }),
        (file, edits) => {
          let lines = readFileSync(join("flows", file), "utf8").split("\n");
          for (const [edit, at] of edits) {
            if (!lines.length) lines = [""];
            lines = edit(lines, at % lines.length);
          }
          const text = lines.join("\n");
          const result = parseFlow(`flows/${file}`, text);
          if (result.loaded) return;
          expect(result.problems.length).toBeGreaterThan(0);
          for (const p of result.problems) {
            expect(p.file).toBe(`flows/${file}`);
            expect(Number.isInteger(p.line) && p.line >= 1).toBe(true);
            expect(p.message.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: RUNS * 4 },
    );
  });
});
