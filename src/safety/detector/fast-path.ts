// A word pre-filter in front of the whole rule scan (issue 20). Every lexicon pattern starts at
// a word edge, and anchors.ts derives the words (or word prefixes) each one can begin with;
// necessary.ts derives words every match must hold one of (its gate). Merged into one index
// from word to rules, a message's words name the only rules that can match it: the rest are
// skipped without running their patterns, and a candidate is tried only where one of its first
// words starts (sticky, not a scan of every character). A rule is indexed by its top-level
// alternatives, grouped by first words ("classes"): a place is tried only when an alternative
// beginning there has its gate open. A message holding none of those words skips the scan.
// Every other pass (reversed text, emoji, co-occurrence, accumulation, the learned scorer,
// context) still runs, so the assessment is identical to a full scan (test/safety/fast-path*).

import {
  buildClasses,
  type Classes,
  classesOfWord,
  classPattern,
  opensGate,
  readGate,
  type WordClasses,
} from "./rule-classes.ts";

/** From words to the rules (through their classes) that can match a text holding them. */
export interface RuleIndex {
  /** Per rule position, 1 when `markCandidates` last found it a candidate (reused). */
  marks: Uint8Array;
  /**
   * Per rule position, where it may match in the last text marked (ascending, no repeats);
   * empty for a rule whose first words cannot be bounded (it scans the whole text).
   */
  lists: number[][];
  /** Rules with a part whose first words cannot be bounded (the warm-up compiles them whole). */
  loose: number[];
  classes: Classes;
  /** From a word to the classes it can begin and the gates it opens (memoised, bounded). */
  byWord: Map<string, WordClasses>;
  /** The last text's words, in order (reused). */
  words: string[];
  /** The rules marked by the last call (their `lists` are cleared on the next). */
  touched: number[];
  /** Per rule, 1 when the last text opened a loose class of it (it scans the whole text). */
  whole: Uint8Array;
  /** The classes whose gates the last text opened (cleared on the next). */
  opened: number[];
  /** Per rule, the list its classes' starts are joined into when more than one is open. */
  own: number[][];
  /** Per rule, its open classes in the last text (ascending once marked). */
  openOf: number[][];
  /**
   * Per rule marked by the last call, the sticky pattern to try at its `lists` starts: its
   * open classes' alternatives only (classPattern), or undefined for the rule's own.
   */
  patterns: (RegExp | undefined)[];
  sources: RegExp[];
}

// An empty list of starts, shared (never written); a rule's joined list before it has one.
const NO_STARTS: number[] = [];
const NO_OWN: number[] = [];

/** Index the first words of a rule list by position (once per list, tens of milliseconds). */
export function indexRules(rules: readonly { re: RegExp }[]): RuleIndex {
  const { classes, loose } = buildClasses(rules);
  return {
    marks: new Uint8Array(rules.length),
    lists: rules.map(() => NO_STARTS),
    own: rules.map(() => []),
    openOf: rules.map(() => []),
    patterns: rules.map(() => undefined),
    sources: rules.map((r) => r.re),
    loose,
    classes,
    byWord: new Map(),
    words: [],
    touched: [],
    whole: new Uint8Array(rules.length),
    opened: [],
  };
}

let enabled = true;

/**
 * Mark in `index.marks` the rules that can match somewhere in the normalised text `t` (a
 * superset: a rule left unmarked cannot match) and return how many; -1 with the fast path off
 * (every rule is then a candidate). It also fills `index.lists`, so a candidate is tried only
 * where it may match: one pass over the words serves every rule. Overwritten by the next call.
 */
