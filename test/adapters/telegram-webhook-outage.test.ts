import { afterEach, beforeEach, expect, it } from "vitest";
import { textUpdate } from "../support/telegram-server.ts";
import { TelegramHarness, WEBHOOK_SECRET } from "./telegram-harness.ts";

// Webhook mode in a store outage: the update is journaled before the 200, the patient and the
// care team hear at once, and the journal runs the message once the store is back.

let h: TelegramHarness;

beforeEach(async () => {
  h = await TelegramHarness.webhook();
});
afterEach(async () => {
  await h.close();
});

const post = (body: unknown) => h.postUpdate(body, WEBHOOK_SECRET);

it("keeps a risk message posted during an outage, alerts at once, runs it after", async () => {
  await h.enrol(803);
  const setDown = h.storeOutage();
  setDown(true);
  const started = Date.now();
  const response = await post({ update_id: 20, ...textUpdate(803, "I want to kill myself") });
  expect(response.status).toBe(200);
  expect(h.server.texts(803).join("\n")).toMatch(/I've kept your message[\s\S]*988/);
  expect(h.notifier.alerts).toHaveLength(1);
  expect(Date.now() - started).toBeLessThan(5_000);
  expect(h.stop.channel.intake?.journal.pending("803")).toHaveLength(1);

  setDown(false);
  await h.server.until(() => h.stop.channel.intake?.journal.size === 0, 10_000);
  await h.waitForText(803, "Thank you for telling me");
  const state = await h.app.runtime.store.loadConversation("telegram:803");
  expect(state?.history.filter((m) => m.from === "patient").map((m) => m.text)).toEqual([
    "I want to kill myself",
  ]);
  // The replay's tracked alert is the outage alert's record: one alert for the care team.
  const [id, ...others] = await h.app.escalations.openIds();
  expect(others).toEqual([]);
  expect((await h.app.escalations.get(id ?? ""))?.untracked?.id).toBe(h.notifier.alerts[0]?.id);
  expect(h.notifier.alerts).toHaveLength(1);
});
