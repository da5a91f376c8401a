import { createHmac } from "node:crypto";
import { z } from "zod";
import type { ConversationState } from "../engine/state.ts";
import { RISK_CATEGORIES, RISK_LEVELS, type RiskLevel } from "../safety/types.ts";
import { foreignLanguage, marked, writesIn } from "./alert-language.ts";
import { DECLINED_FLAG, sharingDeclined } from "./consent.ts";

// What the care team receives. Built once from the engine's raw outbox payload and stored, so
// every target (and every retry) gets the same alert. Never carries the platform user id; it
// names the patient (label, record id) only as far as the clinic's `alerts.identify` allows.

/** How much patient text an alert carries (LANTERN_ALERT_EXCERPT). */
export const EXCERPT_MODES = ["full", "redacted", "none"] as const;
export type ExcerptMode = (typeof EXCERPT_MODES)[number];

export const MASK = "…";

const ContextMessage = z.object({
  at: z.string(),
  from: z.enum(["patient", "bot"]),
  text: z.string(),
  risk: z.enum(RISK_LEVELS).optional(),
});

/** A care-team alert: pseudonymous, with as much patient text as LANTERN_ALERT_EXCERPT allows. */
export const Alert = z.object({
  /** Stable, opaque: derived from the outbox item id, so a redelivery has the same id. */
  id: z.string().regex(/^A-[0-9A-F]{12}$/),
  /** Pseudonym of the patient ("P-3F9A2C"): the care team maps it back in their own records. */
  patient: z.string().regex(/^P-[0-9A-F]{6}$/),
  level: z.enum(RISK_LEVELS),
  categories: z.array(z.enum(RISK_CATEGORIES)),
  at: z.iso.datetime(),
  /** Why: "risk_guard", "cssrs", "crisis_request" … */
  reason: z.string(),
  excerpt: z.string().optional(),
  context: z.array(ContextMessage),
  /** The patient's language when it is not the clinic's ("es"); the quotes are marked with it. */
  language: z.string().optional(),
  flags: z.array(z.string()),
  /** Who the patient is, as far as `alerts.identify` allows: display name and clinic record id. */
  subject: z
    .object({
      name: z.string().optional(),
      record: z.string().optional(),
      /** The patient's assigned clinicians (src/care/caseload.ts): member ids to mention. */
      clinicians: z.array(z.string()).optional(),
    })
    .optional(),
  /** The conversation's channel ("telegram", "teams") and when the patient last wrote. */
  channel: z.string().optional(),
  lastContactAt: z.string().optional(),
});
export type Alert = z.infer<typeof Alert>;

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

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

/** The matched words the risk guard reported: `evidence: [{excerpt}]` or `evidence: ["..."]`. */
function evidenceWords(raw: Record<string, unknown>): string[] {
  if (!Array.isArray(raw.evidence)) return [];
  return raw.evidence.flatMap((e) =>
    typeof e === "string"
      ? [e]
      : e && typeof e === "object" && typeof (e as { excerpt?: unknown }).excerpt === "string"
        ? [(e as { excerpt: string }).excerpt]
        : [],
  );
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
 * Turn the engine's raw alert payload ({id, conversation, level, categories, flags, evidence,
 * text?}) into the care team's `Alert`. An unknown level is treated as high (fail safe).
 */
export function buildAlert(raw: Record<string, unknown>, options: BuildAlertOptions): Alert {
  const conversation = String(raw.conversation ?? options.state?.id ?? "unknown");
  const flags = strings(raw.flags);
  const parsedLevel = z.enum(RISK_LEVELS).safeParse(raw.level);
  let level: RiskLevel = parsedLevel.success ? parsedLevel.data : "high";
  if (!parsedLevel.success) flags.push("level_unknown");
  if (level === "none") level = "concern";
  const categories = strings(raw.categories).filter((c) =>
    (RISK_CATEGORIES as readonly string[]).includes(c),
  ) as Alert["categories"];
  const evidence = evidenceWords(raw);
  const history = options.state?.history ?? [];
  const lastPatient = history.findLast((m) => m.from === "patient")?.text;
  const text = typeof raw.text === "string" ? raw.text : lastPatient;
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
  const at = typeof raw.at === "string" && !Number.isNaN(Date.parse(raw.at)) ? raw.at : undefined;
  return Alert.parse({
    id: alertId(String(raw.id), options.salt),
    patient: pseudonym(conversation, options.salt),
    level,
    categories,
    at: new Date(at ?? options.now).toISOString(),
    reason: typeof raw.reason === "string" ? raw.reason : "risk_guard",
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
