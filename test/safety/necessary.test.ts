import { describe, expect, it } from "vitest";
import { alternativeSources } from "../../src/safety/detector/anchors.ts";
import { type Gate, gateOf } from "../../src/safety/detector/necessary.ts";
import { pattern } from "../../src/safety/detector/rules.ts";

// A gate as one sorted list: whole words as "=word", beginnings as they are.
function words(gate: Gate | undefined): string[] | undefined {
  if (gate === undefined) return undefined;
  return [...gate.exact.map((w) => `=${w}`), ...gate.prefix].sort();
}
const gate = (source: string) => words(gateOf(pattern(source)));

// The words every match must hold one of (fast-path.ts skips a rule whose gate no word opens);
// test/safety/fast-path.test.ts checks the whole detector still reads as the full scan.
describe("rule gates: words every match holds one of", () => {
  it("picks the rarest required part of a sequence", () => {
    expect(gate("(?:he|she) took my (?:meds|pills)")).toEqual(["=meds", "=pills"]);
    expect(gate("i (?:really )?overdosed")).toEqual(["=overdosed"]);
  });

  it("joins the choices of every alternative", () => {
    // "rope" is rarer than bought-or-got; "wrote" ties with "note" and comes first.
    expect(gate("(?:bought|got) a rope|wrote (?:a|my) note")).toEqual(["=rope", "=wrote"]);
  });

  it("reads a word followed by more letters as a beginning, which longer words open", () => {
    expect(gate("pills?")).toEqual(["pill"]);
    expect(gate("hallucinat\\w* again")).toEqual(["hallucinat"]);
    // A two-letter word is a gate only whole: "id" (not "idea").
    expect(gate("stole my id")).toEqual(["=stole"]);
    expect(gate("(?:my|the) id card")).toEqual(["=card"]);
  });

  it("never gates on an optional part, a part inside a word or an unreadable one", () => {
    expect(gate("(?:pills )?tonight")).toEqual(["=tonight"]);
    expect(gate("\\w+cide")).toBeUndefined();
    expect(gate("(?:pills|\\w+) now")).toBeUndefined();
    expect(gate("(?:pill|pills)+ now")).toEqual(["pill"]);
    expect(words(gateOf(/(?<![a-z0-9])(?:pills)/gi))).toBeUndefined();
  });

  it("keeps no gate an everyday word would hold open", () => {
    expect(gate("i want (?:to|it)")).toBeUndefined();
    expect(gate("(?:rope|me) again")).toBeUndefined();
  });
});

describe("a rule's top-level alternatives (indexed apart by the fast path)", () => {
  it("splits inside the groups that only wrap the pattern, keeping its edges", () => {
    const parts = alternativeSources(pattern("(?:bought a rope|wrote (?:a|my) note)"));
    expect(parts).toEqual([
      "(?<![a-z0-9])(?:bought\\sa\\srope)(?![a-z0-9])",
      "(?<![a-z0-9])(?:wrote\\s(?:a|my)\\snote)(?![a-z0-9])",
    ]);
    // Each part matches where the whole pattern does.
    const text = "i wrote my note";
    expect(parts.some((p) => new RegExp(p).test(text))).toBe(true);
  });

  it("keeps a pattern whole when its top is a sequence", () => {
    const re = pattern("(?:bought|got) a rope");
    expect(alternativeSources(re)).toEqual([re.source]);
  });
});
