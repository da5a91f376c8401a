import { afterEach, describe, expect, it } from "vitest";
import { bootHarness, fromPatient, savePatient, storedState } from "../support/app-harness.ts";
import type { TranscriptHarness } from "../support/transcript.ts";

// The stale ★ reminder (issue 17): a session reminder that came due while the patient was
// paused waits in the menu (★). Once that session has started it is about a day that is over,
// so it leaves the menu; before then it stays. Through the real app and config/clinic.yaml.

let h: TranscriptHarness;
afterEach(async () => {
  await h?.app.close();
});

const DAY = 86_400_000;
const base = () => fromPatient(h);
const state = () => storedState(h);

/** A paused patient with a session in `ahead` ms; the reminder's job fires (as the scheduler would). */
async function pausedWithReminder(extra: Record<string, unknown> = {}, ahead = DAY): Promise<void> {
  h = await bootHarness();
  const session = new Date(h.clock.now().getTime() + ahead).toISOString();
  await savePatient(h, {
    onboarded: true,
    consent: true,
    paused: true,
    sessions: [{ number: 1, at: session, status: "scheduled", by: "patient" }],
    ...extra,
  });
  // Not paused: paced breathing runs first, so the reminder waits behind it.
  if (extra.paused === false)
    await h.runtime.handle({ ...base(), kind: "start", flowId: "paced-breathing" });
  await h.runtime.handle({ ...base(), kind: "start", flowId: "session-reminder" });
}

const top = async () => (await state()).stack.at(-1)?.flowId ?? "END";

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

  it("one that waited behind a running flow does not start after its session has begun", async () => {
    await pausedWithReminder({ paused: false }, 5 * 60_000);
    expect(await top()).toBe("paced-breathing");
    expect((await state()).assigned.map((a) => a.flowId)).toContain("session-reminder");
    h.clock.advance(6 * 60_000); // the session started a minute ago
    await h.runtime.handle({ ...base(), kind: "text", text: "5" });
    const prompt = (await state()).stack.at(-1)?.waiting?.prompt ?? "";
    await h.runtime.handle({ ...base(), kind: "choice", choice: { prompt, id: "done" } });
    await h.runtime.handle({ ...base(), kind: "text", text: "3" });
    expect(await top()).toBe("END");
    expect((await state()).assigned).toEqual([]);
  });

  it("a therapist's assignment stays starred after the session", async () => {
    await pausedWithReminder();
    await h.runtime.handle({ ...base(), kind: "start", flowId: "prep-fear" });
    h.clock.advance(2 * DAY);
    await h.runtime.handle({ ...base(), kind: "text", text: "resume" });
    expect(await starred()).toEqual(["prep-fear"]);
  });
});
