/**
 * Every code a LanternError may carry: a closed set, so a program can switch on it and a typo
 * fails the typecheck. Add a code here when you add a failure a caller may handle differently.
 */
export const LANTERN_ERROR_CODES = [
  // action
  "action.invalid_args",
  // audit
  "audit.unsupported",
  // chart
  "chart.render",
  // cli
  "cli.usage",
  // config
  "config.clinic_invalid",
  "config.clinic_missing",
  "config.data_key",
  "config.escalation",
  "config.invalid",
  "config.llm_invalid",
  "config.no_notifier",
  "config.store_url",
  // delivery
  "delivery.no_channel",
  "delivery.no_notifier",
  // engine
  "engine.turn_failed",
  // escalation
  "escalation.delivery_failed",
  "escalation.unknown_alert",
  // flow
  "flow.duration_invalid",
  "flow.loop",
  "flow.missing_step",
  "flow.step_failed",
  "flow.unknown",
  "flow.unknown_action",
  "flow.unknown_step",
  // flows
  "flows.invalid",
  // llm
  "llm.prompt_invalid",
  "llm.prompt_missing",
  "llm.prompts_missing",
  "llm.timeout",
  "llm.unavailable",
  // measure
  "measure.invalid_answers",
  "measure.invalid_options",
  "measure.invalid_time",
  "measure.trend_invalid",
  "measure.unknown",
  // model
  "model.invalid",
  // note
  "note.invalid",
  // notice
  "notice.delivery_failed",
  // patient
  "patient.unknown",
  // session
  "session.no_conversation",
  // slack
  "slack.not_attached",
  "slack.post_failed",
  // state
  "state.invalid",
  "state.no_migration",
  // store
  "store.cannot_list",
  "store.data_corrupt",
  "store.data_key_missing",
  "store.data_key_unknown",
  "store.lock_timeout",
  "store.save_refused",
  "store.unavailable",
  "store.unsupported",
  // teams
  "teams.no_alert_channel",
  "teams.no_reference",
  "teams.not_started",
  // telegram
  "telegram.send_failed",
  // webhook
  "webhook.network",
  "webhook.status",
  "webhook.timeout",
] as const;
export type LanternErrorCode = (typeof LANTERN_ERROR_CODES)[number];

/** Where in the product an error happened; every field is optional and never holds patient text. */
export interface ErrorContext {
  flow?: string;
  step?: string;
  conversation?: string;
  file?: string;
  line?: number;
}

/**
 * Lantern's one error type: a stable string `code` for programs, a message for people,
 * the original `cause`, and the flow/step/conversation it happened in.
 *
 * @example
 * throw new LanternError("flow.unknown_step", `step "${id}" does not exist`, { context: { flow: "prep-fear" } });
 */
export class LanternError extends Error {
  readonly code: LanternErrorCode;
  readonly context: ErrorContext;

  constructor(
    code: LanternErrorCode,
    message: string,
    options: { cause?: unknown; context?: ErrorContext } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "LanternError";
    this.code = code;
    this.context = options.context ?? {};
  }

  /** Wrap any thrown value with more context, keeping the innermost code. */
  static wrap(error: unknown, code: LanternErrorCode, context: ErrorContext): LanternError {
    if (error instanceof LanternError) {
      return new LanternError(error.code, error.message, {
        cause: error.cause ?? error,
        context: { ...context, ...error.context },
      });
    }
    const message = error instanceof Error ? error.message : String(error);
    return new LanternError(code, message, { cause: error, context });
  }
}

/**
 * Is `error` a LanternError, with one of `codes` when any are given? The way to test a failure:
 * never by matching its message.
 *
 * @example
 * if (isLanternError(error, "store.unavailable", "store.lock_timeout")) replyStoreDown();
 */
export function isLanternError(
  error: unknown,
  ...codes: LanternErrorCode[]
): error is LanternError {
  return error instanceof LanternError && (codes.length === 0 || codes.includes(error.code));
}
