import { EventEmitter } from "node:events";
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from "node:fs";
import { dirname } from "node:path";
import { DatabaseSync, type StatementSync } from "node:sqlite";
import type { KeyvStoreAdapter, StoredData } from "keyv";
import { storeUnavailable } from "./shared/errors.ts";
import { SqliteCheckpointer } from "./sqlite-checkpointer.ts";

/**
 * Rows written between checkpoints (SQLite's own default is 1,000 log pages). A checkpoint copies
 * each changed page once however often it changed, so fewer, larger ones cost less in all.
 */
const CHECKPOINT_AFTER_ROWS = 4000;

/**
 * A keyv store on Node's built-in SQLite (node:sqlite): an embedded file, no native build step.
 * (@keyv/sqlite needs the sqlite3 addon, which must be compiled for each Node version.)
 */
export class KeyvNodeSqlite extends EventEmitter implements KeyvStoreAdapter {
  opts: { url: string; file: string };
  namespace?: string | undefined;
  readonly #db: DatabaseSync;
  readonly #get: StatementSync;
  readonly #set: StatementSync;
  readonly #delete: StatementSync;
  /** Writes waiting for the next group commit, by key (reads see them at once). */
  #pending = new Map<string, string>();
  #waiters: { resolve: (ok: boolean) => void; reject: (error: unknown) => void }[] = [];
  readonly #checkpointer: SqliteCheckpointer | undefined;
  #rowsSinceCheckpoint = 0;

