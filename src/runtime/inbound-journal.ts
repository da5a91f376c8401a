import {
  chmodSync,
  closeSync,
  existsSync,
  fsyncSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { dirname } from "node:path";
import { z } from "zod";
import { LanternError } from "../errors.ts";
import { type DataKeys, decryptText, encryptText } from "../store/crypto.ts";

/** One line of the journal file (JSON Lines, append-only between compactions). */
const Entry = z.discriminatedUnion("k", [
  z.object({ k: z.literal("in"), id: z.string(), chat: z.string(), p: z.unknown() }),
  z.object({ k: z.literal("done"), id: z.string() }),
  z.object({
    k: z.literal("alert"),
    id: z.string(),
    ref: z.string(),
    p: z.record(z.string(), z.unknown()),
  }),
  z.object({ k: z.literal("sent"), id: z.string() }),
]);
type Entry = z.infer<typeof Entry>;

/** An inbound update kept until it has been handled: `id` is the platform's update id. */
export interface JournalItem {
  id: string;
  chat: string;
  payload: unknown;
}

export interface JournalAlert {
  id: string;
  /** The journal item the alert is about. */
  ref: string;
  payload: Record<string, unknown>;
  sent: boolean;
}

/**
 * A small local durable journal beside the process: every inbound update is written (and
 * fsynced) before the platform is told it was received, and marked done once handled. What is
 * not done after a store outage or a crash is handled later, in order per chat. Alerts raised
 * while the store is down are journaled too, so a restart never sends one twice.
 * The file is 0600 in a 0700 folder; it holds patient text only until it is handled. With a
 * data key (LANTERN_DATA_KEY) every line is AES-256-GCM ciphertext (src/store/crypto.ts).
 */
export class InboundJournal {
  readonly path: string;
  readonly #fd: number;
  /** Insertion order is arrival order. */
  readonly #pending = new Map<string, JournalItem>();
  readonly #alerts = new Map<string, JournalAlert>();
  readonly #keys: DataKeys | undefined;
  #lines = 0;
  #closed = false;

  private constructor(path: string, entries: Entry[], keys: DataKeys | undefined) {
    this.path = path;
    this.#keys = keys;
    for (const entry of entries) this.#apply(entry);
    // Compact on open: only what is still pending survives.
    const kept = this.#snapshot();
    const tmp = `${path}.tmp`;
    writeFileSync(tmp, this.#text(kept), { mode: 0o600 });
    renameSync(tmp, path);
    this.#lines = kept.length;
    this.#fd = openSync(path, "a", 0o600);
    chmodSync(path, 0o600);
  }

  /**
   * Open (or create) the journal file; its folder is made 0700. With `keys`, lines are
   * encrypted; plain lines from before the key was set are still read.
   */
  static open(path: string, options: { keys?: DataKeys | undefined } = {}): InboundJournal {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    const entries: Entry[] = [];
    if (existsSync(path)) {
      for (const line of readFileSync(path, "utf8").split("\n")) {
        if (!line.trim()) continue;
        try {
          const parsed = Entry.safeParse(JSON.parse(decryptText(line, options.keys)));
          if (parsed.success) entries.push(parsed.data);
        } catch (error) {
          // A key we do not have is loud: skipping would lose what the journal kept.
          if (error instanceof LanternError && error.code === "store.data_key_unknown") throw error;
          // Else a torn last line from a crash mid-write: the update was not acknowledged yet.
        }
      }
    }
    return new InboundJournal(path, entries, options.keys);
  }

  #text(entries: Entry[]): string {
    const keys = this.#keys;
    return entries
      .map((e) => `${keys ? encryptText(JSON.stringify(e), keys) : JSON.stringify(e)}\n`)
      .join("");
  }

  #apply(entry: Entry): void {
    if (entry.k === "in")
      this.#pending.set(entry.id, { id: entry.id, chat: entry.chat, payload: entry.p });
    else if (entry.k === "done") this.#pending.delete(entry.id);
    else if (entry.k === "alert")
      this.#alerts.set(entry.id, { id: entry.id, ref: entry.ref, payload: entry.p, sent: false });
    else {
      const alert = this.#alerts.get(entry.id);
      if (alert) alert.sent = true;
    }
  }

  #snapshot(): Entry[] {
    const out: Entry[] = [...this.#pending.values()].map((i) => ({
      k: "in" as const,
      id: i.id,
      chat: i.chat,
      p: i.payload,
    }));
    for (const alert of [...this.#alerts.values()]) {
      // An alert about a handled update that reached its targets is finished with.
      if (alert.sent && !this.#pending.has(alert.ref)) {
        this.#alerts.delete(alert.id);
        continue;
      }
      out.push({ k: "alert", id: alert.id, ref: alert.ref, p: alert.payload });
      if (alert.sent) out.push({ k: "sent", id: alert.id });
    }
    return out;
  }

  #write(entries: Entry[], sync: boolean): void {
    if (!entries.length || this.#closed) return;
    writeSync(this.#fd, this.#text(entries));
    this.#lines += entries.length;
    if (sync) fsyncSync(this.#fd);
  }

  /** Keep updates durably (fsync) before they are acknowledged; ids already kept are skipped. */
  add(items: JournalItem[]): void {
    const fresh = items.filter((i) => !this.#pending.has(i.id));
    for (const item of fresh) this.#pending.set(item.id, item);
    this.#write(
      fresh.map((i) => ({ k: "in", id: i.id, chat: i.chat, p: i.payload })),
      true,
    );
  }

  /** The update was handled (or deliberately answered without a turn). */
  done(id: string): void {
    if (!this.#pending.delete(id)) return;
    // No fsync: a lost "done" only means the update is handled again, and the runtime's
    // dedupe (by message id) drops the repeat.
    this.#write([{ k: "done", id }], false);
    if (!this.#pending.size && this.#lines > 1_000) this.#truncate();
  }

  #truncate(): void {
    const kept = this.#snapshot();
    ftruncateSync(this.#fd, 0);
    this.#lines = 0;
    this.#write(kept, true);
  }

  isPending(id: string): boolean {
    return this.#pending.has(id);
  }

  /** Pending updates in arrival order, optionally for one chat. */
  pending(chat?: string): JournalItem[] {
    const all = [...this.#pending.values()];
    return chat === undefined ? all : all.filter((i) => i.chat === chat);
  }

  get size(): number {
    return this.#pending.size;
  }

  /** Record an alert before sending it; false if this alert id is already journaled. */
  addAlert(id: string, ref: string, payload: Record<string, unknown>): boolean {
    if (this.#alerts.has(id)) return false;
    this.#alerts.set(id, { id, ref, payload, sent: false });
    this.#write([{ k: "alert", id, ref, p: payload }], true);
    return true;
  }

  alertSent(id: string): void {
    const alert = this.#alerts.get(id);
    if (!alert || alert.sent) return;
    alert.sent = true;
    this.#write([{ k: "sent", id }], true);
  }

  alert(id: string): JournalAlert | undefined {
    return this.#alerts.get(id);
  }

  /** Alerts journaled but not yet delivered (their targets failed, or the process stopped). */
  unsentAlerts(): JournalAlert[] {
    return [...this.#alerts.values()].filter((a) => !a.sent);
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    closeSync(this.#fd);
  }
}
