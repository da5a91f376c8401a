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

export interface JournalDrainOptions {
  journal: InboundJournal;
  alerts: OutageAlerts;
  /** The owner's counters: `parked` and `drained` are counted here. */
  stats: { parked: number; drained: number };
  /** How to run one journaled payload now, or undefined while it cannot run yet (no pass). */
  runner(): ((payload: unknown) => Promise<void>) | undefined;
  /** The alerts' conversation id of a journal chat key: the key itself unless given. */
  conversation?(chat: string): string;
  /** What the log says of a journaled inbound that failed other than by the store. */
  failed: string;
  /** How often to retry journaled inbounds while the store is down (ms): 1000. */
  drainIntervalMs?: number | undefined;
  logger?: Logger | undefined;
}

/**
 * The one journal drain every durable intake uses (Slack and Teams through DurableIntake,
 * Telegram's intake directly): which chats wait in the journal (parked), whether the store is
 * down, who was told of the outage, and the drain that retries unsent alerts, then runs the
 * parked chats' journaled inbounds in arrival order once the store is back (or after a restart).
 */
export class JournalDrain {
  readonly journal: InboundJournal;
  /** Chats whose inbounds wait in the journal: new ones queue behind them. */
  readonly parked = new Set<string>();
  /** True from a store failure until a journaled inbound runs again. */
  down = false;
  readonly #options: JournalDrainOptions;
  /** Chats told about the outage (once per outage; a risk message is always answered). */
  readonly #told = new Set<string>();
  #timer: NodeJS.Timeout | undefined;
  #draining: Promise<void> | undefined;
  #stopped = false;

  constructor(options: JournalDrainOptions) {
    this.#options = options;
    this.journal = options.journal;
    // Left over from an outage or a crash before a restart: drained first, in order.
    for (const item of this.journal.pending()) this.parked.add(item.chat);
  }

  /** Whether a chat's new inbound must wait in the journal (store down or chat parked). */
  waits(chat: string): boolean {
    return this.down || this.parked.has(chat);
  }

  /**
   * Run `work` for journaled `id`: done once it ran, or when it failed other than by the store
   * (rethrown: trying again would fail the same way). A store failure is returned, the inbound
   * kept in the journal for the caller to park.
   */
  async attempt(id: string, work: () => Promise<unknown>): Promise<Error | undefined> {
    try {
      await work();
      this.journal.done(id);
      return undefined;
    } catch (error) {
      if (!isStoreFailure(error)) {
        this.journal.done(id);
        throw error;
      }
      return error as Error;
    }
  }

  /**
   * Park a chat (its inbound stays in the journal). False when the store is back and the chat is
   * draining (no outage to tell of); true in an outage, when the caller tells and alerts.
   */
  park(chat: string): boolean {
    this.parked.add(chat);
    this.#options.stats.parked++;
    if (this.down) return true;
    void this.drain();
    return false;
  }

  /** Whether to give the patient the store-down notice: once per outage, or for a risk message. */
  shouldTell(chat: string, risk: boolean): boolean {
    if (!risk && this.#told.has(chat)) return false;
    this.#told.add(chat);
    return true;
  }

  /** Retry unsent alerts, then run parked chats' journaled inbounds in order. */
  drain(): Promise<void> {
    this.#draining ??= this.#drainPass().finally(() => {
      this.#draining = undefined;
    });
    return this.#draining;
  }

  async #drainPass(): Promise<void> {
    const options = this.#options;
    await options.alerts.retry();
    const run = options.runner();
    if (!run) return;
    for (const chat of [...this.parked]) {
      const conversation = options.conversation?.(chat) ?? chat;
      for (
        let items = this.journal.pending(chat);
        items.length && !this.#stopped;
        items = this.journal.pending(chat)
      ) {
        for (const item of items) {
          try {
            await options.alerts.replay(conversation, item.id, () => run(item.payload));
            this.down = false;
            options.stats.drained++;
          } catch (error) {
            if (isStoreFailure(error)) {
              this.down = true;
              return;
            }
            options.logger?.error({ err: String(error) }, options.failed);
          }
          this.journal.done(item.id);
        }
      }
      if (this.#stopped) return;
      this.parked.delete(chat);
      this.#told.delete(chat);
    }
    if (!this.parked.size) this.down = false;
  }

  /** Begin: drain leftovers, retry on a timer. */
  start(): void {
    void this.drain();
    this.#timer = setInterval(() => {
      if (this.parked.size || this.journal.unsentAlerts().length) void this.drain();
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
  readonly #drain: JournalDrain;
  /** Platform ids taken by this process (insertion order, bounded). */
  readonly #seen = new Set<string>();

  constructor(options: DurableIntakeOptions) {
    this.#options = options;
    this.journal = options.journal;
    const run = (payload: unknown) => options.replay(payload as KeptInbound);
    this.#drain = new JournalDrain({
      journal: options.journal,
      alerts: options.alerts,
      stats: this.stats,
      runner: () => run,
      failed: "journaled inbound failed",
      drainIntervalMs: options.drainIntervalMs,
      logger: options.logger,
    });
    for (const item of this.journal.pending()) this.#remember(item.id);
  }

  get storeDown(): boolean {
    return this.#drain.down;
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
    if (this.#drain.waits(conversation)) return this.#park(id, inbound, conversation, tell);
    if (!(await this.#drain.attempt(id, work))) return;
    this.#drain.down = true;
    await this.#park(id, inbound, conversation, tell);
  }

  async #park(
    id: string,
    inbound: Inbound,
    conversation: string,
    tell: (text: string) => Promise<void>,
  ): Promise<void> {
    if (!this.#drain.park(conversation)) return;
    const risk = inbound.kind === "text" ? riskOfText(inbound.text) : undefined;
    if (this.#drain.shouldTell(conversation, risk !== undefined)) {
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
    return this.#drain.drain();
  }

  /** Begin: drain leftovers, retry on a timer. */
  start(): void {
    this.#drain.start();
  }

  stop(): Promise<void> {
    return this.#drain.stop();
  }
}
