import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { textUpdate } from "../support/telegram-server.ts";
import {
  WEBHOOK_SECRET as SECRET,
  TelegramHarness,
  WEBHOOK_PATH as URL_PATH,
} from "./telegram-harness.ts";

// Webhook mode: the adapter's own node:http server, grammy's webhookCallback behind it.

let h: TelegramHarness;

beforeEach(async () => {
  h = await TelegramHarness.webhook();
});
afterEach(async () => {
  await h.close();
});

const post = (body: unknown, secret?: string, path?: string) => h.postUpdate(body, secret, path);

describe("telegram webhook", () => {
  it("registers the webhook with its secret instead of polling", () => {
    expect(h.server.callsOf("setWebhook")[0]?.params).toMatchObject({
      url: `https://bot.example.org${URL_PATH}`,
      secret_token: SECRET,
    });
    expect(h.server.callsOf("getUpdates")).toHaveLength(0);
  });

  it("rejects a request with a wrong or missing secret (401) and runs no turn", async () => {
    await h.enrol(801);
    const update = { update_id: 1, ...textUpdate(801, "help") };
    expect((await post(update, "wrong-secret-0123456789")).status).toBe(401);
    expect((await post(update)).status).toBe(401);
    expect(h.server.texts(801)).toHaveLength(0);
    expect(await h.app.runtime.store.loadConversation("telegram:801")).toBeUndefined();
  });

  it("runs the turn for a request with the right secret (200), once per message", async () => {
    await h.enrol(802);
    const update = textUpdate(802, "help");
    expect((await post({ update_id: 10, ...update }, SECRET)).status).toBe(200);
    expect(h.server.texts(802).join("\n")).toContain("Type menu");
    // Telegram redelivers (new update_id, same message): answered already, no second reply.
    expect((await post({ update_id: 11, ...update }, SECRET)).status).toBe(200);
    expect(h.server.texts(802)).toHaveLength(1);
  });

  it("answers only its own path", async () => {
    expect((await post({ update_id: 1 }, SECRET, "/other")).status).toBe(404);
  });
});
