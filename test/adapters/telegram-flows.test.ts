import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  buttonData,
  buttonUpdate,
  editedUpdate,
  textUpdate,
  voiceUpdate,
} from "../support/telegram-server.ts";
import { TelegramHarness } from "./telegram-harness.ts";

// End to end: grammy (long polling through @grammyjs/runner) against the local Bot API
// server, the real app with the real flows, risk guard and enrolment, on a SQLite file.

let h: TelegramHarness;
beforeEach(async () => {
  h = await TelegramHarness.start();
});
afterEach(async () => {
  await h.close();
});

describe("telegram: enrolment", () => {
  it("registers the bot commands at start", () => {
    const [call] = h.server.callsOf("setMyCommands");
    const commands = (call?.params.commands as { command: string }[] | undefined)?.map(
      (c) => c.command,
    );
    expect(commands).toEqual([
      "start",
      "menu",
      "help",
      "crisis",
      "plan",
      "pause",
      "resume",
      "delete",
      "language",
    ]);
    // Spanish-language Telegram apps get the same menu in Spanish, with idioma.
    const es = h.server.callsOf("setMyCommands").find((c) => c.params.language_code === "es");
    expect((es?.params.commands as { command: string }[] | undefined)?.at(-1)?.command).toBe(
      "idioma",
    );
    expect(h.server.callsOf("deleteWebhook")).toHaveLength(1);
  });

  it("links the chat with /start CODE from the deep link, then runs onboarding with buttons", async () => {
    const { patient, invite } = await h.app.patients.create("J.D.", "therapist-1");
    h.server.push(textUpdate(501, `/start ${invite.code}`));
    // The clinic offers English and Spanish (flows/es/): the language question comes first.
    const language = await h.waitForText(501, "Which language would you like me to write in?");
    expect(h.server.texts(501)[0]).toContain("¿En qué idioma");
    h.server.push(buttonUpdate(501, language, buttonData(language, "English")));
    const consent = await h.waitForText(501, "share them with your care team");
    expect(h.server.texts(501).some((t) => t.includes("I'm Lantern"))).toBe(true);
    expect((await h.app.patients.byLink("telegram", "501"))?.id).toBe(patient.id);
    const labels = consent.reply_markup?.inline_keyboard.flat().map((b) => b.text);
    expect(labels).toEqual(["Yes, that's okay", "No", "Tell me more"]);
    // No parse_mode: flow text is sent as plain text, never parsed as Markdown.
    expect(h.server.callsOf("sendMessage").every((c) => c.params.parse_mode === undefined)).toBe(
      true,
    );
    // Every reply came within a second: no typing action (telegram-latency tests the slow case).
    expect(h.server.callsOf("sendChatAction")).toHaveLength(0);
  });

  it("tells a stranger how to join and where crisis help is, and nothing else", async () => {
    h.server.push(textUpdate(502, "hello"));
    const reply = await h.waitForText(502, "invite link");
    expect(reply.text).toContain("988");
    expect(reply.reply_markup).toBeUndefined();
    expect(await h.app.runtime.store.loadConversation("telegram:502")).toBeUndefined();
  });
});

