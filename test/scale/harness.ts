// Builds a real runtime (shipped flows + the benchmark flow, the real risk guard, care actions)
// on a store URL, for the fault tests, their child processes and the load benchmark.
import { appendFileSync } from "node:fs";
import { globalsFor, loadContent } from "../../src/app.ts";
import { careActions } from "../../src/care/actions.ts";
import type { AlertSink, ChannelAdapter, RaisedAlert } from "../../src/channel.ts";
import type { OutboxMessage } from "../../src/engine/state.ts";
import { stateCodec } from "../../src/engine/stored-state.ts";
import type { Inbound } from "../../src/engine/types.ts";
import { Runtime } from "../../src/runtime/runtime.ts";
import { toEngineAlert } from "../../src/safety/alert.ts";
import { detectRisk } from "../../src/safety/detect.ts";
import { createRiskGuard } from "../../src/safety/guard.ts";
import { openKeyv } from "../../src/store/open.ts";
import { createSharedRuntimeOptions } from "../../src/store/shared/index.ts";
import { Store } from "../../src/store/store.ts";

export const CONTENT = {
  LANTERN_FLOWS: "flows",
  LANTERN_PROMPTS: "prompts",
  LANTERN_CLINIC: "config/clinic.yaml",
};

/** A channel like the console's, recording each send (in memory, and to a file if given). */
export class FileChannel implements ChannelAdapter<Inbound> {
  readonly name = "test";
  readonly sent: { userId: string; message: OutboxMessage; at: number }[] = [];
  /** Called before a send completes (tests slow it down or watch it). */
  beforeSend?: (userId: string, message: OutboxMessage) => Promise<void>;
  readonly #file: string | undefined;

  constructor(file?: string) {
    this.#file = file;
  }

  normalise(update: Inbound): Inbound {
    return update;
  }

  async send(userId: string, message: OutboxMessage): Promise<void> {
    if (this.#file) appendFileSync(this.#file, `sending ${message.id}\n`);
    await this.beforeSend?.(userId, message);
    this.sent.push({ userId, message, at: performance.now() });
    // The "platform" has it once this line is written (synchronously, before we return).
    if (this.#file)
      appendFileSync(
        this.#file,
        `${JSON.stringify({ kind: "msg", id: message.id, userId, text: message.text })}\n`,
      );
  }

  async start(): Promise<void> {}
  async stop(): Promise<void> {}
}

/** The care team's end: records alerts (and the time each was handed over). */
export class FileNotifier implements AlertSink {
  readonly name = "file";
  readonly alerts: { alert: RaisedAlert; at: number }[] = [];
  readonly #file: string | undefined;

  constructor(file?: string) {
    this.#file = file;
  }

  async notify(alert: RaisedAlert): Promise<void> {
    this.alerts.push({ alert, at: performance.now() });
    if (this.#file)
      appendFileSync(
        this.#file,
        `${JSON.stringify({ kind: "alert", id: alert.id, conversation: alert.conversation })}\n`,
      );
  }
}

export interface Harness {
  runtime: Runtime;
  store: Store;
  channel: FileChannel;
  notifier: FileNotifier;
  close(): Promise<void>;
}

/** A runtime on `url` (shared-store lock and claim when it is Redis or PostgreSQL). */
export async function buildRuntime(options: {
  url: string;
  namespace: string;
  file?: string;
  /** Keep the state cache even on a shared store (only to measure what it costs). */
  cacheStates?: boolean;
  /** Redis lock TTL: how long a killed holder blocks its patient. */
  lockTtlMs?: number;
}): Promise<Harness> {
  const content = await loadContent(CONTENT, ["bench/flows"]);
  const store = new Store(await openKeyv(options.url, options.namespace, { keys: null }), {
    codec: stateCodec,
  });
  const shared = await createSharedRuntimeOptions(options.url, {
    namespace: options.namespace,
    ...(options.lockTtlMs ? { lockTtlMs: options.lockTtlMs } : {}),
  });
  const channel = new FileChannel(options.file);
  const notifier = new FileNotifier(options.file);
  const runtime = new Runtime({
    catalog: content.catalog,
    store,
    channels: [channel],
    notifiers: [notifier],
    services: {
      globals: globalsFor(content.clinic),
      firstFlow: "bench-ten",
      guard: createRiskGuard(detectRisk),
      actions: careActions(),
    },
    effects: {
      // Care effects without the escalation service: the notifier above is the care team.
      "care.notify": async (args, state) => {
        await notifier.notify({
          ...toEngineAlert(args),
          id: String(args.alert_id ?? "care"),
          conversation: state.id,
        });
      },
      "safety_plan.shared": async () => {},
    },
    ...(shared
      ? {
          lock: shared.lock,
          deliveryLock: shared.deliveryLock,
          cacheStates: options.cacheStates ?? shared.cacheStates,
        }
      : {}),
  });
  if (shared) runtime.scheduler.useClaim(shared.claim);
  await runtime.saveSnapshots();
  return {
    runtime,
    store,
    channel,
    notifier,
    close: async () => {
      await shared?.close();
      await store.close();
    },
  };
}
