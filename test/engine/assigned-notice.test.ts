import { afterEach, describe, expect, it } from "vitest";
import { newState } from "../../src/engine/state.ts";
import { Transcript, TranscriptHarness } from "../support/transcript.ts";

// A flow the care team assigns while the patient is in another one waits first in the menu;
// when the patient's flow ends they are told, once, in their language (issue 18 item 5).
const harnesses: TranscriptHarness[] = [];
afterEach(async () => {
  for (const h of harnesses.splice(0)) await h.app.close();
});

async function boot(locale?: string) {
  const h = new TranscriptHarness(Transcript.parse({ turns: [] }));
  harnesses.push(h);
  await h.boot();
  const state = newState(h.channel.name, h.userId, h.clock.now());
  state.user = { onboarded: true, consent: true, language: locale ? "es" : "en" };
  if (locale) state.locale = locale;
  await h.runtime.store.saveConversation(state);
  const id = state.id;
  const send = async (input: { text?: string; choice?: string; start?: string }) => {
    const before = h.channel.sent.length;
    const current = await h.runtime.store.loadConversation(id);
    const prompt = current?.stack.at(-1)?.waiting?.prompt ?? current?.menu?.prompt ?? "none";
    const base = { channel: h.channel.name, userId: h.userId, messageId: h.nextId() };
    await h.runtime.handle(
      input.start
        ? { ...base, kind: "start", flowId: input.start }
        : input.choice
          ? { ...base, kind: "choice", choice: { prompt, id: input.choice } }
          : { ...base, kind: "text", text: input.text ?? "" },
    );
    h.clock.advance(60_000);
    return h.channel.sent
      .slice(before)
      .map((s) => s.message.text ?? "")
      .join("\n");
  };
  return { h, send };
}

async function breatheThrough(send: Awaited<ReturnType<typeof boot>>["send"]) {
  await send({ text: "6" });
  await send({ choice: "done" });
  return send({ text: "3" });
}

describe("a flow assigned while the patient is busy", () => {
  it("is announced when the patient's flow ends, once", async () => {
    const { send } = await boot();
    expect(await send({ start: "paced-breathing" })).toMatch(/How tense/);
    // Assigned mid-flow: nothing interrupts the breathing exercise.
    expect(await send({ start: "thought-record" })).toBe("");
    const end = await breatheThrough(send);
    expect(end).toMatch(/your care team added something for you/);
    expect(end).toMatch(/type menu/);
    const menu = await send({ text: "menu" });
    expect(menu).not.toMatch(/added something/);
    // The next exercise's end says nothing again: the assignment is older than it.
    await send({ start: "paced-breathing" });
    expect(await breatheThrough(send)).not.toMatch(/added something/);
  });

  it("says nothing when nothing was assigned, and speaks Spanish to a Spanish patient", async () => {
    const plain = await boot();
    await plain.send({ start: "paced-breathing" });
    expect(await breatheThrough(plain.send)).not.toMatch(/added something/);

    const es = await boot("es-US");
    await es.send({ start: "paced-breathing" });
    await es.send({ start: "thought-record" });
    expect(await breatheThrough(es.send)).toMatch(/su equipo de atención le dejó algo/);
  });
});
