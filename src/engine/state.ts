import { z } from "zod";
import { LanternError } from "../errors.ts";
import { EngineAlert, toEngineAlert } from "../safety/alert.ts";
import { RISK_LEVELS } from "../safety/types.ts";

// A conversation's whole state is one JSON document, validated on every load. Bump
// STATE_SCHEMA and add a migration when its shape changes; never edit a shipped migration.

const Json: z.ZodType<unknown> = z.unknown();

export const Choice = z.object({ id: z.string(), label: z.string() });
export type Choice = z.infer<typeof Choice>;

const Waiting = z.object({
  /** Unique per question asked; buttons carry it, so a stale button is recognised. */
  prompt: z.string(),
  since: z.string(),
  attempt: z.number().int(),
  timeoutAt: z.string().optional(),
});

export const Frame = z.object({
  id: z.string(),
  flowId: z.string(),
  hash: z.string(),
  version: z.union([z.number(), z.string()]),
  stepId: z.string(),
  vars: z.record(z.string(), Json),
  startedAt: z.string(),
  expiresAt: z.string().optional(),
  waiting: Waiting.optional(),
  /** Choice ids a language model marked as likely for the current question (suggest_from). */
  suggested: z.array(z.string()).optional(),
  /** Set on the frame below a safety flow the risk guard started: re-ask when it returns. */
  preempted: z.boolean().optional(),
});
export type Frame = z.infer<typeof Frame>;

const Message = z.object({
  kind: z.literal("message"),
  text: z.string(),
  choices: z.array(Choice).optional(),
  prompt: z.string().optional(),
  expect: z.string().optional(),
});
// Read fail safe: an alert stored by an older version, or damaged, is still delivered (mended,
// flagged `alert_malformed` where it had to be guessed), never dropped with its conversation.
const Alert = z.object({
  kind: z.literal("alert"),
  alert: z.preprocess(toEngineAlert, EngineAlert),
});
const Effect = z.object({
  kind: z.literal("effect"),
  name: z.string(),
  args: z.record(z.string(), Json),
});

export const OutboxItem = z.intersection(
  z.object({
    id: z.string(),
    createdAt: z.string(),
    attempts: z.number().int().default(0),
    nextAttemptAt: z.string().optional(),
    lastError: z.string().optional(),
  }),
  z.discriminatedUnion("kind", [Message, Alert, Effect]),
);
export type OutboxItem = z.infer<typeof OutboxItem>;
export type OutboxMessage = Extract<OutboxItem, { kind: "message" }>;

export const STATE_SCHEMA = 1;

export const ConversationState = z.object({
  schema: z.literal(STATE_SCHEMA),
  id: z.string(),
  channel: z.string(),
  userId: z.string(),
  locale: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  lastInboundAt: z.string().optional(),
  user: z.record(z.string(), Json),
  session: z.record(z.string(), Json),
  stack: z.array(Frame),
  /** Recent platform message ids, newest last: a repeated id is a duplicate delivery. */
  seen: z.array(z.string()),
  /** Counter for ids this conversation hands out (messages, frames, prompts). */
  seq: z.number().int(),
  outbox: z.array(OutboxItem),
  /**
   * Ids of outbox items delivered since the conversation was last saved whole. The store keeps
   * them in a small record of their own (see Store.markDelivered), never in the conversation's.
   */
  delivered: z.array(z.string()).optional(),
  /** The last few messages both ways, for the care team's context on an alert. */
  history: z.array(
    z.object({
      at: z.string(),
      from: z.enum(["patient", "bot"]),
      text: z.string(),
      risk: z.enum(RISK_LEVELS).optional(),
    }),
  ),
  risk: z.object({
    /** Highest level handled in the current safety episode; back to none when it ends. */
    level: z.enum(RISK_LEVELS),
    at: z.string().optional(),
    recent: z.array(z.object({ at: z.string(), level: z.enum(RISK_LEVELS) })),
    /** Categories the episode's alerts named: a new one inside a safety flow alerts again. */
    categories: z.array(z.string()).optional(),
    /** Outbox id of the episode's last risk alert: lower risk later is a follow-up on it. */
    alert: z.string().optional(),
  }),
  menu: z.object({ prompt: z.string(), choices: z.array(Choice) }).optional(),
  assigned: z.array(z.object({ flowId: z.string(), at: z.string(), by: z.string().optional() })),
});
export type ConversationState = z.infer<typeof ConversationState>;

export const SEEN_LIMIT = 200;
// A crisis reply alone is up to ten bot messages; 30 keeps the patient's words before it
// for the care team's alert context (src/care/alerts.ts), which shows the last 10 by default.
export const HISTORY_LIMIT = 30;

/** A fresh conversation for a user on a channel. */
export function newState(channel: string, userId: string, now: Date): ConversationState {
  const at = now.toISOString();
  return {
    schema: STATE_SCHEMA,
    id: conversationId(channel, userId),
    channel,
    userId,
    createdAt: at,
    updatedAt: at,
    user: {},
    session: {},
    stack: [],
    seen: [],
    seq: 0,
    outbox: [],
    history: [],
    risk: { level: "none", recent: [] },
    assigned: [],
  };
}

export function conversationId(channel: string, userId: string): string {
  return `${channel}:${userId}`;
}

/** Upgrades a stored document by one schema version: `MIGRATIONS[n]` turns schema n into n+1. */
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;
export const MIGRATIONS: Record<number, Migration> = {};

/** Validate a stored document, migrating older schemas first; a bad document is an error, never a reset. */
export function readState(
  raw: unknown,
  migrations: Record<number, Migration> = MIGRATIONS,
): ConversationState {
  let doc = raw as Record<string, unknown>;
  let version = typeof doc?.schema === "number" ? doc.schema : 0;
  while (version < STATE_SCHEMA) {
    const migrate = migrations[version];
    if (!migrate)
      throw new LanternError("state.no_migration", `no migration from state schema ${version}`);
    doc = { ...migrate(doc), schema: version + 1 };
    version++;
  }
  const parsed = ConversationState.safeParse(doc);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new LanternError(
      "state.invalid",
      `stored conversation state is invalid at ${issue?.path.join(".")}: ${issue?.message}`,
      { cause: parsed.error, context: { conversation: String(doc?.id ?? "?") } },
    );
  }
  return parsed.data;
}
