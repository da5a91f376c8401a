import { z } from "zod";
import type { SessionsConfig } from "../config/sessions.ts";
import type { FlowCatalog } from "../flow/catalog.ts";
import type { ExpectType, Flow } from "../flow/schema.ts";
import type { RiskGuard } from "../safety/guard-decision.ts";
import type { ConversationState, OutboxItem } from "./state.ts";

/** What an adapter hands the engine: one normalised platform update. */
export const Inbound = z.object({
  channel: z.string().min(1),
  userId: z.string().min(1),
  /** The platform's id for this update: the dedupe key. */
  messageId: z.string().min(1),
  /** text: the patient typed; choice: pressed a button; start: begin a flow (assignment, CLI); tick: timers. */
  kind: z.enum(["text", "choice", "start", "tick"]),
  text: z.string().optional(),
  /** A pressed button: the question it belongs to and the choice's id. */
  choice: z.object({ prompt: z.string(), id: z.string() }).optional(),
  flowId: z.string().optional(),
  locale: z.string().optional(),
  /** An edit of an earlier message: re-checked by the risk guard, not answered again. */
  edited: z.boolean().optional(),
});
export type Inbound = z.infer<typeof Inbound>;

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

// The guard's types live with the guard, below the engine; the engine re-exports them.
export type { GuardDecision, GuardInput, RiskGuard } from "../safety/guard-decision.ts";

/** What an action returns: a value for `into`, and effects for the runtime to carry out after the save. */
export interface ActionResult {
  value?: unknown;
  effects?: { name: string; args: Record<string, unknown> }[];
  /** Conversation-state patches an action may make (e.g. stored measure results under user.*). */
  user?: Record<string, unknown>;
}

export interface ActionContext {
  state: ConversationState;
  now: Date;
  flowId: string;
}

/** A registered TypeScript function a flow can call with `action:`; must be deterministic. */
export type Action = (args: Record<string, unknown>, context: ActionContext) => ActionResult;

/** Optional language model for `generate` steps; the engine always has a scripted fallback. */
export interface TextGenerator {
  generate(
    prompt: string,
    input: Record<string, unknown>,
    signal: AbortSignal,
    /** The patient's locale ("es-US"): the reply must be in its language. */
    context?: { locale?: string | undefined },
  ): Promise<string | null>;
}

/** Optional free-text understanding (a language model); every call may answer "don't know". */
export interface FreeTextUnderstanding {
  /** A patient flow that fits a free message, or null. Never a safety flow. */
  routeToFlow(
    text: string,
    flows: Pick<Flow, "id" | "title" | "description" | "menu" | "safety" | "audience">[],
    signal?: AbortSignal,
  ): Promise<string | null>;
  /** Which of a question's choices seem to fit a text (e.g. thinking traps in a thought). */
  suggestChoices?(
    text: string,
    choices: { id: string; label: string }[],
    signal?: AbortSignal,
  ): Promise<string[]>;
  /** The answer a free reply gives to a question, or null; the engine validates it again. */
  extractAnswer(
    question: string,
    expect: ExpectType,
    reply: string,
    options?: {
      choices?: { id: string; label: string }[];
      min?: number;
      max?: number;
      signal?: AbortSignal;
    },
  ): Promise<{ value: number | boolean | string } | null>;
}

export interface EngineServices {
  /** Reads free replies and routes free messages when configured; flows work without it. */
  understand?: FreeTextUnderstanding;
  guard?: RiskGuard;
  actions?: Record<string, Action>;
  llm?: TextGenerator;
  /** Values templates may use as {{clinic.*}} and {{crisis.*}} for a locale: configuration, not code. */
  globals?: (locale: string | undefined) => Record<string, unknown>;
  /** The flow new patients start with; the menu when absent. */
  firstFlow?: string;
  /** Idle time after which session.* is cleared. */
  sessionIdleMs?: number;
  /** After this long without a message the "I am a program" notice is shown again (7 days). */
  discloseAfterMs?: number;
  /** How long a `generate` step waits for the model. */
  generateTimeoutMs?: number;
  /** The session cycle's timing (config/clinic.yaml `sessions:`); defaults when absent. */
  sessions?: SessionsConfig;
  /** Flows the session cycle starts: one that waited while the patient was busy starts when idle. */
  sessionFlows?: readonly string[];
}

export interface TurnResult {
  state: ConversationState;
  /** Items this turn added (also in `state.outbox`). */
  outbox: OutboxItem[];
}

export type { FlowCatalog };
