// The care team's non-alert messages in Teams (issue 17 item 2, issue 15): "shared their safety
// plan" after a saved plan, and a follow-up naming the open alert when lower risk is typed in
// the crisis flow. Real app, escalations and Teams notifier, against the connector stand-in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TeamsServer } from "../../adapters/teams/index.ts";
import type { App } from "../../src/app.ts";
import { followUpText } from "../../src/care/followups.ts";
import { PLAN_SHARED_TEXT } from "../../src/care/notices.ts";
import { MESSAGE_SENT_TEXT } from "../../src/care/team-message.ts";
import { stubGuard } from "../support/stub-guard.ts";
import { staffActivity, startTeamsAlertsRun, stopTeamsAlertsRun } from "../support/teams-app.ts";
import { ConnectorStandIn, postActivity, type TeamsUser } from "../support/teams-connector.ts";

const ALERTS = "19:notices@thread.tacv2";
const connector = new ConnectorStandIn();
let app: App;
let teams: TeamsServer;
let patient: TeamsUser;

beforeAll(async () => {
  const guard = stubGuard([
    { match: "tonight", level: "high", categories: ["suicide"], flow: "crisis" },
    { match: "still want to die", level: "moderate", categories: ["suicide"] },
  ]);
  ({ app, teams, patient } = await startTeamsAlertsRun(connector, "29:patient-9", {
    alerts: ALERTS,
    env: { LANTERN_PSEUDONYM_SALT: "teams-notices-salt-0123456789", LANTERN_FIRST_FLOW: "none" },
    guard,
  }));
  await postActivity(
    teams.url,
    staffActivity(connector.url, ALERTS, {
      id: "staff-1",
      type: "conversationUpdate",
      membersAdded: [{ id: "28:lantern-bot" }],
    }),
  );
  const { invite } = await app.patients.create("R.K.");
  await postActivity(teams.url, patient.message(`/start ${invite.code}`));
});

afterAll(() => stopTeamsAlertsRun(connector, { teams, app }));

const shown = () => connector.posts(ALERTS).map((c) => ConnectorStandIn.render(c));

describe("teams care-team notices", () => {
  it("a saved safety plan is a plain 'shared their safety plan' message, not an alert card", async () => {
    await postActivity(teams.url, patient.message("plan"));
    for (const answer of ["signs", "walk", "park", "Sam", "Dr O", "lock it away", "my dog"])
      await postActivity(teams.url, patient.message(answer));
    const notice = shown().find((t) => t.includes(PLAN_SHARED_TEXT));
    expect(notice).toMatch(/pt_\w+ \(P-[0-9A-F]{6}\) shared their safety plan/);
    expect(notice).not.toContain("lock it away");
    expect(shown().some((t) => t.includes("Lantern care-team alert:"))).toBe(false);
  });

  it("a message for the care team is a plain notice without the patient's words", async () => {
    await postActivity(teams.url, patient.message("message team"));
    await postActivity(teams.url, patient.message("Can someone call me about parking?"));
    const notice = shown().find((t) => t.includes(MESSAGE_SENT_TEXT));
    expect(notice).toMatch(/pt_\w+ \(P-[0-9A-F]{6}\) sent a message for the care team/);
    expect(notice).not.toContain("parking");
    expect(shown().some((t) => t.includes("Lantern care-team alert:"))).toBe(false);
  });

  it("lower risk in the crisis flow is a follow-up naming the open alert", async () => {
    await postActivity(teams.url, patient.message("I will do it tonight"));
    const cards = shown().filter((t) => t.includes("Lantern care-team alert:"));
    expect(cards).toHaveLength(1);
    await postActivity(teams.url, patient.message("I still want to die"));
    const followUp = shown().find((t) => t.includes(followUpText("moderate")));
    expect(followUp).toMatch(/^Alert A-[0-9A-F]{12}: /);
    expect(shown().filter((t) => t.includes("Lantern care-team alert:"))).toHaveLength(1);
  });
});
