// "Message my care team" (issue 17 item 6): the patient's non-urgent message reaches the team as
// a plain notice in the Slack alert channel (no alert post, no buttons, no patient text), and
// its words are in the brief. Through the real app, notifier and Slack Web API stand-in.
import { afterEach, describe, expect, it } from "vitest";
import { renderBrief } from "../../src/care/brief.ts";
import { MESSAGE_SENT_TEXT } from "../../src/care/team-message.ts";
import { waitFor } from "../support/slack-api.ts";
import { ALERTS, SlackHarness } from "./slack-harness.ts";

let h: SlackHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const WORDS = "Could we move my next appointment to the afternoon?";

describe("Slack: a message for the care team", () => {
  it("is posted as a notice in the alert channel, not as an alert, and shows in the brief and status", async () => {
    h = await new SlackHarness().boot();
    const { patient, invite } = await h.app.patients.create("JD", "test");
    await h.say(`/start ${invite.code}`);
    await h.say("message team");
    await h.say(WORDS);
    const post = await waitFor(() =>
      h?.api.ok("chat.postMessage").find((m) => String(m.text).includes(MESSAGE_SENT_TEXT)),
    );
    expect(post.channel).toBe(ALERTS);
    expect(String(post.text)).toContain(`/lantern brief ${patient.id}`);
    // A notice: no alert metadata, no buttons, and never the patient's words.
    expect(post.metadata).toBeUndefined();
    expect(post.blocks).toBeUndefined();
    expect(String(post.text)).not.toContain("afternoon");
    const alerts = h.api
      .ok("chat.postMessage")
      .filter((m) => (m.metadata as { event_type?: string } | undefined)?.event_type);
    expect(alerts).toEqual([]);
    const state = await h.app.runtime.store.loadConversation("telegram:tg-1");
    if (!state) throw new Error("no conversation");
    expect(renderBrief(state, h.clock.now())).toContain(WORDS);
    // /lantern status says there is one, and where its words are.
    const status = await h.command(`status ${patient.id}`);
    expect(status).toContain("Messages for the team: 1");
    expect(status).not.toContain("afternoon");
  });
});
