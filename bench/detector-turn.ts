// What the risk guard costs a production turn: the guard the benchmark runs (createRiskGuard
// over detectRisk) on the benchmark's own patient texts ("Answer 3 from patient 17"), CPU time
// per call (min and median of several passes), and how many of those texts skip the rule scan.
// `node bench/detector-turn.ts`; the last line is JSON. Measures only (src/safety is not touched).
import { detectRisk } from "../src/safety/detect.ts";
import { createRiskGuard } from "../src/safety/guard.ts";

const guard = createRiskGuard(detectRisk);
const texts: string[] = [];
for (let p = 0; p < 1000; p++)
  for (let t = 1; t <= 10; t++) texts.push(`Answer ${t} from patient ${p}`);
const recent = ["Question 1?", "Answer 1 from patient 1"];

const first = performance.now();
await guard.check(texts[0] as string, { recent });
const firstMs = performance.now() - first;
for (const text of texts.slice(0, 2000)) await guard.check(text, { recent }); // the JIT settles

const passes: number[] = [];
for (let pass = 0; pass < 5; pass++) {
  const before = process.cpuUsage();
  for (const text of texts) await guard.check(text, { recent });
  const used = process.cpuUsage(before);
  passes.push((used.user + used.system) / texts.length);
}
passes.sort((a, b) => a - b);
const out = {
  texts: texts.length,
  first_check_ms: +firstMs.toFixed(2),
  cpu_us_per_check_min: +(passes[0] ?? 0).toFixed(2),
  cpu_us_per_check_median: +(passes[2] ?? 0).toFixed(2),
};
console.log(JSON.stringify(out));
