import { afterEach, describe, expect, it } from "vitest";
import { ACTION, RESOLVE_MODAL } from "../../adapters/slack/blocks.ts";
import { RecordingNotifier } from "../support/recorders.ts";
import { buttonPress, interactionBody, postSigned, waitFor } from "../support/slack-api.ts";
import { ALERTS, ONCALL, SECRET, SlackHarness, STRANGER, THERAPIST } from "./slack-harness.ts";

// Risk alerts from a (Telegram) patient reach the Slack alert channel through the real
// escalation pipeline, and the care team acts on them with buttons.

let h: SlackHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** A linked patient who then says something risky. */
async function riskyPatient(harness: SlackHarness) {
  const { invite } = await harness.app.patients.create("JD", "test");
  await harness.say(`/start ${invite.code}`);
  await harness.say("my week was ok");
  await harness.say("I want to die");
}

function alertPosts(harness: SlackHarness, type = "lantern_alert") {
  return harness.api
    .ok("chat.postMessage")
    .filter((m) => (m.metadata as { event_type?: string } | undefined)?.event_type === type);
}

function alertIdOf(post: Record<string, unknown> | undefined): string {
  return (post?.metadata as { event_payload?: { alert_id?: string } } | undefined)?.event_payload
    ?.alert_id as string;
}

const press = (
  harness: SlackHarness,
  user: string,
  actionId: string,
  alertId: string,
  ts: string,
) =>
  postSigned(
    harness.url,
    SECRET,
    interactionBody(
      buttonPress({
        user,
        actionId,
        value: alertId,
        channel: ALERTS,
        message: { ts },
        responseUrl: harness.api.responseUrl(),
      }),
    ),
    "application/x-www-form-urlencoded",
  );

