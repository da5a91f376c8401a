// How the optional model is doing, for operators. The model is never on the patient's safety
// path: when it is slow or down, replies are the scripted ones and the rule layer alone rates
// risk. This records each failure (counted, logged at debug without patient text) and raises
// one warning when the model starts failing, not one per message; a later success logs that
// it is answering again, and the next outage warns once more. While it is failing, calls are
// skipped (`available()` is false) except one probe per cool-off, so a dead model does not
// add its timeout to every reply.

/** The logging this needs; a pino Logger fits. */
export interface HealthLogger {
  warn(details: object, message: string): void;
  info(details: object, message: string): void;
  debug(details: object, message: string): void;
}

/** Which optional feature called the model. */
export type LlmFeature =
  | "risk-second-opinion"
  | "route-flow"
  | "classify-distortions"
  | "extract-answer"
  | "generate"
  | "summarise";

/** Why a call gave no usable answer. */
export type LlmFailure = "timeout" | "error" | "malformed";

export interface LlmHealthSnapshot {
  /** True from the first timeout or error until the next success. */
  degraded: boolean;
  /** Failed calls since start, by feature. */
  failures: Partial<Record<LlmFeature, number>>;
  total: number;
  /** Operator warnings raised (one per outage). */
  warnings: number;
  /** Calls not made because the model was failing (between probes). */
  skipped: number;
  lastFailure?: { feature: LlmFeature; why: LlmFailure; at: string };
}

/** While failing, one probe call per this many ms; the rest are skipped. */
export const DEFAULT_COOLDOWN_MS = 30_000;

export const DEGRADED_WARNING =
  "optional language model is failing: patients get the scripted replies and the rule layer alone assesses risk until it answers again";

/**
 * Shared by every model feature of one process.
 *
 * @example
 * const health = new LlmHealth(logger);
 * health.failed("risk-second-opinion", "timeout"); // warns once
 */
export class LlmHealth {
  readonly #logger: HealthLogger | undefined;
  readonly #now: () => Date;
  readonly #cooldownMs: number;
  #degraded = false;
  #retryAt = 0;
  #skipped = 0;
  #failures: Partial<Record<LlmFeature, number>> = {};
  #total = 0;
  #warnings = 0;
  #last: LlmHealthSnapshot["lastFailure"];

  constructor(logger?: HealthLogger, options: { now?: () => Date; cooldownMs?: number } = {}) {
    this.#logger = logger;
    this.#now = options.now ?? (() => new Date());
    this.#cooldownMs = options.cooldownMs ?? DEFAULT_COOLDOWN_MS;
  }

  /**
   * Whether to call the model now: always while it answers; while it is failing, once per
   * cool-off (a probe), else false and the caller takes its scripted path at once.
   */
  available(): boolean {
    if (!this.#degraded) return true;
    const now = this.#now().getTime();
    if (now >= this.#retryAt) {
      this.#retryAt = now + this.#cooldownMs;
      return true;
    }
    this.#skipped += 1;
    return false;
  }

  failed(feature: LlmFeature, why: LlmFailure): void {
    this.#failures[feature] = (this.#failures[feature] ?? 0) + 1;
    this.#total += 1;
    const now = this.#now();
    this.#last = { feature, why, at: now.toISOString() };
    this.#logger?.debug({ feature, why, failures: this.#total }, "llm call failed");
    // An answer that fails its checks still means the model is there: no outage, no skipping.
    if (why === "malformed") return;
    this.#retryAt = now.getTime() + this.#cooldownMs;
    if (this.#degraded) return;
    this.#degraded = true;
    this.#warnings += 1;
    this.#logger?.warn({ feature, why, failures: this.#total }, DEGRADED_WARNING);
  }

  succeeded(feature: LlmFeature): void {
    if (!this.#degraded) return;
    this.#degraded = false;
    this.#logger?.info(
      { feature, failures: this.#total },
      "optional language model answering again",
    );
  }

  snapshot(): LlmHealthSnapshot {
    return {
      degraded: this.#degraded,
      failures: { ...this.#failures },
      total: this.#total,
      warnings: this.#warnings,
      skipped: this.#skipped,
      ...(this.#last ? { lastFailure: { ...this.#last } } : {}),
    };
  }
}

/** Sort a rejection from LlmClient into timeout, malformed (schema) or other error. */
export function failureKind(error: unknown): LlmFailure {
  const e = error as { code?: unknown; name?: unknown; constructor?: { name?: unknown } } | null;
  if (e?.code === "llm.timeout" || e?.name === "TimeoutError" || e?.name === "AbortError")
    return "timeout";
  const kind = e?.constructor?.name;
  if (e?.name === "ZodError" || kind === "ZodError" || kind === "OutputParserException")
    return "malformed";
  return "error";
}
