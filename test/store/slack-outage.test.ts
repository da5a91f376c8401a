import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { SlackMessageEvent } from "../../adapters/slack/channel.ts";
import { createSlack, type SlackRunning } from "../../adapters/slack/index.ts";
import { type App, createApp } from "../../src/app.ts";
import { EnvSchema } from "../../src/config/env.ts";
import { FAST_RETRY, SECRET } from "../adapters/slack-harness.ts";
import { eventBody, postSigned, SlackApiStandIn, waitFor } from "../support/slack-api.ts";
import { type OwnServer, ownPostgres, ownRedis } from "./outage-servers.ts";

// Issue 14 for Slack on real shared stores: the Redis or PostgreSQL server is STOPPED while a
// patient DMs and STARTED again. Signed Events API requests against the Web API stand-in: the
// notice and the alert (in the Slack alerts channel) within 5 s; after the restart each DM runs
// once, in order. Prints one `outage-figures` JSON line per store.

const ALERTS = "C0ALERTS";
let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step().catch(() => undefined);
  cleanup = [];
});

const dm = (text: string, n: number): SlackMessageEvent => ({
  type: "message",
  channel_type: "im",
  channel: "D0PATIENT",
  user: "U0PATIENT",
  text,
  ts: `1767600${String(n).padStart(3, "0")}.000100`,
  client_msg_id: `msg-${n}`,
});

describe.each(["redis", "postgres"] as const)("slack: %s stopped and restarted", (kind) => {
  it("notice + alert within 5 s; every DM once, in order, after the restart", async () => {
    const server: OwnServer = kind === "redis" ? await ownRedis() : await ownPostgres();
    cleanup.push(() => server.destroy());
    const api = new SlackApiStandIn();
    const apiUrl = await api.start();
    cleanup.push(() => api.close());
    const setup = createSlack(
      {
        SLACK_BOT_TOKEN: "xoxb-test",
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: apiUrl,
        SLACK_ALERT_CHANNEL: ALERTS,
      },
      {
        port: 0,
        clientOptions: { retryConfig: FAST_RETRY },
        journalPath: join(mkdtempSync(join(tmpdir(), "lantern-slack-store-")), "slack.jsonl"),
      },
    );
    const app: App = await createApp({
      env: EnvSchema.parse({
        LANTERN_STORE: server.url,
        LANTERN_PSEUDONYM_SALT: "slack-store-outage-salt-0123",
        LANTERN_FIRST_FLOW: "none",
      }),
      notifiers: [setup.notifier],
      backup: [setup.backup],
    });
    cleanup.push(() => app.close());
    const slack: SlackRunning = await setup.attach(app);
    cleanup.push(() => slack.stop());
    const url = `http://127.0.0.1:${slack.port}/slack/events`;
    const post = (text: string, n: number) =>
      postSigned(url, SECRET, eventBody(dm(text, n), `Ev${kind}${n}`), "application/json");
    const toPatient = () => api.ok("chat.postMessage").filter((m) => m.channel === "U0PATIENT");
    const alerts = () => api.ok("chat.postMessage").filter((m) => m.channel === ALERTS);

    const { invite } = await app.patients.create("SL", "test");
    expect((await app.patients.redeem(invite.code, "slack", "U0PATIENT")).ok).toBe(true);
    expect((await post("hello", 1)).status).toBe(200);
    await waitFor(() => toPatient().length > 0 && slack.channel.intake?.journal.size === 0, 10_000);
    const before = toPatient().length;

    await server.stop();
    const started = Date.now();
    const outage = ["I had a rough day", "I want to die", "thanks"];
    for (const [i, text] of outage.entries()) expect((await post(text, i + 2)).status).toBe(200);
    await waitFor(() => toPatient().some((m) => /kept your message/.test(String(m.text))), 5_000);
    const noticeMs = Date.now() - started;
    await waitFor(() => alerts().length > 0, 5_000);
    const alertMs = Date.now() - started;
    await waitFor(() => slack.channel.intake?.journal.size === 3, 5_000);

    await server.start();
    const restarted = Date.now();
    await waitFor(() => slack.channel.intake?.journal.size === 0, 30_000);
    const drainMs = Date.now() - restarted;
    const lines =
      (await app.runtime.store.loadConversation("slack:U0PATIENT"))?.history
        .filter((m) => m.from === "patient")
        .map((m) => m.text) ?? [];
    const lost = outage.filter((t) => !lines.includes(t)).length;
    const doubled = lines.length - new Set(lines).size;
    console.log(
      `outage-figures ${JSON.stringify({ kind, channel: "slack", noticeMs, alertMs, drainMs, journaled: outage.length, lost, doubled })}`,
    );
    expect(lines).toEqual(["hello", ...outage]);
    expect(noticeMs).toBeLessThan(5_000);
    expect(alertMs).toBeLessThan(5_000);
    // Replies to the journaled DMs went out once the store was back; one alert in all.
    await waitFor(() => toPatient().length > before + 1, 10_000);
    expect(alerts()).toHaveLength(1);
  }, 60_000);
});
