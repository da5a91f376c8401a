// Over 300 lines because the scan, its framed second pass, the message-wide passes (co-occurrence,
// accumulation, imminence, the learned scorer) and the warm-up share the private rule lists.
import {
  maxLevel,
  type RiskAssessment,
  type RiskCategory,
  type RiskContext,
  type RiskEvidence,
  type RiskLevel,
  rank,
} from "../types.ts";
import { accumulated } from "./accumulate.ts";
import { raiseFromContext } from "./context.ts";
import { meansWithTime, methodQuestion } from "./cooccur.ts";
import { spanishMeansWithTime, spanishMethodQuestion } from "./es/cooccur.ts";
import { SPANISH_RULES } from "./es/index.ts";
import {
  emojiMeansWithTimeline,
  reversedDeathWords,
  reversedReading,
  unreverse,
} from "./evasion.ts";
import { classPatterns, indexRules, markCandidates, type RuleIndex } from "./fast-path.ts";
import { idiomSpans } from "./idioms.ts";
import { imminentCategory } from "./imminence.ts";
import { judge } from "./judge.ts";
import { learnedRaise } from "./learned/score.ts";
import { ACUTE_MORE_RULES } from "./lexicon-acute-more.ts";
import { ACUTE_SCENE_RULES } from "./lexicon-acute-scenes.ts";
import { ACUTE_SCENE_MORE_RULES } from "./lexicon-acute-scenes-more.ts";
import { CONTROL_RULES } from "./lexicon-control.ts";
import { DISTRESS_RULES } from "./lexicon-distress.ts";
import { ESCAPE_RULES, SLANG_RULES, SUICIDAL_RULES } from "./lexicon-escape.ts";
import { FINAL_NIGHT_RULES } from "./lexicon-final-night.ts";
import { MEANS_RULES } from "./lexicon-means.ts";
import { MEDICAL_RULES } from "./lexicon-medical.ts";
import { MEDICAL_MORE_RULES, medicalRule } from "./lexicon-medical-more.ts";
import { MISSES_RULES } from "./lexicon-misses.ts";
import { MISUSE_RULES } from "./lexicon-misuse.ts";
import { MEDICAL_PLAIN_RULES, MISUSE_MORE_RULES } from "./lexicon-misuse-more.ts";
import { ABUSE_RULES, HARM_OTHERS_RULES } from "./lexicon-others.ts";
import { OWN_AGGRESSION_RULES } from "./lexicon-own-aggression.ts";
import { PLAIN_RULES } from "./lexicon-plain.ts";
import { PLAIN_MORE_RULES } from "./lexicon-plain-more.ts";
import { PREPARATION_RULES } from "./lexicon-preparation.ts";
import { ROUND_13_RULES } from "./lexicon-round-13.ts";
import { ROUND_14_RULES } from "./lexicon-round-14.ts";
import { ROUND_15_RULES } from "./lexicon-round-15.ts";
import { ROUND_15_LATE_RULES } from "./lexicon-round-15-late.ts";
import { ROUND_15_MORE_RULES } from "./lexicon-round-15-more.ts";
import { ROUND_16_RULES } from "./lexicon-round-16.ts";
import { POSTS_ROUND_16_RULES } from "./lexicon-round-16-posts.ts";
import { VIOLENCE_ROUND_16_RULES } from "./lexicon-round-16-violence.ts";
import { VIOLENCE_ROUND_18_RULES } from "./lexicon-round-18-violence.ts";
import { ROUND_19_RULES } from "./lexicon-round-19.ts";
import { ROUND_19_OTHER_RULES } from "./lexicon-round-19-others.ts";
import { ROUND_20_RULES } from "./lexicon-round-20.ts";
import { ROUND_20_OTHER_RULES } from "./lexicon-round-20-others.ts";
import { ROUND_21_RULES } from "./lexicon-round-21.ts";
import { ROUND_23_RULES } from "./lexicon-round-23.ts";
import { SELF_HARM_RULES } from "./lexicon-self-harm.ts";
import { SELF_HARM_MORE_RULES } from "./lexicon-self-harm-more.ts";
import { SUICIDE_RULES } from "./lexicon-suicide.ts";
import { FRAME_RULES, SUICIDE_IMMINENT_RULES } from "./lexicon-suicide-acute.ts";
import { VIOLENCE_RULES } from "./lexicon-violence.ts";
import { VIOLENCE_ACTS_RULES } from "./lexicon-violence-acts.ts";
import { VIOLENCE_MORE_RULES } from "./lexicon-violence-more.ts";
import { isHarmlessScene, isHistoryOver, isJoking } from "./modifiers.ts";
import { excerpt, type Normalised, normalise } from "./normalise.ts";
import { eachMatch, eachMatchAt, stickyOf, type Words, wordsOf } from "./prefilter.ts";
import { preparationKinds } from "./preparation.ts";
import { loadSplits } from "./rule-splits.ts";
import type { Rule } from "./rules.ts";
import { violenceLevel } from "./violence-reader.ts";
import { VOCAB } from "./vocab.ts";

