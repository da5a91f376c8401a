import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadTeamsConfig } from "../../adapters/teams/config.ts";
import { startTeams, type TeamsServer } from "../../adapters/teams/index.ts";
import { type App, createApp } from "../../src/app.ts";
import { EnvSchema } from "../../src/config/env.ts";
import { RecordingNotifier } from "../support/recorders.ts";
import { storeOutage } from "../support/store-outage.ts";
import { ConnectorStandIn, postActivity, TeamsUser } from "../support/teams-connector.ts";

// Issue 14, item 1 for Teams: with the store unreachable (every keyv call rejects with
// store.unavailable) an inbound activity is not acknowledged with 200 and then lost: the bot
// answers 5xx, so Teams sends it again, and once the store is back the redelivered activity
// runs once, with its crisis reply and one alert.

const connector = new ConnectorStandIn();
const notifier = new RecordingNotifier();
let app: App;
let teams: TeamsServer;
let setDown: (down: boolean) => void = () => {};

beforeAll(async () => {
  await connector.start();
  const env = EnvSchema.parse({
    LANTERN_STORE: "memory://",
    LANTERN_PSEUDONYM_SALT: "teams-test-salt-0123456789",
  });
  app = await createApp({ env, notifiers: [notifier] });
  teams = await startTeams(app, { config: loadTeamsConfig({}), port: 0 });
  setDown = storeOutage(app.runtime.store);
});

afterAll(async () => {
  setDown(false);
  await teams?.stop();
  await app?.close();
  await connector.stop();
});

describe("teams: store outage", () => {
  it("answers 5xx while the store is down, and runs Teams' redelivery once when it is back", async () => {
    const patient = new TeamsUser("29:outage-1", connector.url);
    const { invite } = await app.patients.create("T.O.", "therapist-1");
    expect((await postActivity(teams.url, patient.message(`join ${invite.code}`))).status).toBe(
      200,
    );
    const risk = patient.message("I'm going to kill myself tonight");

    setDown(true);
    const refused = await postActivity(teams.url, risk);
    expect(refused.status).toBeGreaterThanOrEqual(500);
    expect(refused.body).not.toContain("kill");
    expect(notifier.alerts).toHaveLength(0);

    setDown(false);
    const before = connector.calls.length;
    expect((await postActivity(teams.url, risk)).status).toBe(200);
    expect((await postActivity(teams.url, risk)).status).toBe(200);
    const replies = connector.calls
      .slice(before)
      .filter((c) => c.method === "POST")
      .map((c) => ConnectorStandIn.render(c))
      .join("\n");
    expect(replies).toMatch(/988/);
    expect(notifier.alerts).toHaveLength(1);
    const state = await app.runtime.store.loadConversation("teams:29:outage-1");
    expect(
      state?.history.filter((m) => m.from === "patient" && m.text.includes("kill")),
    ).toHaveLength(1);
  });
});
