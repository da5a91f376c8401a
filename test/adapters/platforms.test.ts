import { describe, expect, it } from "vitest";
import { anyPlatformConfigured, PLATFORM_CONFIGURED } from "../../adapters/configured.ts";
import { platformOf } from "../../adapters/platform.ts";
import { configuredPlatforms, PLATFORM_ENTRIES } from "../../adapters/platforms.ts";

// `lantern start` picks adapters through one entry each, platform(env), all of one shape.

const ALL = {
  TELEGRAM_BOT_TOKEN: "1:x",
  SLACK_BOT_TOKEN: "xoxb-1",
  SLACK_APP_TOKEN: "xapp-1",
  SLACK_ALERT_CHANNEL: "C0ALERTS",
  TEAMS_PORT: "0",
  TEAMS_ALERT_CONVERSATION: "19:alerts@thread.tacv2",
};

describe("platform entries", () => {
  it("none is configured without its variables, so start falls back to the terminal", async () => {
    expect(await configuredPlatforms({})).toEqual([]);
    expect(PLATFORM_ENTRIES.map((entry) => entry({ TELEGRAM_BOT_TOKEN: "1:x" })?.name)).toEqual([
      "telegram",
      undefined,
      undefined,
    ]);
  });

  it("gives one Platform per configured adapter, in start order, alert targets known before the app", async () => {
    const platforms = await configuredPlatforms(ALL);
    expect(platforms.map((p) => p.name)).toEqual(["telegram", "slack", "teams"]);
    expect(platforms.map((p) => (p.notifiers ?? []).map((n) => n.name))).toEqual([
      [],
      ["slack"],
      ["teams"],
    ]);
    expect(platforms.map((p) => (p.backup ?? []).map((n) => n.name))).toEqual([
      [],
      ["slack-oncall"],
      [],
    ]);
    // A platform that never started (another failed first) stops at once, without error.
    await Promise.all(platforms.map((p) => p.stop()));
  });

  it("start's light check (no adapter loaded) agrees with every entry, one test per entry", () => {
    expect(PLATFORM_CONFIGURED).toHaveLength(PLATFORM_ENTRIES.length);
    const alone = [
      { TELEGRAM_BOT_TOKEN: "1:x" },
      { SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1", SLACK_ALERT_CHANNEL: "C0ALERTS" },
      { TEAMS_PORT: "0" },
    ];
    for (const env of [{}, ...alone, ALL, { TELEGRAM_BOT_TOKEN: " ", MICROSOFT_APP_ID: "" }]) {
      const entries = PLATFORM_ENTRIES.map((entry) => entry(env) !== undefined);
      expect(PLATFORM_CONFIGURED.map((configured) => configured(env))).toEqual(entries);
      expect(anyPlatformConfigured(env)).toBe(entries.includes(true));
    }
  });

  it("platformOf: stop runs what start returned, once; before start it does nothing", async () => {
    const calls: string[] = [];
    const demo = platformOf("demo", async () => {
      calls.push("start");
      return async () => {
        calls.push("stop");
      };
    });
    await demo.stop();
    expect(calls).toEqual([]);
    await demo.start({} as never, {} as never);
    await demo.stop();
    await demo.stop();
    expect(calls).toEqual(["start", "stop"]);
  });
});
