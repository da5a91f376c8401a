import { createHash } from "node:crypto";
import type { CareNotice } from "../channel.ts";
import type { Action } from "../engine/types.ts";
import { LanternError } from "../errors.ts";
import type { EffectHandler } from "../runtime/runtime.ts";
import type { EscalationService } from "./escalations.ts";
import { deliverNotice } from "./notices.ts";
import { Patients } from "./patients.ts";
import { type TeamMessage, teamMessages } from "./team-messages.ts";

// "Message my care team" (issue 17 item 6, flows/message-team.yaml): a non-urgent message the
// patient writes for the team. It is kept in user.team_messages (the brief's "Messages for the
// care team", also in limited mode: the patient asked for this one to be sent) and the team gets
// a notice through the notifiers' notice path, never the alert pipeline: nothing to acknowledge,
// no backup paged. The notice carries no patient text; the words are in the brief. The risk
// guard has read the text before the flow saw it, so a risk message has already alerted.

/** What `team_message.sent` tells the team. */
export const MESSAGE_SENT_TEXT = "sent a message for the care team (not urgent)";
/** Longest message kept, in characters: a note, not a document. */
const MAX_CHARS = 2_000;
/** How many messages the state keeps (oldest dropped). */
const KEEP = 20;

/** `team_message.send {text}`: keep the message and queue the notice; the value is its time. */
const sendTeamMessage: Action = (args, context) => {
  const text = typeof args.text === "string" ? args.text.trim().slice(0, MAX_CHARS) : "";
  if (!text) throw new LanternError("action.invalid_args", "team_message.send needs text");
  const entry: TeamMessage = { at: context.now.toISOString(), text };
  const kept = [...teamMessages(context.state), entry].slice(-KEEP);
  return {
    value: entry.at,
    user: { team_messages: kept },
    effects: [{ name: "team_message.sent", args: { at: entry.at } }],
  };
};

/** The flow's actions, for `EngineServices.actions`. */
export function teamMessageActions(): Record<string, Action> {
  return { "team_message.send": sendTeamMessage };
}

function noticeId(pseudonym: string, effectId: string): string {
  const hex = createHash("sha256").update(`message:${pseudonym}:${effectId}`).digest("hex");
  return `N-${hex.slice(0, 12).toUpperCase()}`;
}

/**
 * `team_message.sent`: a notice to every primary notifier that takes notices (Slack, Teams).
 * Sent in limited mode too: the patient asked for this message to reach the team.
 */
export function teamMessageEffects(escalations: EscalationService): Record<string, EffectHandler> {
  return {
    "team_message.sent": async (args, state, { id }) => {
      const patient = escalations.pseudonymOf(state.id);
      const record = (await new Patients(escalations.store).byLink(state.channel, state.userId))
        ?.id;
      const at = typeof args.at === "string" ? args.at : escalations.clock.now();
      const notice: CareNotice = {
        id: noticeId(patient, id),
        kind: "team_message.sent",
        patient,
        ...(record ? { subject: { record }, see: `/lantern brief ${record}` } : {}),
        text: MESSAGE_SENT_TEXT,
        at: new Date(at).toISOString(),
      };
      await deliverNotice(escalations.store, escalations.primary, notice);
    },
  };
}
