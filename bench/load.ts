// `npm run bench:load`: N simulated patients, each sending a message every few seconds, through
// the full runtime (lock, dedupe, store, real risk guard, outbox delivery to a recording channel)
// on SQLite, Redis and PostgreSQL in turn. Prints turns/s, p50/p99 turn latency, alert latency
// (risk message in -> alert handed to the notifier) and memory per 1,000 active conversations,
// and checks that no message or alert was lost or doubled.
//
// BENCH_LOAD_PATIENTS (10000), BENCH_LOAD_INTERVAL_MS (5000), BENCH_LOAD_SECONDS (20 per store),
// BENCH_LOAD_STORES (sqlite,redis,postgres), BENCH_LOAD_RISK_EVERY (1 risk message per 500).
// Redis/PostgreSQL: BENCH_REDIS_URL / BENCH_POSTGRES_URL (or LANTERN_TEST_*), else started here
// from the local redis-server / PostgreSQL binaries, like the tests do.
// Last, Telegram first-reply latency (bench/telegram-latency.ts); BENCH_LOAD_TELEGRAM=0 skips it.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import type { Inbound } from "../src/engine/types.ts";
import { buildRuntime } from "../test/scale/harness.ts";
import { startPostgres, startRedis } from "../test/support/services.ts";
import { percentile } from "./turns.ts";

const DEFAULT_PATIENTS = Number(process.env.BENCH_LOAD_PATIENTS ?? 10_000);
const INTERVAL_MS = Number(process.env.BENCH_LOAD_INTERVAL_MS ?? 5_000);
/** Turns in the first seconds (JIT warm-up, first flow starts) are run but not measured. */
const WARMUP_MS = Number(process.env.BENCH_LOAD_WARMUP_MS ?? 2_000);
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 20);
const RISK_EVERY = Number(process.env.BENCH_LOAD_RISK_EVERY ?? 500);
const STORES = (process.env.BENCH_LOAD_STORES ?? "sqlite,redis,postgres")
  .split(",")
  .map((s) => s.trim());
const RISK_TEXT = "I want to kill myself";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

function heapMb(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1e6;
}

interface Figures {
  store: string;
  turns: number;
  turnsPerSecond: number;
  p50: number;
  p99: number;
  max: number;
  alerts: number;
  alertP50: number;
  alertP99: number;
  mbPer1000: number;
  lateStarts: number;
  /** Messages never answered, alerts never raised, outbox items never delivered. */
  lost: number;
  /** Messages or alerts handed over twice. */
  doubled: number;
  problems: string[];
  notes: string[];
}

