import { openSync } from "node:fs";
import pino, { type Logger } from "pino";

/** Keys that may hold secrets or patient words; pino replaces their values. */
export const REDACT = [
  "text",
  "*.text",
  "token",
  "*.token",
  "secret",
  "*.secret",
  "authorization",
  "*.authorization",
  "headers.authorization",
  "excerpt",
  "*.excerpt",
];

/**
 * Structured logs (JSON lines). Patient text is redacted unless `patientText` is on;
 * secrets are always redacted.
 *
 * Writes are asynchronous (sonic-boom, `sync: false`) and buffered: lines gather in memory
 * until BUFFER_BYTES (15,000) are waiting or FLUSH_MS have passed, then go out in one write, so a turn
 * never waits on a write syscall and does not pay for one per line (one write a line was a
 * sixth of a turn's CPU one message at a time). pino flushes the buffer synchronously on exit,
 * uncaught exceptions and the stop signals, so no line is lost when the process ends
 * (test/log.test.ts ends a child right after logging). `sync: true` for callers that must see
 * each line on disk at once.
 *
 * @example
 * const logger = createLogger({ level: "info" });
 * logger.info({ conversation: "telegram:1" }, "turn");
 */
export function createLogger(options: {
  level: string;
  patientText?: boolean;
  destination?: number | string;
  sync?: boolean;
}): Logger {
  const paths = options.patientText
    ? REDACT.filter((p) => !p.endsWith("text") && !p.endsWith("excerpt"))
    : REDACT;
  const sync = options.sync ?? false;
  const destination = pino.destination({
    dest: descriptor(options.destination),
    sync,
    minLength: sync ? 0 : BUFFER_BYTES,
    // A quiet spell still reaches the file within FLUSH_MS (sonic-boom's timer is unref'd).
    ...(sync ? {} : { periodicFlush: FLUSH_MS }),
  });
  return pino(
    { level: options.level, redact: { paths, censor: "[redacted]" }, base: { app: "lantern" } },
    destination,
  );
}

// About 100 per-turn lines a write (sonic-boom wants it under its 16 KiB maxWrite): each async
// write wakes a thread-pool thread, which on a busy machine costs the turn loop its CPU slice.
/** Bytes of log lines gathered before a write. */
const BUFFER_BYTES = 15_000;
/** The longest a buffered line waits for its write. */
const FLUSH_MS = 250;

// A file is opened here, synchronously and owner-only: sonic-boom would open it in the
// background, and an exit before that finished would drop the first lines.
function descriptor(destination: number | string | undefined): number {
  if (typeof destination === "string") return openSync(destination, "a", 0o600);
  return destination ?? 2;
}

/** The fields of the per-turn line: ids, a kind and a duration, never patient text. */
export interface TurnLine {
  conversation: string;
  kind: string;
  flow: string | undefined;
  ms: number;
}

/**
 * The per-turn info line, written by a child logger without redaction: pino's wildcard
 * redaction cost about 6 us of the 10 us a line took, on every turn, for fields that by their
 * type hold no patient text. Everything else logs through the redacting parent.
 *
 * @example
 * const logTurn = turnLogger(logger);
 * logTurn({ conversation: "telegram:1", kind: "text", flow: "phq9", ms: 0.4 });
 */
export function turnLogger(logger: Logger): (line: TurnLine) => void {
  const plain = logger.child({}, { redact: { paths: [], censor: "[redacted]" } });
  return ({ conversation, kind, flow, ms }) => plain.info({ conversation, kind, flow, ms }, "turn");
}
