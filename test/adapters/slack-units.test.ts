import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { tokenize } from "../../adapters/slack/commands.ts";
import { oncallMention, slackConfigFromEnv } from "../../adapters/slack/config.ts";
import { platform as slackPlatform } from "../../adapters/slack/index.ts";
import { SlackAlerts, SlackNotifier } from "../../adapters/slack/notifier.ts";
import { occurrences, parseRepeat, parseWhen, zonedToUtc } from "../../adapters/slack/schedule.ts";
import type { Alert } from "../../src/channel.ts";
import { stateCodec } from "../../src/engine/stored-state.ts";
import { openKeyv } from "../../src/store/open.ts";
import { Store } from "../../src/store/store.ts";
import { useSlackStandIn } from "./slack-harness.ts";

const slack = useSlackStandIn();
const { api } = slack;

const ALERT: Alert = {
  id: "A-0123456789AB",
  patient: "P-ABCDEF",
  level: "moderate",
  categories: ["self_harm"],
  at: "2026-01-05T09:00:00.000Z",
  reason: "risk_guard",
  excerpt: "… cut …",
  context: [],
  flags: [],
};

async function notifierWithStore() {
  const store = new Store(await openKeyv("memory://"), { codec: stateCodec });
  const alerts = new SlackAlerts();
  alerts.bind(store);
  const notifier = new SlackNotifier({ client: slack.client, channel: "C0ALERTS", alerts });
  return { store, alerts, notifier };
}

const posts = (id: string) =>
  api
    .ok("chat.postMessage")
    .filter(
      (m) =>
        (m.metadata as { event_payload?: { alert_id?: string } })?.event_payload?.alert_id === id,
    );

describe("SlackNotifier idempotency", () => {
  it("throws before it is attached (the outbox retries), then posts once however often it is called", async () => {
    const unbound = new SlackNotifier({
      client: slack.client,
      channel: "C0ALERTS",
      alerts: new SlackAlerts(),
    });
    await expect(unbound.notify(ALERT)).rejects.toThrow(/not attached/);
    const { notifier, store } = await notifierWithStore();
    await notifier.notify(ALERT);
    await notifier.notify(ALERT);
    await Promise.all([notifier.notify(ALERT), notifier.notify(ALERT)]);
    expect(posts(ALERT.id)).toHaveLength(1);
    expect(await store.get(`slack:alert:${ALERT.id}`)).toMatchObject({
      messages: { primary: { channel: "C0ALERTS" } },
    });
  });

  it("posts an alert raised while the store was down (flag untracked) without reading the store", async () => {
    const { notifier, store } = await notifierWithStore();
    const alert = { ...ALERT, id: "A-0000000DEAD1", flags: ["store_unavailable", "untracked"] };
    const fail = () => Promise.reject(new Error("store is unreachable"));
    store.get = fail;
    store.set = fail;
    await notifier.notify(alert);
    expect(posts(alert.id)).toHaveLength(1);
  });

  it("after a crash between Slack's answer and the save, finds the message by its metadata instead of posting again", async () => {
    const { notifier, store } = await notifierWithStore();
    const alert = { ...ALERT, id: "A-00000000CRSH" };
    // A first process posted, then died before saving the ts: only the start mark is stored.
    await slack.client.chat.postMessage({
      channel: "C0ALERTS",
      text: "alert",
      metadata: { event_type: "lantern_alert", event_payload: { alert_id: alert.id } },
    });
    await store.set(`slack:alert:${alert.id}`, {
      messages: {},
      posting: { primary: new Date().toISOString() },
      contacting: [],
    });
    await notifier.notify(alert);
    expect(posts(alert.id)).toHaveLength(1);
    expect(api.ok("conversations.history").length).toBeGreaterThan(0);
    const saved = await store.get<{ messages: { primary?: { ts: string } } }>(
      `slack:alert:${alert.id}`,
    );
    const original = api.history
      .get("C0ALERTS")
      ?.find((m) => m.metadata?.event_payload?.alert_id === alert.id);
    expect(saved?.messages.primary?.ts).toBe(original?.ts);
  });

  it("a post that never reached Slack is posted on the retry; an outage throws", async () => {
    const { notifier } = await notifierWithStore();
    const alert = { ...ALERT, id: "A-0000000000FL" };
    api.outage = true;
    await expect(notifier.notify(alert)).rejects.toThrow();
    api.outage = false;
    await notifier.notify(alert);
    expect(posts(alert.id)).toHaveLength(1);
  });
});

