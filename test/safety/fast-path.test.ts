import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { candidateCount, detectRisk } from "../../src/safety/detector/detect.ts";
import { setFastPath } from "../../src/safety/detector/fast-path.ts";
import { setPrefilter } from "../../src/safety/detector/prefilter.ts";
import type { RiskContext } from "../../src/safety/types.ts";
import { bothPaths as both } from "../support/fast-path-identity.ts";

// The identity pass over every fixture line is split over fast-path-identity-*.test.ts.

afterEach(() => {
  setFastPath(true);
  setPrefilter("default");
});

describe("the rule fast path (issue 20)", () => {
  it("runs few of the rules on an everyday message and none on some", () => {
    expect(candidateCount("")).toBe(0);
    expect(candidateCount("yes")).toBe(0);
    expect(candidateCount("menu")).toBe(0);
    expect(candidateCount("Answer 3 from patient 42")).toBeLessThan(10);
    // A risk message keeps the rules that read it.
    expect(candidateCount("i want to kill myself")).toBeGreaterThan(0);
    expect(detectRisk("i want to kill myself").level).not.toBe("none");
  });

  it("matches the full scan on random short texts of rule and everyday words", () => {
    const RULE_WORDS = [
      "i",
      "im",
      "my",
      "me",
      "myself",
      "want",
      "to",
      "die",
      "kill",
      "end",
      "it",
      "all",
      "tonight",
      "pills",
      "rope",
      "the",
      "bridge",
      "suicide",
      "suicidal",
      "hurt",
      "cut",
      "not",
      "dont",
      "never",
      "wake",
      "up",
      "better",
      "off",
      "without",
      "him",
      "her",
      "he",
      "she",
      "lol",
      "😂",
      "years",
      "ago",
      "fine",
      "since",
      "how",
      "many",
      "would",
      "take",
      "no",
      "quiero",
      "vivir",
      "matar",
      "goodbye",
      "💊",
      "burden",
      "hopeless",
      "overdose",
      "took",
      "extra",
      "troche",
      "gun",
      "knife",
      "bought",
      "tomorrow",
      "going",
      "anymore",
      "point",
      "see",
      "can't",
      "go",
      "on",
      "joking",
      "said",
      "sister",
      "friend",
      "movie",
      "in",
      "a",
      "was",
      "been",
      "ive",
      "eid",
      "ot",
      "tnaw",
      "\u202e",
      "\u200b",
      "I",
      "K1LL",
      "d!e",
      "?",
      ".",
      "!",
      ",",
    ];
    const EVERYDAY = [
      "session",
      "today",
      "floaty",
      "tired",
      "ok",
      "music",
      "guide",
      "lunch",
      "walk",
      "dog",
      "rain",
      "pain",
      "3",
      "10",
      "yes",
      "menu",
      "thanks",
      "work",
      "coffee",
      "sleep",
      "week",
      "answer",
      "patient",
      "from",
      "nausea",
      "good",
      "bit",
      "and",
      "but",
      "so",
    ];
    const word = fc.oneof(fc.constantFrom(...RULE_WORDS), fc.constantFrom(...EVERYDAY));
    const recent = fc.array(
      fc.record({
        text: fc.constant("earlier"),
        level: fc.constantFrom("none", "concern", "low", "moderate" as const),
      }),
      { maxLength: 4 },
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 14 }), fc.boolean(), recent, (words, sep, r) => {
        const text = words.join(sep ? " " : "  ");
        const context = r.length > 0 ? ({ recent: r } as RiskContext) : undefined;
        const [fast, full] = both(text, context);
        expect(fast).toEqual(full);
      }),
      { numRuns: 3000 },
    );
    // Long texts (160+ characters) take the other branch: each rule tried only where its
    // first words start, collected in one pass over the words.
    fc.assert(
      fc.property(fc.array(word, { minLength: 40, maxLength: 120 }), recent, (words, r) => {
        const text = words.join(" ");
        const context = r.length > 0 ? ({ recent: r } as RiskContext) : undefined;
        const [fast, full] = both(text, context);
        expect(fast).toEqual(full);
      }),
      { numRuns: 400 },
    );
  }, 120_000);
});
