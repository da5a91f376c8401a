import { afterEach, describe, expect, it } from "vitest";
import type { SlackMessageEvent } from "../../adapters/slack/channel.ts";
import { detectRisk } from "../../src/safety/detect.ts";
import { createRiskGuard } from "../../src/safety/guard.ts";
import { eventBody, postSigned, waitFor } from "../support/slack-api.ts";
import { ALERTS, SECRET, SlackHarness } from "./slack-harness.ts";

// The crisis reply a patient sees in a Slack DM with the REAL risk guard (rules detector and
// the default written policy, src/safety/guard.ts), not the harness's stub: signed Events API
// requests in, the local Web API stand-in out. Issue 17 QA item 2: the guard's words for the
// level first, the crisis flow skipping what they said (src/engine/crisis-reply.ts), so each
// fact once, resources before who is told, the buttons last; one alert in the alert channel.

const PATIENT = "U0CRISIS";
const RISK = "I want to kill myself tonight";

let h: SlackHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

let seq = 0;
const dm = (text: string): SlackMessageEvent => {
  seq += 1;
  return {
    type: "message",
    channel_type: "im",
    channel: "D0CRISIS",
    user: PATIENT,
    text,
    ts: `1767600000.${String(seq).padStart(6, "0")}`,
    client_msg_id: `crisis-${seq}`,
  };
};

async function send(harness: SlackHarness, text: string): Promise<void> {
  const res = await postSigned(harness.url, SECRET, eventBody(dm(text)), "application/json");
  expect(res.status).toBe(200);
}

const patientPosts = (harness: SlackHarness) =>
  harness.api.ok("chat.postMessage").filter((m) => m.channel === PATIENT);

const alertPosts = (harness: SlackHarness) =>
  harness.api
    .ok("chat.postMessage")
    .filter(
      (m) => (m.metadata as { event_type?: string } | undefined)?.event_type === "lantern_alert",
    );

/** The button labels of one posted message (its actions block). */
function buttons(post: Record<string, unknown> | undefined): string[] {
  const blocks = (post?.blocks ?? []) as {
    type: string;
    elements?: { text?: { text?: string } }[];
  }[];
  return blocks
    .filter((b) => b.type === "actions")
    .flatMap((b) => b.elements ?? [])
    .map((e) => e.text?.text ?? "");
}

describe("crisis reply in a Slack DM with the real risk guard", () => {
  it("says each fact once, resources before who is told, the buttons last, and posts one alert", async () => {
    h = await new SlackHarness().boot({ guard: createRiskGuard(detectRisk) });
    const { invite } = await h.app.patients.create("CR", "test");
    await send(h, invite.code);
    await waitFor(() => patientPosts(h as SlackHarness).length > 0);
    expect((await h.app.patients.byLink("slack", PATIENT))?.label).toBe("CR");

    const before = patientPosts(h).length;
    await send(h, RISK);
    await waitFor(() =>
      patientPosts(h as SlackHarness)
        .slice(before)
        .some((m) => String(m.text).includes("what would help most right now")),
    );
    // Anything queued behind the question would show up here.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const posts = patientPosts(h).slice(before);
    const texts = posts.map((m) => String(m.text));
    const level = detectRisk(RISK).level;
    expect(["high", "imminent"]).toContain(level);

    // High: validation, resources, who is told, the question (4); imminent: emergency first (3).
    expect(texts).toHaveLength(level === "high" ? 4 : 3);
    const count = (fragment: string) => texts.filter((t) => t.includes(fragment)).length;
    const at = (fragment: string) => texts.findIndex((t) => t.includes(fragment));
    for (const fact of ["988", "911", "program, not a person", "letting your care team know"])
      expect(count(fact), fact).toBe(1);
    // The flow's own validation and the policy's alert notice are left out (said already, or the
    // flow's who-is-told says it after the resources).
    expect(count("glad you reached out")).toBe(0);
    expect(count("face it alone")).toBe(0);
    expect(count("I am sending a message to your care team")).toBe(0);
    if (level === "high") {
      expect(texts[0]).toContain("take what you said seriously");
      expect(at("988")).toBe(1);
    } else {
      expect(texts[0]).toContain("call 911 now");
    }
    expect(at("988")).toBeLessThan(at("letting your care team know"));
    expect(at("letting your care team know")).toBe(texts.length - 2);
    expect(texts.at(-1)).toContain("what would help most right now");
    // Only the last message carries buttons: the crisis flow's four choices.
    expect(posts.slice(0, -1).flatMap(buttons)).toEqual([]);
    expect(buttons(posts.at(-1))).toEqual([
      "Answer a few questions",
      "See my safety plan",
      "A grounding exercise",
      "I'm okay for now",
    ]);

    // One alert, in the alert channel, at the guard's level, with the matched words.
    const alerts = await waitFor(() => {
      const found = alertPosts(h as SlackHarness);
      return found.length ? found : undefined;
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(alertPosts(h)).toHaveLength(1);
    expect(alerts[0]?.channel).toBe(ALERTS);
    const blocks = JSON.stringify(alerts[0]?.blocks);
    expect(blocks).toContain(`${level.toUpperCase()} risk`);
    expect(blocks).toContain("suicide");
    expect(blocks).toContain("CR (pt_");
    const state = await h.app.runtime.store.loadConversation(`slack:${PATIENT}`);
    expect(state?.stack.at(-1)?.flowId).toBe("crisis");
    expect(state?.risk.level).toBe(level);
  });
});
