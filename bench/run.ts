// `npm run bench`: prints Lantern's turn throughput and latency beside botbuilder-dialogs',
// and the risk rule layer's time per message. Figures vary with the machine: compare ratios.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { benchLanternTurns, type TurnFigures } from "./turns.ts";

const PATIENTS = Number(process.env.BENCH_PATIENTS ?? 1000);

function row(f: TurnFigures): string {
  return `${f.name.padEnd(40)} ${f.turnsPerSecond.toFixed(0).padStart(8)} turns/s   p50 ${f.p50Ms.toFixed(3)} ms   p99 ${f.p99Ms.toFixed(3)} ms   (${f.turns} turns)`;
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

console.log(
  `Turn benchmark: a 10-question flow, ${PATIENTS} patients, round-robin (node ${process.version})\n`,
);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

/** The run with the median throughput of several: this machine's disk and CPU vary run to run. */
async function median(run: () => Promise<TurnFigures>): Promise<TurnFigures> {
  const results: TurnFigures[] = [];
  for (let i = 0; i < RUNS; i++) results.push(await run());
  results.sort((a, b) => a.turnsPerSecond - b.turnsPerSecond);
  return results[Math.floor(results.length / 2)] as TurnFigures;
}

console.log(`(median of ${RUNS} runs each)\n`);
const sequential = await median(() => benchLanternTurns(PATIENTS, 1));
console.log(row(sequential));
const concurrent = await median(() => benchLanternTurns(PATIENTS, 4));
console.log(row(concurrent));

if (ensurePeer()) {
  const peerModule = "./peer/waterfall.js"; // plain JS with its own node_modules
  const { runPeerBenchmark } = (await import(peerModule)) as {
    runPeerBenchmark(o: { patients: number; steps: number }): Promise<TurnFigures>;
  };
  const peer = await median(() => runPeerBenchmark({ patients: PATIENTS, steps: 10 }));
  console.log(row({ ...peer, name: "botbuilder-dialogs (MemoryStorage)" }));
  console.log(
    `\nratio (Lantern / peer turns per second): sequential ${(sequential.turnsPerSecond / peer.turnsPerSecond).toFixed(2)}x, ` +
      `4 in flight ${(concurrent.turnsPerSecond / peer.turnsPerSecond).toFixed(2)}x`,
  );
} else {
  console.log("peer not installed: no ratio");
}

const riskBench = "./risk.bench.ts";
if (existsSync(new URL(riskBench, import.meta.url))) {
  const { benchRiskRules } = (await import(riskBench)) as {
    benchRiskRules(): { messages: number; medianMs: number; p99Ms: number };
  };
  const risk = benchRiskRules();
  console.log(
    `\nrisk rule layer: median ${risk.medianMs.toFixed(4)} ms, p99 ${risk.p99Ms.toFixed(4)} ms per message (${risk.messages} messages)`,
  );
}
