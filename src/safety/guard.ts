import type { EngineAlert } from "./alert.ts";
import type { GuardDecision, GuardInput, RiskGuard } from "./guard-decision.ts";
import { DEFAULT_POLICY, policyFor, type RiskPolicy } from "./policy.ts";
import type { RiskAssessment, RiskContext } from "./types.ts";

/** Assess one text with the conversation's recent messages (rules, then an optional classifier). */
export type Assess = (
  text: string,
  context: RiskContext,
) => Promise<RiskAssessment> | RiskAssessment;

/**
 * The risk guard: detector + written policy. Any error is thrown to the engine, which
 * treats it as risk (crisis resources and an alert), never as "no risk".
 *
 * @example
 * const guard = createRiskGuard((text, context) => detectRisk(text, context));
 */
export function createRiskGuard(assess: Assess, policy: RiskPolicy = DEFAULT_POLICY): RiskGuard {
  return {
    async check(text: string, input: GuardInput): Promise<GuardDecision> {
      const context: RiskContext = input.recent ? { recent: input.recent } : {};
      const assessment = await assess(text, context);
      const chosen = policyFor(
        policy,
        assessment.level,
        assessment.categories.includes("medical"),
        assessment.categories,
      );
      if (!chosen) return { assessment };
      const alert: EngineAlert | undefined =
        chosen.alert === "none"
          ? undefined
          : {
              level: assessment.level,
              categories: assessment.categories,
              urgency: chosen.alert,
              flags: assessment.flags ?? [],
              evidence: assessment.evidence.map((e) => ({
                rule: e.rule,
                level: e.level,
                excerpt: e.excerpt,
              })),
              summary: `${assessment.level} risk (${assessment.categories.join(", ") || "distress"})`,
            };
      return {
        assessment,
        preempt: {
          messages: chosen.messages,
          ...(chosen.flow ? { flow: chosen.flow } : {}),
          ...(alert ? { alert } : {}),
          ...(chosen.continue ? { continue: true } : {}),
        },
      };
    },
  };
}
