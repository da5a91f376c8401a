import { createHash } from "node:crypto";

// Telegram gives a button at most 64 bytes of callback data. A button must carry the question
// it belongs to (the engine's prompt id, so a stale button is recognised) and the choice id.
// Prompt ids look like `q-telegram:<chat>-<n>`: the chat part is known from the callback
// itself, so `q<n>` is enough. What still does not fit is hashed, with a lookup to reverse it.

export const CALLBACK_DATA_LIMIT = 64;

/** A pressed button, decoded: a choice, a scale number, or data we cannot read. */
export type ButtonPress =
  | { kind: "choice"; prompt: string; id: string }
  | { kind: "scale"; prompt: string; value: number };

/** Remembers long button data by hash; the store behind it survives restarts if persistent. */
export interface ButtonLookup {
  get(hash: string): ButtonPress | undefined;
  set(hash: string, press: ButtonPress): void;
}

/** An in-memory lookup, bounded: the oldest entries go first. */
export function memoryLookup(limit = 10_000): ButtonLookup {
  const map = new Map<string, ButtonPress>();
  return {
    get: (hash) => map.get(hash),
    set(hash, press) {
      map.delete(hash);
      map.set(hash, press);
      if (map.size > limit) map.delete(map.keys().next().value as string);
    },
  };
}

const bytes = (s: string) => Buffer.byteLength(s, "utf8");

/** Shorten a prompt id for a chat; `expandPrompt` reverses it. */
export function compactPrompt(prompt: string, conversation: string): string {
  const prefix = /^([a-z]+)-(.+)-(\d+)$/.exec(prompt);
  if (prefix && prefix[2] === conversation) return `${prefix[1]}${prefix[3]}`;
  return `=${prompt}`;
}

export function expandPrompt(compact: string, conversation: string): string {
  if (compact.startsWith("=")) return compact.slice(1);
  const match = /^([a-z]+)(\d+)$/.exec(compact);
  return match ? `${match[1]}-${conversation}-${match[2]}` : compact;
}

/**
 * Encode a button: `c|<prompt>|<id>` for a choice, `s|<prompt>|<n>` for a scale number,
 * `h|<hash>` (remembered in `lookup`) when that would pass Telegram's 64 bytes.
 */
export function encodeButton(press: ButtonPress, conversation: string, lookup: ButtonLookup) {
  const prompt = compactPrompt(press.prompt, conversation);
  const data =
    press.kind === "choice" ? `c|${prompt}|${press.id}` : `s|${prompt}|${String(press.value)}`;
  if (bytes(data) <= CALLBACK_DATA_LIMIT && !press.prompt.includes("|")) return data;
  const hash = createHash("sha256").update(`${conversation}\n${data}`).digest("base64url");
  const key = hash.slice(0, 32);
  lookup.set(key, press);
  return `h|${key}`;
}

/** Decode callback data; undefined for data this adapter did not make (or a forgotten hash). */
export function decodeButton(
  data: string,
  conversation: string,
  lookup: ButtonLookup,
): ButtonPress | undefined {
  const [kind, first = "", ...rest] = data.split("|");
  if (kind === "h") return lookup.get(first);
  const value = rest.join("|");
  if (!first || !value) return undefined;
  const prompt = expandPrompt(first, conversation);
  if (kind === "c") return { kind: "choice", prompt, id: value };
  if (kind === "s" && /^-?\d+$/.test(value)) return { kind: "scale", prompt, value: Number(value) };
  return undefined;
}