describe("Slack configuration", () => {
  const base = { SLACK_BOT_TOKEN: "xoxb-1", SLACK_ALERT_CHANNEL: "C0ALERTS" };
  it("is off without a bot token, needs a signing secret in HTTP mode, names bad variables", () => {
    expect(slackConfigFromEnv({})).toBeUndefined();
    expect(() => slackConfigFromEnv(base)).toThrow(/SLACK_SIGNING_SECRET/);
    expect(slackConfigFromEnv({ ...base, SLACK_APP_TOKEN: "xapp-1" })?.SLACK_PORT).toBe(3000);
    const config = slackConfigFromEnv({
      ...base,
      SLACK_SIGNING_SECRET: "abcdefgh12",
      SLACK_PORT: "8080",
      SLACK_API_URL: "",
    });
    expect(config?.SLACK_PORT).toBe(8080);
    expect(config?.SLACK_API_URL).toBeUndefined();
    expect(() =>
      slackConfigFromEnv({ ...base, SLACK_APP_TOKEN: "xapp-1", SLACK_ALERT_CHANNEL: "#alerts" }),
    ).toThrow(/SLACK_ALERT_CHANNEL/);
    expect(() =>
      slackConfigFromEnv({ ...base, SLACK_APP_TOKEN: "xapp-1", SLACK_TIMEZONE: "Mars/Base" }),
    ).toThrow(/SLACK_TIMEZONE/);
    let message = "";
    try {
      slackConfigFromEnv({ SLACK_BOT_TOKEN: "xoxb-secret-value", SLACK_ALERT_CHANNEL: "bad" });
    } catch (error) {
      message = String(error);
    }
    expect(message).not.toContain("xoxb-secret-value");
  });

  it("mentions a user, a user group or @here", () => {
    expect(oncallMention("U123")).toBe("<@U123>");
    expect(oncallMention("S123")).toBe("<!subteam^S123>");
    expect(oncallMention("here")).toBe("<!here>");
    expect(oncallMention(undefined)).toBeUndefined();
  });
});

