import { Bot } from "grammy";
import { afterEach, describe, expect, it } from "vitest";
import { TELEGRAM_PACING } from "../../adapters/telegram/index.ts";
import { pacing } from "../../adapters/telegram/pacing.ts";
import { createLlmServices } from "../../src/llm/index.ts";
import { FakeOpenAI } from "../support/openai-server.ts";
import {
  BOT,
  type SentMessage,
  TEST_TOKEN,
  TelegramTestServer,
  textUpdate,
} from "../support/telegram-server.ts";
import { TelegramHarness } from "./telegram-harness.ts";

// Issue 20: what a patient feels on Telegram, with the pacing production uses (TELEGRAM_PACING)
// against the local Bot API. Latency is measured from the moment getUpdates handed the update
// out to the moment the first sendMessage for it arrived.

let h: TelegramHarness | undefined;
let model: FakeOpenAI | undefined;
afterEach(async () => {
  await h?.close();
  await model?.stop();
  h = undefined;
  model = undefined;
});

/** Push a message and wait until `count` new messages reached the chat; returns them. */
async function turn(chat: number, text: string, count: number, ms = 5_000) {
  const server = (h as TelegramHarness).server;
  const before = server.texts(chat).length;
  const update = server.push(textUpdate(chat, text));
  await server.until(() => server.texts(chat).length >= before + count, ms);
  const sent = server.sent.filter((m) => m.chat_id === String(chat)).slice(before);
  const fetched = server.fetchedAt.get(update.update_id) as number;
  return { sent, fetched, firstMs: (sent[0] as SentMessage).at - fetched };
}

describe("telegram: reply latency with production pacing", () => {
  it("answers within 0.3 s of the fetch, with no typing action for a fast turn", async () => {
    h = await TelegramHarness.start({}, { throttle: TELEGRAM_PACING });
    await h.enrol(2001);
    const latencies: number[] = [];
    // Turns one after another, a second apart (a patient reading, then tapping).
    for (const text of ["menu", "help", "menu", "help", "menu", "help", "menu"]) {
      const { firstMs } = await turn(2001, text, 1);
      latencies.push(firstMs);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    console.log(`first reply after fetch: ${latencies.map((ms) => ms.toFixed(0)).join(", ")} ms`);
    for (const ms of latencies) expect(ms).toBeLessThan(300);
    expect(h.server.callsOf("sendChatAction")).toHaveLength(0);
  });

  it("sends the crisis resources in the first burst, and the turn's first three messages in order within 1 s", async () => {
    h = await TelegramHarness.start({}, { throttle: TELEGRAM_PACING });
    await h.enrol(2002);
    const { sent, fetched } = await turn(2002, "I want to kill myself", 3);
    const after = sent.map((m) => m.at - fetched);
    console.log(
      `crisis turn: first three messages ${after.map((ms) => ms.toFixed(0)).join(", ")} ms after fetch`,
    );
    // The engine's order: a short acknowledgement, the resources, then the care-team notice.
    expect(sent.map((m) => m.text.slice(0, 20))).toEqual([
      "Thank you for tellin",
      "You can talk to some",
      "I am sending a messa",
    ]);
    const resources = sent.findIndex((m) => m.text.includes("988"));
    expect(after[resources] as number).toBeLessThan(300);
    // Three at once (the chat's burst), then one a second: all three within a second.
    expect(after[2] as number).toBeLessThan(1_000);
    // The rest of the turn follows at the documented pace, still in order, none lost.
    const server = h.server;
    await server.until(() => server.texts(2002).length >= 5, 4_000);
    const all = server.sent.filter((m) => m.chat_id === "2002");
    expect(all.slice(0, 3)).toEqual(sent);
    expect(new Set(all.map((m) => m.text)).size).toBe(all.length);
    // The fourth waited for the bucket to refill: paced, not dropped.
    expect((all[3] as SentMessage).at - fetched).toBeGreaterThan(700);
  });

  it("shows typing only when the reply takes longer than a second, and never delays it", async () => {
    model = await new FakeOpenAI().start();
    const llm = createLlmServices({
      OPENAI_BASE_URL: model.url,
      LANTERN_MODEL: "test-model",
      LANTERN_LLM_SEND_PATIENT_TEXT: "true",
      LANTERN_PROMPTS: "prompts",
    });
    h = await TelegramHarness.start({}, { throttle: TELEGRAM_PACING }, { llm: llm ?? null });
    await h.enrol(2003);
    // A stalled model: the engine asks it about a message its rules cannot read.
    let answeredAt = 0;
    model.script(() => {
      answeredAt = performance.now() + 1_600;
      return { structured: { flow: "prep-fear", confidence: 0.9 }, delayMs: 1_600 };
    });
    const { sent, fetched } = await turn(
      2003,
      "I'm scared I'll lose control during the session",
      1,
    );
    expect(model.requests.length).toBeGreaterThan(0);
    const typing = h.server.callsOf("sendChatAction");
    expect(typing).toHaveLength(1);
    expect(typing[0]?.params).toMatchObject({ chat_id: "2003", action: "typing" });
    const typingMs = (typing[0]?.at as number) - fetched;
    const replyMs = (sent[0] as SentMessage).at - fetched;
    console.log(
      `slow turn: typing after ${typingMs.toFixed(0)} ms, reply after ${replyMs.toFixed(0)} ms`,
    );
    expect(typingMs).toBeGreaterThanOrEqual(950);
    expect(typingMs).toBeLessThan(1_500);
    // The reply went out as soon as the model answered: it did not wait behind the typing action.
    expect((sent[0] as SentMessage).at - answeredAt).toBeLessThan(300);
    // A fast turn after it: no second typing action.
    model.script({ structured: { flow: "prep-fear", confidence: 0.9 } });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await turn(2003, "menu", 1);
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    expect(h.server.callsOf("sendChatAction")).toHaveLength(1);
  });
});

describe("telegram pacing (TELEGRAM_PACING)", () => {
  it("lets a burst of 3 through at once, then 1 a second, in order; typing and edits never wait behind messages", async () => {
    const server = await new TelegramTestServer().start();
    try {
      const bot = new Bot(TEST_TOKEN, { botInfo: BOT, client: { apiRoot: server.apiRoot } });
      bot.api.config.use(pacing());
      const start = performance.now();
      const sends = [1, 2, 3, 4, 5].map((n) => bot.api.sendMessage(77, `m${n}`));
      // Queued behind five messages of the same chat: these go out at once anyway.
      await bot.api.sendChatAction(77, "typing");
      await bot.api.editMessageReplyMarkup(77, 1);
      const cosmeticMs = performance.now() - start;
      // Another chat has its own bucket: not held back by the first one's queue.
      await bot.api.sendMessage(78, "other");
      const otherMs = performance.now() - start;
      await Promise.all(sends);
      const at = server.sent.filter((m) => m.chat_id === "77").map((m) => m.at - start);
      console.log(
        `pacing: sends at ${at.map((ms) => ms.toFixed(0)).join(", ")} ms; typing+edit done at ${cosmeticMs.toFixed(0)} ms`,
      );
      expect(server.texts(77)).toEqual(["m1", "m2", "m3", "m4", "m5"]);
      expect(cosmeticMs).toBeLessThan(300);
      expect(at[2] as number).toBeLessThan(300);
      // Refill: one a second (Bottleneck's heartbeat adds up to 250 ms each).
      expect(at[3] as number).toBeGreaterThan(900);
      expect(at[4] as number).toBeGreaterThan(1_900);
      expect(otherMs).toBeLessThan(300);
    } finally {
      await server.close();
    }
  });
});