const ALL: Rule[] = [
  ...SUICIDE_IMMINENT_RULES,
  ...SUICIDE_RULES,
  ...MEANS_RULES,
  ...SLANG_RULES,
  ...SUICIDAL_RULES,
  ...ESCAPE_RULES,
  ...SELF_HARM_RULES,
  ...HARM_OTHERS_RULES,
  ...VIOLENCE_RULES,
  ...VIOLENCE_MORE_RULES,
  ...VIOLENCE_ACTS_RULES,
  ...ACUTE_MORE_RULES,
  ...PREPARATION_RULES,
  ...SELF_HARM_MORE_RULES,
  ...CONTROL_RULES,
  ...MISUSE_MORE_RULES,
  ...ROUND_13_RULES,
  ...ROUND_14_RULES,
  ...ROUND_15_RULES,
  ...ROUND_15_MORE_RULES,
  ...ROUND_15_LATE_RULES,
  ...ROUND_16_RULES,
  ...VIOLENCE_ROUND_16_RULES,
  ...VIOLENCE_ROUND_18_RULES,
  ...ROUND_19_RULES,
  ...ROUND_19_OTHER_RULES,
  ...ROUND_20_RULES,
  ...ROUND_20_OTHER_RULES,
  ...ROUND_21_RULES,
  ...ROUND_23_RULES,
  ...FINAL_NIGHT_RULES,
  ...OWN_AGGRESSION_RULES,
  ...ACUTE_SCENE_RULES,
  ...ACUTE_SCENE_MORE_RULES,
  ...POSTS_ROUND_16_RULES,
  ...ABUSE_RULES,
  ...MISUSE_RULES,
  ...[...MEDICAL_RULES, ...MEDICAL_MORE_RULES].map(medicalRule),
  // Signs that persist past the dose: read as they are (no past-time lowering).
  ...MEDICAL_PLAIN_RULES,
  ...MISSES_RULES,
  ...PLAIN_RULES,
  ...PLAIN_MORE_RULES,
  ...DISTRESS_RULES,
  ...SPANISH_RULES,
];
/** Rules read on their own. */
const PRIMARY = ALL.filter((r) => r.frame === undefined);
/** Rules that only count next to suicide or self-harm risk (means, timelines, "doing it now"). */
const FRAMED = [...ALL.filter((r) => r.frame !== undefined), ...FRAME_RULES];
/** The framed rules usable when only recent context frames the message (no timelines). */
const FRAMED_UNTIMED = FRAMED.filter((r) => r.frame !== "timeline");

// Long messages are read in overlapping chunks: memory stays bounded and every character is
// still read (the overlap is wider than any look-around a modifier makes).
const CHUNK = 4000;
const OVERLAP = 600;

const FAIL_SAFE: RiskAssessment = {
  level: "concern",
  categories: [],
  evidence: [],
  flags: ["detector_error"],
};

interface Hit {
  rule: Rule;
  level: RiskLevel;
  excerpt: string;
}

/**
 * The deterministic rule layer: what risk do these words carry, and why.
 * Never throws; an internal failure returns level "concern" with flag "detector_error"
 * (a failure counts as risk, never as "none"). Recent context can raise a level, up to
 * moderate, when lower signals repeat (see `raiseFromContext`).
 *
 * @example
 * detectRisk("i have the pills right here").level // "imminent"
 */
export function detectRisk(text: string, context?: RiskContext): RiskAssessment {
  try {
    const raw = typeof text === "string" ? text : String(text ?? "");
    return withReversed(raw, detect(raw, context), context);
  } catch {
    return { ...FAIL_SAFE, flags: ["detector_error"] };
  }
}

