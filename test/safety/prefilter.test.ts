import { join } from "node:path";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { detectRisk } from "../../src/safety/detector/detect.ts";
import {
  anchorsOf,
  eachMatch,
  setPrefilter,
  wordsOf,
} from "../../src/safety/detector/prefilter.ts";
import { pattern } from "../../src/safety/detector/rules.ts";
import { FIXTURES_DIR, fixtureTexts } from "../support/risk-fixtures.ts";

const FIXTURES = join(FIXTURES_DIR, "risk");

// The plain global exec loop the pre-filter must reproduce.
function fullScan(re: RegExp, text: string): [number, number][] {
  const out: [number, number][] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

describe("word pre-filter", () => {
  afterEach(() => setPrefilter("default"));

  it("gives the same assessment as a full scan on every fixture line and on long posts", () => {
    const texts = fixtureTexts(FIXTURES);
    expect(texts.length).toBeGreaterThan(800);
    // Long posts too: several fixture lines joined, past the chunk size for some.
    const long: string[] = [];
    for (let k = 0; k + 12 < texts.length; k += 97) long.push(texts.slice(k, k + 12).join(" "));
    long.push(texts.slice(0, 400).join(". "));
    const all = [...texts, ...long];
    setPrefilter("off");
    const full = all.map((t) => detectRisk(t));
    setPrefilter("all");
    const filtered = all.map((t) => detectRisk(t));
    let differ = 0;
    all.forEach((_t, k) => {
      if (JSON.stringify(full[k]) !== JSON.stringify(filtered[k])) differ++;
    });
    expect(differ).toBe(0);
    expect(filtered).toEqual(full);
    // Every fixture line twice (about 12,000 now) on a shared machine: allow minutes.
  }, 240_000);

  it("reads the first words of a lexicon pattern", () => {
    const a = anchorsOf(pattern("(?:kill|killing) myself|(?:a |the )?bridge|stockpil\\w* pills"));
    expect(a?.exact.sort()).toEqual(["a", "kill", "killing", "the"]);
    // "bridge" ends its alternative: what follows is unknown, so it is read as a prefix.
    expect(a?.prefix.sort()).toEqual(["bridge", "stockp"]);
    expect(anchorsOf(pattern("\\d+ pills|two pills"))?.prefix.length).toBe(10);
    const lazy = anchorsOf(pattern("(?:really )*?want"));
    expect([lazy?.exact, lazy?.prefix]).toEqual([["really"], ["want"]]);
  });

  it("leaves a pattern it cannot bound ungated", () => {
    expect(anchorsOf(pattern("\\w+ pills"))).toBeUndefined();
    expect(anchorsOf(pattern("(?:x)?"))).toBeUndefined();
    expect(anchorsOf(pattern("(?:a|)* pills"))).toBeUndefined();
    expect(anchorsOf(/kill myself/g)).toBeUndefined();
    expect(anchorsOf(pattern("[a-z]+ing myself"))).toBeUndefined();
  });

  it("finds exactly the matches a global scan finds (property)", () => {
    const re = pattern(
      "(?:want|wanna) (?:to )?(?:die|be dead)|(?:i )?(?:kill|killing) myself|su[ia]?[cs]{1,2}idal|no (?:way|hope)",
    );
    const word = fc.constantFrom(
      "i",
      "want",
      "wanna",
      "to",
      "die",
      "be",
      "dead",
      "kill",
      "killing",
      "myself",
      "suicidal",
      "sucidal",
      "no",
      "way",
      "hope",
      "skill",
      "diet",
      "iwant",
      "2",
      "x",
    );
    const sep = fc.constantFrom(" ", ". ", ", ", "\n", "  ", "'");
    fc.assert(
      fc.property(fc.array(fc.tuple(word, sep), { maxLength: 60 }), (parts) => {
        const text = parts.map(([w, s]) => w + s).join("");
        setPrefilter("all");
        const got: [number, number][] = [];
        eachMatch(re, text, wordsOf(text), (from, to) => got.push([from, to]));
        expect(got).toEqual(fullScan(re, text));
      }),
      { numRuns: 300 },
    );
  });
});
