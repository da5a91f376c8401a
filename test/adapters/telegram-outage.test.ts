import { statSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { InboundJournal } from "../../src/runtime/inbound-journal.ts";
import { textUpdate } from "../support/telegram-server.ts";
import { TelegramHarness } from "./telegram-harness.ts";

// Issue 14, item 1: with the store unreachable (here the SQLite store's every call throws, as
// the adapters' store.unavailable errors do), long polling moves on, so each update must be in
// the local journal first; the patient hears within seconds, a risk message alerts the care
// team without the store, and once the store is back every journaled message runs once.

let h: TelegramHarness;
beforeEach(async () => {
  h = await TelegramHarness.start();
});
afterEach(async () => {
  await h.close();
});

const patientTexts = async (chat: number) =>
  ((await h.app.runtime.store.loadConversation(`telegram:${chat}`))?.history ?? [])
    .filter((m) => m.from === "patient")
    .map((m) => m.text);

describe("telegram: store outage on long polling", () => {
  it("keeps every message, answers and alerts at once, then runs each once when the store is back", async () => {
    await h.enrol(901);
    h.server.push(textUpdate(901, "help"));
    await h.waitForText(901, "menu", 10_000);
    const intake = h.stop.channel.intake;
    if (!intake) throw new Error("no intake");
    const setDown = h.storeOutage();
    setDown(true);

    const started = Date.now();
    const sent = [
      textUpdate(901, "I had a rough day"),
      textUpdate(901, "I'm going to kill myself tonight"),
      textUpdate(901, "menu"),
    ];
    const pushed = sent.map((u) => h.server.push(u));
    await h.waitForText(901, "I've kept your message");
    await h.server.until(() => h.notifier.alerts.length === 1, 5_000);
    const noticeMs = Date.now() - started;
    expect(noticeMs).toBeLessThan(5_000);
    // The notice has the locale's crisis resources: once per outage, and always for risk.
    const notices = h.server.texts(901).filter((t) => t.includes("I've kept your message"));
    expect(notices.length).toBeGreaterThanOrEqual(1);
    expect(notices.length).toBeLessThanOrEqual(2);
    for (const notice of notices) expect(notice).toMatch(/911[\s\S]*988/);
    const [alert] = h.notifier.alerts;
    expect(alert).toMatchObject({ level: expect.stringMatching(/high|imminent|moderate/) });
    expect(alert?.flags).toEqual(expect.arrayContaining(["store_unavailable", "untracked"]));
    expect(String(alert?.patient)).toMatch(/^P-/);
    // The polling offset moved past all three, yet all three are kept, 0600 in a 0700 folder.
    await h.server.until(() =>
      h.server
        .callsOf("getUpdates")
        .some((c) => Number(c.params.offset) > (pushed.at(-1)?.update_id ?? 0)),
    );
    expect(intake.journal.pending("901")).toHaveLength(3);
    const file = join(h.dir, "data", "telegram-inbound.jsonl");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(h.dir, "data")).mode & 0o777).toBe(0o700);
    // Retries during the outage do not send the alert again.
    await new Promise((r) => setTimeout(r, 1_500));
    expect(h.notifier.alerts).toHaveLength(1);

    setDown(false);
    await h.server.until(() => intake.journal.size === 0, 10_000);
    await h.waitForText(901, "988");
    // Each journaled message ran once, in order; the risk message raised its tracked alert.
    expect(await patientTexts(901)).toEqual([
      "help",
      "I had a rough day",
      "I'm going to kill myself tonight",
      "menu",
    ]);
    // The replay's tracked alert is recorded as the outage alert, not sent a second time.
    const escalations = h.app.escalations;
    const [trackedId, ...others] = await escalations.openIds();
    expect(others).toEqual([]);
    const tracked = await escalations.get(trackedId ?? "");
    expect(tracked?.untracked?.id).toBe(alert?.id);
    expect(tracked?.status).toBe("delivered");
    expect(Object.values(tracked?.deliveries ?? {})).toEqual([
      expect.objectContaining({ role: "primary", target: h.notifier.name, attempts: 0 }),
    ]);
    const created = (await escalations.listAudit(trackedId)).find(
      (e) => e.event === "alert.created",
    );
    expect(created).toMatchObject({ untracked: alert?.id });
    // The crisis flow ran for the risk message, then "menu" led back to the menu.
    const after = h.server.texts(901).join("\n");
    expect(after).toContain("letting your care team know");
    expect(h.server.texts(901).at(-1)).toContain("What would you like to do?");
    // Telegram delivering one of them again changes nothing.
    h.server.push({ ...(sent[0] as object) } as ReturnType<typeof textUpdate>);
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await patientTexts(901)).toHaveLength(4);
    expect(intake.stats.drained).toBe(3);
    // One risk message, one alert for the care team across outage and recovery.
    expect(h.notifier.alerts).toHaveLength(1);
  });

  it("survives a restart during the outage: the journal is drained by the next process", async () => {
    await h.enrol(902);
    h.server.push(textUpdate(902, "help"));
    await h.waitForText(902, "menu", 10_000);
    const setDown = h.storeOutage();
    setDown(true);
    h.server.push(textUpdate(902, "I feel a bit better today"));
    await h.waitForText(902, "I've kept your message");
    await h.stop();
    setDown(false);
    const file = join(h.dir, "data", "telegram-inbound.jsonl");
    // What the stopped process left behind, read as the next one would.
    const left = InboundJournal.open(file);
    expect(left.pending("902")).toHaveLength(1);
    left.close();
    const { startTelegram } = await import("../../adapters/telegram/index.ts");
    const { BOT, TEST_TOKEN } = await import("../support/telegram-server.ts");
    h.stop = await startTelegram(h.app, {
      env: { TELEGRAM_BOT_TOKEN: TEST_TOKEN, TELEGRAM_API_ROOT: h.server.apiRoot },
      botInfo: BOT,
      throttle: false,
      pollTimeoutSeconds: 1,
      journalPath: file,
    });
    await h.server.until(() => h.stop.channel.intake?.journal.size === 0, 10_000);
    expect(await patientTexts(902)).toEqual(["help", "I feel a bit better today"]);
  });
});
