import { z } from "zod";
import { assessRisk, type RiskClassifier } from "../safety/detect.ts";
import type { Assess } from "../safety/guard.ts";
import { RISK_CATEGORIES, RISK_LEVELS, type RiskContext } from "../safety/types.ts";
import type { LlmClient } from "./client.ts";
import { failureKind, type LlmHealth } from "./health.ts";

// The LLM as an optional second opinion on the rule layer. It may only raise what the rules
// found (assessRisk in src/safety/detector/combine.ts merges upward only). The rule layer is
// the safety floor, so the model being slow, down or malformed changes nothing the patient
// sees: the rule assessment stands exactly, and the failure is counted and reported to the
// operator through LlmHealth (one warning per outage). A failure of the rule layer itself
// still counts as risk (detectRisk returns "concern" with "detector_error").

export const RiskOpinion = z.object({
  level: z.enum(RISK_LEVELS),
  categories: z.array(z.enum(RISK_CATEGORIES)).max(RISK_CATEGORIES.length),
});
type Opinion = z.infer<typeof RiskOpinion>;

/** How many recent messages go with the text, for context. */
const RECENT = 3;

/** assessRisk's own deadline sits this far past ours, so ours always settles first. */
const GRACE_MS = 1_000;

/** What a failed second opinion contributes: nothing. */
const NO_OPINION: Opinion = { level: "none", categories: [] };

/**
 * A RiskClassifier backed by the model. It rejects on timeout, error or an answer that does
 * not fit `RiskOpinion`; createSecondOpinionAssess turns that into "no opinion".
 */
export function createLlmRiskClassifier(client: LlmClient): RiskClassifier {
  return {
    async classify(text: string, context: RiskContext, signal: AbortSignal) {
      const recent = (context.recent ?? []).slice(-RECENT).map((m) => m.text);
      const data = recent.length ? { recent_messages: recent, message: text } : { message: text };
      const opinion = await client.structured("risk-second-opinion", RiskOpinion, {}, data, signal);
      return { level: opinion.level, categories: [...new Set(opinion.categories)] };
    },
  };
}

class SecondOpinionTimeout extends Error {
  override name = "TimeoutError";
}

/**
 * Ask `classifier` within `timeoutMs`; resolve to its checked opinion, or to "no opinion"
 * after recording why in `health`. Never rejects.
 */
async function askQuietly(
  classifier: RiskClassifier,
  text: string,
  context: RiskContext,
  outer: AbortSignal,
  timeoutMs: number,
  health: LlmHealth | undefined,
): Promise<Opinion> {
  if (health && !health.available()) return NO_OPINION;
  const controller = new AbortController();
  const stop = () => controller.abort();
  outer.addEventListener("abort", stop, { once: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new SecondOpinionTimeout("the second opinion did not answer in time"));
      }, timeoutMs);
    });
    const answer = await Promise.race([
      Promise.resolve().then(() => classifier.classify(text, context, controller.signal)),
      timeout,
    ]);
    const checked = RiskOpinion.safeParse(answer);
    if (!checked.success) {
      health?.failed("risk-second-opinion", "malformed");
      return NO_OPINION;
    }
    health?.succeeded("risk-second-opinion");
    return checked.data;
  } catch (error) {
    health?.failed("risk-second-opinion", failureKind(error));
    return NO_OPINION;
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    outer.removeEventListener("abort", stop);
  }
}

/**
 * An `Assess` for createRiskGuard: the rule layer, then the model's second opinion, merged
 * upward only by assessRisk. When the model fails, the result is the rule layer's own.
 *
 * @example
 * const guard = createRiskGuard(createSecondOpinionAssess(classifier, 4000, health));
 */
export function createSecondOpinionAssess(
  classifier: RiskClassifier,
  timeoutMs: number,
  health?: LlmHealth,
): Assess {
  const quiet: RiskClassifier = {
    classify: (text, context, signal) =>
      askQuietly(classifier, text, context, signal, timeoutMs, health),
  };
  return (text, context) =>
    assessRisk(text, context, { classifier: quiet, timeoutMs: timeoutMs + GRACE_MS });
}
