import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ChannelAdapter } from "../src/channel.ts";
import { FlowCatalog } from "../src/flow/catalog.ts";
import { loadFlows } from "../src/flow/load.ts";
import { loadTemplates } from "../src/prompts/templates.ts";
import { Runtime } from "../src/runtime/runtime.ts";
import { detectRisk } from "../src/safety/detect.ts";
import { createRiskGuard } from "../src/safety/guard.ts";
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
}

/**
 * The ten-question flow for `patients` simulated patients through the full runtime (lock,
 * dedupe, SQLite load/save, engine, outbox delivery and its mark), round-robin so every
 * conversation is live. Patients send the peer's very texts.
 */
export async function benchLanternTurns(options: LanternBenchOptions = {}): Promise<TurnFigures> {
  const { patients = 1000, concurrency = 1, riskRules = false, inMemory = false } = options;
  const dir = mkdtempSync(join(tmpdir(), "lantern-bench-"));
  const { flows } = await loadFlows(["bench/flows"]);
  const { templates } = await loadTemplates("prompts");
  const url = inMemory ? "memory://" : `sqlite://${join(dir, "bench.sqlite")}`;
  const store = new Store(await openKeyv(url, "lantern", { keys: null }));
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
  rmSync(dir, { recursive: true, force: true });
  if (delivered < patients * 11) throw new Error(`only ${delivered} messages delivered`);
  latencies.sort((a, b) => a - b);
  return {
    name: `lantern (${inMemory ? "in memory" : "SQLite"}${riskRules ? ", risk rules" : ""}), ${concurrency} in flight`,
    patients,
    turns: latencies.length,
    seconds,
    turnsPerSecond: latencies.length / seconds,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
  };
}