describe("Slack alerts", () => {
  it("posts the alert with its blocks and the context in a thread; Acknowledge updates it and is audited", async () => {
    h = await new SlackHarness().boot();
    await riskyPatient(h);
    const [post] = alertPosts(h);
    expect(post).toBeDefined();
    const alertId = alertIdOf(post);
    expect(post?.channel).toBe(ALERTS);
    const blocks = JSON.stringify(post?.blocks);
    expect(blocks).toContain("HIGH risk");
    expect(blocks).toContain("🔴");
    expect(blocks).toContain("suicide");
    expect(blocks).toContain("JD (pt_"); // the care team's own channel: the clinic's name and record id
    expect(blocks).toContain("<!date^");
    expect(blocks).toContain("want to die"); // the redacted excerpt keeps the matched words only
    expect(blocks).not.toContain("my week was ok");
    for (const id of [ACTION.acknowledge, ACTION.contacting, ACTION.resolve])
      expect(blocks).toContain(id);
    // The context goes in the thread under the alert.
    const thread = h.api.ok("chat.postMessage").find((m) => m.thread_ts !== undefined);
    expect(thread?.thread_ts).toBeDefined();
    expect(JSON.stringify(thread?.blocks)).toContain("Recent messages");
    // The message ts is kept in the store before notify returned.
    const stored = await h.app.runtime.store.get<{ messages: { primary?: { ts: string } } }>(
      `slack:alert:${alertId}`,
    );
    expect(stored?.messages.primary?.ts).toBeTruthy();

    const ts = stored?.messages.primary?.ts ?? "";
    const res = await press(h, THERAPIST, ACTION.acknowledge, alertId, ts);
    expect(res.status).toBe(200);
    const update = await waitFor(() => h?.api.ok("chat.update")[0]);
    expect(update.ts).toBe(ts);
    const updated = JSON.stringify(update.blocks);
    expect(updated).toContain(`Acknowledged by <@${THERAPIST}>`);
    expect(updated).not.toContain(ACTION.acknowledge); // the button is gone once acknowledged
    const record = await h.app.escalations.get(alertId);
    expect(record?.status).toBe("acknowledged");
    expect(record?.acknowledged?.by).toBe(`slack:${THERAPIST}`);
    const audit = await h.app.escalations.listAudit(alertId);
    expect(audit.map((e) => e.event)).toContain("alert.acknowledged");
  });

  it("I'm contacting them, then Resolve with a note in a modal; someone outside the care team is refused", async () => {
    h = await new SlackHarness().boot();
    await riskyPatient(h);
    const post = alertPosts(h)[0];
    const alertId = alertIdOf(post);
    const stored = await h.app.runtime.store.get<{ messages: { primary: { ts: string } } }>(
      `slack:alert:${alertId}`,
    );
    const ts = stored?.messages.primary.ts ?? "";

    await press(h, STRANGER, ACTION.acknowledge, alertId, ts);
    const refusal = await waitFor(() => h?.api.ok("chat.postEphemeral")[0]);
    expect(refusal.user).toBe(STRANGER);
    expect(String(refusal.text)).toContain("only for the clinic's care team");
    expect((await h.app.escalations.get(alertId))?.status).not.toBe("acknowledged");

    await press(h, THERAPIST, ACTION.contacting, alertId, ts);
    const contacting = await waitFor(() => h?.api.ok("chat.update")[0]);
    expect(JSON.stringify(contacting.blocks)).toContain(`<@${THERAPIST}> is contacting them`);
    const audit = await h.app.escalations.listAudit(alertId);
    expect(audit.some((e) => e.action === "contacting" && e.by === `slack:${THERAPIST}`)).toBe(
      true,
    );

    await press(h, THERAPIST, ACTION.resolve, alertId, ts);
    const opened = await waitFor(() => h?.api.ok("views.open")[0]);
    const view = opened.view as { callback_id: string; private_metadata: string };
    expect(view.callback_id).toBe(RESOLVE_MODAL);

    const submit = await postSigned(
      h.url,
      SECRET,
      interactionBody({
        type: "view_submission",
        team: { id: "T1" },
        user: { id: THERAPIST, team_id: "T1" },
        api_app_id: "A1",
        token: "legacy",
        trigger_id: "t2",
        view: {
          id: "V1",
          type: "modal",
          callback_id: RESOLVE_MODAL,
          private_metadata: view.private_metadata,
          state: {
            values: {
              note: { note: { type: "plain_text_input", value: "Called; safe, plan reviewed." } },
            },
          },
        },
      }),
      "application/x-www-form-urlencoded",
    );
    expect(submit.status).toBe(200);
    await waitFor(() => (h?.api.ok("chat.update").length ?? 0) >= 2);
    const last = h.api.ok("chat.update").at(-1);
    const text = JSON.stringify(last?.blocks);
    expect(text).toContain(`Resolved by <@${THERAPIST}>`);
    expect(text).toContain("Called; safe, plan reviewed.");
    expect(text).not.toContain(ACTION.resolve); // only the status button on a resolved alert
    expect(text).toContain(ACTION.status);
    const record = await h.app.escalations.get(alertId);
    expect(record?.status).toBe("resolved");
    expect(record?.resolved?.note).toBe("Called; safe, plan reviewed.");
  });

  it("a 429 is waited out and the alert is posted once", async () => {
    h = await new SlackHarness().boot();
    h.api.fail("chat.postMessage", { status: 429, retryAfter: 1 }, 1);
    await riskyPatient(h);
    expect(
      h.api.calls.filter((c) => c.method === "chat.postMessage" && c.status === 429),
    ).toHaveLength(1);
    expect(alertPosts(h)).toHaveLength(1);
    // A redelivery of the same alert (the outbox after a crash) posts nothing new.
    const record = (await h.app.escalations.get((await h.app.escalations.openIds())[0] ?? ""))
      ?.alert;
    expect(record).toBeDefined();
    if (record) await h.setup.notifier.notify(record);
    expect(alertPosts(h)).toHaveLength(1);
  });

  it("an outage longer than the re-notify time: the backup fires, and after recovery nothing is lost or doubled", async () => {
    const pager = new RecordingNotifier();
    h = await new SlackHarness().boot({ backup: [pager] });
    h.api.outage = true;
    await riskyPatient(h);
    expect(alertPosts(h)).toHaveLength(0);
    const [alertId] = await h.app.escalations.openIds();
    // High risk: 5 minutes to acknowledge. Slack is still down, the pager gets it.
    await h.advance(6 * 60_000);
    expect(pager.alerts.map((a) => a.id)).toEqual([alertId]);
    const record = await h.app.escalations.get(alertId ?? "");
    expect(record?.escalatedAt).toBeDefined();
    expect(record?.deliveries["primary:slack"]?.deliveredAt).toBeUndefined();
    expect(record?.deliveries["backup:slack-oncall"]?.deliveredAt).toBeUndefined();

    h.api.outage = false;
    await h.advance(10 * 60_000);
    await h.advance(60_000);
    expect(alertPosts(h)).toHaveLength(1);
    const oncall = alertPosts(h, "lantern_alert_oncall");
    expect(oncall).toHaveLength(1);
    expect(String(oncall[0]?.text)).toContain(`<@${ONCALL}>`);
    expect(oncall[0]?.thread_ts).toBe(
      alertPosts(h)[0] &&
        (
          await h.app.runtime.store.get<{ messages: { primary: { ts: string } } }>(
            `slack:alert:${alertId}`,
          )
        )?.messages.primary.ts,
    );
    expect(pager.alerts).toHaveLength(1);
    const after = await h.app.escalations.get(alertId ?? "");
    expect(after?.deliveries["primary:slack"]?.deliveredAt).toBeDefined();
    expect(after?.deliveries["backup:slack-oncall"]?.deliveredAt).toBeDefined();
    // More ticks change nothing.
    await h.advance(60 * 60_000);
    expect(alertPosts(h)).toHaveLength(1);
    expect(alertPosts(h, "lantern_alert_oncall")).toHaveLength(1);
  });
});
