import type { BlockAction, App as BoltApp, ButtonAction, types, webApi } from "@slack/bolt";
import type { Logger } from "pino";
import {
  type ChannelAdapter,
  ChannelIntake,
  type DurableChannelOptions,
  type DurableIntake,
  type Inbound,
  type InboundSink,
  intakeNotice,
  type OutboxMessage,
  type Patients,
  type Runtime,
} from "#lantern";
import { escapeText } from "./blocks.ts";

type WebClient = webApi.WebClient;
type KnownBlock = types.KnownBlock;

export const CHOICE_ACTION = /^lantern_choice:/;

/** The store-down notice (`system/store-down-kept`) with the patient's locale's crisis lines. */
export function storeDownNotice(runtime: Pick<Runtime, "catalog" | "services">) {
  return (inbound: Inbound): string => intakeNotice(runtime, "store-down", inbound.locale);
}

/** A Slack `message` event (the fields Lantern reads). */
export interface SlackMessageEvent {
  type: "message";
  channel_type?: string;
  channel?: string;
  user?: string;
  text?: string;
  ts: string;
  client_msg_id?: string;
  subtype?: string;
  bot_id?: string;
  message?: {
    user?: string;
    text?: string;
    client_msg_id?: string;
    ts?: string;
    edited?: { ts?: string };
    bot_id?: string;
  };
}

/** A pressed choice button, reduced to what the engine needs. */
export interface SlackChoice {
  type: "choice";
  user: string;
  /** The button's value: {"p": prompt, "c": choice id}. */
  value: string;
  /** Unique per press: the dedupe key. */
  actionTs: string;
}

export type SlackUpdate = SlackMessageEvent | SlackChoice;

export interface SlackChannelOptions {
  client: WebClient;
  /** For invite codes typed without `/start` (Slack keeps `/…` for its own commands). */
  patients?: Patients | undefined;
  logger?: Logger | undefined;
  /**
   * Keep every DM durably (src/runtime/durable-intake.ts): journaled before Slack is
   * acknowledged, kept through a store outage (the patient gets `storeDownNotice`, a risk
   * message alerts without the store) and run in order when the store is back. The sink must
   * then not answer store failures itself (runtime.handle's `storeDownReply: false`).
   * Without it a failed update throws (Slack has had its ack: it is not sent again).
   */
  durable?: DurableChannelOptions;
  /** The store-down notice, with the crisis resources, for a kept message. */
  storeDownNotice?: (inbound: Inbound) => string;
}

const CODE = /^\s*(?:\/?start\s+)?([A-HJ-NP-Z2-9]{10})\s*$/i;

/**
 * Patients chatting with Lantern in a Slack DM: `message.im` events become Inbounds (dedupe
 * key: the client's message id, else the ts), choices are buttons whose value carries the
 * prompt and the choice, replies go to the user's DM with chat.postMessage (throwing on failure,
 * so the outbox retries). With `durable`, every DM and press is journaled under Slack's event id
 * (or the press's action_ts) before Slack is acknowledged (see registerChannel).
 */
export class SlackChannel implements ChannelAdapter<SlackUpdate> {
  readonly name = "slack";
  readonly #client: WebClient;
  readonly #patients: Patients | undefined;
  readonly #logger: Logger | undefined;
  /** The durable intake, when `durable` was given. */
  readonly intake: DurableIntake | undefined;
  /** The sink once started, and the durable intake started and stopped with it. */
  readonly #io: ChannelIntake;

  constructor(options: SlackChannelOptions) {
    this.#client = options.client;
    this.#patients = options.patients;
    this.#logger = options.logger;
    this.#io = new ChannelIntake(options, ({ inbound }) => this.#hand(inbound));
    this.intake = this.#io.intake;
  }

  normalise(update: SlackUpdate): Inbound | null {
    if (update.type === "choice") {
      const value = parseChoice(update.value);
      if (!value || !update.user) return null;
      return {
        channel: this.name,
        userId: update.user,
        messageId: `choice:${update.actionTs}`,
        kind: "choice",
        choice: { prompt: value.p, id: value.c },
      };
    }
    if (update.type !== "message" || update.channel_type !== "im" || update.bot_id) return null;
    if (update.subtype === "message_changed") {
      const edited = update.message;
      if (!edited?.user || !edited.text?.trim() || edited.bot_id) return null;
      return {
        channel: this.name,
        userId: edited.user,
        messageId: `${edited.client_msg_id ?? edited.ts}:edit:${edited.edited?.ts ?? update.ts}`,
        kind: "text",
        text: edited.text,
        edited: true,
      };
    }
    // Joins, deletions and other subtypes are not patient messages (file_share still has text).
    if (update.subtype && update.subtype !== "file_share") return null;
    if (!update.user || !update.text?.trim()) return null;
    return {
      channel: this.name,
      userId: update.user,
      messageId: update.client_msg_id ?? update.ts,
      kind: "text",
      text: update.text,
    };
  }

