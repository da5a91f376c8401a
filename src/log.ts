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
 * Writes are asynchronous (sonic-boom, `sync: false`): a turn never waits on a write syscall,
 * and lines written while one write is in flight go out together. pino flushes the buffer
 * synchronously on exit, uncaught exceptions and the stop signals, so no line is lost when
 * the process ends (test/log.test.ts kills a child right after logging). `sync: true` for
 * callers that must see each line on disk at once.
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
  return pino(
    { level: options.level, redact: { paths, censor: "[redacted]" }, base: { app: "lantern" } },
    pino.destination({
      dest: descriptor(options.destination),
      sync: options.sync ?? false,
      minLength: 0,
    }),
  );
}

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
