import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TeamsServer } from "../../adapters/teams/index.ts";
import type { App } from "../../src/app.ts";
import { staffActivity, startTeamsAlertsRun, stopTeamsAlertsRun } from "../support/teams-app.ts";
import {
  type ConnectorCall,
  ConnectorStandIn,
  postActivity,
  submitData,
  type TeamsUser,
} from "../support/teams-connector.ts";

// Care-team alerts in a Teams channel: the alert card, Acknowledge and Resolve through the
// escalation pipeline (recorded, audited), the card redrawn after each press.

const ALERTS = "19:alerts@thread.tacv2";
const connector = new ConnectorStandIn();
let app: App;
let teams: TeamsServer;
let patient: TeamsUser;

beforeAll(async () => {
  ({ app, teams, patient } = await startTeamsAlertsRun(connector, "29:patient-7", {
    alerts: ALERTS,
    env: { LANTERN_PSEUDONYM_SALT: "teams-alerts-salt-0123456789" },
  }));
});

afterAll(() => stopTeamsAlertsRun(connector, { teams, app }));

/** Someone in the alerts channel, as Teams sends their activities. */
const staff = (extra: Record<string, unknown>) => staffActivity(connector.url, ALERTS, extra);

async function post(activity: object): Promise<ConnectorCall[]> {
  const before = connector.calls.length;
  expect((await postActivity(teams.url, activity)).status).toBe(200);
  return connector.calls.slice(before);
}

describe("teams care-team alerts", () => {
  let card: ConnectorCall;
  let alertId: string;

  it("says where alerts go when added to the team", async () => {
    const calls = await post(
      staff({ type: "conversationUpdate", membersAdded: [{ id: "28:lantern-bot" }] }),
    );
    expect(calls.map((c) => ConnectorStandIn.render(c)).join("\n")).toContain(
      "Lantern care-team alerts will appear in this channel.",
    );
  });

  it("posts a risk message's alert to the channel as a card, without the Teams user id", async () => {
    const { patient: record, invite } = await app.patients.create("R.K.");
    await post(patient.message(`/start ${invite.code}`));
    await post(patient.message("I feel like such a burden lately"));
    await post(patient.message("I want to kill myself tonight"));
    const posted = connector.posts(ALERTS).filter((c) => submitData(c).length);
    expect(posted).toHaveLength(1);
    card = posted[0] as ConnectorCall;
    const shown = ConnectorStandIn.render(card);
    expect(shown).toMatch(/Lantern care-team alert: (HIGH|IMMINENT)/);
    // The alerts channel is the care team's own: the clinic's name and record id (alerts.identify).
    expect(shown).toContain(`Patient: R.K. (${record.id})`);
    expect(shown).toMatch(/Conversation: teams, last message from the patient 20\d\d-/);
    // The conversation, both sides in order, the patient's words quoted.
    const burden = shown.indexOf('Patient: "I feel like such a burden lately"');
    const risk = shown.indexOf('Patient: "I want to kill myself tonight"');
    expect(burden).toBeGreaterThan(0);
    expect(risk).toBeGreaterThan(burden);
    expect(shown.indexOf("Lantern: ", risk)).toBeGreaterThan(risk);
    expect(shown).toContain("[Acknowledge]");
    expect(shown).toContain("[Patient status]");
    expect(JSON.stringify(card.body)).not.toContain("29:patient-7");
    alertId = String(submitData(card)[0]?.alert);
    expect((await app.escalations.get(alertId))?.status).toBe("delivered");
  });

  it("Patient status answers in the alerts channel with the patient's status", async () => {
    const calls = await post(
      staff({ type: "message", value: submitData(card).find((d) => d.action === "status") }),
    );
    const shown = calls.map((c) => ConnectorStandIn.render(c)).join("\n");
    expect(shown).toMatch(/Status of R\.K\. \(pt_[0-9a-f]+\)/);
    expect(shown).toContain("Channels: teams");
    expect(shown).toMatch(/Current safety episode: (high|imminent)/);
    expect(shown).not.toContain("29:patient-7");
  });

  it("ignores an alert action sent from a patient's own chat", async () => {
    await post(
      patient.submit({ lantern: "alert", action: "acknowledge", alert: alertId }, card.id),
    );
    expect((await app.escalations.get(alertId))?.acknowledged).toBeUndefined();
  });

  it("Acknowledge records who, audits it and redraws the card with Resolve only", async () => {
    const calls = await post(
      staff({
        type: "message",
        conversation: { id: `${ALERTS};messageid=${card.id}`, conversationType: "channel" },
        replyToId: card.id,
        value: submitData(card).find((d) => d.action === "acknowledge"),
      }),
    );
    const record = await app.escalations.get(alertId);
    expect(record?.status).toBe("acknowledged");
    expect(record?.acknowledged?.by).toBe("Dr. Rivera (teams:aad-nurse)");
    const update = calls.find((c) => c.method === "PUT");
    expect(update?.activityId).toBe(card.id);
    const shown = ConnectorStandIn.render(update as ConnectorCall);
    expect(shown).toContain("Acknowledged by Dr. Rivera");
    expect(shown).not.toContain("[Acknowledge]");
    expect(shown).toContain("[Resolve…]");
    expect(shown).toContain("[Patient status]");
  });

  it("Resolve with a note closes the alert and leaves only the status button", async () => {
    const resolve = submitData(card).find((d) => d.action === "resolve");
    const calls = await post(
      staff({ type: "message", replyToId: card.id, value: { ...resolve, note: "Called; safe." } }),
    );
    const record = await app.escalations.get(alertId);
    expect(record?.resolved).toMatchObject({ note: "Called; safe." });
    const update = calls.find((c) => c.method === "PUT") as ConnectorCall;
    expect(ConnectorStandIn.render(update)).toContain("Resolved by Dr. Rivera");
    expect(submitData(update).map((d) => d.action)).toEqual(["status"]);
    const events = (await app.escalations.listAudit(alertId)).map((e) => e.event);
    expect(events).toEqual(expect.arrayContaining(["alert.acknowledged", "alert.resolved"]));
  });

  it("an unknown alert id gets a plain answer, not an error", async () => {
    const calls = await post(
      staff({
        type: "message",
        value: { lantern: "alert", action: "acknowledge", alert: "A-000000000000" },
      }),
    );
    expect(calls.map((c) => ConnectorStandIn.render(c)).join("\n")).toContain(
      "does not know alert A-000000000000",
    );
  });
});
