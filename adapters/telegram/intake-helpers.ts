import type { Update } from "grammy/types";
import { detectRisk } from "../../src/safety/detect.ts";
import { type RiskAssessment, rank } from "../../src/safety/types.ts";

/** Adds `by` to a counter; returns the new value (0 removes it). */
export function bump(map: Map<string, number>, key: string, by: number): number {
  const value = (map.get(key) ?? 0) + by;
  if (value > 0) map.set(key, value);
  else map.delete(key);
  return Math.max(0, value);
}

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
  const text = message?.text ?? message?.caption;
  if (!text) return undefined;
  const assessment = detectRisk(text);
  return rank(assessment.level) >= rank("low") ? assessment : undefined;
}
