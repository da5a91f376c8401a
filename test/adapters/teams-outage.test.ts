import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { loadTeamsConfig } from "../../adapters/teams/config.ts";
import { startTeams, TeamsNotifier, type TeamsServer } from "../../adapters/teams/index.ts";
import { type App, createApp } from "../../src/app.ts";
import { EnvSchema } from "../../src/config/env.ts";
import { RecordingNotifier } from "../support/recorders.ts";
import { waitFor } from "../support/slack-api.ts";
import { storeOutage } from "../support/store-outage.ts";
import { ConnectorStandIn, postActivity, TeamsUser } from "../support/teams-connector.ts";

// Issue 14 for Teams: with the store unreachable (every keyv call rejects with
// store.unavailable) an activity is journaled (src/runtime/durable-intake.ts) and answered
// 200; the patient gets the store-down notice with crisis resources as an Activity-protocol
// reply (to the serviceUrl stand-in), a risk message alerts the care team without the store,
// and the journal runs in order, each activity once, when the store is back or after a restart.
// Teams' redelivery of the same activity id is dropped.

const connector = new ConnectorStandIn();
beforeAll(() => connector.start());
afterAll(() => connector.stop());

interface Running {
  app: App;
  teams: TeamsServer;
  notifier: RecordingNotifier;
}
let running: Running[] = [];
afterEach(async () => {
  for (const r of running) {
    await r.teams.stop();
    await r.app.close();
  }
  running = [];
});

const ALERTS = "19:alerts-outage@thread.tacv2";

async function boot(file: string, teamsAlerts?: TeamsNotifier): Promise<Running> {
  const notifier = new RecordingNotifier();
  const env = EnvSchema.parse({
    LANTERN_STORE: `sqlite://${file}`,
    LANTERN_PSEUDONYM_SALT: "teams-test-salt-0123456789",
  });
  const app = await createApp({
    env,
    notifiers: [notifier, ...(teamsAlerts ? [teamsAlerts] : [])],
  });
  const config = loadTeamsConfig(teamsAlerts ? { TEAMS_ALERT_CONVERSATION: ALERTS } : {});
  const teams = await startTeams(app, { config, port: 0, notifier: teamsAlerts });
  const r = { app, teams, notifier };
  running.push(r);
  return r;
}

const tempFile = () => join(mkdtempSync(join(tmpdir(), "lantern-teams-")), "state.sqlite");

async function enrol(r: Running, patient: TeamsUser): Promise<void> {
  const { invite } = await r.app.patients.create("T.O.", "therapist-1");
  expect((await postActivity(r.teams.url, patient.message(`join ${invite.code}`))).status).toBe(
    200,
  );
}

const patientLines = async (r: Running, user: string) =>
  (await r.app.runtime.store.loadConversation(`teams:${user}`))?.history
    .filter((m) => m.from === "patient")
    .map((m) => m.text);

