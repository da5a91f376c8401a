import { Bot } from "grammy";
import type { Update } from "grammy/types";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  CALLBACK_DATA_LIMIT,
  decodeButton,
  encodeButton,
  memoryLookup,
} from "../../adapters/telegram/callback-data.ts";
import { TelegramChannel } from "../../adapters/telegram/channel.ts";
import { loadTelegramEnv } from "../../adapters/telegram/config.ts";
import { inviteLink } from "../../adapters/telegram/index.ts";
import { splitText } from "../../adapters/telegram/render.ts";
import type { Inbound } from "../../src/engine/types.ts";
import {
  BOT,
  buttonUpdate,
  editedUpdate,
  TEST_TOKEN,
  TelegramTestServer,
  textUpdate,
  voiceUpdate,
} from "../support/telegram-server.ts";
import { channelContract, SAMPLE_MESSAGE } from "./contract.ts";

const server = new TelegramTestServer();
beforeAll(async () => {
  await server.start();
});
afterAll(async () => {
  await server.close();
});

function channel(): TelegramChannel {
  const bot = new Bot(TEST_TOKEN, { botInfo: BOT, client: { apiRoot: server.apiRoot } });
  return new TelegramChannel({ bot });
}

const asUpdate = (u: object, id = 1) => ({ update_id: id, ...u }) as Update;

channelContract<Update>("telegram", {
  adapter: channel,
  textUpdate: asUpdate(textUpdate(42, "hello")),
  ignoredUpdate: asUpdate({
    message: {
      message_id: 9,
      date: 0,
      chat: { id: -100, type: "group", title: "Group" },
      text: "hello",
    },
  }),
  sent: async (adapter) => {
    await adapter.send("42", SAMPLE_MESSAGE);
    const last = server.sent.at(-1);
    const labels = last?.reply_markup?.inline_keyboard.flat().map((b) => b.text) ?? [];
    return [last?.text, ...labels].join("\n");
  },
});

describe("telegram normalise", () => {
  let c: TelegramChannel;
  beforeAll(() => {
    c = channel();
  });

  it("keys a message by chat and message id, whatever the update_id", () => {
    const update = textUpdate(42, "hi");
    const a = c.normalise(asUpdate(update, 1));
    const b = c.normalise(asUpdate(update, 2));
    expect(a).toMatchObject({ channel: "telegram", userId: "42", kind: "text", text: "hi" });
    expect(a?.messageId).toBe(`42:${update.message.message_id}`);
    expect(b?.messageId).toBe(a?.messageId);
  });

  it("marks an edit as edited, with a key of its own per edit", () => {
    const first = c.normalise(asUpdate(editedUpdate(42, 7, "changed", 111)));
    const second = c.normalise(asUpdate(editedUpdate(42, 7, "again", 222)));
    expect(first).toMatchObject({
      kind: "text",
      text: "changed",
      edited: true,
      messageId: "42:7:e111",
    });
    expect(second?.messageId).toBe("42:7:e222");
  });

  it("decodes a button into the question's prompt and the choice id", () => {
    const lookup = memoryLookup();
    const data = encodeButton(
      { kind: "choice", prompt: "q-telegram:42-17", id: "walk" },
      "telegram:42",
      lookup,
    );
    expect(data).toBe("c|q17|walk");
    const sent = { chat_id: "42", message_id: 5, text: "Pick one" };
    const inbound = c.normalise(asUpdate(buttonUpdate(42, sent, data)));
    expect(inbound).toMatchObject({
      kind: "choice",
      userId: "42",
      choice: { prompt: "q-telegram:42-17", id: "walk" },
    });
    expect(inbound?.messageId).toMatch(/^cb:q\d+$/);
  });

  it("turns a button it cannot read into a stale press, never a guess", () => {
    const sent = { chat_id: "42", message_id: 5, text: "Pick one" };
    const inbound = c.normalise(asUpdate(buttonUpdate(42, sent, "h|forgotten")));
    expect(inbound?.kind).toBe("choice");
    expect(inbound?.choice?.prompt).toBe("unknown");
  });

  it("does not pass attachments, or other chats, to the engine", () => {
    expect(c.normalise(asUpdate(voiceUpdate(42)))).toBeNull();
    expect(c.normalise(asUpdate({ my_chat_member: {} }))).toBeNull();
  });

  it("reads a photo's caption as text, so the risk guard sees it", () => {
    const update = textUpdate(42, "x");
    const { text: _t, ...message } = update.message;
    const photo = { ...message, caption: "can't go on", photo: [] };
    expect(c.normalise(asUpdate({ message: photo }))?.text).toBe("can't go on");
  });
});

