import type { Text } from "../flow/schema.ts";
import type { EngineAlert } from "./alert.ts";
import type { RiskAssessment, RiskContext } from "./types.ts";

/** What the guard reads besides the text: recent messages, and whose conversation it is. */
export interface GuardInput extends RiskContext {
  /** The conversation id ("telegram:42"), for logs and tests; never patient text. */
  conversation: string;
}

/** The guard's verdict on one patient text: the assessment, and what the turn must do first. */
export interface GuardDecision {
  assessment: RiskAssessment;
  preempt?: {
    /** Shown at once, before anything else: inline text or a template, with {{slots}}. */
    messages: Text[];
    /** Low-level concern: show the messages, then let the turn go on as usual. */
    continue?: boolean;
    /** A safety flow started on top of the current one. */
    flow?: string;
    /** An alert for the care team, stored with this turn and delivered by notifiers. */
    alert?: EngineAlert;
  };
}

/**
 * Checks every patient text before any flow runs. It sees a RiskContext, not the engine's
 * conversation state, so the safety layer stays below the engine.
 */
export interface RiskGuard {
  check(text: string, input: GuardInput): Promise<GuardDecision>;
}
