import type { BlockAction, App as BoltApp, ButtonAction, types, webApi } from "@slack/bolt";
import type { Logger } from "pino";
import type { Patients } from "../../src/care/patients.ts";
import type { ChannelAdapter, InboundSink } from "../../src/channel.ts";
import type { OutboxMessage } from "../../src/engine/state.ts";
import type { Inbound } from "../../src/engine/types.ts";
import { renderSlots } from "../../src/prompts/templates.ts";
import { isStoreFailure, type Runtime } from "../../src/runtime/runtime.ts";
import { escapeText } from "./blocks.ts";

type WebClient = webApi.WebClient;
type KnownBlock = types.KnownBlock;

export const CHOICE_ACTION = /^lantern_choice:/;

/** Said when the store stayed unreachable: Slack has acked the event, so the message is gone. */
const STORE_DOWN =
  "Sorry, I can't reach my records right now, so I couldn't take that in. Please try again in a few minutes. If you are in danger, call {{crisis.emergency}} now, or call or text {{crisis.line}}.";

/** The clinic's `system/store-down` text (else the built-in one) with the locale's crisis lines. */
export function storeDownNotice(runtime: Pick<Runtime, "catalog" | "services">) {
  return (inbound: Inbound): string =>
    renderSlots(
      runtime.catalog.templates.get("system/store-down")?.body ?? STORE_DOWN,
      runtime.services.globals?.(inbound.locale) ?? {},
    );
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
  /** Waits between tries when handing an update to the runtime fails (Slack does not redeliver after an ack). */
  retryDelaysMs?: number[];
  /**
   * What the patient is told, with the crisis resources, when the store stayed unreachable
   * through every try (Slack has had its ack: the message is not kept). The sink must then not
   * answer store failures itself (runtime.handle's `storeDownReply: false`), so it is said once.
   */
  storeDownNotice?: (inbound: Inbound) => string;
}

const CODE = /^\s*(?:\/?start\s+)?([A-HJ-NP-Z2-9]{10})\s*$/i;

/**
 * Patients chatting with Lantern in a Slack DM: `message.im` events become Inbounds (dedupe
 * key: the client's message id, else the ts), choices are buttons whose value carries the
 * prompt and the choice, replies go to the user's DM with chat.postMessage (throwing on failure,
 * so the outbox retries).
 */
export class SlackChannel implements ChannelAdapter<SlackUpdate> {
  readonly name = "slack";
  readonly #client: WebClient;
  readonly #patients: Patients | undefined;
  readonly #logger: Logger | undefined;
  readonly #delays: number[];
  readonly #storeDownNotice: ((inbound: Inbound) => string) | undefined;
  #sink: InboundSink | undefined;

  constructor(options: SlackChannelOptions) {
    this.#client = options.client;
    this.#patients = options.patients;
    this.#logger = options.logger;
    this.#delays = options.retryDelaysMs ?? [1_000, 4_000];
    this.#storeDownNotice = options.storeDownNotice;
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
    this.#sink = sink;
  }

  async stop(): Promise<void> {
    this.#sink = undefined;
  }

  /** An update from Bolt: normalise, let an unlinked user redeem a bare code, hand to the runtime. */
  async receive(update: SlackUpdate): Promise<void> {
    const inbound = this.normalise(update);
    if (!inbound || !this.#sink) return;
    try {
      await this.#hand(inbound);
    } catch (error) {
      if (isStoreFailure(error)) await this.#tellStoreDown(inbound);
      throw error;
    }
  }

  /** Redeem a bare code for an unlinked user, then hand to the runtime, retrying failures. */
  async #hand(inbound: Inbound): Promise<void> {
    const sink = this.#sink;
    if (!sink) return;
    const code =
      inbound.kind === "text" && !inbound.edited ? CODE.exec(inbound.text ?? "")?.[1] : undefined;
    if (code && this.#patients && !(await this.#patients.byLink(this.name, inbound.userId)))
      inbound.text = `/start ${code.toUpperCase()}`;
    for (let attempt = 0; ; attempt++) {
      try {
        await sink(inbound);
        return;
      } catch (error) {
        const delay = this.#delays[attempt];
        if (delay === undefined) throw error;
        this.#logger?.warn({ attempt: attempt + 1 }, "handling a Slack message failed; retrying");
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }

  async #tellStoreDown(inbound: Inbound): Promise<void> {
    if (!this.#storeDownNotice || inbound.kind === "tick") return;
    const text = this.#storeDownNotice(inbound);
    await this.send(inbound.userId, {
      id: `down-${inbound.messageId}`,
      createdAt: new Date().toISOString(),
      attempts: 0,
      kind: "message",
      text,
    }).catch((error: unknown) =>
      this.#logger?.error({ err: String(error) }, "slack: store-down notice not sent"),
    );
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
  bolt.event("message", async ({ event }) => {
    await channel.receive(event as unknown as SlackMessageEvent).catch((error: unknown) => {
      logger?.error({ err: error }, "a Slack message could not be handled");
    });
  });
  bolt.action<BlockAction<ButtonAction>>(CHOICE_ACTION, async ({ ack, body, action, client }) => {
    await ack();
    await channel
      .receive({
        type: "choice",
        user: body.user.id,
        value: action.value ?? "",
        actionTs: action.action_ts,
      })
      .catch((error: unknown) =>
        logger?.error({ err: error }, "a Slack button press could not be handled"),
      );
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
