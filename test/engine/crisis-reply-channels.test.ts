import { afterEach, describe, expect, it } from "vitest";
import { loadTeamsConfig } from "../../adapters/teams/config.ts";
import { startTeams } from "../../adapters/teams/index.ts";
import { createApp } from "../../src/app.ts";
import { EnvSchema } from "../../src/config/env.ts";
import { TelegramHarness } from "../adapters/telegram-harness.ts";
import { RecordingNotifier } from "../support/recorders.ts";
import { ConnectorStandIn, postActivity, TeamsUser } from "../support/teams-connector.ts";
import { textUpdate } from "../support/telegram-server.ts";

// Issue 17 QA item 2 on the platforms: the crisis reply Telegram and Teams show (the real app, guard and
// flows through grammy against the local Bot API stand-in; Activity-protocol requests against the
// local Teams connector stand-in) says each fact once, resources
// before who is told, then the buttons. Every channel renders the same outbox
// (src/engine/crisis-reply.ts); the terminal and transcripts check the same words.

let h: TelegramHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe("crisis reply on Telegram", () => {
  it("risk words get each fact once, in order, with the buttons last", async () => {
    h = await TelegramHarness.start();
    await h.enrol(701);
    h.server.push(textUpdate(701, "I want to kill myself tonight"));
    const question = await h.waitForText(701, "what would help most right now");
    const texts = h.server.texts(701);
    const count = (fragment: string) => texts.filter((t) => t.includes(fragment)).length;
    expect(count("988")).toBe(1);
    expect(count("letting your care team know")).toBe(1);
    expect(count("program, not a person")).toBe(1);
    expect(count("glad you reached out")).toBe(0);
    expect(count("I am sending a message to your care team")).toBe(0);
    const at = (fragment: string) => texts.findIndex((t) => t.includes(fragment));
    expect(at("988")).toBeLessThan(at("letting your care team know"));
    expect(at("letting your care team know")).toBeLessThan(at("what would help most right now"));
    expect(texts.at(-1)).toContain("what would help most right now");
    expect(question.reply_markup?.inline_keyboard.flat().map((b) => b.text)).toContain(
      "I'm okay for now",
    );
    expect(h.notifier.alerts).toHaveLength(1);
  });
});

/** Each fact once, resources before who is told, the question last. */
function expectOnce(texts: string[]): void {
  const count = (fragment: string) => texts.filter((t) => t.includes(fragment)).length;
  expect(count("988")).toBe(1);
  expect(count("letting your care team know")).toBe(1);
  expect(count("program, not a person")).toBe(1);
  expect(count("glad you reached out")).toBe(0);
  const at = (fragment: string) => texts.findIndex((t) => t.includes(fragment));
  expect(at("988")).toBeLessThan(at("letting your care team know"));
  expect(texts.at(-1)).toContain("what would help most right now");
}

describe("crisis reply on Teams", () => {
  it("risk words get each fact once, in order, and one card with the buttons", async () => {
    const connector = new ConnectorStandIn();
    await connector.start();
    const notifier = new RecordingNotifier();
    const env = EnvSchema.parse({
      LANTERN_STORE: "memory://",
      LANTERN_PSEUDONYM_SALT: "teams-crisis-salt-0123456789",
    });
    const app = await createApp({ env, notifiers: [notifier] });
    const teams = await startTeams(app, { config: loadTeamsConfig({}), port: 0 });
    try {
      const patient = new TeamsUser("29:crisis-1", connector.url);
      const { invite } = await app.patients.create("C.R.", "therapist-1");
      await postActivity(teams.url, patient.message(`join ${invite.code}`));
      const before = connector.posts().length;
      const response = await postActivity(
        teams.url,
        patient.message("I want to kill myself tonight"),
      );
      expect(response.status).toBe(200);
      const texts = connector
        .posts()
        .slice(before)
        .map((c) => ConnectorStandIn.render(c));
      expectOnce(texts);
      expect(texts.filter((t) => t.includes("I'm okay for now"))).toHaveLength(1);
      expect(notifier.alerts).toHaveLength(1);
    } finally {
      await teams.stop();
      await app.close();
      await connector.stop();
    }
  });
});
