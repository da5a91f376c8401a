import type { ConversationState } from "../engine/state.ts";

/** Retry delay after `attempts` failures: 1 s, 2 s, 4 s … capped at 5 minutes. */
export function backoffMs(attempts: number): number {
  return Math.min(1_000 * 2 ** Math.max(0, attempts - 1), 300_000);
}

/** When a conversation next needs the runtime without a patient message, in epoch ms. */
export function dueAt(state: ConversationState): number | undefined {
  const times: number[] = [];
  const top = state.stack.at(-1);
  if (top?.waiting?.timeoutAt) times.push(Date.parse(top.waiting.timeoutAt));
  if (top?.expiresAt) times.push(Date.parse(top.expiresAt));
  for (const item of state.outbox)
    times.push(item.nextAttemptAt ? Date.parse(item.nextAttemptAt) : 0);
  return times.length ? Math.min(...times) : undefined;
}
