import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { newState } from "../../src/engine/state.ts";
import { voiceUpdate } from "../support/telegram-server.ts";
import { TelegramHarness } from "./telegram-harness.ts";

// A voice message, photo or file gets a kind reply straight from the adapter (no turn runs),
// in the patient's language: their stored choice, else Telegram's language code, else the
// clinic's (issue 19: the {{what}} of system/non-text was English for everyone).

let h: TelegramHarness;
beforeEach(async () => {
  h = await TelegramHarness.start();
});
afterEach(async () => {
  await h.close();
});

/** A voice message from a sender whose Telegram app is set to `code`. */
function voiceIn(chat: number, code: string) {
  const update = voiceUpdate(chat);
  return { message: { ...update.message, from: { ...update.message.from, language_code: code } } };
}

describe("telegram: a non-text message in the patient's language", () => {
  it("answers a patient who chose Spanish in Spanish, naming what arrived in Spanish", async () => {
    await h.enrol(801);
    const state = newState("telegram", "801", h.clock.now());
    state.user = { onboarded: true, language: "es" };
    await h.app.runtime.store.saveConversation(state);
    // The app is in English: the stored choice wins over the language code.
    h.server.push(voiceIn(801, "en"));
    const reply = await h.waitForText(801, "Solo puedo leer mensajes escritos");
    expect(reply.text).toContain("(mensaje de voz)");
    expect(reply.text).toContain("988 (llame y marque 2 para español)");
    expect(reply.text).not.toMatch(/voice message|typed messages/);
  });

  it("uses Telegram's language code before any conversation exists", async () => {
    await h.enrol(802);
    h.server.push(voiceIn(802, "es-419"));
    const reply = await h.waitForText(802, "Solo puedo leer mensajes escritos");
    expect(reply.text).toContain("(mensaje de voz)");
    // Spanish with the clinic's country (en-US): 988 in Spanish, not a generic line.
    expect(reply.text).toContain("988 (llame y marque 2 para español)");
    expect(await h.app.runtime.store.loadConversation("telegram:802")).toBeUndefined();
  });

  it("stays English for an English-speaking patient", async () => {
    await h.enrol(803);
    h.server.push(voiceIn(803, "en"));
    const reply = await h.waitForText(803, "only read typed messages");
    expect(reply.text).toContain("could not open that voice message");
    expect(reply.text).toContain("988");
  });
});
