import type { ConversationState } from "../engine/state.ts";

// The patient's messages for the care team (flows/message-team.yaml), as the brief shows them.
// Kept apart from team-message.ts (the action and notice) so consent.ts can list them without
// an import cycle.

/** The brief's heading for them, in the full brief and the limited-mode one. */
export const MESSAGES_HEADING =
  "Messages for the care team (not urgent; the patient's words, newest first)";

/** One message as stored in user.team_messages. */
export interface TeamMessage {
  at: string;
  text: string;
}

/** The stored messages, oldest first, ignoring malformed entries. */
export function teamMessages(state: Pick<ConversationState, "user">): TeamMessage[] {
  const list = state.user.team_messages;
  if (!Array.isArray(list)) return [];
  return list.filter(
    (m): m is TeamMessage =>
      Boolean(m) && typeof m === "object" && typeof m.at === "string" && typeof m.text === "string",
  );
}

/** Brief lines, newest first: "- 2026-12-01 09:00 <the patient's words>". */
export function teamMessageLines(state: Pick<ConversationState, "user">): string[] {
  return teamMessages(state)
    .reverse()
    .slice(0, 5)
    .map((m) => `- ${m.at.slice(0, 16).replace("T", " ")} ${m.text.replace(/\s+/g, " ")}`);
}

/** One status line ("Messages for the team: 2, latest 2026-12-01 09:00 (words in the brief)"), or none. */
export function teamMessageStatus(state: Pick<ConversationState, "user">): string | undefined {
  const all = teamMessages(state);
  const latest = all.at(-1);
  if (!latest) return undefined;
  return `Messages for the team: ${all.length}, latest ${latest.at.slice(0, 16).replace("T", " ")} (words in the brief)`;
}