  async send(userId: string, message: OutboxMessage): Promise<void> {
    await this.#client.chat.postMessage({
      channel: userId,
      text: message.text,
      blocks: messageBlocks(message),
      unfurl_links: false,
    });
  }

  async start(sink: InboundSink): Promise<void> {
    this.#io.start(sink);
  }

  async stop(): Promise<void> {
    await this.#io.stop();
  }

  /**
   * Take an update before Slack is acknowledged: normalise it and journal it under `key`
   * (Slack's event id, so a retry with x-slack-retry-num is dropped). Returns the run to start
   * once acknowledged, or undefined (not a patient message, or a repeat).
   */
  accept(update: SlackUpdate, key?: string): (() => Promise<void>) | undefined {
    const inbound = this.normalise(update);
    if (!inbound || !this.#io.sink) return undefined;
    const intake = this.intake;
    if (!intake) return () => this.#hand(inbound);
    const id = key ?? inbound.messageId;
    if (!intake.take(id, { inbound })) return undefined;
    return () =>
      intake.run(
        id,
        inbound,
        () => this.#hand(inbound),
        (text) => this.#tell(inbound, text),
      );
  }

  /** An update from Bolt: take it, then run it (or keep it through a store outage). */
  async receive(update: SlackUpdate, key?: string): Promise<void> {
    await this.accept(update, key)?.();
  }

  /**
   * A Bolt event body (before Bolt acks it): a patient's DM is journaled now and its run
   * returned, to start after the ack. Other events are Bolt's listeners' business.
   */
  acceptEvent(body: unknown): (() => Promise<void>) | undefined {
    const b = body as { type?: unknown; event_id?: unknown; event?: { type?: unknown } };
    if (b?.type !== "event_callback" || b.event?.type !== "message") return undefined;
    return this.accept(
      b.event as SlackMessageEvent,
      typeof b.event_id === "string" ? b.event_id : undefined,
    );
  }

  /** Redeem a bare code for an unlinked user, then hand to the runtime. */
  async #hand(inbound: Inbound): Promise<void> {
    const sink = this.#io.sink;
    if (!sink) return;
    const code =
      inbound.kind === "text" && !inbound.edited ? CODE.exec(inbound.text ?? "")?.[1] : undefined;
    if (code && this.#patients && !(await this.#patients.byLink(this.name, inbound.userId)))
      inbound.text = `/start ${code.toUpperCase()}`;
    await sink(inbound);
  }

  /** Straight to the patient's DM (no store, no outbox). */
  async #tell(inbound: Inbound, text: string): Promise<void> {
    await this.send(inbound.userId, {
      id: `down-${inbound.messageId}`,
      createdAt: new Date().toISOString(),
      attempts: 0,
      kind: "message",
      text,
    });
  }
}

function parseChoice(value: string): { p: string; c: string } | undefined {
  try {
    const parsed = JSON.parse(value) as { p?: unknown; c?: unknown };
    return typeof parsed.p === "string" && typeof parsed.c === "string"
      ? { p: parsed.p, c: parsed.c }
      : undefined;
  } catch {
    return undefined;
  }
}

/** Text in sections (3000 characters each), then the choices as buttons. */
export function messageBlocks(message: OutboxMessage): KnownBlock[] {
  const text = escapeText(message.text);
  const blocks: KnownBlock[] = [];
  for (let i = 0; i < text.length || i === 0; i += 2900)
    blocks.push({
      type: "section",
      text: { type: "mrkdwn", text: text.slice(i, i + 2900) || " " },
    });
  const choices = message.choices ?? [];
  for (let i = 0; i < choices.length; i += 25)
    blocks.push({
      type: "actions",
      elements: choices.slice(i, i + 25).map((choice, j) => ({
        type: "button" as const,
        action_id: `lantern_choice:${i + j}`,
        text: { type: "plain_text" as const, text: choice.label.slice(0, 75), emoji: true },
        value: JSON.stringify({ p: message.prompt ?? "", c: choice.id }),
      })),
    });
  return blocks;
}

/** Wire DM messages and choice buttons from Bolt to the channel. */
export function registerChannel(bolt: BoltApp, channel: SlackChannel, logger?: Logger): void {
  const failed = (error: unknown) =>
    logger?.error({ err: String(error) }, "a Slack message could not be handled");
  // DMs are journaled before Bolt acks them (it acks events before any listener runs): wrap
  // the receiver's entry point. Everything else goes on to Bolt as it came.
  const processEvent = bolt.processEvent.bind(bolt);
  bolt.processEvent = async (event) => {
    const run = channel.acceptEvent(event.body);
    const running = run?.().catch(failed);
    await processEvent(event);
    await running;
  };
  bolt.action<BlockAction<ButtonAction>>(CHOICE_ACTION, async ({ ack, body, action, client }) => {
    // Journaled before the ack, like a DM.
    const run = channel.accept({
      type: "choice",
      user: body.user.id,
      value: action.value ?? "",
      actionTs: action.action_ts,
    });
    await ack();
    await run?.().catch(failed);
    // Show what was picked and take the buttons away, so an old question is not answered twice.
    const picked = action.text.text;
    if (body.channel?.id && body.message?.ts)
      await client.chat
        .update({
          channel: body.channel.id,
          ts: body.message.ts,
          text: String(body.message.text ?? picked),
          blocks: [
            ...((body.message.blocks ?? []) as KnownBlock[]).filter((b) => b.type !== "actions"),
            { type: "context", elements: [{ type: "mrkdwn", text: `✓ ${escapeText(picked)}` }] },
          ],
        })
        .catch(() => undefined);
  });
}
