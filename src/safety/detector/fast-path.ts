// A word pre-filter in front of the whole rule scan (issue 20). Every lexicon pattern starts at
// a word edge, and prefilter.ts derives the words (or word prefixes) each one can begin with.
// Merged into one index from first word to rules, a message's words name the only rules that
// can match it: the rest are skipped without running their patterns, a candidate is tried only
// where one of its first words starts (sticky, not a scan of every character), and a message
// holding none of those words skips the scan (and the idiom and joke reads it needs). Every
// other pass (reversed text, emoji, co-occurrence, accumulation, the learned scorer, context)
// still runs, so the assessment is identical to a full scan (test/safety/fast-path*.test.ts).

import { GATE_MAX, type Gate, gateOf } from "./necessary.ts";
import { anchorsOf } from "./prefilter.ts";

/** From a first word (or word prefix) to the positions of the rules that can begin with it. */
export interface RuleIndex {
  exact: Map<string, number[]>;
  prefix: Map<string, number[]>;
  /** Rules whose first words cannot be bounded: always candidates. */
  loose: number[];
  /** Per rule position, 1 when `markCandidates` last found it a candidate (reused). */
  marks: Uint8Array;
  /**
   * Per rule position, where one of its first words starts in the last text marked (text
   * order, no repeats; empty for a loose rule). Valid only after a call that returned >= 0.
   */
  lists: number[][];
  /** The rules whose `lists` hold positions (cleared on the next call). */
  touched: number[];
  /** From a word to the rules it can begin and the gates it opens (memoised, bounded). */
  byWord: Map<string, WordRules>;
  /** From a word (or a word beginning) to the rules every match of which holds one (necessary.ts). */
  gates: Map<string, number[]>;
  gatesPrefix: Map<string, number[]>;
  /** Per rule position, 1 when it has a gate (necessary.ts). */
  gated: Uint8Array;
  /** Per rule position, 1 once its gate was derived (on its first candidacy: see `markCandidates`). */
  gateRead: Uint8Array;
  /** The rules' patterns by position, for deriving gates. */
  patterns: readonly RegExp[];
  /** The last text's words, in order (reused). */
  words: string[];
  /** Per rule position, 1 when the last text marked opened its gate (reused). */
  open: Uint8Array;
}

/** What one word of a text does: the rules it can begin, the rules whose gates it opens. */
interface WordRules {
  begins: readonly number[];
  opens: readonly number[];
}

// Same limit as prefilter.ts: anchor prefixes are cut to this many letters.
const PREFIX_MAX = 6;

/** Index the first words of a rule list by position (once per list, a few milliseconds). */
export function indexRules(rules: readonly { re: RegExp }[]): RuleIndex {
  const index: RuleIndex = {
    exact: new Map(),
    prefix: new Map(),
    loose: [],
    marks: new Uint8Array(rules.length),
    lists: rules.map(() => []),
    touched: [],
    byWord: new Map(),
    gates: new Map(),
    gatesPrefix: new Map(),
    gated: new Uint8Array(rules.length),
    gateRead: new Uint8Array(rules.length),
    patterns: rules.map((r) => r.re),
    words: [],
    open: new Uint8Array(rules.length),
  };
  const add = (map: Map<string, number[]>, key: string, at: number) => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [at]);
    else if (!list.includes(at)) list.push(at);
  };
  // Anchors are derived once per pattern, however many rules share it.
  const seen = new Map<RegExp, ReturnType<typeof anchorsOf>>();
  rules.forEach(({ re }, at) => {
    if (!seen.has(re)) seen.set(re, anchorsOf(re));
    const anchors = seen.get(re);
    if (anchors === undefined) {
      index.loose.push(at);
      return;
    }
    for (const w of anchors.exact) add(index.exact, w, at);
    for (const p of anchors.prefix) add(index.prefix, p.slice(0, PREFIX_MAX), at);
  });
  return index;
}

let enabled = true;

/**
 * Mark in `index.marks` the rules that can match somewhere in the normalised text `t` (a
 * superset: a rule left unmarked has none of its first words in `t`) and return how many;
 * -1 with the fast path off (every rule is then a candidate). It also fills `index.lists`, so
 * a candidate is tried only where one of its first words starts: one pass over the words
 * serves every rule. The marks and starts are overwritten by the next call.
 */
