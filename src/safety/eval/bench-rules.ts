import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { detectRisk } from "../detector/detect.ts";

// The rule layer's timing over the labelled fixture texts, for `npm run bench`
// (bench/risk.bench.ts). No test times it: a timed test fails on a loaded machine.

/** Every fixture text in `dir` (*.jsonl lines with a `text`). */
function fixtureTexts(dir: string): string[] {
  const texts: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".jsonl"))) {
    for (const line of readFileSync(join(dir, file), "utf8").split("\n")) {
      if (line.trim() === "") continue;
      const text = (JSON.parse(line) as { text?: unknown }).text;
      if (typeof text === "string") texts.push(text);
    }
  }
  return texts;
}

/**
 * Median and 99th-percentile time of one `detectRisk` call over the fixture texts in `dir`,
 * repeated `rounds` times after a warm-up (so the regexes are compiled and optimised).
 */
export function benchRiskRules(
  dir: string,
  rounds = 20,
): { messages: number; medianMs: number; p99Ms: number } {
  const texts = fixtureTexts(dir);
  for (let k = 0; k < 3; k++) for (const t of texts) detectRisk(t);
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const t of texts) {
      const start = performance.now();
      detectRisk(t);
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return { messages: times.length, medianMs: at(0.5), p99Ms: at(0.99) };
}
