import { createHmac } from "node:crypto";
import type { ConversationState } from "../engine/state.ts";
import { Alert, type RaisedAlertInput, toRaisedAlert } from "../safety/alert.ts";
import type { RiskLevel } from "../safety/types.ts";
import { foreignLanguage, marked, writesIn } from "./alert-language.ts";
import { DECLINED_FLAG, sharingDeclined } from "./consent.ts";

// What the care team receives. Built once from the engine's raw outbox payload and stored, so
// every target (and every retry) gets the same alert. Never carries the platform user id; it
// names the patient (label, record id) only as far as the clinic's `alerts.identify` allows.

/** How much patient text an alert carries (LANTERN_ALERT_EXCERPT). */
export const EXCERPT_MODES = ["full", "redacted", "none"] as const;
export type ExcerptMode = (typeof EXCERPT_MODES)[number];

export const MASK = "…";

export { Alert } from "../safety/alert.ts";

/** "P-" and six hex digits of HMAC-SHA256(salt, conversation id): stable, not reversible. */
export function pseudonym(conversationId: string, salt: string): string {
  const hex = createHmac("sha256", salt).update(conversationId).digest("hex");
  return `P-${hex.slice(0, 6).toUpperCase()}`;
}

/** The alert id for an engine outbox id (which embeds the platform user id, so it is hashed). */
export function alertId(sourceId: string, salt: string): string {
  const hex = createHmac("sha256", salt).update(`alert:${sourceId}`).digest("hex");
  return `A-${hex.slice(0, 12).toUpperCase()}`;
}

/**
 * Mask patient text: `full` keeps it, `none` drops it, `redacted` keeps only the matched
 * evidence words (case-insensitive, whole occurrences) and replaces everything else with "…".
 */
export function redact(text: string, evidence: readonly string[], mode: ExcerptMode): string {
  if (mode === "full") return text;
  if (mode === "none") return "";
  const words = evidence.map((e) => e.trim()).filter(Boolean);
  if (!words.length) return MASK;
  const pattern = new RegExp(
    words
      .sort((a, b) => b.length - a.length)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join("|"),
    "gi",
  );
  const kept: string[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last && text.slice(last, match.index).trim()) kept.push(MASK);
    kept.push(match[0]);
    last = match.index + match[0].length;
  }
  if (text.slice(last).trim() || !kept.length) kept.push(MASK);
  return kept.join(" ");
}

export interface BuildAlertOptions {
  salt: string;
  /** LANTERN_ALERT_EXCERPT: the headline excerpt ("What they wrote"). */
  excerpt: ExcerptMode;
  now: Date;
  /** The conversation, for recent context; absent when it is gone (deleted). */
  state?: ConversationState | undefined;
  /** How many recent messages (both sides) to include; default 10. */
  contextSize?: number;
  /** The patient's words in the context (`alerts.quote`); default the excerpt mode. */
  quote?: ExcerptMode;
  /** The clinic's record of the patient, already cut to what `alerts.identify` allows. */
  subject?: { name?: string; record?: string; clinicians?: string[] } | undefined;
  /** The language alerts are written in; default English. */
  clinicLanguage?: string;
}

/**
 * The last `size` entries of the conversation, oldest first: each patient message is one entry
 * (masked per `quote`), and Lantern's consecutive messages of one reply are one entry, so a
 * ten-message crisis reply does not push the patient's words out of the window.
 */
function recentTurns(
  history: ConversationState["history"],
  size: number,
  evidence: string[],
  quote: ExcerptMode,
): Alert["context"] {
  const turns: Alert["context"] = [];
  for (const m of history) {
    const last = turns.at(-1);
    if (m.from === "bot" && last?.from === "bot") last.text = `${last.text}\n\n${m.text}`;
    else if (m.from === "bot") turns.push({ ...m });
    else {
      const text = redact(m.text, evidence, quote);
      if (text) turns.push({ ...m, text });
    }
  }
  return turns.slice(-size);
}

/**
 * Turn the engine's alert (`RaisedAlert`: level, categories, flags, evidence, text? …) into the
 * care team's `Alert`. Read fail safe (`toRaisedAlert`): an unknown level counts as high.
 */
export function buildAlert(input: RaisedAlertInput, options: BuildAlertOptions): Alert {
  const raw = toRaisedAlert(input);
  const conversation =
    raw.conversation === "unknown" && options.state ? options.state.id : raw.conversation;
  const flags = [...raw.flags];
  let level: RiskLevel = raw.level;
  if (level === "none") level = "concern";
  const categories = raw.categories;
  const evidence = raw.evidence.map((e) => e.excerpt);
  const history = options.state?.history ?? [];
  const lastPatient = history.findLast((m) => m.from === "patient")?.text;
  const text = raw.text ?? lastPatient;
  // Lantern's own words are never masked (they were: every bot line became "…"); the patient's
  // follow `alerts.quote`. LANTERN_ALERT_EXCERPT=none still means no conversation at all. The
  // old window was six raw entries: after one crisis reply, all of them bot lines.
  const quote = options.quote ?? options.excerpt;
  // Limited mode: only the risk message (the excerpt), no conversation, and a plain flag for it.
  const declined = sharingDeclined(options.state);
  if (declined) flags.push(DECLINED_FLAG);
  const size = options.excerpt === "none" || declined ? 0 : (options.contextSize ?? 10);
  // A patient writing in another language: said in the flags, their quoted words marked.
  const language = foreignLanguage(options.state, options.clinicLanguage);
  if (language) flags.push(writesIn(language));
  const context = (size ? recentTurns(history, size, evidence, quote) : []).map((m) => ({
    ...m,
    text: marked(m.text, language),
  }));
  const at = raw.at !== undefined && !Number.isNaN(Date.parse(raw.at)) ? raw.at : undefined;
  return Alert.parse({
    id: alertId(raw.id, options.salt),
    patient: pseudonym(conversation, options.salt),
    level,
    categories,
    at: new Date(at ?? options.now).toISOString(),
    reason: raw.reason ?? "risk_guard",
    ...(options.excerpt !== "none" && text !== undefined
      ? { excerpt: marked(redact(text, evidence, options.excerpt), language) }
      : {}),
    ...(language ? { language: language.code } : {}),
    context,
    flags,
    ...(options.subject &&
    (options.subject.name || options.subject.record || options.subject.clinicians?.length)
      ? { subject: options.subject }
      : {}),
    ...(options.state ? { channel: options.state.channel } : {}),
    ...(options.state?.lastInboundAt ? { lastContactAt: options.state.lastInboundAt } : {}),
  });
}
