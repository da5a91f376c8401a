import type { Logger } from "pino";
import type { AlertSink, ChannelAdapter } from "../channel.ts";
import { runTurn } from "../engine/run-turn.ts";
import { type ConversationState, conversationId, newState } from "../engine/state.ts";
import {
  type Clock,
  type EngineServices,
  Inbound,
  systemClock,
  type TurnResult,
} from "../engine/types.ts";
import type { FlowCatalog } from "../flow/catalog.ts";
import type { Flow } from "../flow/schema.ts";
import { type ConversationLock, KeyedLock } from "../lock.ts";
import { type TurnLine, turnLogger } from "../log.ts";
import { type Store, withoutMarks } from "../store/store.ts";
import { deliverItem } from "./deliver-item.ts";
import { DueQueue } from "./due-queue.ts";
import { type EnrolmentOptions, enrolmentGate } from "./enrolment-gate.ts";
import { scheduleFollowup } from "./followup-effect.ts";
import { Scheduler } from "./scheduler.ts";
import { isStoreFailure, storeDownReply } from "./store-down.ts";
import { backoffMs, dueAt } from "./timing.ts";

// Split by responsibility: delivering one outbox item (deliver-item.ts), the reply and the
// outage test when the store is down (store-down.ts), the schedule.followup effect
// (followup-effect.ts). Over 300 lines because the Runtime's turn, delivery and timer paths
// share its private locks, state cache and due queue; splitting the class would expose them.
export type { ConversationLock } from "../lock.ts";
export { isStoreFailure } from "./store-down.ts";

/** Carries out an effect a turn stored; `id` is the outbox item's id, stable across retries. */
export type EffectHandler = (
  args: Record<string, unknown>,
  state: ConversationState,
  meta: { id: string; runtime: Runtime },
) => Promise<void>;

export interface RuntimeOptions {
  catalog: FlowCatalog;
  store: Store<ConversationState>;
  clock?: Clock;
  services?: EngineServices;
  channels?: ChannelAdapter[];
  notifiers?: AlertSink[];
  effects?: Record<string, EffectHandler>;
  logger?: Logger;
  /**
   * Keep each conversation's last saved state in memory (write-through). Right for one process
   * on an embedded store; turn off when several processes share the store.
   */
  cacheStates?: boolean;
  /** One turn at a time per conversation; in-process by default, cross-process for shared stores. */
  lock?: ConversationLock;
  /**
   * One delivery pass at a time per conversation (its own keys, never nested in the turn lock):
   * overlapping passes would both send what neither has marked. Cross-process on shared stores.
   */
  deliveryLock?: ConversationLock;
  /** Require an invite on these channels before anyone may chat. */
  enrolment?: EnrolmentOptions;
}

/**
 * Runs turns for real: one at a time per conversation, duplicates dropped, state and outbox
 * saved in one write, then delivered; failed deliveries retried with backoff from the store.
 *
 * @example
 * const runtime = new Runtime({ catalog, store, channels: [console] });
 * await runtime.handle({ channel: "console", userId: "me", messageId: "1", kind: "text", text: "hi" });
 */
export class Runtime {
  readonly catalog: FlowCatalog;
  readonly store: Store<ConversationState>;
  readonly clock: Clock;
  readonly services: EngineServices;
  readonly channels = new Map<string, ChannelAdapter>();
  readonly notifiers: AlertSink[];
  readonly effects: Record<string, EffectHandler>;
  readonly logger: Logger | undefined;
  readonly #logTurn: ((line: TurnLine) => void) | undefined;
  readonly scheduler: Scheduler;
  readonly enrolment: EnrolmentOptions | undefined;
  readonly #lock: ConversationLock;
  readonly #deliveryLock: ConversationLock;
  /** Next time each conversation needs attention (a timeout, an expiry, a retry). */
  readonly #due = new DueQueue();
  readonly #cache: Map<string, ConversationState> | undefined;

  constructor(options: RuntimeOptions) {
    this.catalog = options.catalog;
    this.store = options.store;
    this.clock = options.clock ?? systemClock;
    this.services = options.services ?? {};
    for (const channel of options.channels ?? []) this.channels.set(channel.name, channel);
    this.notifiers = options.notifiers ?? [];
    this.effects = { "schedule.followup": scheduleFollowup, ...options.effects };
    this.scheduler = new Scheduler(options.store);
    this.enrolment = options.enrolment;
    this.logger = options.logger;
    this.#logTurn = options.logger ? turnLogger(options.logger) : undefined;
    this.#cache = options.cacheStates === false ? undefined : new Map();
    this.#lock = options.lock ?? new KeyedLock();
    this.#deliveryLock = options.deliveryLock ?? new KeyedLock();
  }

