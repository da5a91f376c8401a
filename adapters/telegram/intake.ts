import type { Context, Middleware, NextFunction, Transformer } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "pino";
import {
  bump,
  conversationId,
  type InboundJournal,
  type InboundSink,
  type IntakeNotice,
  JournalDrain,
  LanternError,
  type OutageAlerts,
  type RiskAssessment,
} from "#lantern";
import { chatOf, localeOf, riskOf } from "./intake-helpers.ts";

/** What the intake needs from the channel: run one update, and send a plain text. */
export interface IntakeChannel {
  receive(update: Update, sink: InboundSink): Promise<void>;
  sendText(chat: string, text: string): Promise<void>;
  answerButton(queryId: string): Promise<void>;
}

export interface IntakeOptions {
  journal: InboundJournal;
  /** Outage alerts: sent without the store (App.alertNow), adopted on replay. */
  alerts: OutageAlerts;
  /** The patient-facing notices in the patient's language, with the crisis resources. */
  notice(kind: IntakeNotice, locale?: string): string;
  /** Ordinary updates one chat may hold in flight (queued or running): 8. */
  perChatLimit?: number;
  /** Risk messages one chat may hold in flight ahead of its queue: 4. */
  perChatPriority?: number;
  /** How often to retry journaled updates while the store is down (ms): 1000. */
  drainIntervalMs?: number;
  logger?: Logger;
}

/** Thrown after sequentialize when the chat's earlier updates wait in the journal. */
const parked = () => new LanternError("store.unavailable", "earlier updates of this chat wait");

/**
 * Durable, fair intake for Telegram updates (polling and webhook):
 * - every update is journaled before it is acknowledged (the getUpdates transformer for long
 *   polling, the first middleware for webhooks) and marked done once handled;
 * - a store failure keeps the update in the journal (the offset may move on), the patient gets
 *   the store-down notice with crisis resources, a rule-layer risk message alerts the care team
 *   directly; the journal is drained in order per chat when the store is back;
 * - a chat holds at most `perChatLimit` ordinary updates in flight, so the runner keeps fetching;
 *   beyond that updates are answered once, kindly, and counted (never silently dropped);
 * - a message the rule layer rates low or above skips its own chat's queue.
 */
export class TelegramIntake {
  readonly journal: InboundJournal;
  readonly stats = {
    dropped: 0,
    droppedRisk: 0,
    parked: 0,
    drained: 0,
    priority: 0,
  };
  readonly #options: IntakeOptions;
  readonly #limit: number;
  readonly #priorityLimit: number;
  readonly #inflight = new Map<string, number>();
  readonly #priority = new Map<string, number>();
  readonly #flooded = new Set<string>();
  /** The shared journal drain: parked chats, the outage, who was told; drained in order. */
  readonly #drain: JournalDrain;
  #channel: IntakeChannel | undefined;
  #sink: InboundSink | undefined;

