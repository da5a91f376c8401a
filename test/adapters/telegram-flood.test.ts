import { afterEach, describe, expect, it } from "vitest";
import { TELEGRAM_PACING } from "../../adapters/telegram/index.ts";
import { pseudonym } from "../../src/care/alerts.ts";
import { textUpdate } from "../support/telegram-server.ts";
import { TelegramHarness } from "./telegram-harness.ts";

// Issue 14, item 2: one patient floods (1,000 messages at the menu) with real outgoing pacing
// (TELEGRAM_PACING: per chat a burst of 3, then one message a second). Before the per-chat limit their
// queued updates filled the runner's sink and another patient's crisis waited minutes.

const FLOOD = Number(process.env.LANTERN_TEST_FLOOD ?? 1_000);

const SALT = "telegram-tests-salt-0123";
const alertFor = (chat: number) =>
  h.notifier.alerts.some((a) => a.patient === pseudonym(`telegram:${chat}`, SALT));

let h: TelegramHarness;
afterEach(async () => {
  await h?.close();
});

describe("telegram: one chat's flood", () => {
  it("never delays another patient's crisis reply and alert (within 5 s)", async () => {
    // Real pacing, as in production.
    h = await TelegramHarness.start({}, { throttle: TELEGRAM_PACING });
    await h.enrolOnboarded(1001);
    await h.enrol(1002);
    h.server.push(textUpdate(1001, "menu"));
    await h.waitForText(1001, "What would you like to do?");
    const intake = h.stop.channel.intake;
    if (!intake) throw new Error("no intake");

    const flooded = Date.now();
    for (let i = 0; i < FLOOD / 2; i++) h.server.push(textUpdate(1001, `hello ${i}`));
    // A risk message inside the flood: assessed when fetched, ahead of the chat's own queue.
    h.server.push(textUpdate(1001, "I want to kill myself"));
    for (let i = FLOOD / 2; i < FLOOD; i++) h.server.push(textUpdate(1001, `hello ${i}`));
    const last = h.server.push(textUpdate(1001, "last one"));
    // The runner keeps fetching: the whole flood is confirmed to the server quickly.
    await h.server.until(
      () => h.server.callsOf("getUpdates").some((c) => Number(c.params.offset) > last.update_id),
      10_000,
    );

    const started = Date.now();
    h.server.push(textUpdate(1002, "I'm going to kill myself tonight, I have the pills here"));
    // 1002 gets no flood notice: its first "988" is the crisis reply.
    await h.waitForText(1002, "988", 5_000);
    await h.server.until(() => alertFor(1002), 5_000);
    const crisisMs = Date.now() - started;
    console.log(`flood ${FLOOD}: crisis reply and alert for the other patient in ${crisisMs} ms`);
    expect(crisisMs).toBeLessThan(5_000);

    // The flooding patient's own risk message got its crisis reply and alert too. It skipped
    // the queue, but its sends still share the chat's outgoing pace (1 a second) with the few
    // replies already in flight: seconds, not minutes.
    await h.server.until(() => alertFor(1001), 15_000);
    const ownAlertMs = Date.now() - flooded;
    await h.waitForText(1001, "Thank you for telling me", 15_000);
    const ownReplyMs = Date.now() - flooded;
    console.log(
      `flood ${FLOOD}: the flooding patient's own risk message: alert ${ownAlertMs} ms, crisis reply ${ownReplyMs} ms after the flood began`,
    );
    // Most of the flood was answered once, kindly, and counted; none silently.
    const flood = h.server.texts(1001).filter((t) => t.includes("a lot of messages very quickly"));
    expect(flood).toHaveLength(1);
    expect(flood[0]).toContain("988");
    expect(intake.stats.dropped).toBeGreaterThan(FLOOD / 2);
    expect(intake.stats.priority).toBeGreaterThanOrEqual(2);
    console.log(`flood ${FLOOD}: dropped ${intake.stats.dropped} (counted, risk-checked)`);
  }, 60_000);

  it("bounds a flood of risk messages too: counted, and another patient still answered in 5 s", async () => {
    h = await TelegramHarness.start({}, { throttle: TELEGRAM_PACING });
    await h.enrol(1003);
    await h.enrol(1004);
    const intake = h.stop.channel.intake;
    if (!intake) throw new Error("no intake");
    let last = 0;
    for (let i = 0; i < 200; i++)
      last = h.server.push(textUpdate(1003, `I want to kill myself ${i}`)).update_id;
    await h.server.until(
      () => h.server.callsOf("getUpdates").some((c) => Number(c.params.offset) > last),
      10_000,
    );
    const started = Date.now();
    h.server.push(textUpdate(1004, "I'm going to kill myself tonight, I have the pills here"));
    await h.waitForText(1004, "988", 5_000);
    await h.server.until(() => alertFor(1004), 5_000);
    expect(Date.now() - started).toBeLessThan(5_000);
    await h.server.until(() => alertFor(1003), 10_000);
    // At most 4 ahead of the queue and 8 in it; the rest were counted, not run.
    expect(intake.stats.droppedRisk).toBeGreaterThan(150);
    // The one flood notice shares the chat's outgoing pace with the crisis replies.
    await h.waitForText(1003, "a lot of messages", 20_000);
    expect(h.server.texts(1003).filter((t) => t.includes("a lot of messages"))).toHaveLength(1);
  }, 60_000);
});
