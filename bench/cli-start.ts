// `node bench/cli-start.ts`: how long each `lantern` command takes to its first output byte
// (stdout or stderr) and in total, cold (an empty compile cache) and warm (a compile cache the
// same command filled just before). Commands run with harmless arguments against a temporary
// data folder; the repository's flows, prompts and clinic configuration are read as they are.
// Issue 20's target: every command's first output under 300 ms. Not part of `npm run bench`.
// BENCH_RUNS (default 3) runs of each, median shown. The last line is JSON.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const TARGET_MS = 300;
const BIN = join(import.meta.dirname, "..", "bin", "lantern.js");
const ROOT = join(import.meta.dirname, "..");
const data = mkdtempSync(join(tmpdir(), "lantern-cli-start-"));
const baseEnv: NodeJS.ProcessEnv = {
  ...process.env,
  LANTERN_STORE: `sqlite://${join(data, "lantern.sqlite")}`,
  LOG_LEVEL: "warn",
};
// No platform: `start` falls back to the terminal chat, which ends with stdin.
for (const key of Object.keys(baseEnv))
  if (/^(TELEGRAM|SLACK|TEAMS|MICROSOFT_APP)_/.test(key)) delete baseEnv[key];

interface Case {
  name: string;
  args: string[];
  stdin?: string;
}

interface Timing {
  firstMs: number;
  totalMs: number;
  code: number | null;
}

function runOnce(c: Case, cache: string): Promise<Timing> {
  return new Promise((resolve) => {
    const started = performance.now();
    let first = Number.NaN;
    const child = spawn(process.execPath, [BIN, ...c.args], {
      cwd: ROOT,
      env: { ...baseEnv, NODE_COMPILE_CACHE: cache },
      stdio: ["pipe", "pipe", "pipe"],
    });
    const mark = () => {
      if (Number.isNaN(first)) first = performance.now() - started;
    };
    child.stdout.on("data", mark);
    child.stderr.on("data", mark);
    child.stdin.end(c.stdin ?? "");
    const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ firstMs: first, totalMs: performance.now() - started, code });
    });
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function measure(c: Case, cold: boolean): Promise<Timing> {
  const runs: Timing[] = [];
  const warmCache = mkdtempSync(join(tmpdir(), "lantern-cc-"));
  if (!cold) await runOnce(c, warmCache);
  for (let i = 0; i < RUNS; i++) {
    const cache = cold ? mkdtempSync(join(tmpdir(), "lantern-cc-")) : warmCache;
    runs.push(await runOnce(c, cache));
    if (cold) rmSync(cache, { recursive: true, force: true });
  }
  rmSync(warmCache, { recursive: true, force: true });
  return {
    firstMs: median(runs.map((r) => r.firstMs)),
    totalMs: median(runs.map((r) => r.totalMs)),
    code: runs[0]?.code ?? null,
  };
}

// A patient to point the per-patient commands at (its data lives in the temp folder only).
const invited = spawnSync(process.execPath, [BIN, "invite", "Bench"], {
  cwd: ROOT,
  env: baseEnv,
  encoding: "utf8",
});
const patient = /patient (pt_\w+)/.exec(invited.stdout)?.[1] ?? "pt_missing";
// And a terminal conversation (console:bench) for the brief, the report and the sessions.
spawnSync(process.execPath, [BIN, "chat", "--user", "bench"], {
  cwd: ROOT,
  env: baseEnv,
  input: "1\n",
});

const CASES: Case[] = [
  { name: "--help", args: ["--help"] },
  { name: "flows --help", args: ["flows", "--help"] },
  { name: "flows check --help", args: ["flows", "check", "--help"] },
  { name: "flows check", args: ["flows", "check"] },
  { name: "risk classify", args: ["risk", "classify"], stdin: '{"id":1,"text":"hello"}\n' },
  { name: "invite", args: ["invite", "Bench2"] },
  { name: "brief", args: ["brief", "--user", "bench"] },
  { name: "measures report", args: ["measures", "report", "--user", "bench"] },
  { name: "patient export", args: ["patient", "export", "--patient", patient] },
  { name: "patient delete", args: ["patient", "delete", "--patient", patient] },
  {
    name: "session add",
    args: ["session", "add", "--patient", "bench", "--at", "in 10 days at 9am", "--number", "1"],
  },
  { name: "session list", args: ["session", "list", "--patient", "bench"] },
  { name: "session cancel", args: ["session", "cancel", "--patient", "bench", "--number", "9"] },
  { name: "chat", args: ["chat", "--user", "bench2"], stdin: "1\n" },
  { name: "start", args: ["start"] },
];

const only = process.argv.slice(2);
const cases = only.length ? CASES.filter((c) => only.includes(c.name)) : CASES;
const ms = (v: number) => (Number.isNaN(v) ? "-" : v.toFixed(0)).padStart(7);
console.log(`${RUNS} run(s) each, median; ms; target: first output < ${TARGET_MS} ms`);
console.log(
  `${"command".padEnd(20)} ${"cold 1st".padStart(8)} ${"total".padStart(7)} ${"warm 1st".padStart(8)} ${"total".padStart(7)}  exit`,
);
const firstOutput: Record<string, number> = {};
const firstOutputWarm: Record<string, number> = {};
for (const c of cases) {
  const cold = await measure(c, true);
  const warm = await measure(c, false);
  firstOutput[c.name] = Math.round(cold.firstMs);
  firstOutputWarm[c.name] = Math.round(warm.firstMs);
  const over = cold.firstMs >= TARGET_MS ? "  over" : "";
  console.log(
    `${c.name.padEnd(20)} ${ms(cold.firstMs)}  ${ms(cold.totalMs)}  ${ms(warm.firstMs)}  ${ms(warm.totalMs)}  ${warm.code}${over}`,
  );
}
rmSync(data, { recursive: true, force: true });
const max = Math.max(...Object.values(firstOutput));
// cli_first_output_ms is cold (an empty compile cache); the warm figures are what a second run sees.
console.log(
  JSON.stringify({
    cli_first_output_ms: firstOutput,
    max_ms: max,
    cli_first_output_warm_ms: firstOutputWarm,
    max_warm_ms: Math.max(...Object.values(firstOutputWarm)),
  }),
);
