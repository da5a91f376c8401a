import { dirname, join } from "node:path";
import { type AutoRetryOptions, autoRetry } from "@grammyjs/auto-retry";
import { type APIThrottlerOptions, apiThrottler } from "@grammyjs/transformer-throttler";
import { Bot } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { Logger } from "pino";
import type { App } from "../../src/app.ts";
import { buildAlert } from "../../src/care/alerts.ts";
import type { AlertPayload, Notifier } from "../../src/channel.ts";
import { LanternError } from "../../src/errors.ts";
import { renderSlots } from "../../src/prompts/templates.ts";
import { InboundJournal } from "../../src/runtime/inbound-journal.ts";
import { TelegramChannel } from "./channel.ts";
import { loadTelegramEnv, type TelegramEnv } from "./config.ts";
import { TelegramIntake } from "./intake.ts";
import { pollingReceiver, type WebhookReceiver, webhookReceiver } from "./receive.ts";

export { TelegramChannel } from "./channel.ts";
export { loadTelegramEnv, TelegramEnvSchema, telegramConfigured } from "./config.ts";

export interface TelegramOptions {
  /** Settings already read, or an environment to read them from (process.env by default). */
  env?: TelegramEnv | NodeJS.ProcessEnv;
  logger?: Logger;
  /** Outgoing rate limits (the throttler's defaults: 30/s overall, 1/s per chat); false: off. */
  throttle?: APIThrottlerOptions | false;
  /**
   * Short waits Telegram asks for (429 retry_after) are retried in place. Anything longer, and
   * server or network errors, go back to the outbox, which retries with backoff.
   */
  retry?: Partial<AutoRetryOptions>;
  /** Long polling timeout in seconds (30). */
  pollTimeoutSeconds?: number;
  /** Interface the webhook server listens on (0.0.0.0). */
  webhookHost?: string;
  /** Skip getMe at start (tests, or a known bot). */
  botInfo?: UserFromGetMe;
  /** The inbound journal file (beside the SQLite file, else data/); see docs/operations.md. */
  journalPath?: string;
  /** Ordinary updates one chat may hold in flight before a flood is answered (8). */
  perChatLimit?: number;
  /** Pseudonym salt for alerts sent while the store is down (else as the app finds it). */
  pseudonymSalt?: string;
}

/** Stops receiving; also carries the running pieces for the caller and tests. */
export type StopTelegram = (() => Promise<void>) & {
  channel: TelegramChannel;
  bot: Bot;
  /** The webhook server's port in webhook mode. */
  webhookPort: number | undefined;
};

/** Used only if prompts/system/non-text.md is missing; clinics edit that file. */
const NON_TEXT_REPLY =
  "I can only read typed messages, so I could not open that {{what}}. Please type what you want to say, or tap one of the buttons.\n\nIf you are in danger or thinking about harming yourself, call {{crisis.emergency}} now, or reach {{crisis.line}}.";

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
  app: Pick<App, "runtime"> & Partial<Pick<App, "escalations">>,
  options: TelegramOptions = {},
): Promise<StopTelegram> {
  const env = isParsed(options.env) ? options.env : loadTelegramEnv(options.env);
  const bot = new Bot(env.TELEGRAM_BOT_TOKEN, {
    ...(env.TELEGRAM_API_ROOT ? { client: { apiRoot: env.TELEGRAM_API_ROOT } } : {}),
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
  });
  // Order matters: the throttler paces each call, auto-retry repeats a paced call.
  if (options.throttle !== false) bot.api.config.use(apiThrottler(options.throttle ?? {}));
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
  const salt =
    options.pseudonymSalt ??
    process.env.LANTERN_PSEUDONYM_SALT ??
    (await runtime.store.get<string>("config:pseudonym_salt"));
  const intake = new TelegramIntake({
    journal: InboundJournal.open(options.journalPath ?? defaultJournalPath()),
    alertNow: (raw) => directAlert(app.escalations?.primary ?? runtime.notifiers, salt, raw),
    ...(app.escalations ? { adopt: app.escalations.adoptDuring.bind(app.escalations) } : {}),
    notice: (kind) => {
      const [name, fallback] =
        kind === "flood" ? ["system/flood", FLOOD] : ["system/store-down-kept", STORE_DOWN_KEPT];
      const body = runtime.catalog.templates.get(name)?.body ?? fallback;
      return renderSlots(body, runtime.services.globals?.(undefined) ?? {});
    },
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
    nonTextReply: (what) =>
      renderSlots(runtime.catalog.templates.get("system/non-text")?.body ?? NON_TEXT_REPLY, {
        what,
        ...runtime.services.globals?.(undefined),
      }),
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

/** The deep link a therapist gives a patient: opening it sends `/start <code>` to the bot. */
export function inviteLink(botUsername: string, code: string): string {
  const bot = botUsername.replace(/^@/, "");
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(code))
    throw new TypeError("an invite code for a link is 1–64 letters, digits, _ or -");
  return `https://t.me/${bot}?start=${code}`;
}

/** Said while the store is down: the message is in the journal and runs when the store is back. */
const STORE_DOWN_KEPT =
  "Sorry, I can't reach my records right now. I've kept your message and will answer it as soon as they're back.\n\nIf you are in danger or thinking about harming yourself, call {{crisis.emergency}} now, or reach {{crisis.line}}.";

/** Said once when one chat sends more than it may hold in flight. */
const FLOOD =
  "You've sent a lot of messages very quickly, so I can't answer each one. I'll reply to the ones I've already taken in; after that, please send one message at a time.\n\nIf you are in danger or thinking about harming yourself, call {{crisis.emergency}} now, or reach {{crisis.line}}.";

/**
 * An alert while the store is down: built as the care team's alert (pseudonym, redacted
 * excerpt) and sent to every target at once, without a stored record. Throws if none got it.
 */
async function directAlert(
  targets: Notifier[],
  salt: string | undefined,
  raw: AlertPayload,
): Promise<string[]> {
  if (!salt) throw new LanternError("escalation.no_salt", "no pseudonym salt for an outage alert");
  // The clinic's excerpt setting (LANTERN_ALERT_EXCERPT), as for every other alert.
  const setting = process.env.LANTERN_ALERT_EXCERPT;
  const excerpt = setting === "full" || setting === "none" ? setting : "redacted";
  const alert = buildAlert(raw, { salt, excerpt, now: new Date() });
  const failed: string[] = [];
  for (const target of targets) {
    try {
      await target.notify({ ...alert, flags: [...alert.flags, "untracked"] });
    } catch {
      failed.push(target.name);
    }
  }
  if (failed.length === targets.length)
    throw new LanternError(
      "escalation.delivery_failed",
      `outage alert not delivered: ${failed.join(", ")}`,
    );
  return targets.map((t) => t.name).filter((name) => !failed.includes(name));
}

/** Beside the SQLite store (its data folder), else ./data: one journal per store and process. */
function defaultJournalPath(store = process.env.LANTERN_STORE ?? ""): string {
  const file = /^sqlite:\/\/(.+)$/.exec(store)?.[1];
  const folder = file && file !== ":memory:" ? dirname(file) : "data";
  return join(folder, "telegram-inbound.jsonl");
}
