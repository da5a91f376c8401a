// The production configuration alone (SQLite + risk guard + per-turn log + encryption), for
// before/after comparisons: one warm-up run, then BENCH_RUNS runs at BENCH_IN_FLIGHT (default
// 16 and 1). Run two checkouts back to back, alternating, and compare the medians.
// On a shared machine wall-clock figures swing with the neighbours' load; CPU time per turn
// (this process, all threads, set-up included) swings far less. `node bench/production.ts`;
// the last line is JSON.
import { benchLanternTurns, PRODUCTION, type TurnFigures } from "./turns.ts";

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const IN_FLIGHT = (process.env.BENCH_IN_FLIGHT ?? "16,1").split(",").map(Number);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

const out: Record<
  string,
  { turns_per_s: number; p50_ms: number; p99_ms: number; cpu_us_per_turn: number }
> = {};
for (const inFlight of IN_FLIGHT) {
  await benchLanternTurns({ ...PRODUCTION, concurrency: inFlight }); // the JIT settles
  const runs: TurnFigures[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const before = process.cpuUsage();
    const f = await benchLanternTurns({ ...PRODUCTION, concurrency: inFlight });
    const used = process.cpuUsage(before);
    runs.push(f);
    cpu.push((used.user + used.system) / f.turns);
  }
  out[`in_flight_${inFlight}`] = {
    turns_per_s: Math.round(median(runs.map((f) => f.turnsPerSecond))),
    p50_ms: +median(runs.map((f) => f.p50Ms)).toFixed(3),
    p99_ms: +median(runs.map((f) => f.p99Ms)).toFixed(3),
    cpu_us_per_turn: +median(cpu).toFixed(1),
  };
}
console.log(JSON.stringify(out));
