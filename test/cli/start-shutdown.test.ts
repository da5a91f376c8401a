import { afterEach, describe, expect, it } from "vitest";
import {
  accepts,
  blackHole,
  type Running,
  startLantern,
  terminate,
  until,
} from "../support/lantern-process.ts";
import { freePort } from "../support/services.ts";
import { SlackApiStandIn } from "../support/slack-api.ts";
import { TEST_TOKEN, TelegramTestServer, textUpdate } from "../support/telegram-server.ts";

// Issue 14 item 6: `lantern start` leaves within 10 s of SIGTERM whatever its platform
// servers do, and every HTTP listener binds LANTERN_HOST (127.0.0.1 unless set).

describe("lantern start: shutdown and listen address", () => {
  const telegram = new TelegramTestServer();
  const slack = new SlackApiStandIn();
  let running: Running | undefined;
  const holes: (() => void)[] = [];
  afterEach(async () => {
    for (const close of holes.splice(0)) close();
    if (running && running.child.exitCode === null && running.child.signalCode === null)
      running.child.kill("SIGKILL");
    running = undefined;
    // Each stand-in is closed by its test; closing one that never started would never settle.
  });

  it("binds every HTTP listener to LANTERN_HOST, and exits within 10 s of SIGTERM once the platform servers are gone", async () => {
    await telegram.start();
    const slackApi = await slack.start();
    const [webhookPort, slackPort, teamsPort] = [
      await freePort(),
      await freePort(),
      await freePort(),
    ];
    running = startLantern({
      LANTERN_HOST: "127.0.0.2",
      TELEGRAM_BOT_TOKEN: TEST_TOKEN,
      TELEGRAM_API_ROOT: telegram.apiRoot,
      TELEGRAM_WEBHOOK_URL: "https://lantern.example/telegram",
      TELEGRAM_WEBHOOK_SECRET: "shutdown-test-webhook-secret",
      TELEGRAM_WEBHOOK_PORT: String(webhookPort),
      SLACK_BOT_TOKEN: "xoxb-shutdown-test",
      SLACK_SIGNING_SECRET: "shutdown-test-signing-secret",
      SLACK_API_URL: slackApi,
      SLACK_ALERT_CHANNEL: "C0ALERTS",
      SLACK_PORT: String(slackPort),
      TEAMS_PORT: String(teamsPort),
    });
    const { log } = running;
    await until(() => (log().match(/platform started/g) ?? []).length === 3, 30_000, "3 platforms");
    for (const port of [webhookPort, slackPort, teamsPort]) {
      expect(await accepts("127.0.0.2", port), `port ${port} on LANTERN_HOST`).toBe(true);
      expect(await accepts("127.0.0.1", port), `port ${port} elsewhere`).toBe(false);
    }
    await telegram.close();
    await slack.close();
    const { signal, ms } = await terminate(running);
    expect(signal).toBeNull();
    expect(ms).toBeLessThan(10_000);
  }, 60_000);

  it("exits within 10 s of SIGTERM while long polling a Bot API server that has hung", async () => {
    await telegram.start();
    running = startLantern({ TELEGRAM_BOT_TOKEN: TEST_TOKEN, TELEGRAM_API_ROOT: telegram.apiRoot });
    await until(() => running?.log().includes("platform started") ?? false, 30_000, "telegram");
    const port = Number(new URL(telegram.apiRoot).port);
    await telegram.close();
    // In its place, a server that takes connections and never answers (a hung proxy, a
    // half-dead host): the poller's next request hangs.
    const hole = await blackHole(port);
    holes.push(hole.close);
    await until(() => hole.sockets.length > 0, 10_000, "the poller to reconnect", running.log);
    const { signal, ms } = await terminate(running);
    expect(signal).toBeNull();
    expect(ms).toBeLessThan(10_000);
  }, 60_000);

  it("exits within 10 s of SIGTERM while a reply is stuck on a Bot API server that hangs", async () => {
    await telegram.start();
    const webhookPort = await freePort();
    const secret = "shutdown-test-webhook-secret";
    running = startLantern({
      TELEGRAM_BOT_TOKEN: TEST_TOKEN,
      TELEGRAM_API_ROOT: telegram.apiRoot,
      TELEGRAM_WEBHOOK_URL: "https://lantern.example/telegram",
      TELEGRAM_WEBHOOK_SECRET: secret,
      TELEGRAM_WEBHOOK_PORT: String(webhookPort),
    });
    await until(() => running?.log().includes("platform started") ?? false, 30_000, "telegram");
    const port = Number(new URL(telegram.apiRoot).port);
    await telegram.close();
    const hole = await blackHole(port);
    holes.push(hole.close);
    // A patient writes; the reply's sendMessage goes into the black hole and stays there.
    void fetch(`http://127.0.0.1:${webhookPort}/telegram`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": secret },
      body: JSON.stringify({ ...textUpdate(4242, "hello"), update_id: 1 }),
    }).catch(() => {});
    await until(() => hole.sockets.length > 0, 10_000, "the reply to be sent", running.log);
    const { signal, ms } = await terminate(running);
    expect(signal).toBeNull();
    expect(ms).toBeLessThan(10_000);
  }, 60_000);

  it("defaults to loopback when LANTERN_HOST is unset", async () => {
    const teamsPort = await freePort();
    running = startLantern({ TEAMS_PORT: String(teamsPort), LANTERN_HOST: "" });
    await until(
      () => running?.log().includes("platform started") ?? false,
      30_000,
      "teams",
      () => (running ? running.log() : ""),
    );
    expect(running.log()).toContain(`http://127.0.0.1:${teamsPort}/api/messages`);
    running.child.kill("SIGTERM");
    const { code } = await running.exited;
    expect(code).toBe(0);
  }, 60_000);
});