function detect(raw: string, context: RiskContext | undefined): RiskAssessment {
  const text = unreverse(raw);
  const chunks: { original: string; n: Normalised }[] = [];
  for (let at = 0; at < text.length || at === 0; at += CHUNK) {
    const original = text.slice(Math.max(0, at - OVERLAP), at + CHUNK);
    chunks.push({ original, n: normalise(original) });
    if (at + CHUNK >= text.length) break;
  }
  const best = new Map<string, Hit>();
  for (const chunk of chunks) scan(chunk.original, chunk.n, PRIMARY, best);

  const contextFrame = (context?.recent ?? []).slice(-10).some((m) => rank(m.level) >= rank("low"));
  let frameCategory: RiskCategory | undefined;
  for (const hit of best.values()) {
    // A means named on its own does not frame itself (else "bought a rope" reads as a plan).
    if (rank(hit.level) < rank("low") || hit.rule.id === "suicide.means.acquired") continue;
    if (hit.rule.category === "suicide") frameCategory = "suicide";
    else if (hit.rule.category === "self_harm" && frameCategory === undefined)
      frameCategory = "self_harm";
  }
  if (frameCategory !== undefined || contextFrame) {
    const framed = new Map<string, Hit>();
    const usable = frameCategory !== undefined ? FRAMED : FRAMED_UNTIMED;
    for (const chunk of chunks) scan(chunk.original, chunk.n, usable, framed);
    for (const [id, hit] of framed) {
      best.set(id, { ...hit, rule: { ...hit.rule, category: frameCategory ?? "suicide" } });
    }
  }

  const evidence: RiskEvidence[] = [];
  const categories: RiskCategory[] = [];
  let level: RiskLevel = "none";
  for (const hit of best.values()) {
    if (hit.level === "none") continue;
    evidence.push({
      category: hit.rule.category,
      level: hit.level,
      rule: hit.rule.id,
      excerpt: hit.excerpt,
    });
    if (rank(hit.level) > rank(level)) level = hit.level;
    const c = hit.rule.category;
    if (c !== "distress" && !categories.includes(c)) categories.push(c);
  }
  const whole = chunks.length === 1 ? (chunks[0]?.n.text ?? "") : "";
  const violence = whole !== "" ? violenceLevel(whole) : "none";
  // Message-wide readings beside the rules: whether each fired, at what level, in what category.
  const extra: [boolean, RiskLevel, string, RiskCategory][] = [
    [emojiMeansWithTimeline(text), "high", "suicide.emoji.means_timeline", "suicide"],
    [whole !== "" && meansWithTime(whole), "high", "suicide.cooccur.means_time", "suicide"],
    // "In a patient's chat there is no neutral question about a lethal method" (issue 15): high.
    [whole !== "" && methodQuestion(whole), "high", "suicide.cooccur.method_question", "suicide"],
    [
      whole !== "" && spanishMeansWithTime(whole),
      "high",
      "es.suicide.cooccur.means_time",
      "suicide",
    ],
    [
      whole !== "" && spanishMethodQuestion(whole),
      "high",
      "es.suicide.cooccur.method_question",
      "suicide",
    ],
    [whole !== "" && preparationKinds(whole) >= 2, "high", "suicide.preparation.kinds", "suicide"],
    [violence !== "none", violence, "harm_to_others.reader", "harm_to_others"],
  ];
  for (const [fired, at, rule, category] of extra) {
    if (!fired) continue;
    evidence.push({ category, level: at, rule, excerpt: "" });
    if (rank(at) > rank(level)) level = at;
    if (!categories.includes(category)) categories.push(category);
  }
  const gathered = chunks.length === 1 ? accumulated(chunks[0]?.n.text ?? "", evidence) : undefined;
  if (gathered !== undefined && rank(gathered.level) > rank(level)) {
    evidence.push({
      category: "suicide",
      level: gathered.level,
      rule: "suicide.accumulated",
      excerpt: "",
    });
    level = gathered.level;
    if (!categories.includes("suicide")) categories.push("suicide");
  }
  const now = imminentCategory(whole, evidence, level);
  if (now !== undefined) {
    evidence.push({ category: now, level: "imminent", rule: `${now}.imminent.now`, excerpt: "" });
    level = "imminent";
  }
  // The learned scorer (issue 15, learned/score.ts): raise-only, at most moderate, OR-ed in.
  // A history told as long ago and over, with no rule reading present risk, is not raised by
  // the learned scorer (recovery posts: posts-5, posts-6), nor is a harmless scene
  // (modifiers.ts: "rope to tie the christmas tree on").
  const base = { level, categories, evidence };
  const all = rank(level) < rank("low") ? chunks.map((c) => c.n.text).join(" ") : "";
  const over = all !== "" && (isHistoryOver(all) || isHarmlessScene(all));
  const learned = framedByLearned(over ? base : learnedRaise(base, chunks), chunks);
  learned.evidence.sort((a, b) => rank(b.level) - rank(a.level));
  return raiseFromContext(learned, context);
}

