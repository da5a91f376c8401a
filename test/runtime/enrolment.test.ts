import { describe, expect, it } from "vitest";
import { globalsFor, loadContent } from "../../src/app.ts";
import { Patients } from "../../src/care/patients.ts";
import { stateCodec } from "../../src/engine/stored-state.ts";
import { Runtime } from "../../src/runtime/runtime.ts";
import { openKeyv } from "../../src/store/open.ts";
import { Store } from "../../src/store/store.ts";
import { FakeClock, RecordingChannel, RecordingNotifier } from "../support/recorders.ts";

async function setup() {
  const content = await loadContent({
    LANTERN_FLOWS: "flows",
    LANTERN_PROMPTS: "prompts",
    LANTERN_CLINIC: "config/clinic.yaml",
  });
  const store = new Store(await openKeyv("memory://"), { codec: stateCodec });
  const clock = new FakeClock();
  const patients = new Patients(store, clock);
  const channel = new RecordingChannel("chat");
  const runtime = new Runtime({
    catalog: content.catalog,
    store,
    clock,
    channels: [channel],
    notifiers: [new RecordingNotifier()],
    services: { globals: globalsFor(content.clinic), firstFlow: "onboarding" },
    enrolment: { patients, required: (c) => c === "chat" },
  });
  return { runtime, patients, channel, clock, store };
}

const text = (userId: string, t: string, id: string) => ({
  channel: "chat",
  userId,
  messageId: id,
  kind: "text" as const,
  text: t,
});

describe("enrolment", () => {
  it("tells an unknown user how to join and where crisis help is, and stores nothing about them", async () => {
    const { runtime, channel, store } = await setup();
    expect(await runtime.handle(text("stranger", "hello", "1"))).toBeUndefined();
    expect(channel.texts().join("\n")).toMatch(/invite link[\s\S]*call 911 now, or reach 988/);
    expect(await store.loadConversation("chat:stranger")).toBeUndefined();
  });

  it("links a user once with /start CODE, then starts onboarding; the code cannot be used twice", async () => {
    const { runtime, patients, channel } = await setup();
    const { patient, invite } = await patients.create("J.D.", "therapist-1");
    await runtime.handle(text("tg-1", `/start ${invite.code}`, "1"));
    expect((await patients.byLink("chat", "tg-1"))?.id).toBe(patient.id);
    // Onboarding starts with the language question: the clinic offers English and Spanish.
    expect(channel.texts().join("\n")).toContain("Which language would you like me to write in?");
    const before = channel.sent.length;
    await runtime.handle(text("tg-2", `/start ${invite.code}`, "2"));
    expect(channel.texts().slice(before).join("\n")).toContain("did not work");
    expect(await patients.byLink("chat", "tg-2")).toBeUndefined();
  });

  it("refuses an expired code", async () => {
    const { runtime, patients, channel, clock } = await setup();
    const { invite } = await patients.create("A.B.");
    clock.advance(15 * 86_400_000);
    await runtime.handle(text("late", `/start ${invite.code}`, "1"));
    expect(channel.texts().join("\n")).toContain("did not work");
    expect(await patients.byLink("chat", "late")).toBeUndefined();
  });
});
