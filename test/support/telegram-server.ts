import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Update, UserFromGetMe } from "grammy/types";

// A minimal Bot API server on loopback: enough of Telegram for grammy (the real client) to
// poll, send, edit keyboards and answer buttons. It records every call, can queue updates for
// getUpdates and can fail the next sendMessage calls on purpose.

export const TEST_TOKEN = "123456789:TEST-token-for-the-local-bot-api";
export const BOT: UserFromGetMe = {
  id: 123456789,
  is_bot: true,
  first_name: "Lantern",
  username: "lantern_test_bot",
  can_join_groups: false,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};

export interface ApiCall {
  method: string;
  params: Record<string, unknown>;
  /** performance.now() when the call arrived. */
  at: number;
}

export interface SentMessage {
  chat_id: string;
  message_id: number;
  text: string;
  reply_markup?: { inline_keyboard: { text: string; callback_data: string }[][] };
  /** performance.now() when it was sent. */
  at: number;
}

type Failure = { code: 429; retryAfter: number } | { code: 500 };

export class TelegramTestServer {
  readonly calls: ApiCall[] = [];
  readonly sent: SentMessage[] = [];
  /** performance.now() when getUpdates first handed out each update, by update_id. */
  readonly fetchedAt = new Map<number, number>();
  #server: Server | undefined;
  #updates: Update[] = [];
  #nextUpdateId = 1;
  #nextMessageId = 1000;
  #failures: Failure[] = [];
  #waiters = new Set<() => void>();

  get apiRoot(): string {
    const address = this.#server?.address() as AddressInfo;
    return `http://127.0.0.1:${address.port}`;
  }