// When only the learned scorer reads suicide or self-harm, a means or a time named beside it
// frames it as the rules' own hits would ("mañana no me busquen, ya dejé todo listo"): the
// framed rules run once more, raise-only.
function framedByLearned(
  given: RiskAssessment,
  chunks: { original: string; n: Normalised }[],
): RiskAssessment {
  const learnedFrame = given.evidence.find(
    (e) => e.rule === "learned.suicide" || e.rule === "learned.self_harm",
  );
  if (learnedFrame === undefined) return given;
  if (given.evidence.some((e) => !e.rule.startsWith("learned.") && isFraming(e))) return given;
  const framed = new Map<string, Hit>();
  for (const chunk of chunks) scan(chunk.original, chunk.n, FRAMED, framed);
  let level = given.level;
  const evidence = [...given.evidence];
  for (const hit of framed.values()) {
    if (rank(hit.level) <= rank("low")) continue;
    evidence.push({
      category: learnedFrame.category,
      level: hit.level,
      rule: hit.rule.id,
      excerpt: hit.excerpt,
    });
    level = maxLevel(level, hit.level);
  }
  return level === given.level ? given : { ...given, level, evidence };
}

function isFraming(e: RiskEvidence): boolean {
  return (e.category === "suicide" || e.category === "self_harm") && rank(e.level) >= rank("low");
}

// Reversed text is read both ways; words of dying written backwards are themselves a sign of
// hiding them, so they count as at least moderate.
function withReversed(
  raw: string,
  given: RiskAssessment,
  context: RiskContext | undefined,
): RiskAssessment {
  const reading = raw.includes("\u202e") ? unreverse(raw) : reversedReading(raw, VOCAB);
  if (reading === undefined) return given;
  const back = raw.includes("\u202e") ? given : detect(reading, context);
  const death = reversedDeathWords(reading);
  if (!death && rank(back.level) <= rank(given.level)) return given;
  const level = death ? maxLevel(back.level, "moderate") : back.level;
  const categories = [...new Set([...given.categories, ...back.categories])];
  if (death && !categories.includes("suicide") && rank(back.level) < rank("moderate")) {
    categories.push("suicide");
  }
  const evidence: RiskEvidence[] = [
    { category: "suicide", level, rule: "evasion.reversed", excerpt: "" },
    ...back.evidence,
  ];
  return { ...back, level: maxLevel(level, given.level), categories, evidence };
}

// Each rule list's first words, indexed (fast-path.ts): built on first use.
const INDEXES = new WeakMap<Rule[], RuleIndex>();
let splitsLoaded = false;
function indexFor(rules: Rule[]): RuleIndex {
  let index = INDEXES.get(rules);
  if (index === undefined) {
    // Every rule's alternatives at once, from the cache of the last process when it has them.
    if (!splitsLoaded) {
      splitsLoaded = true;
      loadSplits(EVERY_RULE.map((r) => r.re));
    }
    index = indexRules(rules);
    INDEXES.set(rules, index);
  }
  return index;
}

const EVERY_RULE = [...PRIMARY, ...FRAMED];
/** Every rule the scan can run, primary and framed (for the tests that audit them). */
export function everyRule(): readonly Rule[] {
  return EVERY_RULE;
}
/** How many rules the fast path leaves to run on this text, of all of them (for tests). */
export function candidateCount(text: string): number {
  const n = markCandidates(indexFor(EVERY_RULE), normalise(unreverse(text)).text);
  return n < 0 ? EVERY_RULE.length : n;
}

