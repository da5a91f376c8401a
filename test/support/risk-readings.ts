import { expect, it } from "vitest";
import { detectRisk } from "../../src/safety/detect.ts";
import type { RiskCategory, RiskLevel } from "../../src/safety/types.ts";
import { rank } from "../../src/safety/types.ts";

/** A wording and the lowest level and a category the rule layer must read it at. */
export type Reading = readonly [text: string, level: RiskLevel, category: RiskCategory];

/** One test per wording: read at `level` or above, with `category` among its categories. */
export function itReads(cases: readonly Reading[]): void {
  it.each(cases)("reads %s as %s %s", (text, level, category) => {
    const r = detectRisk(text);
    expect(rank(r.level)).toBeGreaterThanOrEqual(rank(level));
    expect(r.categories).toContain(category);
  });
}

/** One test per everyday line: read below low (no alert). */
export function itLeavesQuiet(texts: readonly string[]): void {
  it.each(texts)("leaves an everyday line below low: %s", (text) => {
    expect(rank(detectRisk(text).level)).toBeLessThan(rank("low"));
  });
}
