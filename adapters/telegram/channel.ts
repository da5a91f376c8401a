import { sequentialize } from "@grammyjs/runner";
import type { Api, Bot } from "grammy";
import type { CallbackQuery, Message, Update } from "grammy/types";
import type { Logger } from "pino";
import {
  type ChannelAdapter,
  conversationId,
  type Inbound,
  type InboundSink,
  LanternError,
  type OutboxMessage,
} from "#lantern";
import {
  type ButtonLookup,
  type ButtonPress,
  decodeButton,
  memoryLookup,
} from "./callback-data.ts";
import { BOT_COMMANDS, BOT_COMMANDS_ES } from "./commands.ts";
import type { TelegramIntake } from "./intake.ts";
import { describeAttachment, keyboardFor, splitText } from "./render.ts";
import { TYPING_AFTER_MS, TypingIndicator } from "./typing.ts";

/** Starts and stops the flow of updates into a bot (long polling or a webhook server). */
export interface Receiver {
  start(bot: Bot): Promise<void>;
  stop(): Promise<void>;
}

export interface TelegramChannelOptions {
  bot: Bot;
  /** How updates arrive; without one, feed updates with `bot.handleUpdate` (tests). */
  receiver?: Receiver;
  /** Long button data by hash; in memory by default. */
  lookup?: ButtonLookup;
  /**
   * The kind reply to a voice message, photo, sticker…: `what` names it ("voice message");
   * `chat` and the sender's language code pick its language.
   */
  nonTextReply?: (what: string, chat: string, languageCode?: string) => string | Promise<string>;
  /** Journal, fairness and outage handling around each update (see intake.ts). */
  intake?: TelegramIntake;
  /** A turn with no reply after this long shows "typing…" (1 s). */
  typingAfterMs?: number;
  logger?: Logger;
}

const defaultNonTextReply = (what: string) =>
  `I can only read typed messages, so I could not open that ${what}. Please type what you want to say, or tap one of the buttons.`;

/**
 * Telegram, for patients in private chats. The chat id is the user id, so proactive messages
 * (assignments, reminders, follow-ups) reach the same chat. Text is sent plain (no
 * parse_mode): nothing in a flow can break Telegram's Markdown parser or be read as markup.
 */
export class TelegramChannel implements ChannelAdapter<Update> {
  readonly name = "telegram";
  readonly bot: Bot;
  readonly #receiver: Receiver | undefined;
  readonly #lookup: ButtonLookup;
  readonly #nonTextReply: NonNullable<TelegramChannelOptions["nonTextReply"]>;
  readonly #logger: Logger | undefined;
  readonly intake: TelegramIntake | undefined;
  /** The last message per chat that still shows a keyboard: removed when a newer one comes. */
  readonly #keyboards = new Map<string, number>();
  /** Parts of a long message already sent, so a retry sends only the rest. */
  readonly #partsSent = new Map<string, number>();
  /** Updates being handled: `stop` lets them finish before the store closes. */
  readonly #inflight = new Set<Promise<void>>();
  readonly #typing: TypingIndicator;

