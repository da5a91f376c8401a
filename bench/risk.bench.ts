// Time the rule layer over the labelled fixture texts: `node bench/risk.bench.ts`.
// The measurement itself lives in src/safety/eval/bench-rules.ts.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { benchRiskRules as bench } from "../src/safety/eval/bench-rules.ts";

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "..", "test", "fixtures", "risk");

/** Median and p99 time of one `detectRisk` call over test/fixtures/risk (see bench-rules.ts). */
export function benchRiskRules(rounds = 20): { messages: number; medianMs: number; p99Ms: number } {
  return bench(FIXTURES, rounds);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { messages, medianMs, p99Ms } = benchRiskRules();
  console.log(
    `risk rules: ${messages} messages, median ${medianMs.toFixed(3)} ms, p99 ${p99Ms.toFixed(3)} ms`,
  );
}
