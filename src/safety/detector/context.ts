import { type RiskAssessment, type RiskContext, type RiskLevel, rank } from "../types.ts";

/** How many recent messages are looked at. */
const WINDOW = 10;

/**
 * Raise a level when lower signals repeat across the conversation: a concern message after
 * three or more recent messages at concern or above becomes low; a low message after two or
 * more recent messages at low or above becomes moderate. Never raises past moderate and never
 * lowers; the added evidence names the rule "context.repeated".
 */
export function raiseFromContext(
  assessment: RiskAssessment,
  context: RiskContext | undefined,
): RiskAssessment {
  const recent = (context?.recent ?? []).slice(-WINDOW);
  if (recent.length === 0) return assessment;
  const atLeast = (level: RiskLevel) =>
    recent.filter((m) => m !== null && typeof m === "object" && rank(m.level) >= rank(level))
      .length;
  let raised: RiskLevel | undefined;
  if (assessment.level === "concern" && atLeast("concern") >= 3) raised = "low";
  else if (assessment.level === "low" && atLeast("low") >= 2) raised = "moderate";
  if (raised === undefined) return assessment;
  return {
    ...assessment,
    level: raised,
    evidence: [
      { category: "distress", level: raised, rule: "context.repeated", excerpt: "" },
      ...assessment.evidence,
    ],
  };
}