  constructor(options: IntakeOptions) {
    this.#options = options;
    this.journal = options.journal;
    this.#limit = options.perChatLimit ?? 8;
    this.#priorityLimit = options.perChatPriority ?? 4;
    this.#drain = new JournalDrain({
      journal: options.journal,
      alerts: options.alerts,
      stats: this.stats,
      runner: () => {
        const channel = this.#channel;
        const sink = this.#sink;
        return channel && sink
          ? (payload: unknown) => channel.receive(payload as Update, sink)
          : undefined;
      },
      conversation: (chat) => conversationId("telegram", chat),
      failed: "telegram: journaled update failed",
      drainIntervalMs: options.drainIntervalMs,
      logger: options.logger,
    });
  }

  get storeDown(): boolean {
    return this.#drain.down;
  }

  /** Outage alerts a target took, by this process. */
  get outageAlerts(): number {
    return this.#options.alerts.sent;
  }

  /** Long polling: journal (fsync) what getUpdates returned before the runner sees it. */
  readonly transformer: Transformer = async (prev, method, payload, signal) => {
    const response = await prev(method, payload, signal);
    if (method === "getUpdates" && response.ok) {
      const updates = response.result as unknown as Update[];
      this.journal.add(
        updates.flatMap((u) => {
          const chat = chatOf(u);
          return chat ? [{ id: String(u.update_id), chat, payload: u }] : [];
        }),
      );
    }
    return response;
  };

  /** Before sequentialize: journal, prioritise risk, bound the chat's queue, park in an outage. */
  readonly before: Middleware<Context> = async (ctx: Context, next: NextFunction) => {
    const update = ctx.update;
    const chat = chatOf(update);
    if (!chat) return next();
    const id = String(update.update_id);
    this.journal.add([{ id, chat, payload: update }]);
    const risk = riskOf(update);
    if (this.#drain.waits(chat)) return this.#park(update, id, chat, risk);
    const channel = this.#channel;
    const sink = this.#sink;
    if (risk && channel && sink && (this.#priority.get(chat) ?? 0) < this.#priorityLimit) {
      this.stats.priority++;
      bump(this.#priority, chat, 1);
      try {
        return await this.#handle(update, id, chat, risk, () => channel.receive(update, sink));
      } finally {
        bump(this.#priority, chat, -1);
      }
    }
    if ((this.#inflight.get(chat) ?? 0) >= this.#limit) {
      // A risk message gets here only when the chat already has its risk messages in flight,
      // each with its crisis reply and alert: counted apart, never silently.
      if (risk) this.stats.droppedRisk++;
      return this.#flood(update, id, chat);
    }
    bump(this.#inflight, chat, 1);
    try {
      await this.#handle(update, id, chat, risk, next);
    } finally {
      if (!bump(this.#inflight, chat, -1)) this.#flooded.delete(chat);
    }
  };

  /** After sequentialize: an update whose chat got parked while it queued waits its turn too. */
  readonly after: Middleware<Context> = async (ctx: Context, next: NextFunction) => {
    const chat = chatOf(ctx.update);
    if (chat && this.#drain.waits(chat)) throw parked();
    await next();
  };

  async #handle(
    update: Update,
    id: string,
    chat: string,
    risk: RiskAssessment | undefined,
    work: () => Promise<unknown>,
  ): Promise<void> {
    // A failure not the store's is rethrown (trying again would fail the same way): bot.catch logs it.
    const failure = await this.#drain.attempt(id, work);
    if (!failure) return;
    if (!this.#drain.parked.has(chat) || failure.message !== parked().message)
      this.#drain.down = true;
    await this.#park(update, id, chat, risk);
  }

  /** The update stays in the journal; the patient hears why, a risk message alerts directly. */
  async #park(update: Update, id: string, chat: string, risk: RiskAssessment | undefined) {
    // False when the store is back and this chat is draining: no outage to tell of.
    if (!this.#drain.park(chat)) return;
    if (this.#drain.shouldTell(chat, risk !== undefined)) {
      await this.#say(chat, this.#options.notice("store-down", localeOf(update)));
    }
    if (risk) await this.#alert(update, id, chat, risk);
    if (update.callback_query) await this.#channel?.answerButton(update.callback_query.id);
  }

  async #flood(update: Update, id: string, chat: string): Promise<void> {
    this.stats.dropped++;
    this.journal.done(id);
    this.#options.logger?.warn(
      { channel: "telegram", dropped: this.stats.dropped, droppedRisk: this.stats.droppedRisk },
      "flood: update not run",
    );
    if (update.callback_query) await this.#channel?.answerButton(update.callback_query.id);
    if (this.#flooded.has(chat)) return;
    this.#flooded.add(chat);
    await this.#say(chat, this.#options.notice("flood", localeOf(update)));
  }

  async #say(chat: string, text: string): Promise<void> {
    await this.#channel?.sendText(chat, text).catch((error: unknown) => {
      this.#options.logger?.error({ err: String(error) }, "telegram: notice not sent");
    });
  }

  async #alert(update: Update, id: string, chat: string, risk: RiskAssessment): Promise<void> {
    const message = update.message ?? update.edited_message;
    await this.#options.alerts.raise(conversationId("telegram", chat), id, risk, {
      text: message?.text ?? message?.caption ?? "",
      at: new Date((message?.date ?? Date.now() / 1000) * 1000).toISOString(),
    });
  }

  /** Retry unsent alerts, then run parked chats' journaled updates in order. */
  drain(): Promise<void> {
    return this.#drain.drain();
  }

  /** Begin: remember where updates go, drain leftovers, retry on a timer. */
  start(channel: IntakeChannel, sink: InboundSink): void {
    this.#channel = channel;
    this.#sink = sink;
    this.#drain.start();
  }

  stop(): Promise<void> {
    return this.#drain.stop();
  }
}