// Run rules over one chunk, keeping the highest-level surviving match per rule id. Only rules
// whose first words occur are run (fast-path.ts); idioms and jokes are read on a first match.
function scan(original: string, n: Normalised, rules: Rule[], best: Map<string, Hit>): void {
  const t = n.text;
  const index = indexFor(rules);
  const count = markCandidates(index, t);
  if (count === 0) return;
  let idioms: [number, number][] | undefined;
  let joking: boolean | undefined;
  // With the fast path on, each candidate is tried only where its first words start.
  const starts = count >= 0 ? index.lists : undefined;
  // Only the candidates, in rule order (as the full scan meets them): a short text marks a few
  // of the ~800 rules, and walking all of them was a fifth of a quiet message's time.
  const order = count > 0 ? index.touched.slice().sort((a, b) => a - b) : undefined;
  const total = order === undefined ? rules.length : order.length;
  for (let i = 0; i < total; i++) {
    const k = order === undefined ? i : (order[i] as number);
    const rule = rules[k] as Rule;
    // Tried only where its first words start, a rule skips its gate: the gate would read the
    // whole text to save a few anchored tries (a gate is speed only).
    const at = starts?.[k];
    const anchored = at !== undefined && at.length > 0;
    if (!anchored && rule.gate !== undefined && !rule.gate.test(t)) continue;
    if (rule.requires !== undefined && !rule.requires.test(t)) continue;
    const visit = (from: number, to: number) => {
      idioms ??= idiomSpans(t);
      joking ??= isJoking(t);
      const level = judge(rule, t, from, to, idioms, joking);
      if (level === undefined) return;
      const prior = best.get(rule.id);
      if (prior === undefined || rank(level) > rank(prior.level)) {
        best.set(rule.id, { rule, level, excerpt: excerpt(original, n, from, to) });
      }
    };
    // No starts listed: a rule without known first words, or the fast path off.
    if (anchored) eachMatchAt(rule.re, t, at, visit, index.patterns[k]);
    else eachMatch(rule.re, t, wordsFor(n), visit);
  }
}

// A chunk is scanned twice (primary, then framed rules): split its words once.
const WORDS = new WeakMap<Normalised, Words>();
function wordsFor(n: Normalised): Words {
  let words = WORDS.get(n);
  if (words === undefined) {
    words = wordsOf(n.text);
    WORDS.set(n, words);
  }
  return words;
}

// A few messages that walk the detector's paths (plain, risk with means and time, framed by
// context, negated, joking, reported, past, Spanish), for the warm-up only.
const WARM_TEXTS = [
  "the session went ok today, feeling a bit floaty and tired",
  "i have the pills saved up and i'm going to take them all tonight",
  "i don't want to kill myself, my sister said she wants to die lol 😂",
  "years ago i cut myself, fine since. now i just feel hopeless and numb",
  "how many would it take? i bought a rope. no quiero vivir, me quiero matar",
  "I keep thinking about ending it, I don't see the point anymore",
];
let warmed: { rules: number } | undefined;

/**
 * Compile every rule's patterns and run the detector once over a few representative messages,
 * so the first real check after start is not a cold one (V8 compiles a regex on its first use
 * and tiers it up on its second). Idempotent; returns how many rules it compiled.
 */
export function warmDetector(): { rules: number } {
  if (warmed !== undefined) return warmed;
  const rules = [...new Set([...PRIMARY, ...FRAMED])];
  // The fast path runs a rule's sticky twin; its gate and global pattern only run for a rule
  // without known first words (or with the fast path off, in tests), so only those compile.
  // A rule of several classes is tried by its classes' own patterns (fast-path.ts).
  const everyIndex = indexFor(EVERY_RULE);
  const loose = new Set(everyIndex.loose.map((k) => EVERY_RULE[k]));
  const byClass = new Map<Rule, (RegExp | undefined)[]>();
  classPatterns(everyIndex).forEach((list, k) => {
    if (list.length > 0) byClass.set(EVERY_RULE[k] as Rule, list);
  });
  for (const sample of WARM_TEXTS) {
    for (const rule of rules) {
      const scanned = loose.has(rule) ? [rule.gate, rule.re] : [];
      const tried = byClass.get(rule) ?? [stickyOf(rule.re)];
      for (const re of [...scanned, rule.requires, ...tried, rule.unless]) {
        if (re === undefined) continue;
        re.lastIndex = 0;
        re.exec(sample);
        re.lastIndex = 0;
      }
    }
  }
  const context: RiskContext = { recent: [{ text: "hard week", level: "low" }] };
  for (let k = 0; k < 2; k++) {
    for (const t of WARM_TEXTS) {
      detectRisk(t);
      detectRisk(t, context);
    }
  }
  warmed = { rules: rules.length };
  return warmed;
}

/** Has `warmDetector` run in this process? */
export function isDetectorWarm(): boolean {
  return warmed !== undefined;
}
