// A cheap pre-filter for the rule layer: every lexicon pattern starts at a word edge, so a
// match can only begin at the start of a word. anchors.ts derives, once per rule, the words (or
// word prefixes) a match can begin with; here a message is split into its words once, a rule
// whose first words are all absent is skipped, and the others are tried only where one of
// their first words starts. The result is exactly a global exec loop's.
import { type Anchors, anchorsOf, PREFIX_MAX } from "./anchors.ts";

export { type Anchors, anchorsOf } from "./anchors.ts";

/** The words of one normalised text by where they start, for `eachMatch`. */
export interface Words {
  exact: Map<string, number[]>;
  prefix: Map<string, number[]>;
  /** Where each word starts, in text order. */
  starts: number[];
  /** Length of the text they came from. */
  length: number;
  text: string;
  /** Whether the maps above have been filled (see `indexed`), and when. */
  built: boolean;
  epoch: number;
}

/** Index a normalised text's words by where they start, for `eachMatch`. */
export function wordsOf(text: string): Words {
  return {
    exact: new Map(),
    prefix: new Map(),
    starts: [],
    length: text.length,
    text,
    built: false,
    epoch: -1,
  };
}

// Build the word index on first need (a short text whose rules are all compiled never does).
function indexed(words: Words): Words {
  if (words.built) return words;
  words.built = true;
  words.epoch = epoch;
  const { exact, prefix, starts, text } = words;
  const add = (map: Map<string, number[]>, key: string, at: number) => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [at]);
    else list.push(at);
  };
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const word = m[0];
    starts.push(m.index);
    add(exact, word, m.index);
    for (let k = 1; k <= Math.min(PREFIX_MAX, word.length); k++) {
      const p = word.slice(0, k);
      if (KNOWN.has(p)) add(prefix, p, m.index);
    }
  }
  return words;
}

const TOKEN = /[a-z0-9]+/g;

const ANCHORS = new WeakMap<RegExp, Entry | null>();
// Below this many characters a rule scans the whole text (a short message costs tens of
// microseconds), except while its pattern is still cold (see `eachMatch`).
const DEFAULT_MIN = 160;
let minLength = DEFAULT_MIN;
let off = false;

// Only prefixes some rule begins with are indexed. A rule whose prefixes became known after a
// text was indexed (its `epoch` is newer) is scanned whole for that text.
const KNOWN = new Set<string>();
let epoch = 0;

interface Entry {
  anchors: Anchors;
  sticky: RegExp;
  epoch: number;
}

function anchored(re: RegExp): Entry | null {
  let entry = ANCHORS.get(re);
  if (entry === undefined) {
    const anchors = anchorsOf(re);
    if (anchors?.prefix.some((p) => !KNOWN.has(p))) {
      for (const p of anchors.prefix) KNOWN.add(p);
      epoch++;
    }
    entry = anchors === undefined ? null : { anchors, sticky: stickyOf(re), epoch };
    ANCHORS.set(re, entry);
  }
  return entry;
}

/**
 * Call `visit(from, to)` for every match of `re` in `text`, leftmost first and not
 * overlapping, exactly as a global `exec` loop would (empty matches skipped). On a long text a
 * pattern with known first words is tried only where one of them starts (sticky), instead of
 * at every character; a pattern whose first words are all absent costs nothing.
 */
export function eachMatch(
  re: RegExp,
  text: string,
  words: Words,
  visit: (from: number, to: number) => void,
): void {
  if (off) {
    fullScan(re, text, visit);
    return;
  }
  if (words.length < minLength) {
    // Short text: scan it whole, but never run a pattern V8 has not compiled yet (its first
    // runs cost milliseconds for the biggest lexicons) when none of its first words is there.
    if (!HOT.has(re)) {
      const cold = anchored(re);
      if (cold !== null && current(cold, indexed(words)) && !present(cold.anchors, words)) return;
      const runs = (RUNS.get(re) ?? 0) + 1;
      RUNS.set(re, runs);
      if (runs >= 2) HOT.add(re);
    }
    fullScan(re, text, visit);
    return;
  }
  const entry = anchored(re);
  if (entry === null || !current(entry, indexed(words))) {
    fullScan(re, text, visit);
    return;
  }
  // Where an anchor word starts, in text order: one list as it is, several merged into a
  // reused typed buffer and sorted numerically (no allocation per rule and text).
  let one: number[] | undefined;
  let n = 0;
  const take = (list: number[] | undefined) => {
    if (list === undefined) return;
    if (one === undefined && n === 0) {
      one = list;
      return;
    }
    if (one !== undefined) {
      n = copy(one, 0);
      one = undefined;
    }
    n = copy(list, n);
  };
  for (const w of entry.anchors.exact) take(words.exact.get(w));
  for (const p of entry.anchors.prefix) take(words.prefix.get(p));
  if (one === undefined && n === 0) return;
  const starts = one ?? MERGED.subarray(0, n).sort();
  tryAt(entry.sticky, text, starts, visit);
}

