import { afterEach, describe, expect, it } from "vitest";
import { newState } from "../../src/engine/state.ts";
import { TranscriptHarness } from "../support/transcript.ts";

// The stale ★ reminder (issue 17): a session reminder that came due while the patient was
// paused waits in the menu (★). Once that session has started it is about a day that is over,
// so it leaves the menu; before then it stays. Through the real app and config/clinic.yaml.

let h: TranscriptHarness;
afterEach(async () => {
  await h?.app.close();
});

const DAY = 86_400_000;
const conversation = () => `${h.channel.name}:${h.userId}`;
const base = () => ({ channel: h.channel.name, userId: h.userId, messageId: h.nextId() });

async function state() {
  const s = await h.runtime.store.loadConversation(conversation());
  if (!s) throw new Error("no conversation");
  return s;
}

/** A paused patient with a session tomorrow; the reminder's job fires (as the scheduler would). */
async function pausedWithReminder(extra: Record<string, unknown> = {}): Promise<void> {
  h = new TranscriptHarness({ flows: ["flows"], user_vars: {}, stubs: { risk: [] }, turns: [] });
  await h.boot();
  const s = newState(h.channel.name, h.userId, h.clock.now());
  const session = new Date(h.clock.now().getTime() + DAY).toISOString();
  s.user = {
    onboarded: true,
    consent: true,
    paused: true,
    sessions: [{ number: 1, at: session, status: "scheduled", by: "patient" }],
    ...extra,
  };
  await h.runtime.store.saveConversation(s);
  await h.boot(h.app);
  await h.runtime.handle({ ...base(), kind: "start", flowId: "session-reminder" });
}

const starred = async () =>
  ((await state()).menu?.choices ?? []).filter((c) => c.label.startsWith("★")).map((c) => c.id);

describe("a reminder that waited while paused", () => {
  it("stays starred until its session starts", async () => {
    await pausedWithReminder();
    expect((await state()).assigned.map((a) => a.flowId)).toEqual(["session-reminder"]);
    await h.runtime.handle({ ...base(), kind: "text", text: "resume" });
    expect(await starred()).toEqual(["session-reminder"]);
  });

  it("leaves the menu once the session has started", async () => {
    await pausedWithReminder();
    h.clock.advance(2 * DAY);
    await h.runtime.handle({ ...base(), kind: "text", text: "resume" });
    expect(await starred()).toEqual([]);
    expect((await state()).assigned).toEqual([]);
    await h.runtime.handle({ ...base(), kind: "text", text: "menu" });
    expect(await starred()).toEqual([]);
  });

  it("a therapist's assignment stays starred after the session", async () => {
    await pausedWithReminder();
    await h.runtime.handle({ ...base(), kind: "start", flowId: "prep-fear" });
    h.clock.advance(2 * DAY);
    await h.runtime.handle({ ...base(), kind: "text", text: "resume" });
    expect(await starred()).toEqual(["prep-fear"]);
  });
});
