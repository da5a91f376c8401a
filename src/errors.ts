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
  readonly code: string;
  readonly context: ErrorContext;

  constructor(
    code: string,
    message: string,
    options: { cause?: unknown; context?: ErrorContext } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "LanternError";
    this.code = code;
    this.context = options.context ?? {};
  }

  /** Wrap any thrown value with more context, keeping the innermost code. */
  static wrap(error: unknown, code: string, context: ErrorContext): LanternError {
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
