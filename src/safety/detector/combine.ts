import {
  maxLevel,
  type RiskAssessment,
  type RiskCategory,
  type RiskContext,
  type RiskLevel,
  rank,
} from "../types.ts";
import { detectRisk } from "./detect.ts";

/** A second opinion (ML model or LLM) on the same text; it may only raise the rule layer. */
export interface RiskClassifier {
  classify(
    text: string,
    context: RiskContext,
    signal: AbortSignal,
  ): Promise<{ level: RiskLevel; categories: RiskCategory[] }>;
}

export interface AssessOptions {
  classifier?: RiskClassifier;
  /** How long the classifier may take; default 2000 ms. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 2000;

class Timeout extends Error {}

/**
 * Rule layer first, then the classifier if one is given. The classifier can raise the level
 * and add categories, never lower or remove them. If it times out or fails, the rule result
 * stands with flag "classifier_timeout" or "classifier_error", and a rule level of none is
 * raised to concern: a failed safety step counts as risk. Never rejects.
 */
export async function assessRisk(
  text: string,
  context: RiskContext,
  options: AssessOptions = {},
): Promise<RiskAssessment> {
  const rules = detectRisk(text, context);
  const classifier = options.classifier;
  if (classifier === undefined) return rules;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new Timeout());
      }, timeoutMs);
    });
    const second = await Promise.race([
      Promise.resolve().then(() => classifier.classify(text, context, controller.signal)),
      timeout,
    ]);
    return raise(rules, second);
  } catch (error) {
    return failSafe(rules, error instanceof Timeout ? "classifier_timeout" : "classifier_error");
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}

// Merge a classifier verdict upward only; anything malformed counts as a classifier error.
function raise(rules: RiskAssessment, second: unknown): RiskAssessment {
  const verdict = second as { level?: unknown; categories?: unknown } | null;
  const level = verdict?.level;
  if (typeof level !== "string" || rank(level as RiskLevel) < 0) {
    return failSafe(rules, "classifier_error");
  }
  const extra = Array.isArray(verdict?.categories) ? verdict.categories : [];
  const categories = [...rules.categories];
  for (const c of extra) {
    if (isCategory(c) && !categories.includes(c)) categories.push(c);
  }
  const raised = maxLevel(rules.level, level as RiskLevel);
  const evidence =
    rank(raised) > rank(rules.level)
      ? [
          ...rules.evidence,
          {
            category: categories[0] ?? ("distress" as const),
            level: raised,
            rule: "classifier",
            excerpt: "",
          },
        ]
      : rules.evidence;
  return { ...rules, level: raised, categories, evidence };
}

function failSafe(rules: RiskAssessment, flag: string): RiskAssessment {
  return {
    ...rules,
    level: maxLevel(rules.level, "concern"),
    flags: [...(rules.flags ?? []), flag],
  };
}

function isCategory(c: unknown): c is RiskCategory {
  return (
    c === "suicide" ||
    c === "self_harm" ||
    c === "harm_to_others" ||
    c === "abuse" ||
    c === "medical" ||
    c === "misuse"
  );
}
