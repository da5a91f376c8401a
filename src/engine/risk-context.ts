import type { GuardInput } from "../safety/guard-decision.ts";
import type { ConversationState } from "./state.ts";

/** How many of the patient's latest messages the detector reads beside the new one. */
const RECENT = 6;

/** What the risk guard reads of a conversation: its id and the patient's recent messages. */
export function guardInput(state: ConversationState): GuardInput {
  return {
    conversation: state.id,
    recent: state.history
      .filter((h) => h.from === "patient")
      .slice(-RECENT)
      .map((h) => ({ text: h.text, level: h.risk ?? "none" })),
  };
}
