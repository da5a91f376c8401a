import { z } from "zod";
import { assessRisk, type RiskClassifier } from "../safety/detect.ts";
import type { Assess } from "../safety/guard.ts";
import { RISK_CATEGORIES, RISK_LEVELS, type RiskContext } from "../safety/types.ts";
import type { LlmClient } from "./client.ts";

// The LLM as the classifier layer of the risk detector. It only ever gives an opinion:
// assessRisk (src/safety/detect.ts → detector/combine.ts) merges it upward only, and turns a timeout, an
// error or a malformed answer into a flag plus at least "concern". So a model that is down,
// slow, wrong or talked into saying "no risk" can never lower what the rules found.

export const RiskOpinion = z.object({
  level: z.enum(RISK_LEVELS),
  categories: z.array(z.enum(RISK_CATEGORIES)).max(RISK_CATEGORIES.length),
});

/** How many recent messages go with the text, for context. */
const RECENT = 3;

/**
 * A RiskClassifier backed by the model. It rejects on timeout, error or an answer that does
 * not fit `RiskOpinion`; assessRisk turns that rejection into a fail-safe flag.
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

/**
 * An `Assess` for createRiskGuard: the rule layer, then the model's second opinion, merged
 * upward only by assessRisk.
 *
 * @example
 * const guard = createRiskGuard(createSecondOpinionAssess(classifier, 4000));
 */
export function createSecondOpinionAssess(classifier: RiskClassifier, timeoutMs: number): Assess {
  return (text, context) => assessRisk(text, context, { classifier, timeoutMs });
}
