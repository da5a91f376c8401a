import { afterEach, describe, expect, it } from "vitest";
import { CareTeamAccess } from "../../adapters/slack/access.ts";
import { SlackChannel, type SlackMessageEvent } from "../../adapters/slack/channel.ts";
import { publishHome } from "../../adapters/slack/home.ts";
import {
  buttonPress,
  eventBody,
  interactionBody,
  postSigned,
  waitFor,
} from "../support/slack-api.ts";
import { channelContract, SAMPLE_MESSAGE } from "./contract.ts";
import {
  CARE,
  SECRET,
  SlackHarness,
  STRANGER,
  THERAPIST,
  useSlackStandIn,
} from "./slack-harness.ts";

// Patients may chat with Lantern in a Slack DM: the channel contract against the Web API
// stand-in, then whole conversations over signed Events API requests.

const slack = useSlackStandIn();
const { api } = slack;

const dm = (text: string, extra: Partial<SlackMessageEvent> = {}): SlackMessageEvent => ({
  type: "message",
  channel_type: "im",
  channel: "D0PATIENT",
  user: "U0PATIENT",
  text,
  ts: "1767600000.000100",
  client_msg_id: "3f2c-hello",
  ...extra,
});

channelContract("slack", {
  adapter: () => new SlackChannel({ client: slack.client }),
  textUpdate: dm("hello"),
  ignoredUpdate: dm("hello from the bot", { bot_id: "BBOT", client_msg_id: "x" }),
  sent: async (adapter) => {
    const before = api.ok("chat.postMessage").length;
    await adapter.send("U0PATIENT", SAMPLE_MESSAGE);
    return JSON.stringify(api.ok("chat.postMessage").slice(before));
  },
});

describe("Slack DM channel", () => {
  it("keys messages by client_msg_id (else ts), edits apart; ignores channels, bots and joins", () => {
    const channel = new SlackChannel({ client: slack.client });
    expect(channel.normalise(dm("hi"))?.messageId).toBe("3f2c-hello");
    const { client_msg_id: _, ...noId } = dm("hi");
    expect(channel.normalise(noId)?.messageId).toBe("1767600000.000100");
    expect(channel.normalise(dm("hi", { channel_type: "channel" }))).toBeNull();
    expect(channel.normalise(dm("", { subtype: "channel_join" }))).toBeNull();
    const edit = channel.normalise(
      dm("", {
        subtype: "message_changed",
        message: {
          user: "U0PATIENT",
          text: "edited",
          client_msg_id: "3f2c-hello",
          edited: { ts: "1767600009.0" },
        },
      }),
    );
    expect(edit).toMatchObject({
      edited: true,
      text: "edited",
      messageId: "3f2c-hello:edit:1767600009.0",
    });
    const choice = channel.normalise({
      type: "choice",
      user: "U0PATIENT",
      value: '{"p":"q-1","c":"walk"}',
      actionTs: "1.2",
    });
    expect(choice).toMatchObject({
      kind: "choice",
      choice: { prompt: "q-1", id: "walk" },
      messageId: "choice:1.2",
    });
    expect(
      channel.normalise({ type: "choice", user: "U0PATIENT", value: "garbage", actionTs: "1.3" }),
    ).toBeNull();
  });

  it("renders choices as buttons carrying prompt and choice, to the user's DM; throws when Slack fails", async () => {
    const channel = new SlackChannel({ client: slack.client });
    await channel.send("U0PATIENT", SAMPLE_MESSAGE);
    const sent = api.ok("chat.postMessage").at(-1);
    expect(sent?.channel).toBe("U0PATIENT");
    const actions = (
      (sent?.blocks ?? []) as { type: string; elements?: { value: string }[] }[]
    ).find((b) => b.type === "actions");
    expect(actions?.elements?.map((e) => JSON.parse(e.value))).toEqual([
      { p: "q-1", c: "walk" },
      { p: "q-1", c: "rest" },
    ]);
    api.fail("chat.postMessage", { status: 500 }, 3);
    await expect(channel.send("U0PATIENT", SAMPLE_MESSAGE)).rejects.toThrow();
  });
});

