import type { Update } from "grammy/types";
import { type RiskAssessment, riskOfText } from "#lantern";

/** The private chat an update belongs to (its user id), or undefined for other updates. */
export function chatOf(update: Update): string | undefined {
  const message = update.message ?? update.edited_message;
  if (message) return message.chat.type === "private" ? String(message.chat.id) : undefined;
  const query = update.callback_query;
  if (!query) return undefined;
  const chat = query.message?.chat;
  if (chat && chat.type !== "private") return undefined;
  return String(chat?.id ?? query.from.id);
}

/** The rule layer's view of a typed message, when it rates it low or above. */
export function riskOf(update: Update): RiskAssessment | undefined {
  const message = update.message ?? update.edited_message;
  return riskOfText(message?.text ?? message?.caption);
}

/** The sender's language (Telegram's language_code, language only), for notices. */
export function localeOf(update: Update): string | undefined {
  const from = (update.message ?? update.edited_message ?? update.callback_query)?.from;
  const language = from?.language_code?.split("-")[0]?.toLowerCase();
  return language && /^[a-z]{2}$/.test(language) ? language : undefined;
}
