import { type AutoRetryOptions, autoRetry } from "@grammyjs/auto-retry";
import type { APIThrottlerOptions } from "@grammyjs/transformer-throttler";
import { Bot } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { Logger } from "pino";
import { type App, intakeNotice, journalPathFor, listenHost } from "#lantern";
import { openJournal, outageAlerts } from "../outage.ts";
import { type Platform, platformOf } from "../platform.ts";
import { TelegramChannel } from "./channel.ts";
import { loadTelegramEnv, type TelegramEnv, telegramConfigured } from "./config.ts";
import { TelegramIntake } from "./intake.ts";
import { nonTextReply } from "./non-text.ts";
import { pacing } from "./pacing.ts";
import { pollingReceiver, type WebhookReceiver, webhookReceiver } from "./receive.ts";

export { TelegramChannel } from "./channel.ts";
export { loadTelegramEnv, TelegramEnvSchema, telegramConfigured } from "./config.ts";
export { TELEGRAM_PACING } from "./pacing.ts";

export interface TelegramOptions {
  /** Settings already read, or an environment to read them from (process.env by default). */
  env?: TelegramEnv | NodeJS.ProcessEnv;
  logger?: Logger;
  /**
   * Outgoing rate limits (TELEGRAM_PACING in pacing.ts: 30/s overall, per chat a burst of 3 then
   * 1/s); false: off. The typing action is never paced.
   */
  throttle?: APIThrottlerOptions | false;
  /**
   * Short waits Telegram asks for (429 retry_after) are retried in place. Anything longer, and
   * server or network errors, go back to the outbox, which retries with backoff.
   */
  retry?: Partial<AutoRetryOptions>;
  /** Long polling timeout in seconds (30). */
  pollTimeoutSeconds?: number;
  /** Interface the webhook server listens on (LANTERN_HOST, 127.0.0.1 by default). */
  webhookHost?: string;
  /** Skip getMe at start (tests, or a known bot). */
  botInfo?: UserFromGetMe;
  /** The inbound journal file (beside the SQLite file, else data/); see docs/operations.md. */
  journalPath?: string;
  /** Ordinary updates one chat may hold in flight before a flood is answered (8). */
  perChatLimit?: number;
}

/** Stops receiving; also carries the running pieces for the caller and tests. */
export type StopTelegram = (() => Promise<void>) & {
  channel: TelegramChannel;
  bot: Bot;
  /** The webhook server's port in webhook mode. */
  webhookPort: number | undefined;
};

function isParsed(env: TelegramOptions["env"]): env is TelegramEnv {
  return typeof env?.TELEGRAM_WEBHOOK_PORT === "number";
}

/**
 * Serve patients on Telegram: long polling by default, a webhook server when
 * TELEGRAM_WEBHOOK_URL is set. Registers the channel with the runtime, so outbox messages
 * (replies and proactive ones) for `telegram` users go to their chat.
 *
 * @example
 * if (telegramConfigured()) stops.push(await startTelegram(app, { logger }));
 */
export async function startTelegram(
  app: Pick<App, "runtime" | "alertNow" | "storeUrl"> & Partial<Pick<App, "escalations">>,
  options: TelegramOptions = {},
): Promise<StopTelegram> {
  const env = isParsed(options.env) ? options.env : loadTelegramEnv(options.env);
  const bot = new Bot(env.TELEGRAM_BOT_TOKEN, {
    ...(env.TELEGRAM_API_ROOT ? { client: { apiRoot: env.TELEGRAM_API_ROOT } } : {}),
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
  });
  // Order matters: the throttler paces each call, auto-retry repeats a paced call.
  if (options.throttle !== false) bot.api.config.use(pacing(options.throttle));
  bot.api.config.use(
    autoRetry({
      maxRetryAttempts: 3,
      maxDelaySeconds: 30,
      rethrowInternalServerErrors: true,
      rethrowHttpErrors: true,
      ...options.retry,
    }),
  );
  const webhook: WebhookReceiver | undefined = env.TELEGRAM_WEBHOOK_URL
    ? webhookReceiver({
        url: env.TELEGRAM_WEBHOOK_URL,
        secret: env.TELEGRAM_WEBHOOK_SECRET ?? "",
        port: env.TELEGRAM_WEBHOOK_PORT,
        ...(options.webhookHost ? { host: options.webhookHost } : {}),
        ...(options.logger ? { logger: options.logger } : {}),
      })
    : undefined;
  const { runtime } = app;
  const journal = openJournal(options.journalPath ?? journalPathFor("telegram", app.storeUrl));
  const intake = new TelegramIntake({
    journal,
    alerts: outageAlerts(app, journal, options.logger),
    // prompts/system/store-down-kept.md and flood.md, with the crisis resources.
    notice: (kind, locale) => intakeNotice(runtime, kind, locale),
    ...(options.perChatLimit ? { perChatLimit: options.perChatLimit } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
  });
  if (!webhook) bot.api.config.use(intake.transformer);
  const channel = new TelegramChannel({
    intake,
    bot,
    receiver:
      webhook ??
      pollingReceiver(
        options.pollTimeoutSeconds ? { timeoutSeconds: options.pollTimeoutSeconds } : {},
      ),
    nonTextReply: (what, chat, languageCode) => nonTextReply(runtime, what, chat, languageCode),
    ...(options.logger ? { logger: options.logger } : {}),
  });
  await bot.init();
  runtime.addChannel(channel);
  // The intake keeps an update the store could not take and tells the patient itself.
  await channel.start((inbound) => runtime.handle(inbound, { storeDownReply: false }));
  options.logger?.info(
    { mode: webhook ? "webhook" : "polling", bot: bot.botInfo.username },
    "telegram started",
  );
  return Object.assign(() => channel.stop(), { channel, bot, webhookPort: webhook?.port });
}

/**
 * Telegram as `lantern start` runs it, when TELEGRAM_BOT_TOKEN is set (else undefined): long
 * polling, or the webhook server on LANTERN_HOST when TELEGRAM_WEBHOOK_URL is set.
 */
export function platform(env: NodeJS.ProcessEnv = process.env): Platform | undefined {
  if (!telegramConfigured(env)) return undefined;
  const webhookHost = listenHost(env);
  return platformOf("telegram", (app, logger) => startTelegram(app, { env, logger, webhookHost }));
}

/** The deep link a therapist gives a patient: opening it sends `/start <code>` to the bot. */
export function inviteLink(botUsername: string, code: string): string {
  const bot = botUsername.replace(/^@/, "");
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(code))
    throw new TypeError("an invite code for a link is 1–64 letters, digits, _ or -");
  return `https://t.me/${bot}?start=${code}`;
}
