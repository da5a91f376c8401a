import { type APIThrottlerOptions, apiThrottler } from "@grammyjs/transformer-throttler";
import type { Transformer } from "grammy";

/**
 * Outgoing pacing from Telegram's documented limits (Bot API FAQ, "My bot is hitting limits,
 * how do I avoid this?", https://core.telegram.org/bots/faq): in one chat avoid more than about
 * one message per second, though short bursts over it are allowed; no more than 20 messages per
 * minute to one group; about 30 messages per second overall. The throttler's own options
 * (grammY transformer-throttler: `global`, `group`, `out`, each Bottleneck.ConstructorOptions;
 * https://grammy.dev/plugins/transformer-throttler) default `out` to `minTime: 1000`, which
 * spaces every call in a private chat by a second: a three-message turn took 3 s there.
 *
 * Here a private chat gets a token bucket instead: a burst of 3 at once, refilled by 1 a
 * second up to 3 (so the long-run rate stays at the documented 1/s), one call at a time so
 * the chat's messages keep their order. 429s that still come are retried by auto-retry.
 */
export const TELEGRAM_PACING = {
  /** All calls: 30 a second. */
  global: { reservoir: 30, reservoirRefreshAmount: 30, reservoirRefreshInterval: 1_000 },
  /** Groups (Lantern serves private chats only): 20 a minute, one a second. */
  group: {
    maxConcurrent: 1,
    minTime: 1_000,
    reservoir: 20,
    reservoirRefreshAmount: 20,
    reservoirRefreshInterval: 60_000,
  },
  /** One private chat: a burst of 3, then 1 a second; in order. */
  out: {
    maxConcurrent: 1,
    reservoir: 3,
    reservoirIncreaseAmount: 1,
    reservoirIncreaseInterval: 1_000,
    reservoirIncreaseMaximum: 3,
  },
} satisfies APIThrottlerOptions;

/** Cosmetic edits (old keyboards removed): paced in a lane of their own per chat. */
const EDITS = new Set(["editMessageReplyMarkup", "editMessageText", "deleteMessage"]);
/** Not a message: paced only by the overall limit. */
const UNPACED = new Set(["sendChatAction"]);

/** grammY transformer-throttler's own defaults (its README): `out` spaces a chat's calls by 1 s. */
export const GRAMMY_THROTTLER_DEFAULTS = {
  global: TELEGRAM_PACING.global,
  group: TELEGRAM_PACING.group,
  out: { maxConcurrent: 1, minTime: 1_000 },
} satisfies APIThrottlerOptions;

/**
 * Pace outgoing calls: per chat (`out`/`group`), then overall (`global`). Messages and the
 * chat's cosmetic edits have separate per-chat lanes with the same limits, so removing an old
 * keyboard never takes the slot of the reply behind it; the typing action has no per-chat lane
 * at all (waiting in the chat's queue it would hold back the reply it announces). Every call
 * still counts toward the overall limit.
 */
export function pacing(options: APIThrottlerOptions = TELEGRAM_PACING): Transformer {
  // A part left out keeps TELEGRAM_PACING's; `{}` means no limit (a Bottleneck without options).
  const perChat = {
    global: {},
    group: options.group ?? TELEGRAM_PACING.group,
    out: options.out ?? TELEGRAM_PACING.out,
  };
  const overall = apiThrottler({
    global: options.global ?? TELEGRAM_PACING.global,
    group: {},
    out: {},
  });
  const messages = apiThrottler(perChat);
  const edits = apiThrottler(perChat);
  return (prev, method, payload, signal) => {
    const paced: typeof prev = (m, p, s) => overall(prev, m, p, s);
    if (UNPACED.has(method)) return paced(method, payload, signal);
    return (EDITS.has(method) ? edits : messages)(paced, method, payload, signal);
  };
}
