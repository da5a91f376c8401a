import { createHash } from "node:crypto";
import pg, { type QueryResult } from "pg";
import { storeUnavailable } from "./errors.ts";

// A few long-lived PostgreSQL connections in pipeline mode, shared by every conversation lock
// of a process. Many turns run at once, each one query at a time; on one connection their
// queries go out together (one socket write per event-loop turn, not one per query: writes were
// half of a turn's CPU) and PostgreSQL answers them in order. Only work that never waits on the
// server runs here: a lock is tried (pg_try_advisory_lock), never waited for (postgres-lock.ts
// waits on a pooled connection of its own instead), so one busy lock cannot stall the others.

export type Query = (sql: string, values?: unknown[]) => Promise<QueryResult>;

/** A pipe's connection for one session, and the call that gives its place back. */
export interface PipeSession {
  query: Query;
  done(): void;
}

export class PgPipes {
  readonly #url: string;
  /**
   * Sessions admitted per connection; the others wait in memory, in arrival order, those
   * asking `first` (deliveries of turns already saved) before the others (new turns).
   */
  readonly #perPipe: number;
  readonly #admitted: number[];
  readonly #waiting: (() => void)[][];
  readonly #waitingFirst: (() => void)[][];
  readonly #slots: (Promise<pg.Client> | undefined)[];
  readonly #clients: (pg.Client | undefined)[];
  readonly #queryTimeoutMs: number;
  #ended = false;

  constructor(
    url: string,
    options: {
      size?: number | undefined;
      perPipe?: number | undefined;
      queryTimeoutMs?: number;
    } = {},
  ) {
    this.#url = url;
    const size = Math.max(1, options.size ?? 4);
    this.#slots = new Array(size).fill(undefined);
    this.#clients = new Array(size).fill(undefined);
    this.#admitted = new Array(size).fill(0);
    this.#waiting = Array.from({ length: size }, () => []);
    this.#waitingFirst = Array.from({ length: size }, () => []);
    this.#perPipe = Math.max(1, options.perPipe ?? 32);
    this.#queryTimeoutMs = options.queryTimeoutMs ?? 10_000;
  }

  /**
   * A session on the conversation's connection, once one of its places is free: so that under
   * overload turns wait here, where giving up after `waitMs` is harmless (nothing was done
   * yet), instead of queueing on the server, where a timeout ends every session on the
   * connection. `admit: false` skips the wait (a lock taken inside another's work); `first`
   * goes ahead of the sessions waiting without it.
   */
  async session(
    key: string,
    options: { admit?: boolean; waitMs?: number; first?: boolean } = {},
  ): Promise<PipeSession> {
    const slot = hash(key) % this.#slots.length;
    if (options.admit !== false)
      await this.#admit(slot, options.waitMs ?? 10_000, options.first === true);
    else this.#admitted[slot] = (this.#admitted[slot] ?? 0) + 1;
    let done = false;
    const leave = () => {
      if (done) return;
      done = true;
      const next = this.#waitingFirst[slot]?.shift() ?? this.#waiting[slot]?.shift();
      if (next)
        next(); // the place passes straight to the next in line
      else this.#admitted[slot] = (this.#admitted[slot] ?? 1) - 1;
    };
    try {
      return { query: await this.for(key), done: leave };
    } catch (error) {
      leave();
      throw error;
    }
  }

  async #admit(slot: number, waitMs: number, first: boolean): Promise<void> {
    if ((this.#admitted[slot] ?? 0) < this.#perPipe) {
      this.#admitted[slot] = (this.#admitted[slot] ?? 0) + 1;
      return;
    }
    const queue = (first ? this.#waitingFirst : this.#waiting)[slot] as (() => void)[];
    await new Promise<void>((resolve, reject) => {
      const entry = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        const at = queue.indexOf(entry);
        if (at !== -1) queue.splice(at, 1);
        reject(storeUnavailable("postgres", new Error(`no free connection after ${waitMs} ms`)));
      }, waitMs);
      queue.push(entry);
    });
  }

  /**
   * The connection for a conversation (always the same one while it lives, so a lock released
   * on it is released before the next try on it), as a query function bound to that client.
   */
  async for(key: string): Promise<Query> {
    if (this.#ended) throw storeUnavailable("postgres", new Error("the store is closed"));
    const slot = hash(key) % this.#slots.length;
    let connecting = this.#slots[slot];
    if (!connecting) {
      connecting = this.#connect(slot);
      this.#slots[slot] = connecting;
    }
    let client: pg.Client;
    try {
      client = await connecting;
    } catch (cause) {
      if (this.#slots[slot] === connecting) this.#slots[slot] = undefined;
      throw storeUnavailable("postgres", cause);
    }
    return (sql, values) => {
      corkUntilNextTurn(client);
      // Prepared once per connection: the server parses and plans each statement once.
      return client.query({ name: statementName(sql), text: sql, values: values ?? [] });
    };
  }

  async #connect(slot: number): Promise<pg.Client> {
    const client = new pg.Client({
      connectionString: this.#url,
      pipeline: true,
      connectionTimeoutMillis: 10_000,
      keepAlive: true,
      // The server ends a statement that runs too long (an error for that one query). A
      // client-side timeout would have to drop the connection, and every session's lock with
      // it, while their work goes on.
      options: `-c statement_timeout=${Math.round(this.#queryTimeoutMs)}`,
    } as pg.ClientConfig);
    // A lost connection takes its sessions' locks with it; the next turn opens a new one.
    const drop = () => {
      if (this.#clients[slot] !== client) return;
      this.#clients[slot] = undefined;
      this.#slots[slot] = undefined;
    };
    client.on("error", drop);
    client.on("end", drop);
    await client.connect();
    this.#clients[slot] = client;
    return client;
  }

  async end(): Promise<void> {
    this.#ended = true;
    const slots = this.#slots.splice(0);
    this.#clients.fill(undefined);
    await Promise.all(
      slots.map((slot) => slot?.then((client) => client.end()).catch(() => undefined)),
    );
  }
}

const names = new Map<string, string>();

/** A prepared statement's name for an SQL text (the few texts a turn uses). */
function statementName(sql: string): string {
  let name = names.get(sql);
  if (name === undefined) {
    name = `lantern_${createHash("sha256").update(sql).digest("hex").slice(0, 20)}`;
    if (names.size < 1_000) names.set(sql, name);
  }
  return name;
}

const corked = new Set<unknown>();

/** Hold the client's writes until the event loop's next check phase, then send them at once. */
function corkUntilNextTurn(client: pg.Client): void {
  const stream = (client as unknown as { connection?: { stream?: NodeJS.WritableStream } })
    .connection?.stream as (NodeJS.WritableStream & { cork?(): void; uncork?(): void }) | undefined;
  if (!stream?.cork || !stream.uncork || corked.has(stream)) return;
  stream.cork();
  corked.add(stream);
  setImmediate(() => {
    corked.delete(stream);
    stream.uncork?.();
  });
}

function hash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