describe("Slack DM conversations over HTTP", () => {
  let h: SlackHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it("redeems a bare invite code, answers in the DM, takes a button press; a retried event is handled once", async () => {
    h = await new SlackHarness().boot();
    const { invite } = await h.app.patients.create("SL", "test");
    const event = dm(invite.code, { client_msg_id: "m-1" });
    expect(
      (await postSigned(h.url, SECRET, eventBody(event, "Ev1"), "application/json")).status,
    ).toBe(200);
    const linked = await waitFor(() =>
      h?.api.ok("chat.postMessage").find((m) => m.channel === "U0PATIENT"),
    );
    expect(linked).toBeDefined();
    expect((await h.app.patients.byLink("slack", "U0PATIENT"))?.label).toBe("SL");
    // Slack retries an event it thinks was missed: same client_msg_id, handled once.
    const replies = () =>
      h?.api.ok("chat.postMessage").filter((m) => m.channel === "U0PATIENT").length ?? 0;
    await postSigned(
      h.url,
      SECRET,
      eventBody(dm("menu", { client_msg_id: "m-2" }), "Ev2"),
      "application/json",
    );
    await waitFor(() => replies() > 1);
    const count = replies();
    await postSigned(
      h.url,
      SECRET,
      eventBody(dm("menu", { client_msg_id: "m-2" }), "Ev2"),
      "application/json",
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(replies()).toBe(count);

    // Press the first menu button.
    const menu = h.api
      .ok("chat.postMessage")
      .filter((m) => m.channel === "U0PATIENT")
      .findLast((m) => JSON.stringify(m.blocks).includes("lantern_choice:"));
    const button = (
      (menu?.blocks ?? []) as { type: string; elements?: { action_id: string; value: string }[] }[]
    ).find((b) => b.type === "actions")?.elements?.[0];
    expect(button).toBeDefined();
    const before = replies();
    await postSigned(
      h.url,
      SECRET,
      interactionBody(
        buttonPress({
          user: "U0PATIENT",
          actionId: button?.action_id ?? "",
          value: button?.value ?? "",
          channel: "D0PATIENT",
          message: { ts: "1767600001.000100", text: "menu" },
          responseUrl: h.api.responseUrl(),
          label: "First choice",
        }),
      ),
      "application/x-www-form-urlencoded",
    );
    await waitFor(() => replies() > before);
    const state = await h.app.runtime.store.loadConversation("slack:U0PATIENT");
    expect(state?.stack.length).toBeGreaterThan(0); // a flow started from the button
    // The pressed message loses its buttons.
    const update = await waitFor(() =>
      h?.api.ok("chat.update").find((u) => u.channel === "D0PATIENT"),
    );
    expect(JSON.stringify(update.blocks)).not.toContain("lantern_choice:");
    expect(JSON.stringify(update.blocks)).toContain("✓ First choice");
  });

  it("App Home: the care team sees caseload, open alerts and upcoming assignments; others a greeting", async () => {
    h = await new SlackHarness().boot();
    const { invite } = await h.app.patients.create("HOME-1", "slack:U0THERAPIST");
    await h.say(`/start ${invite.code}`);
    await h.say("I want to die");
    const link = (await h.app.patients.list())[0]?.links[0];
    await h.app.runtime.scheduler.schedule({
      id: "assign:x",
      due: "2026-01-06T09:00:00.000Z",
      channel: link?.channel ?? "",
      userId: link?.userId ?? "",
      flowId: "paced-breathing",
      createdAt: "2026-01-05T09:00:00.000Z",
    });
    const published = await h.openHome();
    expect(published.user_id).toBe(THERAPIST);
    const view = JSON.stringify(published.view);
    expect(view).toContain("Open alerts (1)");
    expect(view).toContain("HIGH risk");
    expect(view).toMatch(/HIGH risk\* · HOME-1 \(pt_[0-9a-f]+\) · /); // the alert names the patient
    expect(view).toContain("HOME-1");
    expect(view).toContain("paced-breathing");
    expect(view).toContain("Tue, 6 Jan 2026");

    const access = new CareTeamAccess({ client: h.setup.client, channel: CARE });
    await publishHome(h.setup.client, { app: h.app, access, zone: "UTC" }, STRANGER);
    const outsider = JSON.stringify(h.api.ok("views.publish").at(-1)?.view);
    expect(outsider).not.toContain("HOME-1");
    expect(outsider).toContain("not a therapist");
  });
});
