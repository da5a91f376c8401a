import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type StopTelegram, startTelegram } from "../../adapters/telegram/index.ts";
import { type App, createApp } from "../../src/app.ts";
import { loadEnv } from "../../src/config/env.ts";
import { RecordingNotifier } from "../support/recorders.ts";
import { BOT, TEST_TOKEN, TelegramTestServer, textUpdate } from "../support/telegram-server.ts";
import { type OwnServer, ownPostgres, ownRedis } from "./outage-servers.ts";

// Issue 14 on real shared stores: the Redis or PostgreSQL server is STOPPED mid-conversation
// (SIGKILL / an immediate shutdown) and STARTED again on the same port and data. Telegram
// long polling and webhook: within 5 s the patient gets the store-down notice with crisis
// resources and the care team the outage alert; after the restart every journaled message runs
// once, in order: 0 lost, 0 doubled. Each test prints one `outage-figures` JSON line.

const SECRET = "webhook-secret-0123456789";
const PATH = "/telegram/updates";
const SALT = "store-outage-salt-0123456";

interface Rig {
  server: OwnServer;
  telegram: TelegramTestServer;
  notifier: RecordingNotifier;
  app: App;
  stop: StopTelegram;
}
let rigs: Rig[] = [];
afterEach(async () => {
  for (const r of rigs) {
    await r.server.start(); // a test that failed mid-outage leaves it stopped
    await r.stop().catch(() => undefined);
    await r.app.close().catch(() => undefined);
    await r.telegram.close();
  }
  rigs = [];
});