describe("telegram callback data", () => {
  it("always fits Telegram's 64 bytes and decodes back, hashing what is too long", () => {
    const lookup = memoryLookup();
    const conversation = "telegram:987654321";
    const presses = [
      { kind: "choice" as const, prompt: `q-${conversation}-123456`, id: "a".repeat(40) },
      {
        kind: "choice" as const,
        prompt: "menu-telegram:987654321-3",
        id: "progressive-muscle-relaxation",
      },
      { kind: "choice" as const, prompt: "some|odd|prompt", id: "x" },
      { kind: "choice" as const, prompt: "q-telegram:1-2", id: "ünïcödé-".repeat(6) },
      { kind: "scale" as const, prompt: `q-${conversation}-9`, value: 10 },
    ];
    for (const press of presses) {
      const data = encodeButton(press, conversation, lookup);
      expect(Buffer.byteLength(data)).toBeLessThanOrEqual(CALLBACK_DATA_LIMIT);
      expect(decodeButton(data, conversation, lookup)).toEqual(press);
    }
    // A prompt of another conversation is kept whole, not rebuilt for this chat.
    const other = encodeButton(
      { kind: "choice", prompt: "q-telegram:1-2", id: "y" },
      conversation,
      lookup,
    );
    expect(decodeButton(other, conversation, lookup)).toMatchObject({ prompt: "q-telegram:1-2" });
  });
});

describe("telegram send", () => {
  beforeEach(() => {
    server.sent.length = 0;
    server.calls.length = 0;
  });

  it("splits a long message at Telegram's limit, buttons on the last part", async () => {
    const text = `${"Breathe slowly. ".repeat(300)}\n\n${"Notice your feet. ".repeat(100)}`;
    await channel().send("42", { ...SAMPLE_MESSAGE, text });
    expect(server.sent.length).toBe(2);
    expect(server.sent.every((m) => m.text.length <= 4096)).toBe(true);
    expect(server.sent[0]?.reply_markup).toBeUndefined();
    expect(server.sent[1]?.reply_markup?.inline_keyboard.flat()).toHaveLength(2);
    const words = (t: string) => t.replace(/\s+/g, " ").trim();
    expect(words(server.sent.map((m) => m.text).join(" "))).toBe(words(text));
    expect(server.sent[0]?.text.endsWith("Breathe slowly.")).toBe(true);
  });

  it("throws when Telegram fails, so the outbox retries; the retry sends it once", async () => {
    const c = channel();
    server.failNextSends({ code: 500 });
    await expect(c.send("42", SAMPLE_MESSAGE)).rejects.toThrow(/sendMessage/);
    expect(server.sent).toHaveLength(0);
    await c.send("42", SAMPLE_MESSAGE);
    expect(server.sent.map((m) => m.text)).toEqual(["Pick one"]);
  });

  it("resumes a half-sent long message after a failure in the middle", async () => {
    const c = channel();
    const message = { ...SAMPLE_MESSAGE, id: "m-half", text: "b ".repeat(3000) };
    const parts = splitText(message.text);
    const realSend = c.api.sendMessage.bind(c.api);
    let calls = 0;
    c.api.sendMessage = (async (...args: Parameters<typeof realSend>) => {
      calls += 1;
      if (calls === 2) throw new Error("network down (test)");
      return realSend(...args);
    }) as typeof realSend;
    await expect(c.send("42", message)).rejects.toThrow(/network down/);
    await c.send("42", message);
    expect(server.sent.map((m) => m.text)).toEqual(parts);
  });

  it("sends a scale question with a 0–10 number pad and a text question without buttons", async () => {
    const c = channel();
    await c.send("42", { ...SAMPLE_MESSAGE, expect: "scale", choices: [] });
    await c.send("42", { ...SAMPLE_MESSAGE, id: "m-2", expect: "text", choices: [] });
    const pad = server.sent[0]?.reply_markup?.inline_keyboard.flat().map((b) => b.text);
    expect(pad).toEqual(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]);
    expect(server.sent[1]?.reply_markup).toBeUndefined();
  });

  it("removes the previous question's keyboard when a new one is sent", async () => {
    const c = channel();
    await c.send("42", SAMPLE_MESSAGE);
    await c.send("42", { ...SAMPLE_MESSAGE, id: "m-2", prompt: "q-2" });
    const [edit] = server.callsOf("editMessageReplyMarkup");
    expect(edit?.params).toMatchObject({ chat_id: "42", message_id: server.sent[0]?.message_id });
  });
});