describe("teams: store outage", () => {
  it("answers 200 and the notice at once, alerts without the store, runs each activity once after", async () => {
    const file = tempFile();
    const r = await boot(file);
    const patient = new TeamsUser("29:outage-1", connector.url);
    await enrol(r, patient);
    const before = connector.posts(patient.conversation).length;
    const setDown = storeOutage(r.app.runtime.store);
    setDown(true);

    const started = Date.now();
    const risk = patient.message("I'm going to kill myself tonight");
    const kept = await postActivity(r.teams.url, risk);
    expect(kept.status).toBe(200);
    expect(kept.body).not.toContain("kill");
    const notices = () => connector.posts(patient.conversation).slice(before);
    expect(notices()).toHaveLength(1);
    expect(notices()[0]?.replyTo).toBe(risk.id);
    expect(ConnectorStandIn.render(notices()[0] as never)).toMatch(
      /kept your message[\s\S]*911[\s\S]*988/,
    );
    await waitFor(() => r.notifier.alerts.length > 0, 5_000);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(r.notifier.alerts[0]?.flags).toEqual(
      expect.arrayContaining(["store_unavailable", "untracked"]),
    );

    // Teams redelivers the same activity: dropped. A plain one waits behind, told once.
    expect((await postActivity(r.teams.url, risk)).status).toBe(200);
    expect((await postActivity(r.teams.url, patient.message("the weather is lovely"))).status).toBe(
      200,
    );
    expect(notices()).toHaveLength(1);
    expect(r.notifier.alerts).toHaveLength(1);
    // Both wait in the journal file (the join before them is done).
    expect(r.teams.channel.intake?.journal.pending().map((i) => i.id)).toHaveLength(2);
    const raw = readFileSync(join(file, "..", "teams-inbound.jsonl"), "utf8");
    expect(raw).toContain("the weather is lovely");
    setDown(false);
    await waitFor(() => r.teams.channel.intake?.journal.size === 0, 10_000);
    const texts = (await patientLines(r, patient.id)) ?? [];
    expect(texts.slice(-2)).toEqual(["I'm going to kill myself tonight", "the weather is lovely"]);
    expect(texts.filter((t) => t.includes("kill"))).toHaveLength(1);
    await waitFor(() => /988/.test(connector.texts(before + 1)) || undefined, 10_000);
    // The tracked alert adopted the outage alert: the care team got one.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(r.notifier.alerts).toHaveLength(1);
  }, 30_000);

  it("drains the journal after a restart in the middle of an outage", async () => {
    const file = tempFile();
    const first = await boot(file);
    const patient = new TeamsUser("29:outage-2", connector.url);
    await enrol(first, patient);
    const setDown = storeOutage(first.app.runtime.store);
    setDown(true);
    expect(
      (await postActivity(first.teams.url, patient.message("I'm going to kill myself tonight")))
        .status,
    ).toBe(200);
    await waitFor(() => first.notifier.alerts.length > 0, 5_000);
    await first.teams.stop();
    await first.app.close();
    running = [];

    const before = connector.posts(patient.conversation).length;
    const second = await boot(file);
    await waitFor(() => second.teams.channel.intake?.journal.size === 0, 10_000);
    const texts = (await patientLines(second, patient.id)) ?? [];
    expect(texts.filter((t) => t.includes("kill"))).toEqual(["I'm going to kill myself tonight"]);
    // The reply goes proactively through the journaled conversation reference.
    await waitFor(() => /988/.test(connector.texts(before)) || undefined, 10_000);
    // A new process cannot know who took the outage alert: the tracked one is sent too.
    await waitFor(() => second.notifier.alerts.length > 0, 5_000);
  }, 30_000);

  it("posts the outage alert card to the Teams alerts channel without the store", async () => {
    const alerts = new TeamsNotifier({ conversation: ALERTS });
    const r = await boot(tempFile(), alerts);
    // The bot added to the alerts channel's team: its reference is stored (and kept).
    const added = {
      type: "conversationUpdate",
      id: "staff-added-1",
      channelId: "msteams",
      serviceUrl: connector.url,
      from: { id: "29:nurse", name: "Nurse" },
      recipient: { id: "28:lantern-bot", name: "Lantern" },
      conversation: { id: ALERTS, conversationType: "channel", isGroup: true, tenantId: "t" },
      membersAdded: [{ id: "28:lantern-bot" }],
    };
    expect((await postActivity(r.teams.url, added)).status).toBe(200);
    const patient = new TeamsUser("29:outage-3", connector.url);
    await enrol(r, patient);
    expect(await alerts.reference()).toBeDefined();
    const setDown = storeOutage(r.app.runtime.store);
    setDown(true);
    const before = connector.posts(ALERTS).length;
    expect(
      (await postActivity(r.teams.url, patient.message("I want to kill myself tonight"))).status,
    ).toBe(200);
    await waitFor(() => connector.posts(ALERTS).length > before, 5_000);
    const card = ConnectorStandIn.render(connector.posts(ALERTS).at(-1) as never);
    expect(card).toMatch(/P-/);
    expect(card).not.toContain("29:outage-3");
    setDown(false);
    await waitFor(() => r.teams.channel.intake?.journal.size === 0, 10_000);
  }, 30_000);
});