  async #load(id: string): Promise<ConversationState | undefined> {
    const cached = this.#cache?.get(id);
    if (cached) return cached;
    const state = await this.store.loadConversation(id);
    if (state) this.#cache?.set(id, state);
    return state;
  }

  /** Saved states are never mutated afterwards: turns work on a clone. */
  async #save(state: ConversationState): Promise<void> {
    // Saved whole, the conversation no longer needs its delivery marks carried on.
    const saved = withoutMarks(state);
    await this.store.saveConversation(saved);
    this.#cache?.set(saved.id, saved);
    this.#schedule(saved);
  }

  /**
   * Outbox items were delivered: record their ids, not the whole conversation. With the cache
   * as this process's truth the mark need not wait: it joins the next group commit, and if that
   * commit never happens the items are resent, never lost.
   */
  async #markDelivered(state: ConversationState): Promise<void> {
    const write = this.store.markDelivered(state);
    if (!this.#cache) await write;
    else
      write.catch((error: unknown) =>
        this.logger?.error({ conversation: state.id, err: error }, "saving a delivery mark failed"),
      );
    this.#cache?.set(state.id, state);
    this.#schedule(state);
  }

  /**
   * Handle one inbound update; returns undefined for a duplicate. `storeDownReply: false` when
   * the caller keeps the update durably and tells the patient itself (a "try again" is untrue).
   */
  async handle(
    input: Inbound,
    options: { storeDownReply?: boolean } = {},
  ): Promise<TurnResult | undefined> {
    const parsed = Inbound.parse(input);
    const inbound = this.enrolment
      ? await enrolmentGate(parsed, this.enrolment, {
          channel: this.channels.get(parsed.channel),
          catalog: this.catalog,
          services: this.services,
          now: this.clock.now(),
        })
      : parsed;
    if (!inbound) return undefined;
    const id = conversationId(inbound.channel, inbound.userId);
    const result = await this.#guardStore(inbound, options.storeDownReply !== false, () =>
      this.#lock.run(id, async () => {
        const state =
          (await this.#load(id)) ?? newState(inbound.channel, inbound.userId, this.clock.now());
        if (inbound.kind !== "tick" && state.seen.includes(inbound.messageId)) return undefined;
        await this.#restoreSnapshots(state);
        const started = performance.now();
        const turn = await runTurn(this.catalog, state, inbound, this.clock, this.services);
        await this.#save(turn.state);
        this.#logTurn?.({
          conversation: id,
          kind: inbound.kind,
          flow: turn.state.stack.at(-1)?.flowId,
          ms: performance.now() - started,
        });
        return turn;
      }),
    );
    if (result?.state.outbox.length) await this.deliver(id);
    return result;
  }

  /** Run a turn; if the store cannot be reached, answer "try again" (store-down.ts) and rethrow. */
  async #guardStore<T>(inbound: Inbound, reply: boolean, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (reply && isStoreFailure(error)) await storeDownReply(this, inbound, error);
      throw error;
    }
  }

  /** Fire every conversation whose timeout, expiry or retry is due, then every due job. */
  async tick(): Promise<void> {
    const now = this.clock.now().getTime();
    for (const job of this.scheduler.due(this.clock.now())) {
      // On a shared store only the process that claims a job fires it.
      if (!(await this.scheduler.claim(job.id, this.clock.now()))) continue;
      // The job id is the message id: the conversation's dedupe makes it fire once.
      await this.handle({
        channel: job.channel,
        userId: job.userId,
        messageId: `job:${job.id}`,
        kind: "start",
        flowId: job.flowId,
      });
      await this.scheduler.cancel(job.id);
    }
    // Taken from a min-heap: the cost follows how many are due, not how many are waiting.
    const due = this.#due.takeDue(now);
    for (let i = 0; i < due.length; i++) {
      const [id] = due[i] as [string, number];
      try {
        const state = await this.#load(id);
        if (!state) continue;
        await this.handle({
          channel: state.channel,
          userId: state.userId,
          messageId: `tick-${now}`,
          kind: "tick",
        });
      } catch (error) {
        // Those not reached yet stay due for the next tick, as before the heap.
        for (const [rest, at] of due.slice(i + 1)) {
          if (this.#due.get(rest) === undefined) this.#due.set(rest, at);
        }
        throw error;
      }
    }
  }

  /** Deliver a conversation's outbox in order; what fails stays stored for a retry. */
  async deliver(id: string, options: { now?: boolean } = {}): Promise<void> {
    await this.#deliveryLock.run(id, () => this.#deliverPass(id, options));
  }

  async #deliverPass(id: string, options: { now?: boolean }): Promise<void> {
    const state = await this.#load(id);
    if (!state) return;
    const now = this.clock.now();
    const done = new Set<string>();
    const failed = new Map<string, string>();
    let messagesBlocked = false;
    // Alerts first: the care team's alert never waits behind the patient's paced messages.
    const alertsFirst = [
      ...state.outbox.filter((item) => item.kind === "alert"),
      ...state.outbox.filter((item) => item.kind !== "alert"),
    ];
    for (const item of alertsFirst) {
      if (!options.now && item.nextAttemptAt && Date.parse(item.nextAttemptAt) > now.getTime()) {
        if (item.kind === "message") messagesBlocked = true;
        continue;
      }
      // Patient messages keep their order: one waiting for a retry holds back the rest.
      if (item.kind === "message" && messagesBlocked) continue;
      try {
        await deliverItem(this, state, item);
        done.add(item.id);
      } catch (error) {
        failed.set(item.id, error instanceof Error ? error.message : String(error));
        if (item.kind === "message") messagesBlocked = true;
      }
    }
    if (!done.size && !failed.size) return;
    if (!failed.size && !this.#cache) {
      // Shared stores: the mark takes no turn lock (a cross-process round trip and a reload).
      // Only delivery passes write `sent:`, one at a time under the delivery lock, so this
      // pass's load holds every earlier mark; a turn's whole save never touches that record.
      const outbox = state.outbox.filter((item) => !done.has(item.id));
      const delivered = [...(state.delivered ?? []), ...done];
      return this.store.markDelivered({ ...state, outbox, delivered });
    }
    await this.#lock.run(id, async () => {
      const current = await this.#load(id);
      if (!current) return;
      const outbox = current.outbox.filter((item) => !done.has(item.id));
      if (!failed.size) {
        const delivered = [...(current.delivered ?? []), ...done];
        return this.#markDelivered({ ...current, outbox, delivered });
      }
      // A failure changes the items themselves (attempts, next try): save the whole conversation.
      const fresh = { ...current, outbox: outbox.map((item) => ({ ...item })) };
      for (const item of fresh.outbox) {
        const reason = failed.get(item.id);
        if (reason === undefined) continue;
        item.attempts += 1;
        item.lastError = reason.slice(0, 200);
        item.nextAttemptAt = new Date(now.getTime() + backoffMs(item.attempts)).toISOString();
        this.logger?.warn(
          { conversation: id, item: item.id, kind: item.kind, attempts: item.attempts },
          "delivery failed",
        );
      }
      await this.#save(fresh);
    });
  }

  #schedule(state: ConversationState): void {
    const at = dueAt(state);
    if (at === undefined) this.#due.delete(state.id);
    else this.#due.set(state.id, at);
  }

  /** On start: schedule every stored conversation's timers and deliver what is pending. */
  async recover(): Promise<number> {
    let pending = 0;
    this.#cache?.clear();
    await this.scheduler.load();
    for await (const state of this.store.conversations()) {
      this.#schedule(state);
      if (state.outbox.length) {
        pending++;
        // A restart is a good moment to retry: deliver without waiting for the backoff.
        await this.deliver(state.id, { now: true });
      }
    }
    return pending;
  }

  /** Snapshots of flow versions patients are pinned to come back from the store after a restart. */
  async #restoreSnapshots(state: ConversationState): Promise<void> {
    for (const frame of state.stack) {
      if (this.catalog.byHash(frame.hash)) continue;
      const snapshot = await this.store.loadFlowSnapshot<Flow>(frame.hash);
      if (snapshot) this.catalog.remember(snapshot);
    }
  }

  /** Store every current flow version so patients pinned to it survive a redeploy. */
  async saveSnapshots(): Promise<void> {
    for (const flow of this.catalog.list()) await this.store.saveFlowSnapshot(flow);
  }

  /** Remove a conversation for good (data deletion); pending deliveries go with it. */
  async forgetConversation(id: string): Promise<void> {
    this.#cache?.delete(id);
    this.#due.delete(id);
    await this.store.deleteConversation(id);
  }

  /**
   * Change a stored conversation outside a turn (the care team sets a session), under its lock
   * so a running turn finishes first. Returns the saved state; undefined if there is none.
   */
  async update(
    id: string,
    change: (state: ConversationState) => void,
  ): Promise<ConversationState | undefined> {
    return this.#lock.run(id, async () => {
      const current = await this.#load(id);
      if (!current) return undefined;
      const next = structuredClone(current);
      change(next);
      next.updatedAt = this.clock.now().toISOString();
      await this.#save(next);
      return next;
    });
  }

  /** Add a channel after start (adapters register themselves when their platform is configured). */
  addChannel(channel: ChannelAdapter): void {
    this.channels.set(channel.name, channel);
  }

  get pendingTimers(): number {
    return this.#due.size;
  }
}
