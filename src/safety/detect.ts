import { IDIOMS, RULES, type Rule } from "./lexicon.ts";
import { normalise } from "./normalise.ts";
import {
  maxLevel,
  type RiskAssessment,
  type RiskCategory,
  type RiskContext,
  type RiskEvidence,
  type RiskLevel,
  rank,
} from "./types.ts";

// The deterministic rule layer: fast, explainable, and biased to catch risk. Negation, past
// time, other people and idioms lower a match; nothing here can raise "none" on an error.

const NEGATION =
  /\b(?:not|never|no|nor|without|neither|nothing about|no longer|would never|will never|do not|did not|am not|have not|has not|had not|was not|is not|are not|never ever)\b(?:\s+\w+){0,3}\s*$/;
const NOT_ANYMORE =
  /\b(?:not anymore|not any more|no longer|used to|in the past|years ago|when i was (?:a )?(?:kid|teen|young|younger)|back then)\b/;
const OTHER_PERSON =
  /\b(?:he|she|they|his|her|their|my (?:\w+ )?(?:friend|sister|brother|mom|mother|dad|father|son|daughter|cousin|aunt|uncle|partner|husband|wife|patient|client|neighbou?r|coworker|colleague)|someone|somebody|a (?:friend|character|guy|woman|man|girl|boy)|the (?:character|movie|show|book|song|news|article|guy|man|woman))\s+(?:\w+\s+){0,3}(?:said|says|told me|wants?|wanted|tried|is|was|feels?|felt|thinks?|thought|has|had|keeps?|killed|died)\b/;
const QUESTION_GENERAL =
  /\b(?:is it normal|is it common|do people|does anyone|what (?:happens|is)|how common|why do people)\b/;
const SELF_SUBJECT = /\b(?:i|me|my|myself|i am|i have|i will)\b/;
const CLAUSE_SPLIT = /[.!?;\n]+|\b(?:but|however|although|though)\b/;
const MAX_SCAN = 20_000;

interface Hit {
  rule: Rule;
  excerpt: string;
  level: RiskLevel;
}

function lowered(rule: Rule, clause: string, index: number): RiskLevel {
  const before = clause.slice(Math.max(0, index - 60), index);
  const whole = clause;
  if (!rule.negationInside && NEGATION.test(before)) return "none";
  if (rule.category === "abuse") return rule.level;
  if (
    NOT_ANYMORE.test(whole) &&
    /\b(?:not|no longer|used to)\b/.test(whole) &&
    !/\bagain\b/.test(whole)
  )
    return "none";
  if (
    OTHER_PERSON.test(before + clause.slice(index, index + 20)) &&
    !/\b(?:i|me|myself)\b/.test(clause.slice(index, index + 40))
  ) {
    return rule.category === "medical"
      ? rule.level
      : rank(rule.level) > rank("concern")
        ? "concern"
        : "none";
  }
  if (rule.category === "medical") return rule.level;
  if (QUESTION_GENERAL.test(whole) && !SELF_SUBJECT.test(whole.replace(QUESTION_GENERAL, "")))
    return "concern";
  return rule.level;
}

function scan(text: string): Hit[] {
  let clean = text;
  for (const idiom of IDIOMS) clean = clean.replace(idiom, " _ ");
  const hits: Hit[] = [];
  for (const clause of clean.split(CLAUSE_SPLIT)) {
    if (!clause || clause.length < 3) continue;
    for (const rule of RULES) {
      const match = rule.re.exec(clause);
      if (!match) continue;
      const level = lowered(rule, clause, match.index);
      if (level !== "none") hits.push({ rule, excerpt: match[0].slice(0, 120), level });
    }
  }
  return hits;
}

/** Raise the level when lower-level signals keep coming (never above moderate from repetition). */
function withContext(level: RiskLevel, context: RiskContext | undefined): RiskLevel {
  const recent = context?.recent ?? [];
  if (level === "none") return level;
  const concerning = recent.filter((m) => rank(m.level) >= rank("concern")).length;
  const lowOrMore = recent.filter((m) => rank(m.level) >= rank("low")).length;
  if (level === "low" && lowOrMore >= 2) return "moderate";
  if (level === "concern" && concerning >= 3) return "low";
  return level;
}

/**
 * Assess one patient message: level, categories and the evidence behind them.
 *
 * @example
 * detectRisk("i want to kill myself tonight").level // "high"
 */
export function detectRisk(text: string, context?: RiskContext): RiskAssessment {
  try {
    const input =
      text.length > MAX_SCAN
        ? `${text.slice(0, MAX_SCAN / 2)}\n${text.slice(-MAX_SCAN / 2)}`
        : text;
    const hits = scan(
      normalise(input.replace(/[\ud800-\udfff]/g, (c, i, s) => (isPaired(s, i) ? c : " "))),
    );
    let level: RiskLevel = "none";
    const categories = new Set<RiskCategory>();
    const evidence: RiskEvidence[] = [];
    for (const hit of hits) {
      level = maxLevel(level, hit.level);
      if (hit.rule.category !== "distress" && rank(hit.level) > rank("concern"))
        categories.add(hit.rule.category);
      evidence.push({
        category: hit.rule.category,
        level: hit.level,
        rule: hit.rule.id,
        excerpt: hit.excerpt,
      });
    }
    level = withContext(level, context);
    if (level !== "none" && level !== "concern" && categories.size === 0) categories.add("suicide");
    return { level, categories: [...categories], evidence };
  } catch {
    return { level: "concern", categories: [], evidence: [], flags: ["detector_error"] };
  }
}

function isPaired(s: string, i: number): boolean {
  const code = s.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) return (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
  return i > 0 && (s.charCodeAt(i - 1) & 0xfc00) === 0xd800;
}
