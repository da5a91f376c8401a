import { describe, expect, it } from "vitest";
import { LanternError } from "../../src/errors.ts";
import { type MeasureId, type MeasureResult, trend } from "../../src/measures/index.ts";

/** A result with just what trend() reads; day n of March 2025. */
function r(measure: MeasureId, day: number, total: number): MeasureResult {
  const at = new Date(Date.UTC(2025, 2, day)).toISOString();
  return { measure, total, band: "n/a", flags: [], answers: [], at };
}

describe("trend", () => {
  it("shows · with a single result", () => {
    expect(trend([r("phq9", 1, 12)])).toEqual({
      measure: "phq9",
      points: [{ at: "2025-03-01T00:00:00.000Z", total: 12 }],
      change: null,
      arrow: "·",
      meaningful: false,
    });
  });

  it("throws on no results or mixed measures", () => {
    expect(() => trend([])).toThrow(LanternError);
    expect(() => trend([r("phq9", 1, 5), r("gad7", 2, 5)])).toThrow(/one measure/);
  });

  it("sorts points oldest first and compares the last two", () => {
    const t = trend([r("phq9", 20, 8), r("phq9", 1, 20), r("phq9", 10, 14)]);
    expect(t.points.map((p) => p.total)).toEqual([20, 14, 8]);
    expect(t.change).toBe(-6);
    expect(t.arrow).toBe("↓");
    expect(t.meaningful).toBe(true);
  });

  it.each([
    ["phq9", 10, 15, "↑", true],
    ["phq9", 10, 14, "→", false],
    ["phq9", 15, 10, "↓", true],
    ["phq9", 15, 11, "→", false],
    ["gad7", 12, 8, "↓", true],
    ["gad7", 12, 9, "→", false],
    ["gad7", 5, 9, "↑", true],
    ["pcl5", 50, 40, "↓", true],
    ["pcl5", 50, 41, "→", false],
    ["pcl5", 30, 40, "↑", true],
    ["pcl5", 30, 30, "→", false],
  ] as const)("%s %i → %i is %s (meaningful %s)", (measure, from, to, arrow, meaningful) => {
    const t = trend([r(measure, 1, from), r(measure, 8, to)]);
    expect(t.change).toBe(to - from);
    expect(t.arrow).toBe(arrow);
    expect(t.meaningful).toBe(meaningful);
  });

  it("judges only the last two results, not the overall drift", () => {
    // 20 → 16 → 12: 8 points overall, but only 4 between the last two.
    const t = trend([r("phq9", 1, 20), r("phq9", 2, 16), r("phq9", 3, 12)]);
    expect(t.change).toBe(-4);
    expect(t.arrow).toBe("→");
  });

  it.each([
    [10, 7, -3, "↓", true], // exactly 30% drop
    [10, 7.1, -2.9, "→", false],
    [5, 3.5, -1.5, "↓", true], // exactly 30% of a fractional mean
    [6.3, 4.4, -1.9, "↓", true], // 30.2%
    [6.3, 4.5, -1.8, "→", false], // 28.6%
    [4, 5.2, 1.2, "↑", true], // 30% rise
    [4, 5.1, 1.1, "→", false],
    [0, 3, 3, "↑", true], // from no pain: 3 points (30% of the scale)
    [0, 2.7, 2.7, "→", false],
  ])("PEG %s → %s changes %s: %s", (from, to, change, arrow, meaningful) => {
    const t = trend([r("peg", 1, from), r("peg", 8, to)]);
    expect(t.change).toBe(change);
    expect(t.arrow).toBe(arrow);
    expect(t.meaningful).toBe(meaningful);
  });
});
