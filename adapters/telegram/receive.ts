import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type RunnerHandle, run } from "@grammyjs/runner";
import { webhookCallback } from "grammy";
import type { Logger } from "pino";
import { ALLOWED_UPDATES, type Receiver } from "./channel.ts";

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

/**
 * Webhook mode: a node:http server that hands Telegram's POSTs to grammy. A request without
 * the right `X-Telegram-Bot-Api-Secret-Token` gets 401. A turn that fails answers 500, so
 * Telegram delivers the update again (the runtime drops what it has already handled).
 */
export function webhookReceiver(options: WebhookOptions): WebhookReceiver {
  let server: Server | undefined;
  const path = new URL(options.url).pathname;
  return {
    get port() {
      const address = server?.address() as AddressInfo | null | undefined;
      return address?.port;
    },
    async start(bot) {
      const handle = webhookCallback(bot, "http", {
        secretToken: options.secret,
        // A slow turn (model text, throttled sends) still finishes; Telegram hears 200.
        onTimeout: "return",
        timeoutMilliseconds: 50_000,
      });
      server = createServer((req, res) => {
        const url = new URL(req.url ?? "/", "http://localhost");
        if (url.pathname !== path) {
          res.writeHead(404).end();
          return;
        }
        if (req.method !== "POST") {
          res.writeHead(405, { allow: "POST" }).end();
          return;
        }
        handle(req, res).catch((error: unknown) => {
          options.logger?.error(
            { err: error instanceof Error ? error.message : String(error) },
            "telegram webhook: update failed",
          );
          if (!res.headersSent) res.writeHead(500);
          res.end();
        });
      });
      await new Promise<void>((resolve, reject) => {
        server?.once("error", reject);
        // LANTERN_HOST reaches here as `host`; without one, loopback only (docs/operations.md).
        server?.listen(options.port, options.host ?? "127.0.0.1", () => resolve());
      });
      await bot.init();
      await bot.api.setWebhook(options.url, {
        secret_token: options.secret,
        allowed_updates: [...ALLOWED_UPDATES],
      });
    },
    async stop() {
      const current = server;
      server = undefined;
      if (!current) return;
      current.closeAllConnections();
      await new Promise<void>((resolve) => current.close(() => resolve()));
    },
  };
}
