import { createHash } from "node:crypto";
import type { Activity, ConversationReference } from "@microsoft/agents-activity";
import { type Inbound, LanternError } from "#lantern";
import { readAlertSubmit, readChoiceSubmit } from "./cards.ts";

// Reading Teams activities: which are 1:1, what the patient typed, where replies go.

/** A locale Teams sends that Lantern takes (en, en-US). */
export const LOCALE = /^[a-z]{2}(-[A-Z]{2})?$/;
const JOIN = /^\s*join\s+(\S+)\s*$/i;

/** 1:1 chat with the bot. Local tools may leave conversationType out; they are 1:1 too. */
export function isPersonal(activity: Activity): boolean {
  const type = activity.conversation?.conversationType;
  return type === "personal" || (type === undefined && !activity.conversation?.isGroup);
}

/** A channel thread id ("19:x@thread.tacv2;messageid=1") without the thread part: the channel. */
export function baseConversationId(id: string): string {
  return id.split(";")[0] ?? id;
}

/** Patient text from Teams: mentions removed; "join CODE" becomes the gate's "/start CODE". */
export function cleanText(text: string | undefined): string {
  const plain = (text ?? "")
    .replace(/<at>[^<]*<\/at>/gi, "")
    .replace(/\r/g, "")
    .trim();
  const join = JOIN.exec(plain);
  return join ? `/start ${join[1]}` : plain;
}

/** The bot itself was added to the conversation (an install). */
export function botAdded(activity: Activity): boolean {
  const bot = activity.recipient?.id;
  return Boolean(bot && activity.membersAdded?.some((m) => m.id === bot));
}

/** A 1:1 activity's conversation reference, for replies once it runs (undefined if incomplete). */
export function referenceOf(activity: Activity): ConversationReference | undefined {
  if (!activity.serviceUrl || !activity.conversation?.id || !activity.from?.id) return undefined;
  if (!activity.recipient || !activity.channelId || !isPersonal(activity)) return undefined;
  const reference = activity.getConversationReference();
  delete reference.activityId;
  return reference;
}

/** A short, text-free description of an error for logs. */
export function errorCode(error: unknown): string {
  if (error instanceof LanternError) return error.code;
  const status = (error as { status?: unknown })?.status;
  return typeof status === "number" ? `http ${status}` : error instanceof Error ? error.name : "?";
}

/**
 * A patient's activity as an Inbound: text, a card submit (choice), an edit (re-checked by the
 * risk guard) or the bot being installed (a welcome). Dedupe key: the activity id.
 */
export function normaliseActivity(activity: Activity, channel: string): Inbound | null {
  const userId = activity.from?.id;
  const id = activity.id;
  if (!userId || !id || !isPersonal(activity)) return null;
  const base = {
    channel,
    userId,
    messageId: id,
    ...(activity.locale && LOCALE.test(activity.locale) ? { locale: activity.locale } : {}),
  };
  switch (activity.type) {
    case "message": {
      if (readAlertSubmit(activity.value)) return null;
      const submit = readChoiceSubmit(activity.value);
      if (submit)
        return { ...base, kind: "choice", choice: { prompt: submit.prompt, id: submit.choice } };
      const text = cleanText(activity.text);
      return text ? { ...base, kind: "text", text } : null;
    }
    case "messageUpdate": {
      const text = cleanText(activity.text);
      if (!text) return null;
      // Same activity id as the original: the edit's text makes each edit its own update.
      const hash = createHash("sha256").update(text).digest("hex").slice(0, 16);
      return { ...base, messageId: `${id}:edit:${hash}`, kind: "text", text, edited: true };
    }
    case "conversationUpdate":
      // The runtime decides: onboarding for an enrolled user, the enrolment gate otherwise.
      return botAdded(activity) ? { ...base, kind: "text", text: "hi" } : null;
    default:
      return null;
  }
}

/**
 * In a team channel Lantern only tells people how to route alerts there: the reply to "alerts"
 * or to the bot being added, else none.
 */
export function teamChannelReply(
  activity: Activity,
  alertConversation: string | undefined,
): string | undefined {
  const asked = activity.type === "message" && /^alerts\b/i.test(cleanText(activity.text));
  if (!asked && !(activity.type === "conversationUpdate" && botAdded(activity))) return undefined;
  const id = baseConversationId(activity.conversation?.id ?? "");
  return id === alertConversation
    ? "Lantern care-team alerts will appear in this channel."
    : `To send Lantern care-team alerts to this channel, set TEAMS_ALERT_CONVERSATION=${id} and restart Lantern.`;
}
