import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ChannelAdapter } from "../src/channel.ts";
import { stateCodec } from "../src/engine/stored-state.ts";
import { FlowCatalog } from "../src/flow/catalog.ts";
import { loadFlows } from "../src/flow/load.ts";
import { closeLogger, createLogger } from "../src/log.ts";
import { loadTemplates } from "../src/prompts/templates.ts";
import { Runtime } from "../src/runtime/runtime.ts";
import { detectRisk } from "../src/safety/detect.ts";
import { createRiskGuard } from "../src/safety/guard.ts";
import { parseDataKey } from "../src/store/crypto.ts";
import { openKeyv } from "../src/store/open.ts";
import { Store } from "../src/store/store.ts";

export interface TurnFigures {
  name: string;
  patients: number;
  turns: number;
  seconds: number;
  turnsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

export interface LanternBenchOptions {
  patients?: number;
  /** Patients' messages in flight at once (a sliding window, as on a live server). */
  concurrency?: number;
  /** Run the risk rule layer on every message, as the product does. */
  riskRules?: boolean;
  /** Keep state in memory (`memory://`), as the peer's MemoryStorage does: nothing durable. */
  inMemory?: boolean;
  /** Write the per-turn log line `npm start` writes (info level, to a file in the run's folder). */
  log?: boolean;
  /** Encrypt every record at rest, as with `LANTERN_DATA_KEY` set. */
  encrypt?: boolean;
  /** A store URL instead of SQLite (redis://, postgres://): no in-process cache. */
  storeUrl?: string;
}

/** What a clinic runs: SQLite, the risk guard, the per-turn log and encryption at rest. */
export const PRODUCTION: LanternBenchOptions = { riskRules: true, log: true, encrypt: true };

/**
 * The ten-question flow for `patients` simulated patients through the full runtime (lock,
 * dedupe, SQLite load/save, engine, outbox delivery and its mark), round-robin so every
 * conversation is live. Patients send the peer's very texts.
 */
export async function benchLanternTurns(options: LanternBenchOptions = {}): Promise<TurnFigures> {
  const { patients = 1000, concurrency = 1, riskRules = false, inMemory = false } = options;
  const { log = false, encrypt = false, storeUrl } = options;
  const dir = mkdtempSync(join(tmpdir(), "lantern-bench-"));
  const { flows } = await loadFlows(["bench/flows"]);
  const { templates } = await loadTemplates("prompts");
  const url = storeUrl ?? (inMemory ? "memory://" : `sqlite://${join(dir, "bench.sqlite")}`);
  const keys = encrypt ? { current: parseDataKey(randomBytes(32).toString("hex")), old: [] } : null;
  // Each run has its own namespace, so runs against one Redis or PostgreSQL never meet.
  const namespace = storeUrl ? `bench${randomBytes(4).toString("hex")}` : "lantern";
  const store = new Store(await openKeyv(url, namespace, { keys }), { codec: stateCodec });
  const logger = log
    ? createLogger({ level: "info", destination: join(dir, "lantern.log") })
    : undefined;
  let delivered = 0;
  const channel: ChannelAdapter = {
    name: "bench",
    normalise: () => null,
    send: async () => {
      delivered++;
    },
    start: async () => {},
    stop: async () => {},
  };
  const runtime = new Runtime({
    catalog: new FlowCatalog(
      flows.map((f) => f.flow),
      templates,
    ),
    store,
    channels: [channel],
    ...(riskRules ? { services: { guard: createRiskGuard(detectRisk) } } : {}),
    ...(logger ? { logger } : {}),
  });
  const latencies: number[] = [];
  const turn = async (p: number, t: number, measure: boolean) => {
    const started = performance.now();
    await runtime.handle(
      t === 0
        ? {
            channel: "bench",
            userId: `p${p}`,
            messageId: `${p}-0`,
            kind: "start",
            flowId: "bench-ten",
          }
        : {
            channel: "bench",
            userId: `p${p}`,
            messageId: `${p}-${t}`,
            kind: "text",
            text: `Answer ${t} from patient ${p}`,
          },
    );
    if (measure) latencies.push(performance.now() - started);
  };
  for (let t = 0; t <= 10; t++) for (let p = 0; p < 20; p++) await turn(-1 - p, t, false); // warm-up
  const started = performance.now();
  // Round-robin by turn; within a round, a sliding window keeps `concurrency` patients'
  // messages in flight at once, as on a live server.
  for (let t = 0; t <= 10; t++) {
    let next = 0;
    const worker = async () => {
      while (next < patients) await turn(next++, t, true);
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
  }
  const seconds = (performance.now() - started) / 1000;
  await store.close();
  if (logger) await closeLogger(logger); // its file and timer go with the run
  rmSync(dir, { recursive: true, force: true });
  if (delivered < patients * 11) throw new Error(`only ${delivered} messages delivered`);
  latencies.sort((a, b) => a - b);
  return {
    name: `lantern (${[
      storeUrl ? storeUrl.split(":")[0] : inMemory ? "in memory" : "SQLite",
      riskRules && "risk rules",
      log && "log",
      encrypt && "encrypted",
    ]
      .filter(Boolean)
      .join(", ")}), ${concurrency} in flight`,
    patients,
    turns: latencies.length,
    seconds,
    turnsPerSecond: latencies.length / seconds,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
  };
}
