import type { Logger } from "pino";
import { conversationId } from "../engine/state.ts";
import type { Inbound } from "../engine/types.ts";
import type { InboundJournal } from "./inbound-journal.ts";
import { type OutageAlerts, riskOfText } from "./intake-alerts.ts";
import { isStoreFailure } from "./runtime.ts";

/** What the journal keeps of one inbound: the normalised message and the adapter's extras. */
export interface KeptInbound {
  inbound: Inbound;
  /** Whatever the adapter needs to run it later (Teams: the conversation reference). */
  extra?: unknown;
}

export interface DurableIntakeOptions {
  journal: InboundJournal;
  alerts: OutageAlerts;
  /** Run a journaled inbound later (a drain after an outage or a restart). */
  replay(kept: KeptInbound): Promise<void>;
  /** The store-down notice for this patient, with their locale's crisis resources. */
  notice(inbound: Inbound): string;
  /** How often to retry journaled inbounds while the store is down (ms): 1000. */
  drainIntervalMs?: number;
  logger?: Logger | undefined;
}

/** How many recent platform ids are remembered to drop a platform's retries. */
const RECENT = 10_000;

/**
 * Durable intake for platforms that are acknowledged before the turn runs (Slack) or that we
 * answer 200 rather than make them retry (Teams): every inbound is journaled (fsync) before
 * the platform is acknowledged, keyed by the platform's own id (Slack's event id, Teams'
 * activity id), so a platform retry is dropped. A store failure keeps it in the journal and
 * parks its conversation: the patient gets the store-down notice with crisis resources, a
 * rule-layer risk message alerts the care team without the store, and the journal is drained
 * in arrival order per conversation when the store is back (or after a restart).
 */
export class DurableIntake {
  readonly journal: InboundJournal;
  readonly stats = { parked: 0, drained: 0, duplicates: 0 };
  readonly #options: DurableIntakeOptions;
  readonly #parked = new Set<string>();
  readonly #told = new Set<string>();
  /** Platform ids taken by this process (insertion order, bounded). */
  readonly #seen = new Set<string>();
  #down = false;
  #timer: NodeJS.Timeout | undefined;
  #draining: Promise<void> | undefined;
  #stopped = false;

  constructor(options: DurableIntakeOptions) {
    this.#options = options;
    this.journal = options.journal;
    // Left over from an outage or a crash before a restart: drained first, in order.
    for (const item of this.journal.pending()) {
      this.#parked.add(item.chat);
      this.#remember(item.id);
    }
  }

  get storeDown(): boolean {
    return this.#down;
  }

  get alertsSent(): number {
    return this.#options.alerts.sent;
  }

  #remember(id: string): void {
    this.#seen.add(id);
    if (this.#seen.size > RECENT) {
      const oldest = this.#seen.values().next().value;
      if (oldest !== undefined) this.#seen.delete(oldest);
    }
  }

  /**
   * Journal an inbound (fsync) before the platform is acknowledged. False for an id already
   * taken (a platform retry): it must not run again.
   */
  take(id: string, kept: KeptInbound): boolean {
    if (this.#seen.has(id) || this.journal.isPending(id)) {
      this.stats.duplicates++;
      return false;
    }
    this.#remember(id);
    const { inbound } = kept;
    this.journal.add([
      { id, chat: conversationId(inbound.channel, inbound.userId), payload: kept },
    ]);
    return true;
  }

  /**
   * Run a taken inbound now (`work`), or keep it: while the store is down or its conversation
   * is parked it waits in the journal, and `tell` gives the patient the notice directly.
   * A failure that is not the store's is rethrown (trying again would fail the same way).
   */
  async run(
    id: string,
    inbound: Inbound,
    work: () => Promise<void>,
    tell: (text: string) => Promise<void>,
  ): Promise<void> {
    const conversation = conversationId(inbound.channel, inbound.userId);
    if (this.#down || this.#parked.has(conversation))
      return this.#park(id, inbound, conversation, tell);
    try {
      await work();
      this.journal.done(id);
    } catch (error) {
      if (!isStoreFailure(error)) {
        this.journal.done(id);
        throw error;
      }
      this.#down = true;
      await this.#park(id, inbound, conversation, tell);
    }
  }

  async #park(
    id: string,
    inbound: Inbound,
    conversation: string,
    tell: (text: string) => Promise<void>,
  ): Promise<void> {
    this.#parked.add(conversation);
    this.stats.parked++;
    if (!this.#down) {
      // The store is back and this conversation is draining: no outage to tell of.
      void this.drain();
      return;
    }
    const risk = inbound.kind === "text" ? riskOfText(inbound.text) : undefined;
    if (risk || !this.#told.has(conversation)) {
      this.#told.add(conversation);
      await tell(this.#options.notice(inbound)).catch((error: unknown) =>
        this.#options.logger?.error(
          { err: String(error), channel: inbound.channel },
          "store-down notice not sent",
        ),
      );
    }
    if (risk)
      await this.#options.alerts.raise(conversation, id, risk, {
        text: inbound.text ?? "",
        at: new Date().toISOString(),
      });
  }

  /** Retry unsent alerts, then run parked conversations' journaled inbounds in order. */
  drain(): Promise<void> {
    this.#draining ??= this.#drainPass().finally(() => {
      this.#draining = undefined;
    });
    return this.#draining;
  }

  async #drainPass(): Promise<void> {
    await this.#options.alerts.retry();
    for (const conversation of [...this.#parked]) {
      for (
        let items = this.journal.pending(conversation);
        items.length && !this.#stopped;
        items = this.journal.pending(conversation)
      ) {
        for (const item of items) {
          try {
            await this.#options.alerts.replay(conversation, item.id, () =>
              this.#options.replay(item.payload as KeptInbound),
            );
            this.#down = false;
            this.stats.drained++;
          } catch (error) {
            if (isStoreFailure(error)) {
              this.#down = true;
              return;
            }
            this.#options.logger?.error({ err: String(error) }, "journaled inbound failed");
          }
          this.journal.done(item.id);
        }
      }
      if (this.#stopped) return;
      this.#parked.delete(conversation);
      this.#told.delete(conversation);
    }
    if (!this.#parked.size) this.#down = false;
  }

  /** Begin: drain leftovers, retry on a timer. */
  start(): void {
    void this.drain();
    this.#timer = setInterval(() => {
      if (this.#parked.size || this.journal.unsentAlerts().length) void this.drain();
    }, this.#options.drainIntervalMs ?? 1_000);
    this.#timer.unref();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    clearInterval(this.#timer);
    await this.#draining;
    this.journal.close();
  }
}
