// Telegram reply latency as a patient feels it (issue 20): the real app (SQLite, real risk
// guard, real flows) served by grammy with production pacing (TELEGRAM_PACING) against the
// local Bot API stand-in. Latency: from getUpdates handing the update out to the first
// sendMessage for it arriving. `npm run bench:load` runs it last; alone:
// `node bench/telegram-latency.ts`.
//
// BENCH_TG_CHATS (20) patients at once, BENCH_TG_TURNS (10) each, one message every
// BENCH_TG_GAP_MS (1000) ± 25% after the previous reply (a patient reading, then tapping).
// BENCH_TG_PACING=grammy: the throttler's own defaults instead (1 call a second per chat), to
// compare.
import { TELEGRAM_PACING } from "../adapters/telegram/index.ts";
import { GRAMMY_THROTTLER_DEFAULTS } from "../adapters/telegram/pacing.ts";
import { TelegramHarness } from "../test/adapters/telegram-harness.ts";
import { textUpdate } from "../test/support/telegram-server.ts";
import { percentile } from "./turns.ts";

const CHATS = Number(process.env.BENCH_TG_CHATS ?? 20);
const TURNS = Number(process.env.BENCH_TG_TURNS ?? 10);
const GAP_MS = Number(process.env.BENCH_TG_GAP_MS ?? 1_000);
const TEXTS = ["menu", "help"];

/** First-reply latency figures, in ms. */
export interface TelegramLatency {
  turns: number;
  reply_p50_ms: number;
  reply_p99_ms: number;
  reply_max_ms: number;
  /** Typing actions sent: none expected, every reply here is fast. */
  typing: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Run the Telegram latency bench; resolves with its figures. */
export async function telegramLatency(): Promise<TelegramLatency> {
  const throttle =
    process.env.BENCH_TG_PACING === "grammy" ? GRAMMY_THROTTLER_DEFAULTS : TELEGRAM_PACING;
  const h = await TelegramHarness.start({}, { throttle });
  const latencies: number[] = [];
  try {
    const chats = Array.from({ length: CHATS }, (_, i) => 3001 + i);
    for (const chat of chats) await h.enrol(chat);
    await Promise.all(
      chats.map(async (chat, i) => {
        await sleep((i * GAP_MS) / CHATS);
        for (let t = 0; t < TURNS; t++) {
          const before = h.server.texts(chat).length;
          const update = h.server.push(textUpdate(chat, TEXTS[t % TEXTS.length] as string));
          await h.server.until(() => h.server.texts(chat).length > before, 10_000);
          const first = h.server.sent.filter((m) => m.chat_id === String(chat))[before];
          const fetched = h.server.fetchedAt.get(update.update_id);
          if (first && fetched !== undefined) latencies.push(first.at - fetched);
          await sleep(GAP_MS * (0.75 + Math.random() * 0.5));
        }
      }),
    );
    latencies.sort((a, b) => a - b);
    return {
      turns: latencies.length,
      reply_p50_ms: round(percentile(latencies, 50)),
      reply_p99_ms: round(percentile(latencies, 99)),
      reply_max_ms: round(latencies.at(-1) ?? 0),
      typing: h.server.callsOf("sendChatAction").length,
    };
  } finally {
    await h.close();
  }
}

/** One line for the console. */
export function describeTelegram(f: TelegramLatency): string {
  return (
    `telegram  first reply after fetch: p50 ${f.reply_p50_ms} ms  p99 ${f.reply_p99_ms} ms  max ${f.reply_max_ms} ms  ` +
    `(${f.turns} turns, ${CHATS} chats, ${process.env.BENCH_TG_PACING === "grammy" ? "grammY's default pacing" : "production pacing"}; typing actions ${f.typing}); ` +
    `p99 ${f.reply_p99_ms < 300 ? "under" : "OVER"} 300 ms`
  );
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}

if (import.meta.main) {
  const f = await telegramLatency();
  console.log(describeTelegram(f));
  console.log(JSON.stringify({ telegram: f }));
}
