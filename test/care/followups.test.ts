// Lower, known risk typed inside a safety flow (issue 15): no new alert, but a note on the open
// alert (its Slack thread), with no patient text; nothing for an alert already resolved.
import { describe, expect, it } from "vitest";
import { followUpText } from "../../src/care/followups.ts";
import { bootHarness, say } from "../support/app-harness.ts";

const STUBS = [
  { match: "tonight", level: "high", categories: ["suicide"], flow: "crisis" },
  { match: "still want to die", level: "moderate", categories: ["suicide"] },
];

const harness = () => bootHarness(STUBS);

describe("follow-ups on the open alert", () => {
  it("lower risk in the crisis flow is a note on the open alert, not a new alert", async () => {
    const h = await harness();
    await say(h, "I am going to do it tonight");
    expect(h.notifier.alerts).toHaveLength(1);
    await say(h, "I still want to die");
    expect(h.notifier.alerts).toHaveLength(1);
    expect(h.notifier.followUps).toHaveLength(1);
    const { alert, note } = h.notifier.followUps[0] as (typeof h.notifier.followUps)[number];
    expect(alert).toBe(h.notifier.alerts[0]?.id);
    expect(note).toMatchObject({ level: "moderate", categories: ["suicide"] });
    expect(note.text).toBe(followUpText("moderate"));
    expect(JSON.stringify(note)).not.toContain("want to die");
    const audit = await h.app.escalations.listAudit(String(alert));
    expect(audit.map((e) => e.event)).toContain("alert.followup");
    await h.app.close();
  });

  it("the same level again is a new alert, not a follow-up", async () => {
    const h = await harness();
    await say(h, "I am going to do it tonight");
    await say(h, "tonight, still");
    expect(h.notifier.alerts).toHaveLength(2);
    expect(h.notifier.followUps).toHaveLength(0);
    await h.app.close();
  });

  it("when the team already resolved the open alert, the words are a new alert, never nothing", async () => {
    const h = await harness();
    await say(h, "I am going to do it tonight");
    await h.app.escalations.resolve(String(h.notifier.alerts[0]?.id), "dr-a", "called them");
    await say(h, "I still want to die");
    expect(h.notifier.followUps).toHaveLength(0);
    expect(h.notifier.alerts).toHaveLength(2);
    expect(h.notifier.alerts[1]).toMatchObject({ level: "moderate", categories: ["suicide"] });
    expect(h.notifier.alerts[1]?.flags).toContain("earlier_alert_closed");
    await h.app.close();
  });
});
