import { Bot } from "grammy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WEBHOOK_MAX_BODY, webhookApp } from "../../adapters/telegram/receive.ts";
import { BOT, TEST_TOKEN, TelegramTestServer, textUpdate } from "../support/telegram-server.ts";

// The webhook endpoint in-process (Hono's app.request): no port, the real grammy behind it.

const SECRET = "webhook-secret-0123456789";
const server = new TelegramTestServer();
const handled: number[] = [];
let app: ReturnType<typeof webhookApp>;

beforeAll(async () => {
  await server.start();
  const bot = new Bot(TEST_TOKEN, { botInfo: BOT, client: { apiRoot: server.apiRoot } });
  bot.use(async (ctx) => {
    handled.push(ctx.update.update_id);
    if (ctx.message?.text === "fail") throw new Error("turn failed");
  });
  app = webhookApp(bot, { path: "/telegram/updates", secret: SECRET });
});
afterAll(async () => {
  await server.close();
});

const post = (body: string, headers: Record<string, string> = {}, path = "/telegram/updates") =>
  app.request(path, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });
const update = (id: number, text = "hello") =>
  JSON.stringify({ update_id: id, ...textUpdate(7, text) });

describe("telegram webhook app", () => {
  it("401 with an empty body for a wrong or missing secret, and the update is not handled", async () => {
    for (const headers of [{}, { "x-telegram-bot-api-secret-token": "wrong-secret-0123456789" }]) {
      const response = await post(update(1), headers);
      expect(response.status).toBe(401);
      expect(await response.text()).toBe("");
    }
    expect(handled).not.toContain(1);
  });

  it("hands a verified update to grammy (200), and answers 500 when it fails", async () => {
    const ok = await post(update(2), { "x-telegram-bot-api-secret-token": SECRET });
    expect(ok.status).toBe(200);
    expect(handled).toContain(2);
    const failed = await post(update(3, "fail"), { "x-telegram-bot-api-secret-token": SECRET });
    expect(failed.status).toBe(500);
    expect(await failed.text()).toBe("");
  });

  it("refuses a body over the limit (413) before grammy sees it", async () => {
    const big = JSON.stringify({ update_id: 4, padding: "x".repeat(WEBHOOK_MAX_BODY) });
    const response = await post(big, {
      "x-telegram-bot-api-secret-token": SECRET,
      "content-length": String(Buffer.byteLength(big)),
    });
    expect(response.status).toBe(413);
    expect(handled).not.toContain(4);
  });

  it("answers only POST on its own path", async () => {
    expect(
      (await post(update(5), { "x-telegram-bot-api-secret-token": SECRET }, "/other")).status,
    ).toBe(404);
    const get = await app.request("/telegram/updates");
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("POST");
  });
});
