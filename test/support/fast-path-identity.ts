import { readdirSync } from "node:fs";
import { join } from "node:path";
import { detectRisk } from "../../src/safety/detector/detect.ts";
import { setFastPath } from "../../src/safety/detector/fast-path.ts";
import { setPrefilter } from "../../src/safety/detector/prefilter.ts";
import type { RiskAssessment, RiskContext } from "../../src/safety/types.ts";
import { FIXTURES_DIR, fixtureTexts } from "./risk-fixtures.ts";

/** Every labelled risk text (risk/, risk-es/), in a fixed order. */
export const ALL_FIXTURE_TEXTS: string[] = readdirSync(FIXTURES_DIR)
  .filter((d) => d.startsWith("risk"))
  .sort()
  .flatMap((d) => fixtureTexts(join(FIXTURES_DIR, d)));

// Recent messages at low: the framed rules (means, timelines) run on every message.
const FRAMING: RiskContext = {
  recent: [
    { text: "hard week", level: "low" },
    { text: "so tired", level: "low" },
  ],
};

/** One text through the fast path and through the full scan (every pattern, no word index). */
export function bothPaths(text: string, context?: RiskContext): [RiskAssessment, RiskAssessment] {
  try {
    setFastPath(true);
    const fast = detectRisk(text, context);
    setFastPath(false);
    setPrefilter("off");
    return [fast, detectRisk(text, context)];
  } finally {
    setFastPath(true);
    setPrefilter("default");
  }
}

/**
 * The fixture texts of one shard where the fast path and the full scan differ (first 60
 * characters each). Every other line alone, every tenth again under framing context: over
 * ~25,000 lines every rule still meets hundreds of its first words. Shards split the pass
 * (the full side runs Spanish rules' negation lookbehind at every place, minutes in all) over
 * test files, so vitest runs them side by side and each stays within its timeout.
 *
 * @example
 * expect(fastPathDiffers(0, 4)).toEqual([]);
 */
export function fastPathDiffers(shard: number, shards: number): string[] {
  const differ: string[] = [];
  for (const [k, text] of ALL_FIXTURE_TEXTS.entries()) {
    if (k % 2 === 1 || (k / 2) % shards !== shard) continue;
    for (const context of k % 10 === 0 ? [undefined, FRAMING] : [undefined]) {
      const [fast, full] = bothPaths(text, context);
      if (JSON.stringify(fast) !== JSON.stringify(full)) differ.push(text.slice(0, 60));
    }
  }
  return differ;
}
