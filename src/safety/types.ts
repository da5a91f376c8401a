/** Risk levels in order of urgency; they follow the C-SSRS screener's logic (see DESIGN.md). */
export const RISK_LEVELS = ["none", "concern", "low", "moderate", "high", "imminent"] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const RISK_CATEGORIES = [
  "suicide",
  "self_harm",
  "harm_to_others",
  "abuse",
  "medical",
  "misuse",
] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];

/** One reason the detector gave a level: which rule matched which words. */
export interface RiskEvidence {
  category: RiskCategory | "distress";
  level: RiskLevel;
  /** Stable rule id, e.g. "suicide.plan.timeline"; never patient text. */
  rule: string;
  /** The matched words (patient text: never log this at info level). */
  excerpt: string;
}

export interface RiskAssessment {
  level: RiskLevel;
  categories: RiskCategory[];
  evidence: RiskEvidence[];
  /** Why a safety step could not complete (e.g. "classifier_timeout"); any flag means fail-safe. */
  flags?: string[];
}

/** What the detector may know about the conversation so far. */
export interface RiskContext {
  /** Recent patient messages (oldest first) with the level each got. */
  recent?: { text: string; level: RiskLevel }[];
}

/** Index of a level, for comparisons: `rank("high") > rank("low")`. */
export function rank(level: RiskLevel): number {
  return RISK_LEVELS.indexOf(level);
}

/** The more urgent of two levels. */
export function maxLevel(a: RiskLevel, b: RiskLevel): RiskLevel {
  return rank(a) >= rank(b) ? a : b;
}
