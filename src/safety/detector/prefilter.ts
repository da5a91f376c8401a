// A cheap pre-filter for the rule layer: every lexicon pattern starts at a word edge
// ("(?<![a-z0-9])", see rules.ts `pattern`), so a match can only begin at the start of a word.
// From each pattern's source we derive the words (or word prefixes) a match can begin with,
// once per rule; a message is split into its words once; a rule whose first words are all
// absent cannot match and is skipped. The derivation is conservative: anything it cannot read
// (a pattern that may begin with \w, a class, or an empty match) leaves the rule always run.

/** What a rule's match can begin with: whole first words and word prefixes. */
export interface Anchors {
  exact: string[];
  prefix: string[];
}

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

// Prefixes are compared on at most this many letters (longer ones are cut: still a superset).
const PREFIX_MAX = 6;
const EDGE = "(?<![a-z0-9])";
const WORD_CHAR = /^[a-z0-9]$/;

class Unreadable extends Error {}

/**
 * The first words a pattern's match can begin with, or undefined when that cannot be bounded
 * (the rule then always runs). Only patterns built by `pattern()` (word-edge anchored) qualify.
 * Reads only the start of each alternative, so it costs a few microseconds per rule.
 */
export function anchorsOf(re: RegExp): Anchors | undefined {
  if (!re.source.startsWith(EDGE) || /[imsy]/.test(re.flags)) return undefined;
  try {
    const src = new Source(re.source.slice(EDGE.length));
    const exact = new Set<string>();
    const prefix = new Set<string>();
    let budget = 20000;
    const emit = (acc: string, isExact: boolean) => {
      if (isExact) exact.add(acc);
      else prefix.add(acc.slice(0, PREFIX_MAX));
    };
    // Walk from `at` (with a stack of places to resume after groups) while the first word read
    // so far is literal.
    const walk = (at: number, rest: Cont | undefined, acc: string): void => {
      if (--budget < 0) throw new Unreadable();
      if (src.endsSequence(at)) {
        if (rest !== undefined && rest.at >= 0) walk(rest.at, rest.next, acc);
        else if (acc === "") throw new Unreadable();
        else emit(acc, false);
        return;
      }
      const item = src.item(at);
      if (acc !== "") {
        if (item.kind === "char" && WORD_CHAR.test(item.ch) && item.min === 1 && item.max === 1) {
          walk(item.next, rest, acc + item.ch);
          return;
        }
        emit(acc, item.kind === "space" && item.min >= 1);
        return;
      }
      if (item.kind === "zero") {
        walk(item.next, rest, acc);
        return;
      }
      if (item.min === 0) walk(item.next, rest, acc);
      if (item.kind === "digit") {
        // A number starts a word too: any digit is a possible first letter.
        for (const d of "0123456789") emit(d, false);
        return;
      }
      if (item.kind === "char" && WORD_CHAR.test(item.ch)) {
        if (item.max > 1) {
          emit(item.ch, false);
          return;
        }
        walk(item.next, rest, item.ch);
        return;
      }
      if (item.kind === "group") {
        // A repeated group: after its first pass anything may follow, so stop there.
        const after: Cont = item.max > 1 ? STOP : { at: item.next, next: rest };
        for (const alt of src.alternatives(at)) walk(alt, after, acc);
        return;
      }
      if (item.min === 0) return;
      throw new Unreadable();
    };
    for (const alt of src.alternatives(-1)) walk(alt, undefined, "");
    return { exact: [...exact], prefix: [...prefix] };
  } catch {
    return undefined;
  }
}

interface Cont {
  /** Where to resume; -1 ends the first word without knowing what follows. */
  at: number;
  next: Cont | undefined;
}
const STOP: Cont = { at: -1, next: undefined };

interface ReadItem {
  kind: "char" | "space" | "zero" | "group" | "digit" | "other";
  ch: string;
  min: number;
  max: number;
  /** Where the next item starts. */
  next: number;
}

// The pattern source with its brackets matched in one pass, read item by item on demand.
class Source {
  private readonly src: string;
  // Per position: a group's closing paren, a class's end; the bars of each group.
  private readonly close: Int32Array;
  private readonly bars = new Map<number, number[]>();

  constructor(src: string) {
    this.src = src;
    const close = new Int32Array(src.length);
    const open: number[] = [-1];
    this.bars.set(-1, []);
    for (let k = 0; k < src.length; k++) {
      const c = src.charCodeAt(k);
      if (c === 92 /* \\ */) k++;
      else if (c === 91 /* [ */) {
        const from = k;
        for (k++; k < src.length && src.charCodeAt(k) !== 93; k++) {
          if (src.charCodeAt(k) === 92) k++;
        }
        if (k >= src.length) throw new Unreadable();
        close[from] = k + 1;
      } else if (c === 40 /* ( */) {
        open.push(k);
      } else if (c === 124 /* | */) {
        const at = open[open.length - 1] as number;
        const list = this.bars.get(at);
        if (list === undefined) this.bars.set(at, [k]);
        else list.push(k);
      } else if (c === 41 /* ) */) {
        const from = open.pop();
        if (from === undefined || from < 0) throw new Unreadable();
        close[from] = k + 1;
      }
    }
    if (open.length !== 1) throw new Unreadable();
    this.close = close;
  }

