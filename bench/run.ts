// `npm run bench`: Lantern's turn throughput and latency beside botbuilder-dialogs', at the same
// load, and the risk rule layer's time per message. The headline is the production configuration
// (SQLite + risk guard + per-turn log + encryption); BENCH_REDIS_URL / BENCH_POSTGRES_URL add
// rows for those stores. Figures vary with the machine: compare ratios. The last line is JSON.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import {
  benchLanternTurns,
  type LanternBenchOptions,
  PRODUCTION,
  type TurnFigures,
} from "./turns.ts";

const PATIENTS = Number(process.env.BENCH_PATIENTS ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
/** Messages in flight at once for the comparison under load (1 is always run as well). */
const IN_FLIGHT = Number(process.env.BENCH_IN_FLIGHT ?? 16);
// The targets for the production configuration: at least 3x the peer's turns per second at
// 16 in flight with p99 under 5 ms, and 2x one message at a time.
const TARGET_RATIO = 3;
const TARGET_RATIO_ONE = 2;
const TARGET_P99_MS = 5;

type Run = () => Promise<TurnFigures>;

/** CPU time per turn (this process, all threads) of each run, by figures' name. */
const cpuPerTurn = new Map<string, number[]>();

/**
 * The run, with its CPU time per turn noted. On a machine shared with other work, wall-clock
 * ratios swing with the neighbours' load; the ratio of CPU time per turn swings far less.
 */
function timed(run: Run): Run {
  return async () => {
    const before = process.cpuUsage();
    const figures = await run();
    const used = process.cpuUsage(before);
    const list = cpuPerTurn.get(figures.name) ?? [];
    list.push((used.user + used.system) / figures.turns);
    cpuPerTurn.set(figures.name, list);
    return figures;
  };
}

/** Median CPU microseconds per turn over the runs named `name` (warm-up included). */
function cpuMedian(name: string): number {
  const list = [...(cpuPerTurn.get(name) ?? [])].sort((a, b) => a - b);
  return list[Math.floor(list.length / 2)] ?? Number.NaN;
}

function row(f: TurnFigures): string {
  return `${f.name.padEnd(50)} ${f.turnsPerSecond.toFixed(0).padStart(6)} turns/s   p50 ${f.p50Ms.toFixed(2)} ms   p99 ${f.p99Ms.toFixed(2)} ms`;
}

/** botbuilder-dialogs lives in bench/peer with its own lockfile; its postinstall must not run. */
function ensurePeer(): boolean {
  if (existsSync("bench/peer/node_modules/botbuilder-dialogs")) return true;
  console.log("installing the comparison peer (botbuilder-dialogs) into bench/peer …");
  const result = spawnSync(
    "npm",
    ["ci", "--ignore-scripts", "--no-audit", "--no-fund", "--prefix", "bench/peer"],
    { stdio: "inherit" },
  );
  return result.status === 0;
}

/**
 * One warm-up run of each (the JIT settles), then `RUNS` runs taking turns, so a slow spell on a
 * shared machine falls on both; each side's figures are its run with the median throughput.
 */
async function alternate(runs: Run[]): Promise<TurnFigures[]> {
  for (const run of runs) await run();
  cpuPerTurn.clear(); // the warm-up runs are not counted
  const results: TurnFigures[][] = runs.map(() => []);
  for (let i = 0; i < RUNS; i++) {
    for (const [k, run] of runs.entries()) results[k]?.push(await run());
  }
  return results.map((figures) => {
    figures.sort((a, b) => a.turnsPerSecond - b.turnsPerSecond);
    return figures[Math.floor(figures.length / 2)] as TurnFigures;
  });
}

/** The 1-minute load average, said beside the figures (the machine may be shared). */
const loadAtStart = round(loadavg()[0] ?? 0);

// Under `taskset -c 0` (npm run bench:one-cpu) this reads 1: everything shares that CPU.
console.log(
  `Turn benchmark: a 10-question flow, ${PATIENTS} patients round-robin, node ${process.version}, ` +
    `${availableParallelism()} CPU(s) available.\nEach figure: the median of ${RUNS} runs, Lantern and the peer alternating.\n`,
);

/** One configuration of Lantern; `key` names it in the JSON line. */
interface Config {
  key: string;
  options: LanternBenchOptions;
  /** Only at the higher load (1 in flight runs the headline rows only). */
  loadOnly?: boolean;
}

const CONFIGS: Config[] = [
  { key: "production", options: PRODUCTION },
  { key: "memory", options: { inMemory: true } },
  { key: "sqlite", options: {} },
  { key: "sqlite_risk", options: { riskRules: true }, loadOnly: true },
  { key: "sqlite_risk_log", options: { riskRules: true, log: true }, loadOnly: true },
  ...(process.env.BENCH_REDIS_URL
    ? [{ key: "redis", options: { ...PRODUCTION, storeUrl: process.env.BENCH_REDIS_URL } }]
    : []),
  ...(process.env.BENCH_POSTGRES_URL
    ? [{ key: "postgres", options: { ...PRODUCTION, storeUrl: process.env.BENCH_POSTGRES_URL } }]
    : []),
];

const ratios: Record<string, number> = {};
const p99: Record<string, number> = {};
const turnsPerSecond: Record<string, number> = {};
/** CPU microseconds per turn (median of the runs), and the peer's over Lantern's. */
const cpuUs: Record<string, number> = {};
const cpuRatios: Record<string, number> = {};
let peerTurnsPerSecond: number | undefined;
const peer = ensurePeer() ? await loadPeer() : undefined;
if (!peer) console.log("peer not installed: Lantern alone, no ratios");

for (const inFlight of [IN_FLIGHT, 1]) {
  const suffix = inFlight === IN_FLIGHT ? "" : `_${inFlight}`;
  const configs = CONFIGS.filter((c) => inFlight === IN_FLIGHT || !c.loadOnly);
  const runs: Run[] = configs.map((c) =>
    timed(() => benchLanternTurns({ ...c.options, patients: PATIENTS, concurrency: inFlight })),
  );
  if (peer) runs.unshift(timed(() => peer(inFlight)));
  const figures = await alternate(runs);
  const peerFigures = peer ? figures.shift() : undefined;
  if (peerFigures) {
    cpuUs[`peer${suffix}`] = round(cpuMedian(peerFigures.name), 1);
    console.log(`${row(peerFigures)}   ${cpuUs[`peer${suffix}`]} us CPU/turn`);
    if (inFlight === IN_FLIGHT) peerTurnsPerSecond = peerFigures.turnsPerSecond;
  }
  for (const [k, c] of configs.entries()) {
    const f = figures[k];
    if (!f) continue;
    const key = `${c.key}${suffix}`;
    p99[key] = round(f.p99Ms);
    turnsPerSecond[key] = Math.round(f.turnsPerSecond);
    cpuUs[key] = round(cpuMedian(f.name), 1);
    if (peerFigures) {
      ratios[key] = round(f.turnsPerSecond / peerFigures.turnsPerSecond);
      cpuRatios[key] = round(cpuMedian(peerFigures.name) / cpuMedian(f.name));
    }
    console.log(
      `${row(f)}${peerFigures ? `   ${ratios[key]?.toFixed(2)}x` : ""}   ${cpuUs[key]} us CPU/turn`,
    );
  }
  console.log("");
}

const met = {
  production: (ratios.production ?? 0) >= TARGET_RATIO && (p99.production ?? 99) < TARGET_P99_MS,
  production_1: (ratios.production_1 ?? 0) >= TARGET_RATIO_ONE,
};
console.log(
  `targets: production >= ${TARGET_RATIO}x the peer at ${IN_FLIGHT} in flight with p99 < ${TARGET_P99_MS} ms: ${met.production ? "met" : "NOT met"}; ` +
    `>= ${TARGET_RATIO_ONE}x one at a time: ${met.production_1 ? "met" : "NOT met"}`,
);

let riskFigures: { median: number; p99: number } | undefined;
const riskBench = "./risk.bench.ts";
if (existsSync(new URL(riskBench, import.meta.url))) {
  const { benchRiskRules } = (await import(riskBench)) as {
    benchRiskRules(): { messages: number; medianMs: number; p99Ms: number };
  };
  const risk = benchRiskRules();
  riskFigures = { median: round(risk.medianMs, 4), p99: round(risk.p99Ms, 4) };
  console.log(
    `risk rule layer: median ${risk.medianMs.toFixed(4)} ms, p99 ${risk.p99Ms.toFixed(4)} ms per message (${risk.messages} labelled messages)`,
  );
}

// The last line: one JSON object with the figures, for CI logs and comparisons across runs.
console.log(
  JSON.stringify({
    ratios,
    p99_ms: p99,
    turns_per_s: turnsPerSecond,
    cpu_us_per_turn: cpuUs,
    cpu_ratios: cpuRatios,
    peer_turns_per_s: peerTurnsPerSecond === undefined ? null : Math.round(peerTurnsPerSecond),
    risk_ms: riskFigures ?? null,
    targets_met: met,
    patients: PATIENTS,
    in_flight: IN_FLIGHT,
    runs: RUNS,
    load_avg: { start: loadAtStart, end: round(loadavg()[0] ?? 0) },
  }),
);

/** The peer's benchmark as a Run for `inFlight`, or undefined when its module fails to load. */
async function loadPeer(): Promise<((inFlight: number) => Promise<TurnFigures>) | undefined> {
  const peerModule = "./peer/waterfall.js"; // plain JS with its own node_modules
  const { runPeerBenchmark } = (await import(peerModule)) as {
    runPeerBenchmark(o: {
      patients: number;
      steps: number;
      concurrency: number;
    }): Promise<TurnFigures>;
  };
  return async (inFlight) => ({
    ...(await runPeerBenchmark({ patients: PATIENTS, steps: 10, concurrency: inFlight })),
    name: `botbuilder-dialogs (MemoryStorage), ${inFlight} in flight`,
  });
}

function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
