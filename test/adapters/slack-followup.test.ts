// Risk words again inside the crisis flow, below the open alert (issue 15): Slack gets a reply
// in that alert's thread (no new alert post, no patient text); the same level again is a new
// alert. Through the real app, escalations and Slack notifier, against the Slack stand-in.
import { afterEach, describe, expect, it } from "vitest";
import { followUpText } from "../../src/care/followups.ts";
import { waitFor } from "../support/slack-api.ts";
import { stubGuard } from "../support/stub-guard.ts";
import { SlackHarness } from "./slack-harness.ts";

let h: SlackHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const guard = stubGuard([
  { match: "tonight", level: "high", categories: ["suicide"], flow: "crisis" },
  { match: "still want to die", level: "moderate", categories: ["suicide"] },
]);

const alertPosts = (harness: SlackHarness) =>
  harness.api
    .ok("chat.postMessage")
    .filter(
      (m) => (m.metadata as { event_type?: string } | undefined)?.event_type === "lantern_alert",
    );

describe("Slack follow-ups", () => {
  it("lower risk in the crisis flow is a reply in the open alert's thread", async () => {
    h = await new SlackHarness().boot({ guard });
    const { invite } = await h.app.patients.create("JD", "test");
    await h.say(`/start ${invite.code}`);
    await h.say("I am going to do it tonight");
    const [post] = await waitFor(() =>
      alertPosts(h as SlackHarness).length ? alertPosts(h as SlackHarness) : undefined,
    );
    await h.say("I still want to die");
    const reply = await waitFor(() =>
      h?.api
        .ok("chat.postMessage")
        .find((m) => String(m.text).startsWith(followUpText("moderate"))),
    );
    const meta = post?.metadata as { event_payload?: { alert_id?: string } } | undefined;
    const alertId = meta?.event_payload?.alert_id;
    expect(alertId).toBeTruthy();
    const stored = await h.app.runtime.store.get<{ messages: { primary?: { ts: string } } }>(
      `slack:alert:${alertId}`,
    );
    expect(stored?.messages.primary?.ts).toBeTruthy();
    expect(reply.thread_ts).toBe(stored?.messages.primary?.ts);
    expect(String(reply.text)).not.toContain("want to die");
    expect(alertPosts(h)).toHaveLength(1);
  });
});
