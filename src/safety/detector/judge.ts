import { type RiskLevel, rank } from "../types.ts";
import { OLD_TIME } from "./lexicon-suicide.ts";
import {
  hasNearby,
  isClarifiedAway,
  isGeneralQuestion,
  isNegated,
  isOtherPerson,
  isTopicMention,
  pastAndResolved,
} from "./modifiers.ts";
import type { Rule } from "./rules.ts";

// One match of one rule, judged by the rule's modifiers (rules.ts `Rule`): idioms, jokes,
// negation, general questions, someone else, accidents, the past, and the rule's own last word.
// The detector's scan (detect.ts) calls it on every match it finds.

// Apply the modifiers to one match; undefined drops it.
export function judge(
  rule: Rule,
  t: string,
  from: number,
  to: number,
  idioms: [number, number][],
  joking: boolean,
): RiskLevel | undefined {
  if (overlaps(idioms, from, to)) return undefined;
  if (rule.hyperbole === true && joking) return undefined;
  if (rule.negatable !== false && isNegated(t, from, to)) return undefined;
  // A general question about the topic ("do patients feel suicidal after ketamine?") is
  // concern, whoever it names.
  if (rule.topic === true && isGeneralQuestion(t, from, to)) return minLevel(rule.level, "concern");
  if (rule.self !== undefined && isOtherPerson(t, from, rule.self === "inherent")) return undefined;
  if (rule.unless !== undefined && hasNearby(t, from, to, rule.unless)) return undefined;
  let level = rule.level;
  if (rule.time !== undefined) {
    const { past, resolved } = pastAndResolved(t, from, to, OLD_TIME);
    if (past && rule.time === "act")
      // Long ago and over ("years ago, fine since") is history, not present risk.
      level = resolved ? "none" : (rule.past ?? level);
    if (past && rule.time === "state") level = resolved ? "none" : minLevel(level, "concern");
    if (!past && resolved && rule.category === "distress") level = "none";
  }
  if (rule.topic === true && (isGeneralQuestion(t, from, to) || isTopicMention(t, from))) {
    level = minLevel(level, "concern");
  }
  if (
    rule.category === "suicide" &&
    rule.time === "state" &&
    rank(level) <= rank("moderate") &&
    isClarifiedAway(t, to)
  )
    level = minLevel(level, "concern");
  if (rule.refine !== undefined && level !== "none")
    level = minLevel(level, rule.refine(t, from, to));
  return level;
}

export function minLevel(a: RiskLevel, b: RiskLevel): RiskLevel {
  return rank(a) <= rank(b) ? a : b;
}

// Spans are sorted and do not overlap (one global scan), so binary search the first that ends
// after `from`.
export function overlaps(spans: [number, number][], from: number, to: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid]?.[1] ?? 0) <= from) lo = mid + 1;
    else hi = mid;
  }
  const span = spans[lo];
  return span !== undefined && span[0] < to;
}
