import { type RunnerHandle, run } from "@grammyjs/runner";
import { type Bot, webhookCallback } from "grammy";
import { Hono } from "hono";
import type { Logger } from "pino";
import { type Listening, limitBody, listen } from "../http.ts";
import type { Receiver } from "./channel.ts";
import { ALLOWED_UPDATES } from "./commands.ts";

/**
 * Long polling with @grammyjs/runner: updates of different chats run concurrently, those of
 * one chat in order (the channel installs `sequentialize`).
 */
export function pollingReceiver(options: { timeoutSeconds?: number } = {}): Receiver {
  let handle: RunnerHandle | undefined;
  return {
    async start(bot) {
      // getUpdates fails while a webhook is set: polling means no webhook.
      await bot.api.deleteWebhook();
      handle = run(bot, {
        // On purpose: 500 updates in flight at once (the runner asks getUpdates for no more than
        // the sink has room for; at most 500 ms between fetches). With the intake's
        // per-chat limit (8 ordinary + 4 risk) one chat holds at most 12 of them, so the runner
        // keeps fetching for everyone else while one chat floods.
        sink: { concurrency: 500 },
        source: { maxDelayMilliseconds: 500 },
        runner: {
          fetch: {
            timeout: options.timeoutSeconds ?? 30,
            allowed_updates: [...ALLOWED_UPDATES],
          },
          silent: true,
          retryInterval: "exponential",
        },
      });
    },
    async stop() {
      if (handle?.isRunning()) await handle.stop();
    },
  };
}

export interface WebhookOptions {
  /** The public URL Telegram posts to; its path is the one this server answers. */
  url: string;
  secret: string;
  port: number;
  /** Interface to listen on (LANTERN_HOST); 127.0.0.1 when unset. */
  host?: string;
  logger?: Logger;
}

/** A webhook receiver; `port` is the bound port once started (useful with port 0). */
export interface WebhookReceiver extends Receiver {
  readonly port: number | undefined;
}

/** Telegram's updates are small; anything near this is not an update (Bot API: 10 MB max). */
export const WEBHOOK_MAX_BODY = 1_000_000;

/**
 * The webhook endpoint as a Hono app: POST `path` hands the update to grammy. A request without
 * the right `X-Telegram-Bot-Api-Secret-Token` gets 401 with an empty body. A turn that fails
 * answers 500, so Telegram delivers the update again (the runtime drops what it has already
 * handled). Other paths 404, other methods 405.
 */
export function webhookApp(
  bot: Bot,
  options: { path: string; secret: string; logger?: Logger | undefined },
): Hono {
  const handle = webhookCallback(bot, "hono", {
    secretToken: options.secret,
    // A slow turn (model text, throttled sends) still finishes; Telegram hears 200.
    onTimeout: "return",
    timeoutMilliseconds: 50_000,
  });
  const app = new Hono();
  app.post(options.path, limitBody(WEBHOOK_MAX_BODY), async (c) => {
    try {
      return await handle(c);
    } catch (error) {
      options.logger?.error(
        { err: error instanceof Error ? error.message : String(error) },
        "telegram webhook: update failed",
      );
      return c.body(null, 500);
    }
  });
  app.all(options.path, (c) => c.body(null, 405, { allow: "POST" }));
  app.notFound((c) => c.body(null, 404));
  return app;
}

/** Webhook mode: `webhookApp` on its own port, then the webhook registered with Telegram. */
export function webhookReceiver(options: WebhookOptions): WebhookReceiver {
  let listening: Listening | undefined;
  const path = new URL(options.url).pathname;
  return {
    get port() {
      return listening?.port;
    },
    async start(bot) {
      const app = webhookApp(bot, { path, secret: options.secret, logger: options.logger });
      // LANTERN_HOST reaches here as `host`; without one, loopback only (docs/operations.md).
      listening = await listen(app, options.port, options.host);
      await bot.init();
      await bot.api.setWebhook(options.url, {
        secret_token: options.secret,
        allowed_updates: [...ALLOWED_UPDATES],
      });
    },
    async stop() {
      const current = listening;
      listening = undefined;
      await current?.close();
    },
  };
}
