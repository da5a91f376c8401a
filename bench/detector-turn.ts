// What the risk guard costs a production turn: the guard the benchmark runs (createRiskGuard
// over detectRisk) on the benchmark's own patient texts ("Answer 3 from patient 17") with the
// recent messages the engine passes, CPU time per call (min and median of five passes), and the
// first check's time. `node bench/detector-turn.ts`; the last line is JSON. Measures only (src/safety is not touched).
import { detectRisk } from "../src/safety/detect.ts";
import { createRiskGuard } from "../src/safety/guard.ts";

const guard = createRiskGuard(detectRisk);
// As the engine passes them (src/engine/risk-context.ts): the patient's last six messages.
type Check = { text: string; conversation: string; recent: { text: string; level: "none" }[] };
const checks: Check[] = [];
for (let p = 0; p < 1000; p++) {
  for (let t = 1; t <= 10; t++) {
    const recent = [];
    for (let k = Math.max(1, t - 6); k < t; k++)
      recent.push({ text: `Answer ${k} from patient ${p}`, level: "none" as const });
    checks.push({ text: `Answer ${t} from patient ${p}`, conversation: `bench:p${p}`, recent });
  }
}

const first = performance.now();
await guard.check(checks[0]?.text as string, { conversation: "bench:p0", recent: [] });
const firstMs = performance.now() - first;
for (const c of checks.slice(0, 2000)) await guard.check(c.text, c); // JIT

const passes: number[] = [];
for (let pass = 0; pass < 5; pass++) {
  const before = process.cpuUsage();
  for (const c of checks) await guard.check(c.text, c);
  const used = process.cpuUsage(before);
  passes.push((used.user + used.system) / checks.length);
}
passes.sort((a, b) => a - b);
const out = {
  texts: checks.length,
  first_check_ms: +firstMs.toFixed(2),
  cpu_us_per_check_min: +(passes[0] ?? 0).toFixed(2),
  cpu_us_per_check_median: +(passes[2] ?? 0).toFixed(2),
};
console.log(JSON.stringify(out));