  /** `file` is a path or ":memory:". */
  constructor(file: string) {
    super();
    this.opts = { url: `sqlite://${file}`, file };
    if (file !== ":memory:") prepareFiles(file);
    this.#db = new DatabaseSync(file);
    // WAL lets readers run while a write commits; NORMAL sync is durable across process crashes.
    // A 64 MiB page cache (SQLite's default is 2 MiB) keeps a clinic's conversations in memory:
    // past the default, every write first read its page back through the OS.
    this.#db.exec(
      "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;" +
        // Deleted records are overwritten with zeros, not left in free pages (data deletion).
        "PRAGMA cache_size = -65536; PRAGMA secure_delete = ON;" +
        "CREATE TABLE IF NOT EXISTS keyv (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    );
    if (file !== ":memory:") {
      // Checkpoints run on a worker thread (see SqliteCheckpointer), never inside a commit.
      this.#db.exec("PRAGMA wal_autocheckpoint = 0");
      this.#checkpointer = new SqliteCheckpointer(file, () => {
        if (this.#db.isOpen) this.#db.exec("PRAGMA wal_checkpoint(PASSIVE)");
      });
    }
    this.#get = this.#db.prepare("SELECT value FROM keyv WHERE key = ?");
    this.#set = this.#db.prepare(
      "INSERT INTO keyv (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
    );
    this.#delete = this.#db.prepare("DELETE FROM keyv WHERE key = ?");
  }

  async get<Value>(key: string): Promise<StoredData<Value> | undefined> {
    const pending = this.#pending.get(key);
    if (pending !== undefined) return pending as StoredData<Value>;
    const row = guarded(() => this.#get.get(key)) as { value: string } | undefined;
    return row?.value as StoredData<Value> | undefined;
  }

  async getMany<Value>(keys: string[]): Promise<Array<StoredData<Value | undefined>>> {
    return Promise.all(keys.map((key) => this.get<Value>(key)));
  }

  /**
   * Group commit: writes made in the same tick share one transaction, so many patients'
   * turns cost one commit. The promise resolves only once the write is committed.
   */
  set(key: string, value: unknown): Promise<boolean> {
    this.#pending.set(key, String(value));
    return new Promise((resolve, reject) => {
      this.#waiters.push({ resolve, reject });
      if (this.#waiters.length === 1) setImmediate(() => this.#flush());
    });
  }

  #flush(): void {
    const writes = this.#pending;
    const waiters = this.#waiters;
    this.#pending = new Map();
    this.#waiters = [];
    if (!waiters.length) return;
    try {
      this.#db.exec("BEGIN");
      for (const [key, value] of writes) this.#set.run(key, value);
      this.#db.exec("COMMIT");
    } catch (error) {
      if (this.#db.isTransaction) this.#db.exec("ROLLBACK");
      const failure = sqliteFailure(error);
      for (const waiter of waiters) waiter.reject(failure);
      return;
    }
    for (const waiter of waiters) waiter.resolve(true);
    this.#wrote(writes.size);
  }

  #wrote(rows: number): void {
    this.#rowsSinceCheckpoint += rows;
    if (this.#rowsSinceCheckpoint < CHECKPOINT_AFTER_ROWS) return;
    this.#rowsSinceCheckpoint = 0;
    this.#checkpointer?.request();
  }

  /** The checkpointer, for tests. */
  get checkpointer(): SqliteCheckpointer | undefined {
    return this.#checkpointer;
  }

  async delete(key: string): Promise<boolean> {
    this.#flush();
    const deleted = guarded(() => this.#delete.run(key).changes > 0);
    this.#wrote(1);
    return deleted;
  }

  async deleteMany(keys: string[]): Promise<boolean> {
    let any = false;
    for (const key of keys) any = (await this.delete(key)) || any;
    return any;
  }

  /**
   * After a deletion: rebuild the file without free pages (VACUUM) and empty the write-ahead
   * log (checkpoint TRUNCATE), so no deleted text survives in the database or -wal file.
   */
  async scrub(): Promise<void> {
    this.#flush();
    if (!this.#db.isOpen) return;
    this.#db.exec("VACUUM");
    this.#db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    this.#rowsSinceCheckpoint = 0;
  }

  async has(key: string): Promise<boolean> {
    return this.#pending.has(key) || guarded(() => this.#get.get(key)) !== undefined;
  }

  async clear(): Promise<void> {
    this.#flush();
    if (this.namespace)
      this.#db.prepare("DELETE FROM keyv WHERE key LIKE ?").run(`${this.namespace}:%`);
    else this.#db.exec("DELETE FROM keyv");
  }

  async *iterator<Value>(
    namespace?: string,
  ): AsyncGenerator<Array<string | Awaited<Value> | undefined>, void> {
    this.#flush();
    const prefix = `${namespace ?? this.namespace ?? ""}:`;
    const rows = this.#db
      .prepare("SELECT key, value FROM keyv WHERE key >= ? AND key < ? ORDER BY key")
      .iterate(prefix, `${prefix}\uffff`) as Iterable<{ key: string; value: string }>;
    for (const row of rows) yield [row.key, row.value as Awaited<Value>];
  }

  async disconnect(): Promise<void> {
    this.#flush();
    await this.#checkpointer?.close();
    if (this.#db.isOpen) this.#db.close();
  }
}

// SQLite primary result codes meaning the file cannot be used now (busy or locked by another
// process, read-only, out of memory or disk, I/O error, cannot open, corrupt): the same
// store.unavailable a stopped Redis gives, so the runtime answers with the store-down notice
// and the adapters keep the update in their journal. Other errors (a bug, a constraint) pass.
const UNAVAILABLE_CODES = new Set([5, 6, 7, 8, 10, 11, 13, 14, 15, 26]);

/** A node:sqlite error as store.unavailable when it is an outage; anything else unchanged. */
export function sqliteFailure(error: unknown): unknown {
  const { code, errcode } = (error ?? {}) as { code?: unknown; errcode?: unknown };
  if (
    code === "ERR_SQLITE_ERROR" &&
    typeof errcode === "number" &&
    UNAVAILABLE_CODES.has(errcode & 0xff)
  )
    return storeUnavailable("sqlite", error);
  return error;
}

function guarded<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw sqliteFailure(error);
  }
}

/**
 * Patient data stays with the account that runs Lantern: a folder this creates is 0700, and the
 * database file is 0600 before SQLite opens it (SQLite gives its -wal, -shm and journal files the
 * database file's mode). Files an older version left wider are narrowed.
 */
function prepareFiles(file: string): void {
  const dir = dirname(file);
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true, mode: 0o700 });
  closeSync(openSync(file, "a", 0o600));
  for (const path of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`])
    if (existsSync(path)) chmodSync(path, 0o600);
}
