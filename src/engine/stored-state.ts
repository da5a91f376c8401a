import type { ConversationCodec, Store } from "../store/store.ts";
import { type ConversationState, readState } from "./state.ts";

/**
 * How the store reads a saved conversation back: `readState` (older schemas migrated, a bad
 * document an error). Pass it to every store: `new Store(keyv, { codec: stateCodec })`.
 */
export const stateCodec: ConversationCodec<ConversationState> = {
  read: (raw) => readState(raw),
};

/** A store of the engine's conversations. */
export type ConversationStore = Store<ConversationState>;
