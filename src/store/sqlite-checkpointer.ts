import { Worker } from "node:worker_threads";

// The worker's code is src/store/sqlite-checkpoint-worker.ts (Node strips its types itself).
const WORKER_URL = new URL("./sqlite-checkpoint-worker.ts", import.meta.url);

/**
 * Under constant writes the log is never wholly copied when a write begins, so SQLite never
 * starts it over and the file grows. Past this many frames (~40 MB) the main connection copies
 * the few frames left itself (a few ms), and the next write restarts the log.
 */
const RESTART_AFTER_FRAMES = 10_000;

export interface CheckpointResult {
  /** Frames in the write-ahead log, and how many of them are now in the database file. */
  log: number;
  checkpointed: number;
}

/**
 * Copies SQLite's write-ahead log into the database file from a worker thread. A checkpoint
 * fsyncs and takes ~10 ms; on the main thread every turn in flight would wait behind it.
 * `onMain` checkpoints on the main connection: when the worker cannot run, and to let a log
 * that constant writes kept from restarting start over (see RESTART_AFTER_FRAMES).
 */
export class SqliteCheckpointer {
  readonly #file: string;
  readonly #onMain: () => void;
  #worker: Worker | undefined;
  #exited: Promise<void> = Promise.resolve();
  #busy = false;
  #failed = false;
  #closed = false;
  #last: CheckpointResult | undefined;

  constructor(file: string, onMain: () => void) {
    this.#file = file;
    this.#onMain = onMain;
  }

  /** Ask for a checkpoint; ignored while one is running. */
  request(): void {
    if (this.#closed) return;
    if (this.#failed) {
      this.#finish();
      return;
    }
    if (this.#busy) return;
    this.#busy = true;
    try {
      this.#worker ??= this.#start();
      this.#worker.postMessage("checkpoint");
    } catch {
      this.#fail();
    }
  }

  /** The last checkpoint's outcome (for tests and diagnostics). */
  get last(): CheckpointResult | undefined {
    return this.#last;
  }

  #start(): Worker {
    const worker = new Worker(WORKER_URL, { workerData: { file: this.#file } });
    worker.unref();
    this.#exited = new Promise((resolve) => worker.once("exit", () => resolve()));
    worker.on("message", (message: CheckpointResult | { error: string }) => {
      this.#busy = false;
      if ("error" in message) {
        this.#fail();
        return;
      }
      this.#last = message;
      if (message.log >= RESTART_AFTER_FRAMES) this.#finish();
    });
    worker.on("error", () => this.#fail());
    return worker;
  }

  #fail(): void {
    this.#busy = false;
    this.#failed = true;
    this.#worker?.terminate().catch(() => {});
    this.#worker = undefined;
    this.#finish();
  }

  #finish(): void {
    try {
      this.#onMain();
    } catch {
      // Busy or closed: the next round tries again; the log only grows meanwhile.
    }
  }

  /** Close the worker's connection before the main one, so the last close can tidy the log. */
  async close(): Promise<void> {
    this.#closed = true;
    const worker = this.#worker;
    if (!worker) return;
    this.#worker = undefined;
    worker.ref(); // keep the process alive until the worker's connection is closed
    worker.postMessage("close");
    await this.#exited;
  }
}
