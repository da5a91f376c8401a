import { z } from "zod";
import type { LlmClient } from "./client.ts";
import { adviceSentences } from "./output-checks.ts";

// Clinician summaries for the pre-session brief. The model writes the summary; every quote it
// offers is checked word for word against the entries and dropped if it is not there, and the
// text is marked as generated so nobody mistakes it for the record.

/** The first line of every generated summary. */
export const GENERATED_MARK = "Generated summary — check against the entries";

/** How many of the newest entries of each kind are sent. */
export const MAX_ENTRIES = 12;

/** One saved entry in user.journal or user.checkins (see src/care/actions.ts saveEntry). */
const Entry = z.looseObject({
  at: z.string(),
  flow: z.string().optional(),
  vars: z.record(z.string(), z.unknown()).default({}),
});
type Entry = z.infer<typeof Entry>;

export const BriefSummary = z.object({
  summary: z.string().min(1).max(1500),
  themes: z.array(z.string().max(80)).max(6),
  quotes: z.array(z.object({ at: z.string(), quote: z.string().min(1).max(300) })).max(8),
});

export interface GeneratedSummary {
  /** Markdown for the brief, starting with GENERATED_MARK. */
  text: string;
  summary: string;
  themes: string[];
  /** Quotes found word for word in the entry they name. */
  quotes: { at: string; kind: "journal" | "checkin"; quote: string }[];
  /** Quotes the model offered that were not in the entries (dropped). */
  droppedQuotes: number;
  entries: { journal: number; checkins: number };
}

function entries(list: unknown): Entry[] {
  if (!Array.isArray(list)) return [];
  return list
    .map((item) => Entry.safeParse(item))
    .flatMap((r) => (r.success ? [r.data] : []))
    .slice(-MAX_ENTRIES);
}

/** Only plain values: what the patient answered, not engine bookkeeping. */
function answers(entry: Entry): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(entry.vars)) {
    if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") out[k] = v;
  }
  return out;
}

const squash = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\s"“”'‘’]+/g, " ")
    .trim();

function verbatim(entry: Entry, quote: string): boolean {
  const q = squash(quote).replace(/^\.+|\.+$/g, "");
  if (q.length < 3) return false;
  return Object.values(answers(entry)).some((v) => typeof v === "string" && squash(v).includes(q));
}

export interface Summariser {
  /**
   * Summarise state.user.journal and state.user.checkins. Null when there is nothing to
   * summarise, on timeout or error, or when the summary reads as dosing or medication advice.
   */
  summarise(
    user: { journal?: unknown; checkins?: unknown },
    signal?: AbortSignal,
  ): Promise<GeneratedSummary | null>;
}

/** The clinician summary feature over `client`; needs LANTERN_LLM_SEND_PATIENT_TEXT. */
export function createSummariser(client: LlmClient): Summariser {
  return {
    async summarise(user, signal) {
      const journal = entries(user.journal);
      const checkins = entries(user.checkins);
      if (!journal.length && !checkins.length) return null;
      const data = {
        journal: journal.map((e) => ({ at: e.at, answers: answers(e) })),
        checkins: checkins.map((e) => ({ at: e.at, answers: answers(e) })),
      };
      let result: z.infer<typeof BriefSummary>;
      try {
        result = await client.structured("summarise-brief", BriefSummary, {}, data, signal);
      } catch {
        return null;
      }
      if (adviceSentences(result.summary).length) return null;
      const quotes: GeneratedSummary["quotes"] = [];
      let dropped = 0;
      for (const { at, quote } of result.quotes) {
        const j = journal.find((e) => e.at === at && verbatim(e, quote));
        const c = checkins.find((e) => e.at === at && verbatim(e, quote));
        if (j || c) quotes.push({ at, kind: j ? "journal" : "checkin", quote: quote.trim() });
        else dropped += 1;
      }
      const lines = [
        `**${GENERATED_MARK}** (${journal.length} journal entries, ${checkins.length} check-ins; model ${client.config.model})`,
        "",
        result.summary.trim(),
      ];
      if (result.themes.length) lines.push("", `Themes: ${result.themes.join("; ")}`);
      if (quotes.length) {
        lines.push("", "In the patient's own words:");
        for (const q of quotes) lines.push(`- "${q.quote}" (${q.kind}, ${q.at})`);
      }
      if (dropped)
        lines.push("", `(${dropped} suggested quote(s) left out: not found in the entries.)`);
      return {
        text: lines.join("\n"),
        summary: result.summary.trim(),
        themes: result.themes,
        quotes,
        droppedQuotes: dropped,
        entries: { journal: journal.length, checkins: checkins.length },
      };
    },
  };
}
