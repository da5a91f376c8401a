import { describe, expect, it } from "vitest";
import "../../src/safety/detector/detect.ts";
import { normalise } from "../../src/safety/detector/normalise.ts";
import { opens, PASS_GATES, wordGate } from "../../src/safety/detector/word-gate.ts";
import { ALL_FIXTURE_TEXTS } from "../support/fast-path-identity.ts";

// A pass gate (word-gate.ts) may only close on a text where none of its patterns matches:
// checked on every fixture line, as given and reversed (evasion.ts reads it backwards too).
describe("the message-wide passes' word gates", () => {
  it("are derived for the violence reader, co-occurrence and preparation", () => {
    expect(PASS_GATES.length).toBeGreaterThanOrEqual(3);
    for (const pass of PASS_GATES) expect(wordGate(pass.patterns())).toBeDefined();
  });

  it("never close on a fixture line one of their patterns matches", () => {
    const gates = PASS_GATES.map((p) => ({ patterns: p.patterns(), gate: wordGate(p.patterns()) }));
    const wrong: string[] = [];
    let closed = 0;
    for (const raw of ALL_FIXTURE_TEXTS) {
      for (const text of [normalise(raw).text, normalise([...raw].reverse().join("")).text]) {
        for (const { patterns, gate } of gates) {
          if (opens(gate, text)) continue;
          closed++;
          if (patterns.some((re) => re.test(text))) wrong.push(text.slice(0, 60));
        }
      }
    }
    expect(wrong).toEqual([]);
    // The gates do close (else they are only a cost).
    expect(closed).toBeGreaterThan(ALL_FIXTURE_TEXTS.length / 4);
  }, 300_000);
});
