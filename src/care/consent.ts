import { consentOf, sharingDeclined } from "../engine/consent.ts";
import type { ConversationState } from "../engine/state.ts";
import type { Action } from "../engine/types.ts";
import { rank } from "../safety/types.ts";
import { byTime, dateTime } from "./brief-data.ts";
import { MESSAGES_HEADING, teamMessageLines } from "./team-messages.ts";

// What the care team gets from a patient who said no to sharing (limited mode, issue 17 item
// 1): risk alerts, each with only the risk message and a plain "declined sharing" note; a brief,
// status and exports that say so and show nothing the patient wrote; no stored questionnaires.

export { sharingDeclined } from "../engine/consent.ts";

/** The alert flag that says the patient declined sharing (no answers, no conversation). */
export const DECLINED_FLAG = "sharing_declined";
/** What every care-team view says instead of the patient's answers. */
export const DECLINED_NOTE =
  "The patient declined sharing: nothing they wrote is shown here, except messages they asked to send to the care team. Risk alerts still reach the care team, with only the risk message.";

/** `consent.read` (flows/consent.yaml): the stored choice as "yes", "no" or "unset". */
export function consentActions(): Record<string, Action> {
  return { "consent.read": (_args, context) => ({ value: consentOf(context.state.user) }) };
}

/** The brief of a patient in limited mode: who, the note, and risk levels the team was alerted to. */
export function renderDeclinedBrief(state: ConversationState, header: string[]): string {
  const risk = [...state.risk.recent]
    // Concern never alerts (src/safety/policy.ts): only levels the team was told about.
    .filter((r) => rank(r.level) >= rank("low"))
    .sort(byTime)
    .reverse()
    .slice(0, 5)
    .map((r) => `- ${dateTime(r.at)} risk words in chat: ${r.level} (alerted; see the alert)`);
  const messages = teamMessageLines(state);
  const lines = [
    ...header,
    "",
    "Sharing",
    `- ${DECLINED_NOTE}`,
    "",
    "Risk alerts (levels only)",
    ...(risk.length ? risk : ["- None recorded."]),
    // Sent because the patient asked for it (flows/message-team.yaml), limited mode or not.
    "",
    MESSAGES_HEADING,
    ...(messages.length ? messages : ["- None sent."]),
    "",
    "Treatment decisions stay with the physician and the care team.",
  ];
  return `${lines.join("\n")}\n`;
}

/** A conversation as the care team may see it: user.* emptied when sharing was declined. */
export function sharedState(state: ConversationState): ConversationState {
  if (!sharingDeclined(state)) return state;
  // Messages the patient asked to send to the team stay (flows/message-team.yaml).
  const messages = state.user.team_messages;
  return {
    ...state,
    user: { consent: false, ...(messages ? { team_messages: messages } : {}) },
    history: [],
  };
}
