import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Clock } from "../engine/types.ts";
import { systemClock } from "../engine/types.ts";
import { LanternError } from "../errors.ts";
import type { Store } from "../store/store.ts";
import { AuditLog } from "./audit.ts";

// Clinician notes on a patient (`/lantern note <patient> <text>`): the care team's own words,
// shown in the brief and in the patient's export. The audit record names the note, author and
// patient and never holds the text.

export const MAX_NOTE = 2000;
/** Notes kept per patient; the oldest go first. */
export const NOTES_KEPT = 500;

export const Note = z.object({
  id: z.string(),
  at: z.string(),
  by: z.string(),
  text: z.string().min(1).max(MAX_NOTE),
});
export type Note = z.infer<typeof Note>;

/** The store key of one patient's notes. */
export function notesKey(patientId: string): string {
  return `notes:${patientId}`;
}

/** Clinician notes per patient, in the store. */
export class Notes {
  readonly #store: Store;
  readonly #clock: Clock;

  constructor(store: Store, clock: Clock = systemClock) {
    this.#store = store;
    this.#clock = clock;
  }

  /** Every note, oldest first; a malformed entry is skipped. */
  async list(patientId: string): Promise<Note[]> {
    const raw = await this.#store.get<unknown[]>(notesKey(patientId));
    return (Array.isArray(raw) ? raw : []).flatMap((n) => {
      const parsed = Note.safeParse(n);
      return parsed.success ? [parsed.data] : [];
    });
  }

  /**
   * Add a note by `by` (e.g. "slack:U123").
   *
   * @throws LanternError "note.invalid" when the text is empty or longer than MAX_NOTE.
   */
  async add(patientId: string, by: string, text: string): Promise<Note> {
    const clean = text.trim();
    if (!clean || clean.length > MAX_NOTE)
      throw new LanternError(
        "note.invalid",
        clean ? `a note is at most ${MAX_NOTE} characters` : "a note needs some text",
      );
    const note: Note = {
      id: `note_${randomUUID().slice(0, 8)}`,
      at: this.#clock.now().toISOString(),
      by,
      text: clean,
    };
    const notes = [...(await this.list(patientId)), note].slice(-NOTES_KEPT);
    await this.#store.set(notesKey(patientId), notes);
    await new AuditLog(this.#store, this.#clock).append({
      event: "note.added",
      patient: patientId,
      note: note.id,
      by,
      length: clean.length,
    });
    return note;
  }

  /** Forget a patient's notes (data deletion). */
  async forget(patientId: string): Promise<void> {
    await this.#store.keyv.delete(notesKey(patientId));
  }
}

/** The brief's notes section: newest first, up to `max`. */
export function noteLines(
  notes: readonly Note[],
  max = 5,
  name: (by: string) => string = (b) => b,
): string[] {
  const lines = [...notes]
    .reverse()
    .slice(0, max)
    .map(
      (n) =>
        `- ${n.at.slice(0, 10)} ${n.at.slice(11, 16)} ${name(n.by)}: "${n.text.replace(/\s+/g, " ")}"`,
    );
  if (notes.length > max) lines.push(`- and ${notes.length - max} earlier notes`);
  return lines;
}
