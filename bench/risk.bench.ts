// Time the rule layer over the labelled fixture texts: `node bench/risk.bench.ts`.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { detectRisk } from "../src/safety/detector/detect.ts";

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "..", "test", "fixtures", "risk");

function fixtureTexts(): string[] {
  const texts: string[] = [];
  for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith(".jsonl"))) {
    for (const line of readFileSync(join(FIXTURES, file), "utf8").split("\n")) {
      if (line.trim() === "") continue;
      const text = (JSON.parse(line) as { text?: unknown }).text;
      if (typeof text === "string") texts.push(text);
    }
  }
  return texts;
}

/**
 * Median and 99th-percentile time of one `detectRisk` call over the fixture texts, repeated
 * `rounds` times after a warm-up (so the regexes are compiled and optimised).
 */
export function benchRiskRules(rounds = 20): { messages: number; medianMs: number; p99Ms: number } {
  const texts = fixtureTexts();
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

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { messages, medianMs, p99Ms } = benchRiskRules();
  console.log(
    `risk rules: ${messages} messages, median ${medianMs.toFixed(3)} ms, p99 ${p99Ms.toFixed(3)} ms`,
  );
}
