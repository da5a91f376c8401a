import { afterEach, describe, expect, it } from "vitest";
import { bootHarness, fromPatient, savePatient } from "../support/app-harness.ts";
import type { TranscriptHarness } from "../support/transcript.ts";

// A session flow that arrives while the patient is in another flow waits, and starts when that
// flow ends: unless the patient declined sharing (limited mode offers it not), or is paused.

let h: TranscriptHarness;
afterEach(async () => {
  await h?.app.close();
});

async function setUp(user: Record<string, unknown>) {
  h = await bootHarness();
  await savePatient(h, { onboarded: true, ...user });
}

const base = () => fromPatient(h);
const top = async () =>
  (await h.runtime.store.loadConversation(`${h.channel.name}:${h.userId}`))?.stack.at(-1)?.flowId ??
  "END";

/** Mid paced-breathing, the reminder arrives (as its job would start it); then breathing ends. */
async function reminderDuringBreathing(): Promise<string> {
  await h.runtime.handle({ ...base(), kind: "start", flowId: "paced-breathing" });
  await h.runtime.handle({ ...base(), kind: "start", flowId: "session-reminder" });
  expect(await top()).toBe("paced-breathing");
  await h.runtime.handle({ ...base(), kind: "text", text: "5" });
  const state = await h.runtime.store.loadConversation(`${h.channel.name}:${h.userId}`);
  const prompt = state?.stack.at(-1)?.waiting?.prompt ?? "";
  await h.runtime.handle({ ...base(), kind: "choice", choice: { prompt, id: "done" } });
  await h.runtime.handle({ ...base(), kind: "text", text: "3" });
  return top();
}

describe("a session flow that waited", () => {
  it("starts when the patient's flow ends", async () => {
    await setUp({ consent: true });
    expect(await reminderDuringBreathing()).toBe("session-reminder");
    expect(h.channel.texts().join("\n")).toContain("Don't eat for 4 hours");
  });

  it("stays waiting in limited mode (sharing declined)", async () => {
    await setUp({ consent: false });
    expect(await reminderDuringBreathing()).toBe("END");
    const state = await h.runtime.store.loadConversation(`${h.channel.name}:${h.userId}`);
    expect(state?.assigned.map((a) => a.flowId)).toEqual(["session-reminder"]);
  });

  it("does not pick up a therapist's assignment that waited (that stays in the menu)", async () => {
    await setUp({ consent: true });
    await h.runtime.handle({ ...base(), kind: "start", flowId: "paced-breathing" });
    await h.runtime.handle({ ...base(), kind: "start", flowId: "thought-record" });
    await h.runtime.handle({ ...base(), kind: "text", text: "stop" });
    await h.runtime.handle({ ...base(), kind: "start", flowId: "paced-breathing" });
    await h.runtime.handle({ ...base(), kind: "text", text: "5" });
    const state = await h.runtime.store.loadConversation(`${h.channel.name}:${h.userId}`);
    const prompt = state?.stack.at(-1)?.waiting?.prompt ?? "";
    await h.runtime.handle({ ...base(), kind: "choice", choice: { prompt, id: "done" } });
    await h.runtime.handle({ ...base(), kind: "text", text: "3" });
    expect(await top()).toBe("END");
  });
});
