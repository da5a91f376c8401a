// `npm run bench`: Lantern's turn throughput and latency beside botbuilder-dialogs', at the same
// load, and the risk rule layer's time per message. Figures vary with the machine: compare ratios.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { benchLanternTurns, type TurnFigures } from "./turns.ts";

const PATIENTS = Number(process.env.BENCH_PATIENTS ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
/** Messages in flight at once for the comparison under load (1 is always run as well). */
const IN_FLIGHT = Number(process.env.BENCH_IN_FLIGHT ?? 16);
// The target: at least 3× the peer's turns per second, p99 under 5 ms.
const TARGET_RATIO = 3;
const TARGET_P99_MS = 5;

type Run = () => Promise<TurnFigures>;

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
  const results: TurnFigures[][] = runs.map(() => []);
  for (let i = 0; i < RUNS; i++) {
    for (const [k, run] of runs.entries()) results[k]?.push(await run());
  }
  return results.map((figures) => {
    figures.sort((a, b) => a.turnsPerSecond - b.turnsPerSecond);
    return figures[Math.floor(figures.length / 2)] as TurnFigures;
  });
}

// Under `taskset -c 0` (npm run bench:one-cpu) this reads 1: everything shares that CPU.
console.log(
  `Turn benchmark: a 10-question flow, ${PATIENTS} patients round-robin, node ${process.version}, ` +
    `${availableParallelism()} CPU(s) available.\nEach figure: the median of ${RUNS} runs, Lantern and the peer alternating.\n`,
);

if (!ensurePeer()) {
  console.log("peer not installed: Lantern alone");
  for (const inFlight of [1, IN_FLIGHT]) {
    const [lantern] = await alternate([
      () => benchLanternTurns({ patients: PATIENTS, concurrency: inFlight }),
    ]);
    if (lantern) console.log(row(lantern));
  }
} else {
  const peerModule = "./peer/waterfall.js"; // plain JS with its own node_modules
  const { runPeerBenchmark } = (await import(peerModule)) as {
    runPeerBenchmark(o: {
      patients: number;
      steps: number;
      concurrency: number;
    }): Promise<TurnFigures>;
  };
  for (const inFlight of [1, IN_FLIGHT]) {
    const underLoad = inFlight === IN_FLIGHT;
    const [peer, lantern, inMemory, guarded] = await alternate([
      async () => ({
        ...(await runPeerBenchmark({ patients: PATIENTS, steps: 10, concurrency: inFlight })),
        name: `botbuilder-dialogs (MemoryStorage), ${inFlight} in flight`,
      }),
      () => benchLanternTurns({ patients: PATIENTS, concurrency: inFlight }),
      () => benchLanternTurns({ patients: PATIENTS, concurrency: inFlight, inMemory: true }),
      ...(underLoad
        ? [() => benchLanternTurns({ patients: PATIENTS, concurrency: inFlight, riskRules: true })]
        : []),
    ]);
    if (!lantern || !peer || !inMemory) continue;
    const times = (f: TurnFigures) => `${(f.turnsPerSecond / peer.turnsPerSecond).toFixed(2)}x`;
    console.log(row(peer));
    console.log(`${row(lantern)}   ${times(lantern)}`);
    console.log(`${row(inMemory)}   ${times(inMemory)}`);
    if (guarded) console.log(`${row(guarded)}   ${times(guarded)}`);
    if (underLoad) {
      const met =
        lantern.turnsPerSecond >= TARGET_RATIO * peer.turnsPerSecond &&
        lantern.p99Ms < TARGET_P99_MS;
      console.log(
        `target for Lantern on SQLite, >= ${TARGET_RATIO}x the peer at p99 < ${TARGET_P99_MS} ms: ${met ? "met" : "NOT met"}`,
      );
    }
    console.log("");
  }
}

const riskBench = "./risk.bench.ts";
if (existsSync(new URL(riskBench, import.meta.url))) {
  const { benchRiskRules } = (await import(riskBench)) as {
    benchRiskRules(): { messages: number; medianMs: number; p99Ms: number };
  };
  const risk = benchRiskRules();
  console.log(
    `risk rule layer: median ${risk.medianMs.toFixed(4)} ms, p99 ${risk.p99Ms.toFixed(4)} ms per message (${risk.messages} labelled messages)`,
  );
}