describe("telegram: a flow with inline keyboards", () => {
  it("runs paced breathing from an assignment to the end with button answers", async () => {
    await h.enrol(601);
    await h.assign(601, "paced-breathing");
    const before = await h.waitForText(601, "How tense do you feel right now");
    // The 0–10 scale is a compact two-row number pad.
    expect(before.reply_markup?.inline_keyboard.map((row) => row.length)).toEqual([6, 5]);

    h.server.push(buttonUpdate(601, before, buttonData(before, "6")));
    const practice = await h.waitForText(601, "Breathe in through your nose");
    h.server.push(buttonUpdate(601, practice, buttonData(practice, "Done")));
    const after = await h.waitForText(601, "how tense do you feel?");
    h.server.push(buttonUpdate(601, after, buttonData(after, "3")));
    await h.waitForText(601, "You went from 6 to 3");

    // Every press answered, and every answered keyboard removed.
    expect(h.server.callsOf("answerCallbackQuery")).toHaveLength(3);
    const edited = h.server.callsOf("editMessageReplyMarkup").map((c) => c.params.message_id);
    for (const m of [before, practice, after]) expect(edited).toContain(m.message_id);
    expect(h.server.callsOf("editMessageReplyMarkup")[0]?.params.reply_markup).toBeUndefined();
  });

  it("answers a stale button with the engine's stale text and asks the current question again", async () => {
    await h.enrol(602);
    await h.assign(602, "paced-breathing");
    const before = await h.waitForText(602, "How tense do you feel right now");
    h.server.push(buttonUpdate(602, before, buttonData(before, "6")));
    const practice = await h.waitForText(602, "Breathe in through your nose");
    const count = h.server.texts(602).length;

    // The old scale button again: it must not answer the breathing question.
    h.server.push(buttonUpdate(602, before, buttonData(before, "9")));
    await h.waitForText(602, "That button was for an earlier question");
    await h.server.until(() => h.server.texts(602).length >= count + 2);
    expect(h.server.texts(602).slice(count)).toEqual([
      expect.stringContaining("That button was for an earlier question"),
      expect.stringContaining("Breathe in through your nose"),
    ]);
    const state = await h.app.runtime.store.loadConversation("telegram:602");
    expect(state?.stack.at(-1)?.stepId).toBe("practice");
    expect(h.server.callsOf("answerCallbackQuery")).toHaveLength(2);

    // And the re-asked question's buttons still work.
    const again = h.last(602, "Breathe in through your nose");
    expect(again.message_id).not.toBe(practice.message_id);
    h.server.push(buttonUpdate(602, again, buttonData(again, "Done")));
    await h.waitForText(602, "how tense do you feel?");
  });

  it("lets a risk message preempt the flow, shows crisis lines and alerts the care team", async () => {
    await h.enrol(603);
    await h.assign(603, "paced-breathing");
    await h.waitForText(603, "How tense do you feel right now");
    h.server.push(textUpdate(603, "I want to kill myself"));
    await h.waitForText(603, "988");
    await h.server.until(() => h.notifier.alerts.length > 0);
    expect(h.notifier.alerts).toHaveLength(1);
    const state = await h.app.runtime.store.loadConversation("telegram:603");
    expect(state?.risk.level).not.toBe("none");
    expect(state?.stack.at(-1)?.flowId).toMatch(/^crisis/);
    expect(state?.stack.at(0)?.preempted).toBe(true);
  });

  it("re-checks an edited message with the risk guard and never answers it as a reply", async () => {
    await h.enrol(604);
    await h.assign(604, "paced-breathing");
    await h.waitForText(604, "How tense do you feel right now");
    const original = textUpdate(604, "5");
    h.server.push(original);
    await h.waitForText(604, "Breathe in through your nose");
    const count = h.server.texts(604).length;
    const id = original.message.message_id;
    // A harmless edit changes nothing; an edit with risk words is caught.
    h.server.push(editedUpdate(604, id, "6", 1_900_000_000));
    h.server.push(editedUpdate(604, id, "5, and I want to kill myself", 1_900_000_060));
    await h.server.until(() => h.notifier.alerts.length > 0);
    await h.stop();
    const state = await h.app.runtime.store.loadConversation("telegram:604");
    expect(state?.stack.at(-1)?.flowId).toMatch(/^crisis/);
    expect(state?.seen).toEqual(
      expect.arrayContaining([`604:${id}`, `604:${id}:e1900000000`, `604:${id}:e1900000060`]),
    );
    const after = h.server.texts(604).slice(count);
    expect(after.join("\n")).toContain("988");
    expect(after.join("\n")).not.toMatch(/Please send one number|Breathe in through your nose/);
  });
});

describe("telegram: delivery", () => {
  it("drops a message Telegram delivers twice (same message, new update_id): one reply", async () => {
    await h.enrol(701);
    const update = textUpdate(701, "help");
    h.server.push(update);
    const again = h.server.push({ ...update });
    await h.waitForText(701, "Type menu");
    // Both confirmed to the server (offset past them), then every turn in progress finished.
    await h.server.until(() =>
      h.server.callsOf("getUpdates").some((c) => Number(c.params.offset) > again.update_id),
    );
    await h.stop();
    expect(h.server.texts(701).filter((t) => t.includes("Type menu"))).toHaveLength(1);
  });

  it("answers a voice message kindly without passing it to the engine", async () => {
    await h.enrol(702);
    h.server.push(voiceUpdate(702));
    const reply = await h.waitForText(702, "voice message");
    expect(reply.text).toContain("only read typed messages");
    expect(reply.text).toContain("988");
    expect(h.server.texts(702)).toHaveLength(1);
    expect(await h.app.runtime.store.loadConversation("telegram:702")).toBeUndefined();
  });

  it("retries a send that fails twice from the outbox: delivered once, after ticks", async () => {
    await h.enrol(703);
    h.server.failNextSends({ code: 500 }, { code: 500 });
    await h.assign(703, "paced-breathing");
    const id = "telegram:703";
    const outbox = async () => (await h.app.runtime.store.loadConversation(id))?.outbox ?? [];
    expect((await outbox())[0]?.attempts).toBe(1);
    expect(h.server.texts(703)).toHaveLength(0);

    h.clock.advance(1_000);
    await h.app.tick();
    expect((await outbox())[0]?.attempts).toBe(2);
    expect(h.server.texts(703)).toHaveLength(0);

    h.clock.advance(2_000);
    await h.app.tick();
    expect(await outbox()).toHaveLength(0);
    const texts = h.server.texts(703);
    expect(texts.filter((t) => t.includes("Let's slow your breathing"))).toHaveLength(1);
    expect(texts.at(-1)).toContain("How tense do you feel right now");
    expect(h.server.callsOf("sendMessage")).toHaveLength(texts.length + 2);
  });

  it("waits out a short 429 in place (auto-retry) and sends once", async () => {
    await h.enrol(704);
    h.server.failNextSends({ code: 429, retryAfter: 1 });
    h.server.push(textUpdate(704, "help"));
    await h.waitForText(704, "Type menu", 5_000);
    expect(h.server.texts(704).filter((t) => t.includes("Type menu"))).toHaveLength(1);
    await h.stop(); // lets the turn finish its bookkeeping
    const state = await h.app.runtime.store.loadConversation("telegram:704");
    expect(state?.outbox).toHaveLength(0);
    expect(h.server.callsOf("sendMessage")).toHaveLength(2);
  });
});
