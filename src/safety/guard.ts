import type { ConversationState } from "../engine/state.ts";
import type { GuardDecision, RiskGuard } from "../engine/types.ts";
import { DEFAULT_POLICY, policyFor, type RiskPolicy } from "./policy.ts";
import type { RiskAssessment, RiskContext } from "./types.ts";

/** Assess one text with the conversation's recent messages (rules, then an optional classifier). */
export type Assess = (
  text: string,
  context: RiskContext,
) => Promise<RiskAssessment> | RiskAssessment;

/** Recent patient messages with the level each got, oldest first, for the detector's context. */
export function riskContext(state: ConversationState): RiskContext {
  return {
    recent: state.history
      .filter((h) => h.from === "patient")
      .slice(-6)
      .map((h) => ({ text: h.text, level: h.risk ?? "none" })),
  };
}

/**
 * The risk guard: detector + written policy. Any error is thrown to the engine, which
 * treats it as risk (crisis resources and an alert), never as "no risk".
 *
 * @example
 * const guard = createRiskGuard((text, context) => detectRisk(text, context));
 */
export function createRiskGuard(assess: Assess, policy: RiskPolicy = DEFAULT_POLICY): RiskGuard {
  return {
    async check(text: string, state: ConversationState): Promise<GuardDecision> {
      const assessment = await assess(text, riskContext(state));
      const chosen = policyFor(
        policy,
        assessment.level,
        assessment.categories.includes("medical"),
        assessment.categories,
      );
      if (!chosen) return { assessment };
      const alert =
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