  /** Does a sequence end at `at` (end of source, an alternative's bar, a group's close)? */
  endsSequence(at: number): boolean {
    const ch = this.src[at];
    return ch === undefined || ch === "|" || ch === ")";
  }

  /** Start positions of the alternatives of the group opening at `at` (-1: the whole source). */
  alternatives(at: number): number[] {
    const bars = this.bars.get(at) ?? [];
    return [at < 0 ? 0 : this.contentStart(at), ...bars.map((b) => b + 1)];
  }

  private contentStart(at: number): number {
    const src = this.src;
    if (src.startsWith("(?:", at) || src.startsWith("(?=", at) || src.startsWith("(?!", at)) {
      return at + 3;
    }
    if (src.startsWith("(?<=", at) || src.startsWith("(?<!", at)) return at + 4;
    if (src.startsWith("(?<", at)) return src.indexOf(">", at) + 1;
    if (src[at + 1] === "?") throw new Unreadable();
    return at + 1;
  }

  /** The item (atom and quantifier) starting at `at`. */
  item(at: number): ReadItem {
    const src = this.src;
    const ch = src[at] as string;
    let kind: ReadItem["kind"] = "char";
    let lit = ch;
    let end = at + 1;
    if (ch === "(") {
      const look =
        src.startsWith("(?=", at) ||
        src.startsWith("(?!", at) ||
        src.startsWith("(?<=", at) ||
        src.startsWith("(?<!", at);
      kind = look ? "zero" : "group";
      end = this.close[at] ?? 0;
    } else if (ch === "[") {
      kind = "other";
      end = this.close[at] ?? 0;
    } else if (ch === "^" || ch === "$") kind = "zero";
    else if (ch === ".") kind = "other";
    else if (ch === " ") kind = "space";
    else if (ch === "*" || ch === "+" || ch === "?" || ch === "{") throw new Unreadable();
    else if (ch === "\\") {
      const e = src[at + 1];
      end = at + 2;
      if (e === undefined || "uxpPck".includes(e)) throw new Unreadable();
      if (e === "b" || e === "B") kind = "zero";
      else if (e === "s") kind = "space";
      else if (e === "d") kind = "digit";
      else if (/[DwWSnrtfv0-9]/.test(e)) kind = "other";
      else lit = e;
    }
    if (end <= at) throw new Unreadable();
    let min = 1;
    let max = 1;
    const q = src[end];
    if (q === "?" || q === "*" || q === "+") {
      min = q === "+" ? 1 : 0;
      max = q === "?" ? 1 : Infinity;
      end++;
    } else if (q === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(end, end + 12));
      if (m === null) throw new Unreadable();
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3]);
      end += m[0].length;
    }
    // A quantifier may be followed by "?" (lazy).
    if ((q === "?" || q === "*" || q === "+" || q === "{") && src[end] === "?") end++;
    return { kind, ch: lit, min, max, next: end };
  }
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
    if (anchors !== undefined && anchors.prefix.some((p) => !KNOWN.has(p))) {
      for (const p of anchors.prefix) KNOWN.add(p);
      epoch++;
    }
    entry =
      anchors === undefined
        ? null
        : { anchors, sticky: new RegExp(re.source, `${re.flags.replace("g", "")}y`), epoch };
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
  // Where an anchor word starts, in text order.
  let starts: number[] | undefined;
  let many = false;
  for (const w of entry.anchors.exact) {
    const list = words.exact.get(w);
    if (list === undefined) continue;
    if (starts === undefined) starts = list;
    else {
      if (!many) starts = [...starts];
      many = true;
      for (const at of list) starts.push(at);
    }
  }
  for (const p of entry.anchors.prefix) {
    const list = words.prefix.get(p);
    if (list === undefined) continue;
    if (starts === undefined) starts = list;
    else {
      if (!many) starts = [...starts];
      many = true;
      for (const at of list) starts.push(at);
    }
  }
  if (starts === undefined) return;
  if (many) starts.sort((a, b) => a - b);
  const sticky = entry.sticky;
  let end = -1;
  for (const at of starts) {
    if (at < end) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (m === null || m[0].length === 0) continue;
    end = at + m[0].length;
    visit(at, end);
  }
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
