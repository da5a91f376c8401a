// The production turn with the rule fast path off and on, alternating in one process (same
// load): `node bench/fast-path-ab.ts` (BENCH_RUNS, BENCH_IN_FLIGHT). Prints one JSON line.
import { setFastPath } from "../src/safety/detector/fast-path.ts";
import { benchLanternTurns, PRODUCTION } from "./turns.ts";

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const IN_FLIGHT = Number(process.env.BENCH_IN_FLIGHT ?? 16);
const figures: Record<"off" | "on", { tps: number; p99: number }[]> = { off: [], on: [] };
for (let r = 0; r <= RUNS; r++) {
  for (const mode of ["off", "on"] as const) {
    setFastPath(mode === "on");
    const f = await benchLanternTurns({ ...PRODUCTION, concurrency: IN_FLIGHT });
    if (r > 0) figures[mode].push({ tps: f.turnsPerSecond, p99: f.p99Ms }); // run 0 warms up
  }
}
const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const summary = (mode: "off" | "on") => ({
  turnsPerS: Math.round(median(figures[mode].map((f) => f.tps))),
  p99Ms: +median(figures[mode].map((f) => f.p99)).toFixed(2),
});
console.log(
  JSON.stringify({ inFlight: IN_FLIGHT, runs: RUNS, off: summary("off"), on: summary("on") }),
);
