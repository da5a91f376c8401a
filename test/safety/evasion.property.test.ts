import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectRisk } from "../../src/safety/detector/detect.ts";
import { rank } from "../../src/safety/types.ts";

// Invisible and control characters, a capital I for l, reversed text and emoji must not hide
// risk: inserting an invisible character anywhere never lowers the level.
const RISKY = [
  "i want to kill myself",
  "i'm going to end my life tonight",
  "i have the pills right here",
  "i want to die",
  "how many of my pills would it take to not wake up",
  "everyone would be better off without me",
  "i took an extra troche last night",
  "it burns when i pee since the session",
  "how to poison someone without them noticing",
  "i overdosed last week",
];
const INVISIBLE = [
  "\u200b",
  "\u200c",
  "\u200d",
  "\u2060",
  "\ufeff",
  "\u00ad",
  "\u0000",
  "\u0007",
  "\u001f",
  "\u202c",
];

describe("evasion", () => {
  it("an inserted invisible character never lowers the level", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...RISKY),
        fc.constantFrom(...INVISIBLE),
        fc.nat(),
        (text, ch, at) => {
          const k = at % (text.length + 1);
          const before = detectRisk(text).level;
          const after = detectRisk(text.slice(0, k) + ch + text.slice(k)).level;
          expect(rank(after)).toBeGreaterThanOrEqual(rank(before));
        },
      ),
      { numRuns: 400 },
    );
  });

  it.each([
    ["i want to k\u0000ill myself", "moderate"],
    ["i want to kiII myseIf", "moderate"],
    ["\u202eflesym llik ot tnaw i", "moderate"],
    ["i want to suicdie", "moderate"],
    ["i want to overdoes tonight", "high"],
    ["\u{1F48A}\u{1F48A}\u{1F48A} tonight", "high"],
    ["\u{1FAA2} goodbye", "high"],
  ] as const)("%j reads as %s", (text, level) => {
    expect(detectRisk(text).level).toBe(level);
  });

  it.each([
    "I'm Ill today",
    "ILL call you",
    "took my \u{1F48A} today",
    "\u{1F52A} for dinner prep",
  ])("%j stays below low", (text) => {
    expect(rank(detectRisk(text).level)).toBeLessThan(rank("low"));
  });
});
