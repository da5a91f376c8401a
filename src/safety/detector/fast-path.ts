// A word pre-filter in front of the whole rule scan (issue 20). Every lexicon pattern starts at
// a word edge, and prefilter.ts derives the words (or word prefixes) each one can begin with.
// Merged into one index from first word to rules, a message's words name the only rules that
// can match it: the rest are skipped without running their patterns, and a message holding
// none of those words skips the scan (and the idiom and joke reads it needs) at once. Every
// other pass (reversed text, emoji, co-occurrence, accumulation, the learned scorer, context)
// still runs, so the assessment is identical to a full scan (test/safety/fast-path*.test.ts).

import { anchorsOf } from "./prefilter.ts";

/** From a first word (or word prefix) to the patterns that can begin with it. */
export interface RuleIndex {
  exact: Map<string, RegExp[]>;
  prefix: Map<string, RegExp[]>;
  /** Patterns whose first words cannot be bounded: always candidates. */
  loose: RegExp[];
}

// Same limit as prefilter.ts: anchor prefixes are cut to this many letters.
const PREFIX_MAX = 6;
const TOKEN = /[a-z0-9]+/g;
// From this length on prefilter.ts already tries each pattern only where its first words
// start, so a second word index would only add work.
const SHORT = 160;

/** Index the first words of every pattern (once per rule set, a few milliseconds). */
export function indexRules(rules: readonly { re: RegExp }[]): RuleIndex {
  const index: RuleIndex = { exact: new Map(), prefix: new Map(), loose: [] };
  const add = (map: Map<string, RegExp[]>, key: string, re: RegExp) => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [re]);
    else if (!list.includes(re)) list.push(re);
  };
  for (const re of new Set(rules.map((r) => r.re))) {
    const anchors = anchorsOf(re);
    if (anchors === undefined) {
      index.loose.push(re);
      continue;
    }
    for (const w of anchors.exact) add(index.exact, w, re);
    for (const p of anchors.prefix) add(index.prefix, p.slice(0, PREFIX_MAX), re);
  }
  return index;
}

let enabled = true;

/**
 * The patterns that can match somewhere in the normalised text `t` (a superset: a pattern
 * left out has none of its first words in `t`), or undefined for a long text or with the fast
 * path off (every pattern is then a candidate).
 */
export function candidates(index: RuleIndex, t: string): Set<RegExp> | undefined {
  if (!enabled || t.length >= SHORT) return undefined;
  const out = new Set<RegExp>(index.loose);
  const take = (list: RegExp[] | undefined) => {
    if (list !== undefined) for (const re of list) out.add(re);
  };
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(t); m !== null; m = TOKEN.exec(t)) {
    const word = m[0];
    take(index.exact.get(word));
    const top = Math.min(PREFIX_MAX, word.length);
    for (let k = 1; k <= top; k++) take(index.prefix.get(word.slice(0, k)));
  }
  return out;
}

/** Switch the fast path off (false) or back on (true, the default): for the identity tests. */
export function setFastPath(on: boolean): void {
  enabled = on;
}