async function run(store: string, url: string): Promise<Figures> {
  const PATIENTS = Number(
    process.env[`BENCH_LOAD_PATIENTS_${store.toUpperCase()}`] ?? DEFAULT_PATIENTS,
  );
  const namespace = `bench${Date.now().toString(36)}`;
  const h = await buildRuntime({ url, namespace });
  const { runtime, channel, notifier } = h;
  const before = heapMb();
  const latencies: number[] = [];
  const alertLatencies: number[] = [];
  const repliesPerTurn = new Map<string, number>();
  const turnsBy = new Map<string, number>();
  const riskSentAt = new Map<string, number>(); // conversation -> when its risk message went in
  const next = new Array<number>(PATIENTS);
  const step = new Array<number>(PATIENTS).fill(0);
  const busy = new Uint8Array(PATIENTS);
  let failedTurns = 0;
  let firstFailure = "";
  /** Patients whose last message failed and waits for its redelivery. */
  const redeliver = new Set<number>();
  let turns = 0;
  let sent = 0;
  let lateStarts = 0;

  const t0 = performance.now();
  for (let p = 0; p < PATIENTS; p++) next[p] = t0 + Math.random() * INTERVAL_MS;
  const end = t0 + SECONDS * 1000;

  /** A failed message, redelivered as it was (same id, same text), as a platform does. */
  const pending = new Map<number, { inbound: Inbound; risky: boolean }>();

  const turn = async (p: number, now: number) => {
    const userId = `p${p}`;
    const again = pending.get(p);
    const k = step[p] ?? 0;
    step[p] = k + 1;
    const risky =
      again?.risky ??
      (RISK_EVERY > 0 && ++sent % RISK_EVERY === 0 && !riskSentAt.has(`test:${userId}`));
    const inbound: Inbound =
      again?.inbound ??
      (k % 11 === 0 && !risky
        ? {
            channel: "test",
            userId,
            messageId: `${userId}-${k}`,
            kind: "start",
            flowId: "bench-ten",
          }
        : {
            channel: "test",
            userId,
            messageId: `${userId}-${k}`,
            kind: "text",
            text: risky ? RISK_TEXT : `answer ${k}`,
          });
    const sentBefore = channel.sent.length;
    const started = performance.now();
    // Alert latency counts from the patient's first try, not from a redelivery.
    if (risky && !again) riskSentAt.set(`test:${userId}`, started);
    if (started - now > 50) lateStarts++;
    try {
      await runtime.handle(inbound);
      if (started - t0 >= WARMUP_MS) latencies.push(performance.now() - started);
      turns++;
      redeliver.delete(p);
      pending.delete(p);
      repliesPerTurn.set(inbound.messageId, channel.sent.length - sentBefore);
    } catch (error) {
      // The platform redelivers an update the bot failed on: try the same message again soon.
      failedTurns++;
      firstFailure ||= `${inbound.messageId}: ${(error as Error).message}`;
      redeliver.add(p);
      // The same message comes again (a failed try may still have been saved: then the
      // redelivery is a duplicate and its answer and alert come from the retried outbox).
      pending.set(p, { inbound, risky });
      step[p] = k;
      next[p] = performance.now() + 1_000;
    }
  };

  // As the app does: timers and delivery retries once a second.
  const ticker = setInterval(() => void runtime.tick().catch(() => {}), 1_000);
  // The clock: every few ms, start the turns that are due. A patient never has two in flight.
  const inflight = new Set<Promise<void>>();
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      const now = performance.now();
      if (now >= end) {
        clearInterval(timer);
        resolve();
        return;
      }
      for (let p = 0; p < PATIENTS; p++) {
        if (busy[p] || (next[p] ?? 0) > now) continue;
        busy[p] = 1;
        next[p] = (next[p] ?? now) + INTERVAL_MS * (0.5 + Math.random());
        const promise = turn(p, now).finally(() => {
          busy[p] = 0;
          inflight.delete(promise);
        });
        inflight.add(promise);
      }
    }, 5);
  });
  await Promise.all(inflight);
  // Redeliver what failed near the end, so every message sent gets its answer.
  const retryUntil = performance.now() + 30_000;
  while (redeliver.size && performance.now() < retryUntil) {
    await new Promise((r) => setTimeout(r, 500));
    await Promise.all([...redeliver].map((p) => turn(p, performance.now())));
  }
  const seconds = (performance.now() - t0) / 1000;
  // Let retries deliver what failed under load (bounded), then stop the timers.
  const drainUntil = performance.now() + 30_000;
  for (;;) {
    let queued = 0;
    for await (const state of h.store.conversations()) queued += state.outbox.length;
    if (!queued || performance.now() > drainUntil) break;
    await new Promise((r) => setTimeout(r, 1_000));
  }
  clearInterval(ticker);
  const active = step.filter((s) => s > 0).length;
  const after = heapMb();

  // Alert latency: risk message in -> alert handed to the notifier.
  const problems: string[] = [];
  // Failed turns were redelivered; report them (overload), they are not lost unless unanswered.
  const notes = failedTurns
    ? [`${failedTurns} tries failed and were redelivered (first: ${firstFailure.slice(0, 120)})`]
    : [];
  if (redeliver.size) problems.push(`${redeliver.size} messages never got through`);
  const alertIds = new Set<string>();
  const alerted = new Set<string>();
  let lost = redeliver.size;
  let doubled = 0;
  for (const { alert, at } of notifier.alerts) {
    if (alertIds.has(alert.id)) {
      doubled++;
      problems.push(`alert ${alert.id} handed over twice`);
    }
    alertIds.add(alert.id);
    const conversation = alert.conversation;
    const sentAt = riskSentAt.get(conversation);
    if (sentAt !== undefined && !alerted.has(conversation) && sentAt - t0 >= WARMUP_MS)
      alertLatencies.push(at - sentAt);
    alerted.add(conversation);
  }
  for (const conversation of riskSentAt.keys()) {
    if (alerted.has(conversation)) continue;
    lost++;
    problems.push(`risk message from ${conversation}: no alert`);
  }
  // Messages: none doubled, every turn answered, nothing left undelivered in any outbox.
  const ids = new Set<string>();
  let doubledMessages = 0;
  for (const s of channel.sent) {
    if (s.message.id.startsWith("down-")) continue; // "try again" notes, sent per failed try
    if (ids.has(s.message.id)) doubledMessages++;
    ids.add(s.message.id);
  }
  if (doubledMessages) problems.push(`${doubledMessages} messages delivered twice`);
  doubled += doubledMessages;
  // Every handled turn answered (at once, or by a retry): at least one reply per turn per patient.
  const replies = new Map<string, number>();
  for (const s of channel.sent)
    if (!s.message.id.startsWith("down-")) replies.set(s.userId, (replies.get(s.userId) ?? 0) + 1);
  let unanswered = 0;
  for (const [messageId] of repliesPerTurn) {
    const user = messageId.slice(0, messageId.lastIndexOf("-"));
    turnsBy.set(user, (turnsBy.get(user) ?? 0) + 1);
  }
  for (const [user, n] of turnsBy) if ((replies.get(user) ?? 0) < n) unanswered++;
  if (unanswered) problems.push(`${unanswered} patients got fewer replies than turns`);
  lost += unanswered;
  let undelivered = 0;
  for await (const state of h.store.conversations()) undelivered += state.outbox.length;
  if (undelivered) problems.push(`${undelivered} outbox items never delivered`);
  lost += undelivered;

  await h.close();
  latencies.sort((a, b) => a - b);
  alertLatencies.sort((a, b) => a - b);
  return {
    store,
    turns,
    turnsPerSecond: turns / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? 0,
    alerts: alertLatencies.length,
    alertP50: percentile(alertLatencies, 50),
    alertP99: percentile(alertLatencies, 99),
    mbPer1000: ((after - before) / Math.max(1, active)) * 1000,
    lateStarts,
    lost,
    doubled,
    problems,
    notes,
  };
}

