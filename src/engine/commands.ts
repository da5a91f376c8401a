import { aliasCommand } from "./command-aliases.ts";
import type { Turn } from "./turn.ts";

export const COMMANDS = [
  "menu",
  "help",
  "stop",
  "crisis",
  "plan",
  "pause",
  "resume",
  "delete",
  "consent",
  "message team",
  "language",
  "idioma",
] as const;
export type Command = (typeof COMMANDS)[number];

const PATTERN = new RegExp(`^\\s*/?(${COMMANDS.join("|")})(@\\w+)?\\s*[.!]?\\s*$`, "i");
// Telegram sends /start (maybe with an old invite code) when a linked patient opens the chat again: show the menu.
const START = /^\s*\/start(@\w+)?(\s+[A-Za-z0-9_-]+)?\s*$/i;

/** A whole message that is a command ("/menu", "menu", "/help@lantern_bot"), else undefined. */
export function parseCommand(text: string): Command | undefined {
  if (START.test(text)) return "menu";
  const match = PATTERN.exec(text);
  return match ? (match[1]?.toLowerCase() as Command) : aliasCommand(text);
}

/** Commands may interrupt unless the current question or flow says it must not be interrupted. */
export function canInterrupt(turn: Turn): boolean {
  const frame = turn.top();
  if (!frame) return true;
  const flow = turn.flowOf(frame);
  if (!flow) return true;
  const step = turn.stepOf(flow, frame.stepId);
  const askAllows = step?.kind === "ask" ? step.interruptible !== false : true;
  return flow.interruptible && askAllows;
}
