// First words of a lexicon pattern, for the rule layer's pre-filter (prefilter.ts). Every
// lexicon pattern starts at a word edge ("(?<![a-z0-9])", see rules.ts `pattern`), so a match
// can only begin at the start of a word; from each pattern's source we derive the words (or
// word prefixes) a match can begin with, once per rule. The derivation is conservative:
// anything it cannot read (a pattern that may begin with \w, a class, or an empty match)
// leaves the rule always run.

/** What a rule's match can begin with: whole first words and word prefixes. */
export interface Anchors {
  exact: string[];
  prefix: string[];
}

// Prefixes are compared on at most this many letters (longer ones are cut: still a superset).
export const PREFIX_MAX = 6;
export const EDGE = "(?<![a-z0-9])";
const WORD_CHAR = /^[a-z0-9]$/;

/** Thrown when a pattern's source cannot be read (its rule is then never pre-filtered). */
export class Unreadable extends Error {}

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

// The word-end lookahead every pattern() ends with.
const END = "(?![a-z0-9])";

/**
 * The top-level alternatives of a word-edge pattern (inside the groups that only wrap it), each
 * as a pattern source of its own, edges included: a match of `re` at a place is a match of one
 * of them there, and joined with "|" in this order they match exactly as `re` does (the
 * fast path runs such joins). One source when the pattern does not split (or cannot be read).
 */
export function alternativeSources(re: RegExp): string[] {
  if (!re.source.startsWith(EDGE)) return [re.source];
  let s = re.source.slice(EDGE.length);
  // What follows the groups stepped into (the word-end lookahead, or nothing), and the
  // lookbehinds before them (Spanish rules' GUARD): a lookbehind reads only what precedes the
  // place, so it distributes over the alternatives after it.
  let suffix = "";
  let lead = "";
  try {
    for (;;) {
      const src = new Source(s);
      const alts = src.alternatives(-1);
      if (alts.length > 1) {
        const ends = [...alts.slice(1).map((a) => a - 1), s.length];
        return alts.map((a, k) => `${EDGE}${lead}(?:${s.slice(a, ends[k])})${suffix}`);
      }
      if (s.startsWith("(?<!") || s.startsWith("(?<=")) {
        const look = src.item(0);
        if (look.min !== 1 || look.max !== 1) break;
        lead += s.slice(0, look.next);
        s = s.slice(look.next);
        continue;
      }
      // One alternative: step inside a group that is all of it (bar the word-end lookahead).
      if (!s.startsWith("(?:")) break;
      const item = src.item(0);
      const rest = s.slice(item.next);
      if (item.min !== 1 || item.max !== 1 || (rest !== "" && rest !== END)) break;
      suffix = rest + suffix;
      s = s.slice(3, item.next - 1);
    }
  } catch {
    // Unreadable: the pattern stays whole.
  }
  return [re.source];
}

export interface ReadItem {
  kind: "char" | "space" | "zero" | "group" | "digit" | "other";
  ch: string;
  min: number;
  max: number;
  /** Where the next item starts. */
  next: number;
}

/** A pattern source with its brackets matched in one pass, read item by item on demand. */
export class Source {
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

  /** The UTF-16 code at `at` (NaN past the end). */
  code(at: number): number {
    return this.src.charCodeAt(at);
  }

  /** Does the source read `text` at `at`? */
  startsWith(text: string, at: number): boolean {
    return this.src.startsWith(text, at);
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