  async start(): Promise<this> {
    this.#server = createServer((req, res) => void this.#handle(req, res));
    await new Promise<void>((resolve) => this.#server?.listen(0, "127.0.0.1", resolve));
    return this;
  }

  async close(): Promise<void> {
    for (const wake of this.#waiters) wake();
    this.#server?.closeAllConnections();
    await new Promise<void>((resolve) => this.#server?.close(() => resolve()));
  }

  /** Queue an update for getUpdates; returns it with its update_id. */
  push(update: Omit<Update, "update_id"> & { update_id?: number }): Update {
    const full = { ...update, update_id: update.update_id ?? this.#nextUpdateId++ } as Update;
    this.#updates.push(full);
    for (const wake of this.#waiters) wake();
    return full;
  }

  /** Fail the next sendMessage calls: 429 with retry_after, or 500. */
  failNextSends(...failures: Failure[]): void {
    this.#failures.push(...failures);
  }

  callsOf(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Texts sent to a chat, in order. */
  texts(chat: number | string): string[] {
    return this.sent.filter((m) => m.chat_id === String(chat)).map((m) => m.text);
  }

  /** Waits until `check` holds (polling the recorded state), or fails after `ms`. */
  async until(check: () => boolean, ms = 5_000): Promise<void> {
    const end = Date.now() + ms;
    while (!check()) {
      if (Date.now() > end) throw new Error("telegram test server: condition not met in time");
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(req.url ?? "");
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const params = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    if (!match || match[1] !== TEST_TOKEN) {
      return reply(res, 401, { ok: false, error_code: 401, description: "Unauthorized" });
    }
    const method = match[2] as string;
    this.calls.push({ method, params, at: performance.now() });
    const result = await this.#method(method, params, req);
    if (!result.ok) return reply(res, Number(result.error_code), result);
    reply(res, 200, result);
  }

  async #method(
    method: string,
    params: Record<string, unknown>,
    req: IncomingMessage,
  ): Promise<Record<string, unknown> & ({ ok: true } | { ok: false; error_code: number })> {
    switch (method) {
      case "getMe":
        return { ok: true, result: BOT };
      case "getUpdates":
        return { ok: true, result: await this.#getUpdates(params, req) };
      case "sendMessage": {
        const failure = this.#failures.shift();
        if (failure?.code === 429)
          return {
            ok: false,
            error_code: 429,
            description: `Too Many Requests: retry after ${failure.retryAfter}`,
            parameters: { retry_after: failure.retryAfter },
          };
        if (failure) return { ok: false, error_code: 500, description: "Internal Server Error" };
        const message = {
          chat_id: String(params.chat_id),
          message_id: this.#nextMessageId++,
          text: String(params.text),
          ...(params.reply_markup ? { reply_markup: params.reply_markup } : {}),
          at: performance.now(),
        } as SentMessage;
        this.sent.push(message);
        return {
          ok: true,
          result: {
            message_id: message.message_id,
            date: Math.floor(Date.now() / 1000),
            chat: { id: Number(params.chat_id), type: "private", first_name: "Pat" },
            from: BOT,
            text: message.text,
            ...(message.reply_markup ? { reply_markup: message.reply_markup } : {}),
          },
        };
      }
      case "editMessageReplyMarkup":
      case "answerCallbackQuery":
      case "sendChatAction":
      case "setMyCommands":
      case "setWebhook":
      case "deleteWebhook":
        return { ok: true, result: true };
      default:
        return { ok: false, error_code: 404, description: "Not Found: method not found" };
    }
  }

  /** Long polling: confirm updates below `offset`, answer at once if any wait, else wait. */
  async #getUpdates(params: Record<string, unknown>, req: IncomingMessage): Promise<Update[]> {
    const offset = Number(params.offset ?? 0);
    this.#updates = this.#updates.filter((u) => u.update_id >= offset);
    if (!this.#updates.length) {
      const timeout = Math.min(Number(params.timeout ?? 0), 5) * 1000;
      await new Promise<void>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          this.#waiters.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, timeout);
        this.#waiters.add(wake);
        req.once("close", wake);
      });
    }
    const batch = this.#updates.slice(0, Number(params.limit ?? 100));
    const at = performance.now();
    for (const u of batch)
      if (!this.fetchedAt.has(u.update_id)) this.fetchedAt.set(u.update_id, at);
    return batch;
  }
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  if (res.destroyed) return;
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

// Update builders for a private chat with one patient.

let nextMessage = 1;
const now = () => Math.floor(Date.now() / 1000);
const user = (chat: number) => ({ id: chat, is_bot: false, first_name: "Pat" });
const privateChat = (chat: number) => ({ id: chat, type: "private" as const, first_name: "Pat" });

/** A typed message; pass `message_id` to deliver the same message again. */
export function textUpdate(chat: number, text: string, messageId = nextMessage++) {
  return {
    message: {
      message_id: messageId,
      date: now(),
      chat: privateChat(chat),
      from: user(chat),
      text,
    },
  };
}

export function editedUpdate(chat: number, messageId: number, text: string, editDate = now()) {
  return {
    edited_message: {
      message_id: messageId,
      date: now() - 5,
      edit_date: editDate,
      chat: privateChat(chat),
      from: user(chat),
      text,
    },
  };
}

export function voiceUpdate(chat: number) {
  return {
    message: {
      message_id: nextMessage++,
      date: now(),
      chat: privateChat(chat),
      from: user(chat),
      voice: { file_id: "v1", file_unique_id: "v1u", duration: 3 },
    },
  };
}

let nextQuery = 1;

/** A pressed button on a message the bot sent. */
export function buttonUpdate(
  chat: number,
  sent: Pick<SentMessage, "message_id" | "text">,
  data: string,
) {
  return {
    callback_query: {
      id: `q${nextQuery++}`,
      from: user(chat),
      chat_instance: "ci",
      data,
      message: {
        message_id: sent.message_id,
        date: now(),
        chat: privateChat(chat),
        from: BOT,
        text: sent.text,
      },
    },
  };
}

/** The callback data of the button labelled `label` on a sent message. */
export function buttonData(sent: SentMessage | undefined, label: string): string {
  const button = sent?.reply_markup?.inline_keyboard.flat().find((b) => b.text === label);
  if (!button) throw new Error(`no button "${label}" on "${sent?.text.slice(0, 40)}"`);
  return button.callback_data;
}
