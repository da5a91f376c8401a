import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { SlackMessageEvent } from "../../adapters/slack/channel.ts";
import { createSlack } from "../../adapters/slack/index.ts";
import { loadTeamsConfig } from "../../adapters/teams/config.ts";
import { startTeams } from "../../adapters/teams/index.ts";
import { createApp } from "../../src/app.ts";
import { EnvSchema } from "../../src/config/env.ts";
import { FAST_RETRY, SECRET } from "../adapters/slack-harness.ts";
import { eventBody, postSigned, SlackApiStandIn, waitFor } from "../support/slack-api.ts";
import { ConnectorStandIn, postActivity, TeamsUser } from "../support/teams-connector.ts";
import { type OwnServer, ownPostgres, ownRedis } from "./outage-servers.ts";

// Issue 14 for Slack and Teams on real shared stores: one Lantern serving both, its Redis or
// PostgreSQL server STOPPED while a Slack patient DMs (signed Events API requests, Web API
// stand-in) and a Teams patient writes (Activity-protocol requests, connector stand-in), then
// STARTED again. Each patient gets the notice and the care team the alert within 5 s; after the
// restart every message runs once, in order. Prints one `outage-figures` line per channel.

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

const patientLines = (history: { from: string; text: string }[] | undefined, only: string[]) =>
  (history ?? []).filter((m) => m.from === "patient" && only.includes(m.text)).map((m) => m.text);

describe.each(["redis", "postgres"] as const)(
  "slack and teams: %s stopped and restarted",
  (kind) => {
    it("notice + alert within 5 s on each; every message once, in order, after the restart", async () => {
      const server: OwnServer = kind === "redis" ? await ownRedis() : await ownPostgres();
      cleanup.push(() => server.destroy());
      const api = new SlackApiStandIn();
      const apiUrl = await api.start();
      cleanup.push(() => api.close());
      const connector = await new ConnectorStandIn().start();
      cleanup.push(() => connector.stop());
      const dir = mkdtempSync(join(tmpdir(), "lantern-platforms-store-"));
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
          journalPath: join(dir, "slack.jsonl"),
        },
      );
      const app = await createApp({
        env: EnvSchema.parse({
          LANTERN_STORE: server.url,
          LANTERN_PSEUDONYM_SALT: "platforms-store-outage-salt",
          LANTERN_FIRST_FLOW: "none",
        }),
        notifiers: [setup.notifier],
        backup: [setup.backup],
      });
      cleanup.push(() => app.close());
      const slack = await setup.attach(app);
      cleanup.push(() => slack.stop());
      const teams = await startTeams(app, {
        config: loadTeamsConfig({}),
        port: 0,
        journalPath: join(dir, "teams.jsonl"),
      });
      cleanup.push(() => teams.stop());
      cleanup.push(() => server.start()); // a failure mid-outage leaves it stopped

      const slackUrl = `http://127.0.0.1:${slack.port}/slack/events`;
      const toSlack = (text: string, n: number) =>
        postSigned(slackUrl, SECRET, eventBody(dm(text, n), `Ev${kind}${n}`), "application/json");
      const slackPatient = () =>
        api.ok("chat.postMessage").filter((m) => m.channel === "U0PATIENT");
      const alertPosts = () => api.ok("chat.postMessage").filter((m) => m.channel === ALERTS);
      const teamsPatient = new TeamsUser(`29:store-${kind}`, connector.url);
      const slackJournal = slack.channel.intake?.journal;
      const teamsJournal = teams.channel.intake?.journal;
      if (!slackJournal || !teamsJournal) throw new Error("no journal");

      const a = await app.patients.create("SL", "test");
      expect((await app.patients.redeem(a.invite.code, "slack", "U0PATIENT")).ok).toBe(true);
      const b = await app.patients.create("TS", "test");
      expect(
        (await postActivity(teams.url, teamsPatient.message(`join ${b.invite.code}`))).status,
      ).toBe(200);
      expect((await toSlack("hello", 1)).status).toBe(200);
      await waitFor(() => slackPatient().length > 0 && slackJournal.size === 0, 10_000);
      const slackBefore = slackPatient().length;
      const teamsBefore = connector.posts().length;

      await server.stop();
      const started = Date.now();
      const onSlack = ["I had a rough day", "I want to die", "thanks"];
      const onTeams = ["a hard week", "I'm going to kill myself tonight", "thank you"];
      for (const [i, text] of onSlack.entries()) {
        expect((await toSlack(text, i + 2)).status).toBe(200);
        expect((await postActivity(teams.url, teamsPatient.message(onTeams[i] ?? ""))).status).toBe(
          200,
        );
      }
      const teamsNoticeMs = Date.now() - started; // each notice is the reply to its request
      expect(connector.texts(teamsBefore)).toMatch(/kept your message[\s\S]*988/);
      await waitFor(
        () => slackPatient().some((m) => /kept your message/.test(String(m.text))),
        5_000,
      );
      const slackNoticeMs = Date.now() - started;
      await waitFor(() => alertPosts().length === 2, 5_000);
      const alertsMs = Date.now() - started;
      await waitFor(() => slackJournal.size === 3 && teamsJournal.size === 3, 5_000);

      await server.start();
      const restarted = Date.now();
      await waitFor(() => slackJournal.size === 0 && teamsJournal.size === 0, 30_000);
      const drainMs = Date.now() - restarted;
      const slackLines = patientLines(
        (await app.runtime.store.loadConversation("slack:U0PATIENT"))?.history,
        onSlack,
      );
      const teamsLines = patientLines(
        (await app.runtime.store.loadConversation(`teams:${teamsPatient.id}`))?.history,
        onTeams,
      );
      for (const [channel, sent, got, noticeMs] of [
        ["slack", onSlack, slackLines, slackNoticeMs],
        ["teams", onTeams, teamsLines, teamsNoticeMs],
      ] as const) {
        const lost = sent.filter((t) => !got.includes(t)).length;
        const doubled = got.length - new Set(got).size;
        console.log(
          `outage-figures ${JSON.stringify({ kind, channel, noticeMs, alertsMs, drainMs, journaled: sent.length, lost, doubled })}`,
        );
      }
      expect(slackLines).toEqual(onSlack);
      expect(teamsLines).toEqual(onTeams);
      expect(Math.max(slackNoticeMs, teamsNoticeMs, alertsMs)).toBeLessThan(5_000);
      // Replies went out once the store was back; the care team got one alert per risk message.
      await waitFor(() => slackPatient().length > slackBefore + 1, 10_000);
      await waitFor(() => /988/.test(connector.texts(teamsBefore + 1)), 10_000);
      expect(alertPosts()).toHaveLength(2);
    }, 60_000);
  },
);