async function rig(server: OwnServer, webhook: boolean): Promise<Rig> {
  const telegram = await new TelegramTestServer().start();
  const dir = mkdtempSync(join(tmpdir(), "lantern-store-outage-"));
  const notifier = new RecordingNotifier();
  const env = loadEnv(
    {
      LANTERN_STORE: server.url,
      LANTERN_CLINIC: "config/clinic.yaml",
      LANTERN_PSEUDONYM_SALT: SALT,
      LOG_LEVEL: "silent",
    },
    join(dir, "no.env"),
  );
  const app = await createApp({ env, notifiers: [notifier] });
  const stop = await startTelegram(app, {
    env: {
      TELEGRAM_BOT_TOKEN: TEST_TOKEN,
      TELEGRAM_API_ROOT: telegram.apiRoot,
      ...(webhook
        ? {
            TELEGRAM_WEBHOOK_URL: `https://bot.example.org${PATH}`,
            TELEGRAM_WEBHOOK_SECRET: SECRET,
            TELEGRAM_WEBHOOK_PORT: "0",
          }
        : {}),
    },
    botInfo: BOT,
    throttle: { global: {}, group: {}, out: { maxConcurrent: 1 } },
    pollTimeoutSeconds: 1,
    journalPath: join(dir, "data", "telegram-inbound.jsonl"),
  });
  const r = { server, telegram, notifier, app, stop };
  rigs.push(r);
  return r;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(["redis", "postgres"] as const)("%s stopped and restarted", (kind) => {
  // One server per kind (it keeps its data across the restarts); each test uses its own chat.
  let server: OwnServer;
  beforeAll(async () => {
    server = kind === "redis" ? await ownRedis() : await ownPostgres();
  });
  afterAll(() => server?.destroy());

  it.each(["polling", "webhook"] as const)(
    "%s: notice + alert within 5 s, every journaled message once, in order, after the restart",
    async (mode) => {
      const r = await rig(server, mode === "webhook");
      const chat = mode === "webhook" ? 7702 : 7701;
      let nextId = 1;
      const send = async (text: string) => {
        const update = textUpdate(chat, text);
        if (mode === "polling") return void r.telegram.push(update);
        const response = await fetch(`http://127.0.0.1:${r.stop.webhookPort}${PATH}`, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            "x-telegram-bot-api-secret-token": SECRET,
          },
          body: JSON.stringify({ ...update, update_id: 900_000 + nextId++ }),
        });
        expect(response.status).toBe(200);
      };
      const { invite } = await r.app.patients.create("Outage", "therapist-1");
      expect((await r.app.patients.redeem(invite.code, "telegram", String(chat))).ok).toBe(true);
      await send("help");
      await r.telegram.until(() => r.telegram.texts(chat).some((t) => t.includes("menu")), 10_000);
      const intake = r.stop.channel.intake;
      if (!intake) throw new Error("no intake");
      // Stopped between turns: "help" is handled (its delivery marks written), not in flight.
      await r.telegram.until(() => intake.journal.size === 0, 10_000);

      await r.server.stop();
      const outage = ["I had a rough day", "I'm going to kill myself tonight", "menu", "thanks"];
      const started = Date.now();
      for (const text of outage) await send(text);
      const kept = () => r.telegram.texts(chat).some((t) => t.includes("I've kept your message"));
      await r.telegram.until(kept, 5_000);
      const noticeMs = Date.now() - started;
      await r.telegram.until(() => r.notifier.alerts.length > 0, 5_000);
      const alertMs = Date.now() - started;
      expect(r.notifier.alerts[0]?.flags).toEqual(
        expect.arrayContaining(["store_unavailable", "untracked"]),
      );
      const notice = r.telegram.texts(chat).find((t) => t.includes("I've kept your message"));
      expect(notice).toMatch(/911[\s\S]*988/);
      await r.telegram.until(() => intake.journal.pending(String(chat)).length === 4, 5_000);
      await sleep(1_100); // the drain (every 1 s) retries meanwhile: still down, nothing runs, no re-alert
      expect(r.notifier.alerts).toHaveLength(1);

      await r.server.start();
      const restarted = Date.now();
      await r.telegram.until(() => intake.journal.size === 0, 30_000);
      const drainMs = Date.now() - restarted;
      const history =
        (await r.app.runtime.store.loadConversation(`telegram:${chat}`))?.history ?? [];
      const lines = history.filter((m) => m.from === "patient").map((m) => m.text);
      const lost = outage.filter((t) => !lines.includes(t)).length;
      const doubled = lines.length - new Set(lines).size;
      console.log(
        `outage-figures ${JSON.stringify({ kind, mode, noticeMs, alertMs, drainMs, journaled: outage.length, lost, doubled, outageAlerts: r.notifier.alerts.filter((a) => (a.flags as string[]).includes("untracked")).length })}`,
      );
      expect(lines).toEqual(["help", ...outage]);
      expect({ lost, doubled }).toEqual({ lost: 0, doubled: 0 });
      expect(noticeMs).toBeLessThan(5_000);
      expect(alertMs).toBeLessThan(5_000);
      // The risk message's crisis reply went out once the store was back; one alert in all.
      await r.telegram.until(
        () => r.telegram.texts(chat).some((t) => t.includes("letting your care team know")),
        10_000,
      );
      await sleep(500);
      expect(r.notifier.alerts).toHaveLength(1);
    },
    60_000,
  );

  it("polling: stopped while a burst is being handled, every message once, in order, after", async () => {
    const r = await rig(server, false);
    const chat = 7703;
    const { invite } = await r.app.patients.create("Burst", "therapist-1");
    expect((await r.app.patients.redeem(invite.code, "telegram", String(chat))).ok).toBe(true);
    const burst = Array.from({ length: 8 }, (_, i) => `burst message ${i + 1}`);
    for (const text of burst) r.telegram.push(textUpdate(chat, text));
    // The first reply is out: the other turns are queued or running when the server goes.
    await r.telegram.until(() => r.telegram.texts(chat).length > 0, 10_000);
    await r.server.stop();
    const intake = r.stop.channel.intake;
    await r.telegram.until(
      () => r.telegram.texts(chat).some((t) => t.includes("I've kept your message")),
      5_000,
    );
    const pendingAtStop = intake?.journal.size ?? 0;
    await r.server.start();
    await r.telegram.until(() => intake?.journal.size === 0, 30_000);
    const lines = ((await r.app.runtime.store.loadConversation(`telegram:${chat}`))?.history ?? [])
      .filter((m) => m.from === "patient")
      .map((m) => m.text);
    const lost = burst.filter((t) => !lines.includes(t)).length;
    const doubled = lines.length - new Set(lines).size;
    console.log(
      `outage-figures ${JSON.stringify({ kind, mode: "polling, mid-burst", sent: burst.length, pendingAtStop, lost, doubled })}`,
    );
    expect(pendingAtStop).toBeGreaterThan(0);
    expect(lines).toEqual(burst);
  }, 60_000);
});
