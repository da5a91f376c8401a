import { type ConversationState, newState } from "../../src/engine/state.ts";
import { Transcript, TranscriptHarness } from "./transcript.ts";

// Setups the engine and care tests share on a TranscriptHarness (the real app on a SQLite file
// with a fake clock, the shipped flows and config/clinic.yaml): boot it, save the patient's
// conversation with given user vars, and have the patient type.

/** A stubGuard rule (test/support/stub-guard.ts): text containing `match` is at `level`. */
export type RiskStub = { match: string; level: string } & Record<string, unknown>;

/** The real app, booted; the risk guard is stubbed by `risk` if given, else the real one. */
export async function bootHarness(risk: RiskStub[] = []): Promise<TranscriptHarness> {
  const h = new TranscriptHarness(Transcript.parse({ turns: [], stubs: { risk } }));
  await h.boot();
  return h;
}

/**
 * Save the patient's conversation with these user vars, then restart the app on the same
 * store, so its state cache holds what was saved.
 */
export async function savePatient(h: TranscriptHarness, user: Record<string, unknown>) {
  const state = newState(h.channel.name, h.userId, h.clock.now());
  state.user = user;
  await h.runtime.store.saveConversation(state);
  await h.boot(h.app);
}

/** An inbound message's fields for the harness's patient, with a fresh message id. */
export function fromPatient(h: TranscriptHarness) {
  return { channel: h.channel.name, userId: h.userId, messageId: h.nextId() };
}

/** The patient types `text`. */
export async function say(h: TranscriptHarness, text: string): Promise<void> {
  await h.runtime.handle({ ...fromPatient(h), kind: "text", text });
}

/** The patient's conversation as stored; throws when there is none. */
export async function storedState(h: TranscriptHarness): Promise<ConversationState> {
  const s = await h.runtime.store.loadConversation(`${h.channel.name}:${h.userId}`);
  if (!s) throw new Error("no conversation");
  return s;
}
