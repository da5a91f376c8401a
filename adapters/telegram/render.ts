import type { InlineKeyboardButton, InlineKeyboardMarkup } from "grammy/types";
import type { OutboxMessage } from "#lantern";
import { type ButtonLookup, encodeButton } from "./callback-data.ts";

/** Telegram's limit for one message's text (UTF-16 code units, as JavaScript counts). */
export const MESSAGE_LIMIT = 4096;

/**
 * Split text into parts Telegram accepts, at a paragraph, line, sentence or word break where
 * one falls in the second half of a part; never inside a surrogate pair.
 */
export function splitText(text: string, limit = MESSAGE_LIMIT): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const window = rest.slice(0, limit);
    let cut = -1;
    for (const separator of ["\n\n", "\n", ". ", " "]) {
      const at = window.lastIndexOf(separator);
      if (at >= limit / 2) {
        cut = at + separator.length;
        break;
      }
    }
    if (cut < 0) {
      cut = limit;
      const code = rest.charCodeAt(cut - 1);
      if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
    }
    const part = rest.slice(0, cut).trimEnd();
    if (part) parts.push(part);
    rest = rest.slice(cut).trimStart();
  }
  if (rest.trim() || !parts.length) parts.push(rest);
  return parts;
}

const SCALE_MIN = 0;
const SCALE_MAX = 10;

/**
 * Choices as an inline keyboard: one button per row for sentences, pairs for short labels.
 * A scale question (0–10) gets a compact two-row number pad. Undefined when there is nothing
 * to press (typed answers: text, number).
 */
export function keyboardFor(
  message: OutboxMessage,
  conversation: string,
  lookup: ButtonLookup,
): InlineKeyboardMarkup | undefined {
  const prompt = message.prompt ?? "";
  if (message.expect === "scale" && prompt) {
    const buttons: InlineKeyboardButton[] = [];
    for (let value = SCALE_MIN; value <= SCALE_MAX; value++) {
      buttons.push({
        text: String(value),
        callback_data: encodeButton({ kind: "scale", prompt, value }, conversation, lookup),
      });
    }
    return { inline_keyboard: [buttons.slice(0, 6), buttons.slice(6)] };
  }
  const choices = message.choices ?? [];
  if (!choices.length || message.expect === "number") return undefined;
  const buttons = choices.map((choice) => ({
    text: choice.label,
    callback_data: encodeButton({ kind: "choice", prompt, id: choice.id }, conversation, lookup),
  }));
  const short = choices.every((c) => c.label.length <= 14);
  const rows: InlineKeyboardButton[][] = [];
  const perRow = short ? 2 : 1;
  for (let i = 0; i < buttons.length; i += perRow) rows.push(buttons.slice(i, i + perRow));
  return { inline_keyboard: rows };
}

/** What a non-text message was, in words a patient would use. */
export function describeAttachment(message: Record<string, unknown>): string | undefined {
  const kinds: [string, string][] = [
    ["voice", "voice message"],
    ["video_note", "video message"],
    ["audio", "audio file"],
    ["video", "video"],
    ["animation", "GIF"],
    ["photo", "photo"],
    ["sticker", "sticker"],
    ["location", "location"],
    ["venue", "location"],
    ["contact", "contact"],
    ["document", "file"],
    ["poll", "poll"],
    ["dice", "dice"],
  ];
  for (const [key, words] of kinds) if (key in message) return words;
  return undefined;
}
