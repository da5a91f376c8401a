import { z } from "zod";
import { RISK_CATEGORIES, RISK_LEVELS } from "./types.ts";

// The one alert type, at both hand-offs: `EngineAlert` is what the engine emits (the risk
// guard's preempt, a flow's care.notify, the guard's own failure) and stores in the outbox;
// `RaisedAlert` is that plus the outbox id and conversation, handed to the care layer's
// `AlertSink`; `Alert` is what care builds from it (pseudonym, context) and notifiers receive.
// Here, below engine and care, because the guard, the outbox and the notifiers all name them.

/** One matched rule, as the guard reports it: the rule id, its level and the matched words. */
export const AlertEvidence = z.object({
  rule: z.string(),
  level: z.enum(RISK_LEVELS),
  /** Patient text: never logged. */
  excerpt: z.string(),
});
export type AlertEvidence = z.infer<typeof AlertEvidence>;

/** What the engine emits for the care team; never the platform user id. */
export const EngineAlert = z.object({
  level: z.enum(RISK_LEVELS),
  categories: z.array(z.enum(RISK_CATEGORIES)).default([]),
  /** The policy's urgency ("urgent", "routine"); absent for flow alerts. */
  urgency: z.string().optional(),
  flags: z.array(z.string()).default([]),
  evidence: z.array(AlertEvidence).default([]),
  /** One line for people: "high risk (suicide)". */
  summary: z.string().optional(),
  /** Why: "risk_guard" (default), "cssrs", "crisis_request", "store_unavailable" … */
  reason: z.string().optional(),
  /** The patient's message the alert is about, when it is not the last one in the history. */
  text: z.string().optional(),
  /** When the risk was seen (ISO); default the time the alert is built. */
  at: z.string().optional(),
  /** The flow whose care.notify raised it. */
  flow: z.string().optional(),
});
export type EngineAlert = z.infer<typeof EngineAlert>;

/** An engine alert on its way to the care team: with its outbox id and conversation. */
export const RaisedAlert = EngineAlert.extend({
  /** Stable per alert (the outbox item id, a care.notify alert_id): the dedupe key. */
  id: z.string(),
  conversation: z.string(),
});
export type RaisedAlert = z.infer<typeof RaisedAlert>;
export type RaisedAlertInput = z.input<typeof RaisedAlert>;

/** Where the engine's alerts go (the care layer's escalation pipeline). Throw to have it retried. */
export interface AlertSink {
  readonly name: string;
  notify(alert: RaisedAlert): Promise<void>;
}

/** A flag on an alert that was stored or sent in a shape this version does not read. */
export const MALFORMED_FLAG = "alert_malformed";

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

function optionalString(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/**
 * Read any stored or passed alert as an `EngineAlert`, never failing: an alert must reach the
 * care team even when it was written by an older version or is damaged. What parses is kept;
 * an unknown level becomes high (flag `level_unknown`), bare-string evidence (older outboxes)
 * keeps its words, and anything else unreadable adds `alert_malformed`.
 */
export function toEngineAlert(raw: unknown): EngineAlert {
  const parsed = EngineAlert.safeParse(raw);
  if (parsed.success) return parsed.data;
  const isObject = raw !== null && typeof raw === "object" && !Array.isArray(raw);
  const r: Record<string, unknown> = isObject ? { ...raw } : {};
  const flags = strings(r.flags);
  if (!isObject) flags.push(MALFORMED_FLAG);
  const level = z.enum(RISK_LEVELS).safeParse(r.level);
  if (!level.success) flags.push("level_unknown");
  const alertLevel = level.success ? level.data : "high";
  const evidence = Array.isArray(r.evidence)
    ? r.evidence.flatMap((e): AlertEvidence[] => {
        if (typeof e === "string") return [{ rule: "unknown", level: alertLevel, excerpt: e }];
        const item = AlertEvidence.safeParse(e);
        if (item.success) return [item.data];
        const excerpt = (e as { excerpt?: unknown } | null)?.excerpt;
        return typeof excerpt === "string" ? [{ rule: "unknown", level: alertLevel, excerpt }] : [];
      })
    : [];
  const categories = strings(r.categories).filter((c): c is EngineAlert["categories"][number] =>
    (RISK_CATEGORIES as readonly string[]).includes(c),
  );
  const fields = { ...r, level: alertLevel, categories, flags, evidence };
  // Only the level, categories or legacy evidence needed mending: not a malformed alert.
  const again = EngineAlert.safeParse(fields);
  if (again.success) return again.data;
  return {
    level: alertLevel,
    categories,
    flags: [...flags, MALFORMED_FLAG],
    evidence,
    ...optionals(r),
  };
}

/** The optional string fields that are strings; the rest is dropped. */
function optionals(r: Record<string, unknown>): Partial<EngineAlert> {
  const out: Partial<EngineAlert> = {};
  for (const key of ["urgency", "summary", "reason", "text", "at", "flow"] as const) {
    const value = optionalString(r[key]);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** `toEngineAlert` with the id and conversation ("unknown" when missing, as before). */
export function toRaisedAlert(raw: unknown): RaisedAlert {
  const r: Record<string, unknown> = raw && typeof raw === "object" ? { ...raw } : {};
  return {
    ...toEngineAlert(r),
    id: optionalString(r.id) ?? "unknown",
    conversation: optionalString(r.conversation) ?? "unknown",
  };
}

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
  /** Set on the backup's copy: why it escalated (nobody acknowledged, or no primary took it). */
  escalation: z
    .object({
      reason: z.enum(["unacknowledged", "undelivered"]).optional(),
      at: z.string().optional(),
    })
    .optional(),
});
export type Alert = z.infer<typeof Alert>;
