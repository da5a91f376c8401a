/** After this long without a reply, the chat shows "typing…" (a fast reply needs none). */
export const TYPING_AFTER_MS = 1_000;

/**
 * The typing action, only for slow turns: a turn arms a timer when it starts; the first
 * message sent to the chat (or the turn's end) disarms it. Telegram shows the action for
 * about 5 s or until the next message, so it is sent once per slow turn.
 */
export class TypingIndicator {
  readonly #timers = new Map<string, NodeJS.Timeout>();
  readonly #send: (chat: string) => Promise<unknown>;
  readonly #afterMs: number;

  constructor(send: (chat: string) => Promise<unknown>, afterMs = TYPING_AFTER_MS) {
    this.#send = send;
    this.#afterMs = afterMs;
  }

  /** A turn for `chat` started: show typing if nothing is sent within the delay. */
  arm(chat: string): void {
    this.cancel(chat);
    const timer = setTimeout(() => {
      this.#timers.delete(chat);
      // Cosmetic: a failed typing action is not worth a retry.
      this.#send(chat).catch(() => undefined);
    }, this.#afterMs);
    timer.unref();
    this.#timers.set(chat, timer);
  }

  /** A message is going to `chat` (or its turn ended): no typing action any more. */
  cancel(chat: string): void {
    const timer = this.#timers.get(chat);
    if (timer === undefined) return;
    clearTimeout(timer);
    this.#timers.delete(chat);
  }

  /** Disarm every chat (stop). */
  clear(): void {
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
  }
}
