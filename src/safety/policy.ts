import { z } from "zod";
import type { Text } from "../flow/schema.ts";
import { RISK_LEVELS, type RiskCategory, type RiskLevel, rank } from "./types.ts";

// What happens at each risk level: what the patient sees at once, which flow starts on top,
// and how urgent the care team's alert is. Clinics can override it in config/clinic.yaml.

export const LevelPolicy = z.object({
  messages: z.array(z.union([z.string(), z.object({ template: z.string() })])),
  flow: z.string().optional(),
  alert: z.enum(["none", "routine", "urgent", "immediate"]),
  /** Concern only: show the messages, then let the flow go on. */
  continue: z.boolean().default(false),
});
export type LevelPolicy = z.infer<typeof LevelPolicy>;

export const RiskPolicy = z.object({
  levels: z.partialRecord(z.enum(RISK_LEVELS), LevelPolicy),
  /** Medical red flags after dosing: emergency advice first, whatever the level. */
  medical: LevelPolicy,
  /** Ketamine or other drugs beyond the plan (and no other risk): tell the physician. */
  misuse: LevelPolicy.optional(),
});
export type RiskPolicy = z.infer<typeof RiskPolicy>;

const t = (template: string): Text => ({ template });

/** The default written policy; prompts/safety/*.md hold the words. */
export const DEFAULT_POLICY: RiskPolicy = {
  levels: {
    concern: { messages: [t("safety/concern")], alert: "none", continue: true },
    low: {
      messages: [t("safety/validate"), t("safety/resources"), t("safety/alert-sent")],
      flow: "crisis-screener",
      alert: "routine",
      continue: false,
    },
    moderate: {
      messages: [t("safety/validate"), t("safety/resources"), t("safety/alert-sent")],
      flow: "crisis-screener",
      alert: "urgent",
      continue: false,
    },
    high: {
      messages: [t("safety/validate"), t("safety/resources-now"), t("safety/alert-sent")],
      flow: "crisis",
      alert: "urgent",
      continue: false,
    },
    imminent: {
      messages: [t("safety/emergency-now"), t("safety/alert-sent")],
      flow: "crisis",
      alert: "immediate",
      continue: false,
    },
  },
  medical: {
    messages: [t("safety/medical"), t("safety/alert-sent")],
    alert: "urgent",
    continue: false,
  },
  misuse: {
    messages: [t("safety/misuse"), t("safety/alert-sent")],
    alert: "urgent",
    continue: false,
  },
};

/**
 * The policy for an assessment; medical red flags use the medical policy, and misuse alone
 * (no suicide, self-harm, harm or abuse category, level moderate or below) the misuse policy.
 */
export function policyFor(
  policy: RiskPolicy,
  level: RiskLevel,
  medical: boolean,
  categories: readonly RiskCategory[] = [],
): LevelPolicy | undefined {
  if (level === "none") return undefined;
  if (medical && level !== "concern") return policy.medical;
  const misuseOnly = categories.length > 0 && categories.every((c) => c === "misuse");
  if (misuseOnly && rank(level) <= rank("moderate") && policy.misuse !== undefined) {
    return policy.misuse;
  }
  return policy.levels[level];
}
