import type { Activity } from "@microsoft/agents-activity";
import type { Choice, Store } from "#lantern";
import { baseConversationId, isPersonal } from "./activity.ts";

// What the Teams channel keeps in the store, apart from the conversations themselves: the
// conversation references proactive sends need (a patient's, a team channel's), the latest
// prompt per patient, and the choice cards sent (to close them once answered).

/** Store keys: a patient's conversation reference, a channel's, the last prompt, a sent card. */
export const refKey = (userId: string) => `teams:ref:${userId}`;
export const channelRefKey = (conversation: string) => `teams:conv:${conversation}`;
export const promptKey = (userId: string) => `teams:prompt:${userId}`;
export const cardKey = (activityId: string) => `teams:card:${activityId}`;
/** Card records only matter while a patient might still press a button. */
export const CARD_TTL_MS = 30 * 86_400_000;

/** A sent choice card: enough to show it closed, with what was picked. */
export interface CardRecord {
  prompt: string;
  text: string;
  choices: Choice[];
}

/**
 * Keep the conversation reference from an inbound activity, for proactive sends: a personal
 * chat's under the patient, a team channel's under the channel (without the thread or user).
 */
export async function rememberReference(store: Store, activity: Activity): Promise<void> {
  if (!activity.serviceUrl || !activity.conversation?.id || !activity.from?.id) return;
  if (!activity.recipient || !activity.channelId) return;
  const reference = activity.getConversationReference();
  delete reference.activityId;
  if (isPersonal(activity)) {
    await store.set(refKey(activity.from.id), reference);
  } else if (activity.conversation.conversationType === "channel") {
    const id = baseConversationId(activity.conversation.id);
    delete reference.user;
    reference.conversation = { ...reference.conversation, id };
    await store.set(channelRefKey(id), reference);
  }
}
