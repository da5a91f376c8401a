import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type StopTelegram,
  startTelegram,
  type TelegramOptions,
} from "../../adapters/telegram/index.ts";
import { type App, type AppOptions, createApp } from "../../src/app.ts";
import { loadEnv } from "../../src/config/env.ts";
import { newState } from "../../src/engine/state.ts";
import type { Inbound } from "../../src/engine/types.ts";
import { FakeClock, RecordingNotifier } from "../support/recorders.ts";
import { storeOutage } from "../support/store-outage.ts";
import { BOT, TEST_TOKEN, TelegramTestServer } from "../support/telegram-server.ts";

/** The webhook secret and path TelegramHarness.webhook() registers. */
export const WEBHOOK_SECRET = "webhook-secret-0123456789";
export const WEBHOOK_PATH = "/telegram/updates";

/**
 * The real app (createApp: real flows, real risk guard, SQLite file, fake clock) served over
 * Telegram by grammy, pointed at the local Bot API server.
 */
export class TelegramHarness {
  readonly server = new TelegramTestServer();
  readonly clock = new FakeClock();
  readonly notifier = new RecordingNotifier();
  app!: App;
  stop!: StopTelegram;

  /** The folder holding this run's SQLite file and inbound journal. */
  dir!: string;

  static async start(
    telegramEnv: Record<string, string> = {},
    options: Partial<TelegramOptions> = {},
    appOptions: Partial<AppOptions> = {},
  ): Promise<TelegramHarness> {
    const h = new TelegramHarness();
    await h.server.start();
    const dir = mkdtempSync(join(tmpdir(), "lantern-telegram-"));
    h.dir = dir;
    const env = loadEnv(
      {
        LANTERN_STORE: `sqlite://${join(dir, "lantern.sqlite")}`,
        LANTERN_CLINIC: "config/clinic.yaml",
        LANTERN_PSEUDONYM_SALT: "telegram-tests-salt-0123",
        LOG_LEVEL: "silent",
      },
      join(dir, "no.env"),
    );
    h.app = await createApp({ env, clock: h.clock, notifiers: [h.notifier], ...appOptions });
    h.stop = await startTelegram(h.app, {
      env: { TELEGRAM_BOT_TOKEN: TEST_TOKEN, TELEGRAM_API_ROOT: h.server.apiRoot, ...telegramEnv },
      botInfo: BOT,
      // Real pacing would slow the suite to one message a second per chat.
      throttle: { global: {}, group: {}, out: { maxConcurrent: 1 } },
      pollTimeoutSeconds: 1,
      journalPath: join(dir, "data", "telegram-inbound.jsonl"),
      ...options,
    });
    return h;
  }

  /** The harness in webhook mode: WEBHOOK_SECRET, WEBHOOK_PATH, a free port, no polling. */
  static webhook(): Promise<TelegramHarness> {
    return TelegramHarness.start({
      TELEGRAM_WEBHOOK_URL: `https://bot.example.org${WEBHOOK_PATH}`,
      TELEGRAM_WEBHOOK_SECRET: WEBHOOK_SECRET,
      TELEGRAM_WEBHOOK_PORT: "0",
    });
  }

  /** POST an update to the webhook server as Telegram would, with `secret` (none if undefined). */
  postUpdate(body: unknown, secret?: string, path = WEBHOOK_PATH): Promise<Response> {
    return fetch(`http://127.0.0.1:${this.stop.webhookPort}${path}`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(secret === undefined ? {} : { "x-telegram-bot-api-secret-token": secret }),
      },
      body: JSON.stringify(body),
    });
  }

  async close(): Promise<void> {
    await this.stop();
    await this.app.close();
    await this.server.close();
  }

  /**
   * Make the app's store fail like an unreachable one (every keyv call rejects with
   * store.unavailable) while the returned switch is on.
   */
  storeOutage(): (down: boolean) => void {
    return storeOutage(this.app.runtime.store);
  }

  /** Link a chat to a new patient without a /start (as if redeemed on another device). */
  async enrol(chat: number): Promise<void> {
    const { invite } = await this.app.patients.create(`Patient ${chat}`, "therapist-1");
    const result = await this.app.patients.redeem(invite.code, "telegram", String(chat));
    if (!result.ok) throw new Error("enrolment failed");
  }

  /**
   * `enrol`, with onboarding already done (a returning patient): `menu` then shows the menu
   * instead of starting onboarding, which a new patient's first `menu` does.
   */
  async enrolOnboarded(chat: number): Promise<void> {
    await this.enrol(chat);
    const state = newState("telegram", String(chat), this.clock.now());
    state.user = { onboarded: true };
    await this.app.runtime.store.saveConversation(state);
  }

  /** Start a flow for a chat from outside (an assignment): a proactive message. */
  assign(chat: number, flowId: string): Promise<unknown> {
    const inbound: Inbound = {
      channel: "telegram",
      userId: String(chat),
      messageId: `assign-${flowId}-${Date.now()}`,
      kind: "start",
      flowId,
    };
    return this.app.runtime.handle(inbound);
  }

  /** Wait until the chat has received a message containing `fragment`; returns it. */
  async waitForText(chat: number, fragment: string, ms = 5_000) {
    await this.server.until(() => this.server.texts(chat).some((t) => t.includes(fragment)), ms);
    return this.last(chat, fragment);
  }

  /** The most recent message to the chat containing `fragment`. */
  last(chat: number, fragment: string) {
    const found = this.server.sent.filter(
      (m) => m.chat_id === String(chat) && m.text.includes(fragment),
    );
    const message = found.at(-1);
    if (!message) throw new Error(`no message with "${fragment}"`);
    return message;
  }
}
