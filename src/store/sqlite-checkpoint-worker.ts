// The checkpoint worker (see sqlite-checkpointer.ts): its own connection to the same file, on a
// thread of its own, so a checkpoint's fsync never stalls the turns on the main thread.
// Messages in: "checkpoint" | "close". Out: { busy, log, checkpointed } | { error }.
import { setPriority } from "node:os";
import { DatabaseSync } from "node:sqlite";
import { parentPort, workerData } from "node:worker_threads";
import { LanternError } from "../errors.ts";

const port = parentPort;
if (!port)
  throw new LanternError(
    "store.unsupported",
    "sqlite-checkpoint-worker.ts runs as a worker thread",
  );

// Lowest priority for this thread alone (Linux nice is per thread): turns come first.
try {
  setPriority(19);
} catch {
  // Not permitted here: the checkpoint still runs, at normal priority.
}
const db = new DatabaseSync((workerData as { file: string }).file);
db.exec("PRAGMA busy_timeout = 5000");
// A PASSIVE checkpoint copies what it can and never blocks the main connection's writes.
const checkpoint = db.prepare("PRAGMA wal_checkpoint(PASSIVE)");

port.on("message", (message: unknown) => {
  if (message === "close") {
    db.close();
    port.close();
    return;
  }
  try {
    const { busy, log, checkpointed } = checkpoint.get() as Record<string, number>;
    port.postMessage({ busy, log, checkpointed });
  } catch (error) {
    port.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
