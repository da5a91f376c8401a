// The configurations side by side in one process, alternating (the same load falls on each):
// `node bench/configs-ab.ts` (BENCH_RUNS, BENCH_IN_FLIGHT). Medians of turns/s, p99 and CPU time
// per turn (all threads, set-up included); the last line is JSON.
import { benchLanternTurns, type LanternBenchOptions, PRODUCTION } from "./turns.ts";

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const IN_FLIGHT = Number(process.env.BENCH_IN_FLIGHT ?? 16);
const CONFIGS: Record<string, LanternBenchOptions> = {
  sqlite: {},
  sqlite_risk: { riskRules: true },
  sqlite_risk_log: { riskRules: true, log: true },
  sqlite_encrypt: { encrypt: true },
  production: PRODUCTION,
};
const figures: Record<string, { tps: number; p99: number; cpu: number }[]> = {};
for (let r = 0; r <= RUNS; r++) {
  for (const [name, options] of Object.entries(CONFIGS)) {
    const before = process.cpuUsage();
    const f = await benchLanternTurns({ ...options, concurrency: IN_FLIGHT });
    const used = process.cpuUsage(before);
    if (r === 0) continue; // run 0 warms up
    figures[name] ??= [];
    figures[name].push({
      tps: f.turnsPerSecond,
      p99: f.p99Ms,
      cpu: (used.user + used.system) / f.turns,
    });
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const out: Record<string, { turns_per_s: number; p99_ms: number; cpu_us_per_turn: number }> = {};
for (const [name, fs] of Object.entries(figures)) {
  out[name] = {
    turns_per_s: Math.round(median(fs.map((f) => f.tps))),
    p99_ms: +median(fs.map((f) => f.p99)).toFixed(2),
    cpu_us_per_turn: +median(fs.map((f) => f.cpu)).toFixed(1),
  };
  console.log(name.padEnd(18), JSON.stringify(out[name]));
}
console.log(JSON.stringify({ in_flight: IN_FLIGHT, runs: RUNS, configs: out }));
