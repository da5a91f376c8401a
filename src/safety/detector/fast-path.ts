// A word pre-filter in front of the whole rule scan (issue 20). Every lexicon pattern starts at
// a word edge, and prefilter.ts derives the words (or word prefixes) each one can begin with.
// Merged into one index from first word to rules, a message's words name the only rules that
// can match it: the rest are skipped without running their patterns, and a message holding
// none of those words skips the scan (and the idiom and joke reads it needs) at once. Every
// other pass (reversed text, emoji, co-occurrence, accumulation, the learned scorer, context)
// still runs, so the assessment is identical to a full scan (test/safety/fast-path*.test.ts).

import { anchorsOf } from "./prefilter.ts";

/** From a first word (or word prefix) to the positions of the rules that can begin with it. */
export interface RuleIndex {
  exact: Map<string, number[]>;
  prefix: Map<string, number[]>;
  /** Rules whose first words cannot be bounded: always candidates. */
  loose: number[];
  /** Per rule position, 1 when `markCandidates` last found it a candidate (reused). */
  marks: Uint8Array;
}

// Same limit as prefilter.ts: anchor prefixes are cut to this many letters.
const PREFIX_MAX = 6;
const TOKEN = /[a-z0-9]+/g;
// From this length on prefilter.ts already tries each pattern only where its first words
// start, so a second word index would only add work.
const SHORT = 160;

/** Index the first words of a rule list by position (once per list, a few milliseconds). */
export function indexRules(rules: readonly { re: RegExp }[]): RuleIndex {
  const index: RuleIndex = {
    exact: new Map(),
    prefix: new Map(),
    loose: [],
    marks: new Uint8Array(rules.length),
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
 * -1 for a long text or with the fast path off (every rule is then a candidate). The marks
 * are overwritten by the next call.
 */
export function markCandidates(index: RuleIndex, t: string): number {
  if (!enabled || t.length >= SHORT) return -1;
  const marks = index.marks;
  marks.fill(0);
  let count = 0;
  const take = (list: number[] | undefined) => {
    if (list === undefined) return;
    for (const at of list) {
      if (marks[at] === 0) {
        marks[at] = 1;
        count++;
      }
    }
  };
  take(index.loose);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(t); m !== null; m = TOKEN.exec(t)) {
    const word = m[0];
    take(index.exact.get(word));
    const top = Math.min(PREFIX_MAX, word.length);
    for (let k = 1; k <= top; k++) take(index.prefix.get(word.slice(0, k)));
  }
  return count;
}

/** Switch the fast path off (false) or back on (true, the default): for the identity tests. */
export function setFastPath(on: boolean): void {
  enabled = on;
}
