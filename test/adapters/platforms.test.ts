import { describe, expect, it } from "vitest";
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
