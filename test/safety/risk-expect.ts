import { expect } from "vitest";
import { detectRisk } from "../../src/safety/detector/detect.ts";
import { type RiskLevel, rank } from "../../src/safety/types.ts";

// Assertions on one message through the real detector, for the wording tests
// (round-15.test.ts, round-16.test.ts): at least a level (and a category), or below one.

/** `text` reads at `level` or above, with `category` among its categories when given. */
export function atLeast(text: string, level: RiskLevel, category?: string): void {
  const r = detectRisk(text);
  expect(rank(r.level), `${text} -> ${r.level}`).toBeGreaterThanOrEqual(rank(level));
  if (category !== undefined) expect(r.categories, text).toContain(category);
}

/** `text` reads below `level`. */
export function below(text: string, level: RiskLevel): void {
  const r = detectRisk(text);
  expect(rank(r.level), `${text} -> ${r.level}`).toBeLessThan(rank(level));
}