/**
 * Call `visit(from, to)` for every match of `re` that begins at one of `starts` (ascending word
 * starts that hold all of `re`'s possible first words, as fast-path.ts collects them), leftmost
 * first and not overlapping: the same matches as a global `exec` loop over the whole text.
 */
export function eachMatchAt(
  re: RegExp,
  text: string,
  starts: readonly number[],
  visit: (from: number, to: number) => void,
  sticky?: RegExp,
): void {
  if (off) {
    fullScan(re, text, visit);
    return;
  }
  tryAt(sticky ?? stickyOf(re), text, starts, visit);
}

// Try a sticky pattern at each start in turn, skipping starts inside the last match.
function tryAt(
  sticky: RegExp,
  text: string,
  starts: ArrayLike<number>,
  visit: (from: number, to: number) => void,
): void {
  let end = -1;
  for (let k = 0; k < starts.length; k++) {
    const at = starts[k] ?? 0;
    if (at < end) continue;
    sticky.lastIndex = at;
    // test() moves a sticky pattern's lastIndex to the match's end: no match array to build.
    if (!sticky.test(text) || sticky.lastIndex === at) continue;
    end = sticky.lastIndex;
    visit(at, end);
  }
}
const STICKY = new WeakMap<RegExp, RegExp>();

/** The sticky twin of a global pattern, made once (`eachMatchAt` runs it; warm-up compiles it). */
export function stickyOf(re: RegExp): RegExp {
  let sticky = STICKY.get(re);
  if (sticky === undefined) {
    sticky = new RegExp(re.source, `${re.flags.replace("g", "")}y`);
    STICKY.set(re, sticky);
  }
  return sticky;
}

// The merge buffer of `eachMatch`, grown when a text has more anchor starts than it holds.
let MERGED = new Int32Array(1024);
function copy(list: number[], at: number): number {
  if (at + list.length > MERGED.length) {
    const grown = new Int32Array(Math.max(MERGED.length * 2, at + list.length));
    grown.set(MERGED.subarray(0, at));
    MERGED = grown;
  }
  for (let k = 0; k < list.length; k++) MERGED[at + k] = list[k] ?? 0;
  return at + list.length;
}

// Patterns run at least twice (compiled and tiered up by V8): short texts no longer check them.
const HOT = new WeakSet<RegExp>();
const RUNS = new WeakMap<RegExp, number>();

// Were this rule's prefixes indexed for these words?
function current(entry: Entry, words: Words): boolean {
  return entry.anchors.prefix.length === 0 || entry.epoch <= words.epoch;
}

function present(anchors: Anchors, words: Words): boolean {
  for (const w of anchors.exact) if (words.exact.has(w)) return true;
  for (const p of anchors.prefix) if (words.prefix.has(p)) return true;
  return false;
}

function fullScan(re: RegExp, text: string, visit: (from: number, to: number) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    visit(m.index, m.index + m[0].length);
  }
}

/**
 * Switch the pre-filter off ("off"), on for every text ("all") or back to its default (long
 * texts only): for the test that it never changes a result.
 */
export function setPrefilter(mode: "off" | "all" | "default"): void {
  off = mode === "off";
  minLength = mode === "all" ? 0 : DEFAULT_MIN;
}

/** How many of these rules have first words the pre-filter can use (the rest always scan). */
export function gatedCount(rules: { re: RegExp }[]): number {
  return rules.filter((r) => anchored(r.re) !== null).length;
}