export function markCandidates(index: RuleIndex, t: string): number {
  if (!enabled) return -1;
  const { marks, lists, touched, gated, open } = index;
  for (const k of touched) (lists[k] as number[]).length = 0;
  touched.length = 0;
  marks.fill(0);
  open.fill(0);
  let count = 0;
  const words = index.words;
  words.length = 0;
  for (const k of index.loose) {
    if (marks[k] === 0) {
      marks[k] = 1;
      count++;
    }
  }
  // Runs of [a-z0-9], as TOKEN would find them, without a match object per word. A word's
  // rule list holds each rule once (rulesOfWord), so a start is never pushed twice.
  const n = t.length;
  let k = 0;
  while (k < n) {
    let c = t.charCodeAt(k);
    if (!isWordChar(c)) {
      k++;
      continue;
    }
    const at = k;
    do {
      k++;
      c = k < n ? t.charCodeAt(k) : 0;
    } while (isWordChar(c));
    const word = t.slice(at, k);
    words.push(word);
    const { begins: list, opens } = rulesOfWord(index, word);
    for (let j = 0; j < opens.length; j++) open[opens[j] as number] = 1;
    for (let j = 0; j < list.length; j++) {
      const r = list[j] as number;
      if (marks[r] === 0) {
        marks[r] = 1;
        count++;
        touched.push(r);
      }
      (lists[r] as number[]).push(at);
    }
  }
  // A rule met for the first time gets its gate now (deriving all of them costs ~100 ms, too
  // much for a command's first message), read against this text's words directly.
  let derived = false;
  for (let r = 0; r < marks.length; r++) {
    if (marks[r] === 1 && index.gateRead[r] === 0) {
      const gate = readGate(index, r);
      if (gate === null || opensGate(gate, words)) open[r] = 1;
      derived = true;
    }
  }
  if (derived) index.byWord.clear();
  // A rule whose gate no word opened cannot match: unmark it (its starts are cleared next call).
  for (let r = 0; r < marks.length; r++) {
    if (marks[r] === 1 && gated[r] === 1 && open[r] === 0) {
      marks[r] = 0;
      count--;
    }
  }
  return count;
}

// a-z or 0-9 (the normalised text's word characters).
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

// Gates by pattern, however many rule lists share it.
const GATES = new WeakMap<RegExp, Gate | null>();
function readGate(index: RuleIndex, r: number): Gate | null {
  index.gateRead[r] = 1;
  const re = index.patterns[r] as RegExp;
  let gate = GATES.get(re);
  if (gate === undefined) {
    gate = gateOf(re) ?? null;
    GATES.set(re, gate);
  }
  if (gate === null) return null;
  index.gated[r] = 1;
  for (const w of gate.exact) addTo(index.gates, w, r);
  for (const p of gate.prefix) addTo(index.gatesPrefix, p, r);
  return gate;
}

// Does one of these words open the gate (as rulesOfWord would find it)?
function opensGate(gate: Gate, words: readonly string[]): boolean {
  for (const word of words) {
    if (gate.exact.includes(word)) return true;
    const head = word.slice(0, GATE_MAX);
    for (const p of gate.prefix) if (head.startsWith(p)) return true;
  }
  return false;
}
function addTo(map: Map<string, number[]>, key: string, at: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [at]);
  else if (!list.includes(at)) list.push(at);
}

// The rules a word can begin (its exact form's and its prefixes') and those whose gates it
// opens (itself, or a beginning of it up to GATE_MAX letters), merged once per word.
const NO_RULES: readonly number[] = [];
const WORD_CACHE_MAX = 20_000;
function rulesOfWord(index: RuleIndex, word: string): WordRules {
  const known = index.byWord.get(word);
  if (known !== undefined) return known;
  const begins = new Set<number>(index.exact.get(word));
  for (let k = 1; k <= Math.min(PREFIX_MAX, word.length); k++)
    for (const r of index.prefix.get(word.slice(0, k)) ?? []) begins.add(r);
  const opens = new Set<number>(index.gates.get(word));
  for (let k = 1; k <= Math.min(GATE_MAX, word.length); k++)
    for (const r of index.gatesPrefix.get(word.slice(0, k)) ?? []) opens.add(r);
  const rules: WordRules = {
    begins: begins.size === 0 ? NO_RULES : [...begins],
    opens: opens.size === 0 ? NO_RULES : [...opens],
  };
  if (index.byWord.size >= WORD_CACHE_MAX) index.byWord.clear();
  index.byWord.set(word, rules);
  return rules;
}

/** Switch the fast path off (false) or back on (true, the default): for the identity tests. */
export function setFastPath(on: boolean): void {
  enabled = on;
}