export function markCandidates(index: RuleIndex, t: string): number {
  if (!enabled) return -1;
  const { marks, lists, touched, words, classes } = index;
  const { present, open, starts } = classes;
  // Only the last text's entries are cleared (all of them was most of a short text's time).
  // Its hundreds of per-class and per-rule lists are replaced when next used, not truncated:
  // setting an array's length is a runtime call in V8.
  for (const r of touched) {
    marks[r] = 0;
    index.whole[r] = 0;
    lists[r] = NO_STARTS;
    index.patterns[r] = undefined;
  }
  touched.length = 0;
  for (const c of classes.touched) present[c] = 0;
  classes.touched.length = 0;
  for (const c of index.opened) open[c] = 0;
  index.opened.length = 0;
  words.length = 0;
  for (const c of classes.loose) {
    present[c] = 1;
    classes.touched.push(c);
  }
  // Runs of [a-z0-9], as TOKEN would find them, without a match object per word. A word's
  // class list holds each class once (classesOfWord), so a start is never pushed twice.
  const n = t.length;
  let k = 0;
  while (k < n) {
    let ch = t.charCodeAt(k);
    if (!isWordChar(ch)) {
      k++;
      continue;
    }
    const at = k;
    do {
      k++;
      ch = k < n ? t.charCodeAt(k) : 0;
    } while (isWordChar(ch));
    const word = t.slice(at, k);
    words.push(word);
    const { begins, opens } = classesOfWord(classes, index.byWord, word);
    for (let j = 0; j < opens.length; j++) {
      const c = opens[j] as number;
      if (open[c] === 0) {
        open[c] = 1;
        index.opened.push(c);
      }
    }
    for (let j = 0; j < begins.length; j++) {
      const c = begins[j] as number;
      if (present[c] === 0) {
        present[c] = 1;
        classes.touched.push(c);
        starts[c] = [at];
      } else (starts[c] as number[]).push(at);
    }
  }
  // A class met for the first time gets its gate now (deriving all of them costs ~100 ms, too
  // much for a command's first message), read against this text's words directly.
  let derived = false;
  for (const c of classes.touched) {
    if (classes.gateRead[c] === 1) continue;
    const gate = readGate(classes, c);
    if ((gate === null || opensGate(gate, words)) && open[c] === 0) {
      open[c] = 1;
      index.opened.push(c);
    }
    derived = true;
  }
  if (derived) index.byWord.clear();
  // A rule is a candidate when one of its classes is present with its gate open; it is tried
  // where such a class begins (all of the text for a loose class).
  let count = 0;
  const whole = index.whole;
  for (const c of classes.touched) {
    if (classes.gated[c] === 1 && open[c] === 0) continue;
    const r = classes.owner[c] as number;
    if (marks[r] === 0) {
      marks[r] = 1;
      count++;
      touched.push(r);
      index.openOf[r] = [];
      index.own[r] = NO_OWN;
    }
    if (classes.isLoose[c] === 1) {
      whole[r] = 1;
      continue;
    }
    (index.openOf[r] as number[]).push(c);
    // One class: its starts as they are; more: joined into the rule's own list, then sorted.
    const list = lists[r] as number[];
    if (list === NO_STARTS) lists[r] = starts[c] as number[];
    else {
      let own = index.own[r] as number[];
      if (list !== own) {
        own = list.slice();
        index.own[r] = own;
      }
      for (const at of starts[c] as number[]) own.push(at);
      lists[r] = own;
    }
  }
  for (const r of touched) {
    if (whole[r] === 1) {
      lists[r] = NO_STARTS;
      continue;
    }
    if (lists[r] === index.own[r]) sortUnique(lists[r] as number[]);
    // One class open: its own pattern; several: the rule's (joining them per text costs more).
    const ids = index.openOf[r] as number[];
    if (classes.single[r] === 1 || ids.length > 1) continue;
    index.patterns[r] =
      classes.own[ids[0] as number] ?? classPattern(classes, index.sources[r] as RegExp, ids);
  }
  return count;
}

// Sort ascending and drop repeats in place (classes of one rule may begin at the same word).
function sortUnique(list: number[]): void {
  let sorted = true;
  for (let k = 1; k < list.length; k++) {
    if ((list[k] as number) <= (list[k - 1] as number)) {
      sorted = false;
      break;
    }
  }
  if (sorted) return;
  list.sort((a, b) => a - b);
  let w = 0;
  for (let k = 0; k < list.length; k++)
    if (k === 0 || list[k] !== list[w - 1]) list[w++] = list[k] as number;
  list.length = w;
}

// a-z or 0-9 (the normalised text's word characters).
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/**
 * The patterns the fast path tries for the index's rules, one per class of a rule of several
 * (classPattern), undefined for a rule of one class (its sticky twin serves): for the warm-up.
 */
export function classPatterns(index: RuleIndex): (RegExp | undefined)[][] {
  const { classes } = index;
  const out: (RegExp | undefined)[][] = index.sources.map(() => []);
  classes.owner.forEach((r, c) => {
    if (classes.single[r] === 1) return;
    out[r]?.push(classPattern(classes, index.sources[r] as RegExp, [c]));
  });
  return out;
}

/** Switch the fast path off (false) or back on (true, the default): for the identity tests. */
export function setFastPath(on: boolean): void {
  enabled = on;
}