describe("assignment times", () => {
  const now = new Date("2026-01-05T16:00:00.000Z"); // Monday
  it("reads dates, clock times, tomorrow and relative times in the clinic's zone", () => {
    expect(parseWhen("2026-01-06 09:30", now, "UTC")).toEqual(new Date("2026-01-06T09:30:00.000Z"));
    expect(parseWhen("2026-07-06 09:30", now, "America/New_York")).toEqual(
      new Date("2026-07-06T13:30:00.000Z"),
    );
    expect(parseWhen("2026-01-06 09:30", now, "America/New_York")).toEqual(
      new Date("2026-01-06T14:30:00.000Z"),
    );
    expect(parseWhen("2026-01-06T09:30:00Z", now, "Europe/Berlin")).toEqual(
      new Date("2026-01-06T09:30:00.000Z"),
    );
    expect(parseWhen("17:00", now, "UTC")).toEqual(new Date("2026-01-05T17:00:00.000Z"));
    expect(parseWhen("15:00", now, "UTC")).toEqual(new Date("2026-01-06T15:00:00.000Z")); // passed: tomorrow
    expect(parseWhen("tomorrow 9am", now, "UTC")).toEqual(new Date("2026-01-06T09:00:00.000Z"));
    expect(parseWhen("in 2h", now, "UTC")).toEqual(new Date("2026-01-05T18:00:00.000Z"));
    expect(parseWhen("next week", now, "UTC")).toHaveProperty("error");
    expect(parseWhen("2026-02-30 10:00", now, "UTC")).toHaveProperty("error");
  });

  it("crosses a DST change at the same wall-clock time", () => {
    // US clocks go forward on 8 March 2026.
    const daily = parseRepeat("daily");
    if (!daily) throw new Error("daily");
    const dates = occurrences(
      daily,
      { hour: 9, minute: 0 },
      { y: 2026, m: 3, d: 9 },
      new Date("2026-03-07T00:00:00Z"),
      "America/New_York",
    );
    expect(dates.map((d) => d.toISOString())).toEqual([
      "2026-03-07T14:00:00.000Z",
      "2026-03-08T13:00:00.000Z",
      "2026-03-09T13:00:00.000Z",
    ]);
    expect(zonedToUtc({ y: 2026, m: 1, d: 5 }, 9, 0, "Asia/Kolkata").toISOString()).toBe(
      "2026-01-05T03:30:00.000Z",
    );
  });

  it("reads times in a clock change's gap and overlap, and back across the autumn change", () => {
    const zone = "America/New_York";
    // 02:30 on 8 March 2026 does not exist in New York: it reads as 03:30 daylight time.
    expect(zonedToUtc({ y: 2026, m: 3, d: 8 }, 2, 30, zone).toISOString()).toBe(
      "2026-03-08T07:30:00.000Z",
    );
    // 01:30 on 1 November 2026 happens twice: the first (daylight, UTC-4) is meant.
    expect(zonedToUtc({ y: 2026, m: 11, d: 1 }, 1, 30, zone).toISOString()).toBe(
      "2026-11-01T05:30:00.000Z",
    );
    const daily = parseRepeat("daily");
    if (!daily) throw new Error("daily");
    const dates = occurrences(
      daily,
      { hour: 9, minute: 0 },
      { y: 2026, m: 11, d: 2 },
      new Date("2026-10-31T00:00:00Z"),
      zone,
    );
    expect(dates.map((d) => d.toISOString())).toEqual([
      "2026-10-31T13:00:00.000Z",
      "2026-11-01T14:00:00.000Z",
      "2026-11-02T14:00:00.000Z",
    ]);
    // London's change is on another day (25 October 2026); a time late in the evening in
    // New York is already the next day in UTC.
    expect(
      parseWhen("2026-10-25 09:00", new Date("2026-10-20T00:00:00Z"), "Europe/London"),
    ).toEqual(new Date("2026-10-25T09:00:00.000Z"));
    expect(
      parseWhen("2026-10-24 09:00", new Date("2026-10-20T00:00:00Z"), "Europe/London"),
    ).toEqual(new Date("2026-10-24T08:00:00.000Z"));
    expect(parseWhen("2026-03-09 23:30", new Date("2026-03-01T00:00:00Z"), zone)).toEqual(
      new Date("2026-03-10T03:30:00.000Z"),
    );
  });

  it("weekday skips weekends; day names match one day", () => {
    const weekday = parseRepeat("weekday");
    const friday = parseRepeat("fri");
    if (!weekday || !friday) throw new Error("repeat");
    const until = { y: 2026, m: 1, d: 18 };
    expect(occurrences(weekday, { hour: 18, minute: 0 }, until, now, "UTC")).toHaveLength(10);
    expect(
      occurrences(friday, { hour: 18, minute: 0 }, until, now, "UTC").map((d) => d.getUTCDate()),
    ).toEqual([9, 16]);
    expect(parseRepeat("fortnightly")).toBeUndefined();
  });

  it("keeps quoted labels together", () => {
    expect(tokenize('assign "J D" prep-fear at 15:00')).toEqual([
      "assign",
      "J D",
      "prep-fear",
      "at",
      "15:00",
    ]);
  });
});

describe("Slack app manifest and platform", () => {
  it("declares the command, events, interactivity, App Home and the scopes the adapter calls need", async () => {
    const manifest = parse(await readFile("adapters/slack/slack-manifest.yaml", "utf8"));
    expect(manifest.features.slash_commands.map((c: { command: string }) => c.command)).toEqual([
      "/lantern",
    ]);
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(
      expect.arrayContaining(["message.im", "app_home_opened"]),
    );
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.oauth_config.scopes.bot).toEqual(
      expect.arrayContaining([
        "chat:write",
        "commands",
        "im:history",
        "channels:read",
        "channels:history",
        "usergroups:read",
      ]),
    );
  });

  it("is a platform only when SLACK_BOT_TOKEN is set, with its notifiers ready before the app", () => {
    expect(slackPlatform({})).toBeUndefined();
    const platform = slackPlatform({
      SLACK_BOT_TOKEN: "xoxb-1",
      SLACK_APP_TOKEN: "xapp-1",
      SLACK_ALERT_CHANNEL: "C0ALERTS",
    });
    expect(platform?.name).toBe("slack");
    expect(platform?.notifiers.map((n) => n.name)).toEqual(["slack"]);
    expect(platform?.backup.map((n) => n.name)).toEqual(["slack-oncall"]);
  });
});