const dir = mkdtempSync(join(tmpdir(), "lantern-load-"));
const stops: (() => void)[] = [];
async function urlFor(store: string): Promise<string> {
  if (store === "sqlite") return `sqlite://${join(dir, "load.sqlite")}`;
  if (store === "redis") {
    const given = process.env.BENCH_REDIS_URL ?? process.env.LANTERN_TEST_REDIS_URL;
    if (given) return given;
    const redis = await startRedis(dir);
    stops.push(redis.stop);
    return redis.url;
  }
  if (store === "postgres") {
    const given = process.env.BENCH_POSTGRES_URL ?? process.env.LANTERN_TEST_POSTGRES_URL;
    if (given) return given;
    const pg = await startPostgres(dir);
    stops.push(pg.stop);
    return pg.url;
  }
  throw new Error(`unknown store ${store}: use sqlite, redis or postgres`);
}

console.log(
  `Load: ${DEFAULT_PATIENTS} patients, one message each every ~${INTERVAL_MS / 1000} s (±50%), ${SECONDS} s per store ` +
    `(first ${WARMUP_MS / 1000} s not measured), ` +
    `1 risk message in ${RISK_EVERY}; one process, node ${process.version}\n`,
);
let failed = false;
const figures: Record<string, Record<string, number>> = {};
try {
  for (const store of STORES) {
    const f = await run(store, await urlFor(store));
    figures[store] = {
      patients: Number(
        process.env[`BENCH_LOAD_PATIENTS_${store.toUpperCase()}`] ?? DEFAULT_PATIENTS,
      ),
      turns_per_s: Math.round(f.turnsPerSecond),
      p50_ms: round(f.p50),
      p99_ms: round(f.p99),
      alert_p99_ms: round(f.alertP99),
      alerts: f.alerts,
      lost: f.lost,
      doubled: f.doubled,
      mb_per_1000: round(f.mbPer1000),
    };
    console.log(
      `${f.store.padEnd(9)} ${f.turnsPerSecond.toFixed(0).padStart(6)} turns/s  p50 ${f.p50.toFixed(2)} ms  p99 ${f.p99.toFixed(2)} ms  max ${f.max.toFixed(0)} ms  ` +
        `(${f.turns} turns)  alerts ${f.alerts}: p50 ${f.alertP50.toFixed(2)} ms p99 ${f.alertP99.toFixed(2)} ms  ` +
        `memory ${f.mbPer1000.toFixed(1)} MB / 1,000 active conversations  late starts ${f.lateStarts}`,
    );
    console.log(
      `          ${f.problems.length ? `PROBLEMS: ${f.problems.join("; ")}` : "no lost or doubled message or alert"}; p99 ${f.p99 < 50 ? "under" : "OVER"} 50 ms${f.notes.length ? `; ${f.notes.join("; ")}` : ""}`,
    );
    if (f.problems.length) failed = true;
  }
} finally {
  for (const stop of stops) stop();
  rmSync(dir, { recursive: true, force: true });
}
let telegram: { reply_p50_ms: number; reply_p99_ms: number } | undefined;
if (process.env.BENCH_LOAD_TELEGRAM !== "0") {
  // Its own process: timers and garbage left by the store runs above must not be measured.
  const out = execFileSync(
    process.execPath,
    [fileURLToPath(new URL("./telegram-latency.ts", import.meta.url))],
    {
      encoding: "utf8",
    },
  )
    .trim()
    .split("\n");
  console.log(out.at(-2));
  const f = JSON.parse(out.at(-1) ?? "{}").telegram;
  telegram = { reply_p50_ms: f.reply_p50_ms, reply_p99_ms: f.reply_p99_ms };
}
// The last line: one JSON object, per store (and Telegram's reply latency).
console.log(
  JSON.stringify({
    stores: figures,
    seconds: SECONDS,
    interval_ms: INTERVAL_MS,
    ...(telegram ? { telegram } : {}),
  }),
);
process.exitCode = failed ? 1 : 0;

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
