import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { everyRule } from "../../src/safety/detector/detect.ts";
import { normalise } from "../../src/safety/detector/normalise.ts";
import { FIXTURES_DIR, fixtureTexts } from "../support/risk-fixtures.ts";

const ALL = readdirSync(FIXTURES_DIR)
  .filter((d) => d.startsWith("risk"))
  .flatMap((d) => fixtureTexts(join(FIXTURES_DIR, d)));

describe("rule gates (rules.ts)", () => {
  // The fast path tries a rule only where its first words start and skips its gate there, so
  // a gate that hides a match would make the two paths differ: gates must stay speed only.
  it("never hide a match of their rule on any fixture line", () => {
    const gated = everyRule().filter((r) => r.gate !== undefined);
    expect(gated.length).toBeGreaterThan(50);
    expect(ALL.length).toBeGreaterThan(15000);
    const hidden: string[] = [];
    for (const raw of ALL) {
      const t = normalise(raw).text;
      for (const rule of gated) {
        if (rule.gate?.test(t)) continue;
        rule.re.lastIndex = 0;
        const match = rule.re.exec(t);
        if (match !== null) hidden.push(`${rule.id}: "${match[0]}"`);
      }
    }
    expect([...new Set(hidden)]).toEqual([]);
  }, 180_000);

  it("would catch a gate that is missing a word its pattern starts with", () => {
    const rule = everyRule().find((r) => r.id === "suicide.slang");
    expect(rule?.gate).toBeDefined();
    const t = normalise("i keep thinking about killing myself").text;
    // The gate names "keep"; one without it would hide this match.
    expect(rule?.gate?.test(t)).toBe(true);
    expect(/final|ctb|unaliv/.test(t)).toBe(false);
    if (rule) rule.re.lastIndex = 0;
    expect(rule?.re.exec(t)?.[0]).toBe("keep thinking about killing myself");
  });
});
