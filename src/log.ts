import { openSync, writeSync } from "node:fs";
import pino, { type DestinationStream, type Logger } from "pino";

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
 * Writes are asynchronous (sonic-boom, `sync: false`) and batched: lines gather in a LineBuffer
 * until BUFFER_BYTES are waiting or FLUSH_MS have passed, then go to sonic-boom as one string,
 * so a turn never waits on a write syscall and does not pay for one per line (one write a line
 * was a sixth of a turn's CPU one message at a time). On exit and uncaught exceptions the
 * batch and sonic-boom's own buffer are written synchronously, so no line is lost when the
 * process ends (test/log.test.ts ends a child right after logging). `sync: true` for callers
 * that must see each line on disk at once (no batching).
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
  const destination = pino.destination({ dest: descriptor(options.destination), sync });
  return pino(
    { level: options.level, redact: { paths, censor: "[redacted]" }, base: { app: "lantern" } },
    sync ? destination : new LineBuffer(destination as SonicBoom),
  );
}

/** Characters of log lines gathered before they go to sonic-boom (about 100 per-turn lines). */
const BUFFER_BYTES = 15_000;
/** The longest a batched line waits. */
const FLUSH_MS = 250;

/** sonic-boom, with the two fields its typings leave out. */
type SonicBoom = ReturnType<typeof pino.destination> & {
  readonly destroyed: boolean;
  readonly fd: number;
};

/**
 * Lines gathered in an array and handed to sonic-boom joined. Each async write wakes a
 * thread-pool thread (tens of microseconds on the main thread), so one per line cost a turn
 * dearly; sonic-boom's own minLength buffer appends to one string and measures its byte length
 * after every line, which flattens it: at 15,000 bytes that copied 6.7 KB per 150-byte line.
 */
class LineBuffer implements DestinationStream {
  readonly #out: SonicBoom;
  #lines: string[] = [];
  #chars = 0;
  readonly #timer: ReturnType<typeof setInterval>;

  constructor(out: SonicBoom) {
    this.#out = out;
    this.#timer = setInterval(() => this.#hand(), FLUSH_MS);
    this.#timer.unref();
    batches.add(this);
    if (batches.size === 1) process.on("exit", writeBatchesNow);
  }

  /** Write what is waiting, close the file, and let go of the timer and the exit hook. */
  close(): Promise<void> {
    clearInterval(this.#timer);
    batches.delete(this);
    if (!batches.size) process.off("exit", writeBatchesNow);
    if (this.#out.destroyed) return Promise.resolve();
    this.#hand();
    return new Promise((resolve) => {
      this.#out.once("close", () => resolve());
      this.#out.end();
    });
  }

  write(line: string): boolean {
    this.#lines.push(line);
    this.#chars += line.length;
    if (this.#chars >= BUFFER_BYTES) this.#hand();
    return true;
  }

  /** pino's logger.flush(): hand the batch over and let sonic-boom write it. */
  flush(callback?: (error?: Error) => void): void {
    this.#hand();
    this.#out.flush(callback);
  }

  /** Write everything now, synchronously (process exit): sonic-boom's buffer, then the batch. */
  flushSync(): void {
    if (this.#out.destroyed) return;
    this.#out.flushSync();
    const rest = Buffer.from(this.#take());
    for (let at = 0; at < rest.length; ) {
      try {
        at += writeSync(this.#out.fd, rest, at);
      } catch (error) {
        if ((error as { code?: string }).code !== "EAGAIN") throw error;
      }
    }
  }

  #take(): string {
    const chunk = this.#lines.length === 1 ? (this.#lines[0] as string) : this.#lines.join("");
    this.#lines = [];
    this.#chars = 0;
    return chunk;
  }

  #hand(): void {
    if (this.#lines.length && !this.#out.destroyed) this.#out.write(this.#take());
  }
}

const batches = new Set<LineBuffer>();

/** Loggers whose batches are still open (tests: closeLogger lets each one go). */
export function openLogBatches(): number {
  return batches.size;
}

/**
 * End a logger made by createLogger: its batch is written and its file closed, so a process
 * that makes loggers over and over (benchmarks, tests) keeps no timer or descriptor per logger.
 * Lines logged afterwards are dropped. A `sync` logger's file is closed the same way.
 *
 * @example
 * await closeLogger(logger);
 */
export async function closeLogger(logger: Logger): Promise<void> {
  const stream = (logger as unknown as Record<symbol, unknown>)[pino.symbols.streamSym];
  if (stream instanceof LineBuffer) return stream.close();
  const out = stream as SonicBoom | undefined;
  if (!out || out.destroyed) return;
  await new Promise<void>((resolve) => {
    out.once("close", () => resolve());
    out.end();
  });
}

function writeBatchesNow(): void {
  for (const batch of batches) {
    try {
      batch.flushSync();
    } catch {
      // The process is ending; nothing is left to tell.
    }
  }
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