  constructor(options: TelegramChannelOptions) {
    this.bot = options.bot;
    this.#receiver = options.receiver;
    this.#lookup = options.lookup ?? memoryLookup();
    this.#nonTextReply = options.nonTextReply ?? defaultNonTextReply;
    this.#logger = options.logger;
    this.intake = options.intake;
    this.#typing = new TypingIndicator(
      (chat) => this.api.sendChatAction(chat, "typing"),
      options.typingAfterMs ?? TYPING_AFTER_MS,
    );
  }

  get api(): Api {
    return this.bot.api;
  }

  /**
   * A Telegram update as an `Inbound`, or null when the engine should not see it (other chat
   * types, non-text messages, updates we do not handle). Dedupe keys do not use update_id:
   * the same message keeps its key however often Telegram delivers it.
   */
  normalise(update: Update): Inbound | null {
    if (update.callback_query) return this.#normaliseButton(update.callback_query);
    const edited = Boolean(update.edited_message);
    const message = update.message ?? update.edited_message;
    if (message?.chat.type !== "private") return null;
    const text = message.text ?? message.caption;
    if (!text?.trim()) return null;
    const chat = String(message.chat.id);
    return {
      channel: this.name,
      userId: chat,
      messageId: edited
        ? `${chat}:${message.message_id}:e${message.edit_date ?? 0}`
        : `${chat}:${message.message_id}`,
      kind: "text",
      text,
      ...(edited ? { edited: true } : {}),
      ...languageOf(message.from?.language_code),
    };
  }

  #normaliseButton(query: CallbackQuery): Inbound | null {
    const chat = query.message?.chat;
    if (chat && chat.type !== "private") return null;
    const userId = String(chat?.id ?? query.from.id);
    const press = this.#press(query);
    // A button we cannot read (forgotten hash, old format) is a stale button: the engine says so.
    const choice = !press
      ? { prompt: "unknown", id: "unknown" }
      : press.kind === "choice"
        ? { prompt: press.prompt, id: press.id }
        : { prompt: press.prompt, id: String(press.value) };
    return {
      channel: this.name,
      userId,
      messageId: `cb:${query.id}`,
      kind: "choice",
      choice,
      ...languageOf(query.from.language_code),
    };
  }

  #press(query: CallbackQuery): ButtonPress | undefined {
    const userId = String(query.message?.chat.id ?? query.from.id);
    return query.data
      ? decodeButton(query.data, conversationId(this.name, userId), this.#lookup)
      : undefined;
  }

  /** Render one outbox message; throws on failure so the runtime retries it from the outbox. */
  async send(userId: string, message: OutboxMessage): Promise<void> {
    const markup = keyboardFor(message, conversationId(this.name, userId), this.#lookup);
    const parts = splitText(message.text);
    this.#typing.cancel(userId);
    for (let i = this.#partsSent.get(message.id) ?? 0; i < parts.length; i++) {
      const last = i === parts.length - 1;
      let sent: Message.TextMessage;
      try {
        sent = await this.api.sendMessage(userId, parts[i] as string, {
          link_preview_options: { is_disabled: true },
          ...(last && markup ? { reply_markup: markup } : {}),
        });
      } catch (error) {
        throw new LanternError(
          "telegram.send_failed",
          error instanceof Error ? error.message : String(error),
          { cause: error },
        );
      }
      this.#partsSent.set(message.id, i + 1);
      if (last && markup) await this.#replaceKeyboard(userId, sent.message_id);
    }
    this.#partsSent.delete(message.id);
  }

  /** A new question's keyboard replaces the previous one in the chat: old buttons disappear. */
  async #replaceKeyboard(userId: string, messageId: number): Promise<void> {
    const previous = this.#keyboards.get(userId);
    this.#keyboards.set(userId, messageId);
    if (previous !== undefined && previous !== messageId)
      await this.#removeKeyboard(userId, previous);
  }

  async #removeKeyboard(chat: string, messageId: number): Promise<void> {
    if (this.#keyboards.get(chat) === messageId) this.#keyboards.delete(chat);
    // Cosmetic: the engine rejects stale buttons anyway, so a failure here is only logged.
    await this.api.editMessageReplyMarkup(chat, messageId).catch((error: unknown) => {
      this.#logger?.debug({ err: describe(error) }, "telegram: keyboard not removed");
    });
  }

  /** One update, in order per chat: answer buttons, reply to attachments, else run a turn. */
  async receive(update: Update, sink: InboundSink): Promise<void> {
    const query = update.callback_query;
    if (query) {
      // Always answer, first: the patient's button stops spinning whatever happens next.
      await this.api.answerCallbackQuery(query.id).catch((error: unknown) => {
        this.#logger?.warn({ err: describe(error) }, "telegram: callback not answered");
      });
      const message = query.message;
      if (message) await this.#removeKeyboard(String(message.chat.id), message.message_id);
    }
    const message = update.message;
    if (message && message.chat.type === "private" && !message.text && !message.caption) {
      const what = describeAttachment(message as unknown as Record<string, unknown>);
      if (what) {
        const chat = String(message.chat.id);
        const reply = await this.#nonTextReply(what, chat, message.from?.language_code);
        await this.api.sendMessage(message.chat.id, reply);
        return;
      }
    }
    // A scale press arrives as a choice whose id is the number; the engine reads it as such.
    const inbound = this.normalise(update);
    if (!inbound) return;
    // Typing only if the reply is slow: the first message sent disarms it.
    this.#typing.arm(inbound.userId);
    try {
      await sink(inbound);
    } finally {
      this.#typing.cancel(inbound.userId);
    }
  }

  /** Install the handlers (one chat at a time, in order), register commands, start receiving. */
  async start(sink: InboundSink): Promise<void> {
    const intake = this.intake;
    if (intake) this.bot.use(intake.before);
    this.bot.use(sequentialize((ctx) => ctx.chat?.id.toString() ?? ctx.from?.id.toString()));
    if (intake) this.bot.use(intake.after);
    this.bot.use((ctx) => this.#tracked(ctx.update, sink));
    this.bot.catch((error) => {
      this.#logger?.error(
        { err: describe(error.error), update: error.ctx.update.update_id },
        "telegram: update failed",
      );
    });
    await this.api.setMyCommands([...BOT_COMMANDS]);
    await this.api.setMyCommands([...BOT_COMMANDS_ES], { language_code: "es" });
    intake?.start(
      {
        receive: (update, to) => this.#tracked(update, to),
        sendText: async (chat, text) => {
          await this.api.sendMessage(chat, text);
        },
        answerButton: (id) =>
          this.api.answerCallbackQuery(id).then(
            () => undefined,
            () => undefined,
          ),
      },
      sink,
    );
    await this.#receiver?.start(this.bot);
  }

  async #tracked(update: Update, sink: InboundSink): Promise<void> {
    const work = this.receive(update, sink);
    this.#inflight.add(work);
    try {
      await work;
    } finally {
      this.#inflight.delete(work);
    }
  }

  /** Stop receiving, then wait for the updates in progress (their turns and deliveries). */
  async stop(): Promise<void> {
    await this.#receiver?.stop();
    await Promise.allSettled([...this.#inflight]);
    await this.intake?.stop();
    await Promise.allSettled([...this.#inflight]);
    this.#typing.clear();
  }
}

/** An error for the logs: name and message only (Telegram errors carry no patient text). */
function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** Telegram's language_code ("es", "pt-br") as an inbound locale: the language only ("es"). */
function languageOf(code: string | undefined): { locale?: string } {
  const language = code?.slice(0, 2).toLowerCase();
  return language && /^[a-z]{2}$/.test(language) ? { locale: language } : {};
}