describe("telegram receive", () => {
  it("answers every button press, even one for a question already gone", async () => {
    server.calls.length = 0;
    const c = channel();
    const got: Inbound[] = [];
    const sent = { chat_id: "42", message_id: 77, text: "Pick one" };
    await c.receive(asUpdate(buttonUpdate(42, sent, "c|q1|walk")), async (i) => {
      got.push(i);
    });
    expect(server.callsOf("answerCallbackQuery")).toHaveLength(1);
    expect(server.callsOf("editMessageReplyMarkup")[0]?.params).toMatchObject({ message_id: 77 });
    expect(got[0]?.choice).toEqual({ prompt: "q-telegram:42-1", id: "walk" });
  });
});

describe("telegram config", () => {
  it("reads the defaults and names each bad variable without echoing the token", () => {
    const env = loadTelegramEnv({ TELEGRAM_BOT_TOKEN: TEST_TOKEN, TELEGRAM_WEBHOOK_URL: "" });
    expect(env.TELEGRAM_WEBHOOK_PORT).toBe(8443);
    expect(env.TELEGRAM_WEBHOOK_URL).toBeUndefined();
    expect(() => loadTelegramEnv({})).toThrow(/TELEGRAM_BOT_TOKEN: is required/);
    expect(() => loadTelegramEnv({ TELEGRAM_BOT_TOKEN: "oops-secret" })).toThrow(
      /TELEGRAM_BOT_TOKEN: does not look like a bot token/,
    );
    expect(() => loadTelegramEnv({ TELEGRAM_BOT_TOKEN: "oops-secret" })).not.toThrow(/oops-secret/);
    expect(() =>
      loadTelegramEnv({
        TELEGRAM_BOT_TOKEN: TEST_TOKEN,
        TELEGRAM_WEBHOOK_URL: "https://bot.example.org/telegram",
      }),
    ).toThrow(/TELEGRAM_WEBHOOK_SECRET: is required when TELEGRAM_WEBHOOK_URL is set/);
    expect(() =>
      loadTelegramEnv({ TELEGRAM_BOT_TOKEN: TEST_TOKEN, TELEGRAM_WEBHOOK_PORT: "http" }),
    ).toThrow(/TELEGRAM_WEBHOOK_PORT/);
    expect(() =>
      loadTelegramEnv({ TELEGRAM_BOT_TOKEN: TEST_TOKEN, TELEGRAM_API_ROOT: "localhost" }),
    ).toThrow(/TELEGRAM_API_ROOT: must be a full URL/);
  });

  it("makes the invite deep link", () => {
    expect(inviteLink("@lantern_bot", "ABCD2345")).toBe("https://t.me/lantern_bot?start=ABCD2345");
    expect(() => inviteLink("lantern_bot", "no spaces")).toThrow();
  });
});
