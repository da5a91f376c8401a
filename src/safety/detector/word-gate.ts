// Word gates for the message-wide passes (violence reader, co-occurrence, preparation): a
// pass that reads nothing unless one of its patterns matches skips when the text holds none of
// the words every such match needs. The words are derived from the patterns themselves
// (necessary.ts), never listed by hand, so a gate cannot drift from what it guards; a pattern
// that cannot be read leaves its pass always run (test/safety/word-gate.test.ts).
import { EDGE } from "./anchors.ts";
import { GATE_MAX, necessaryWords } from "./necessary.ts";

/** Words of which a text must hold one (whole, or as a word's beginning) for a pass to run. */
export interface WordGate {
  exact: Set<string>;
  prefix: Set<string>;
  /** The prefix lengths present, ascending. */
  lengths: number[];
}

const END = "(?![a-z0-9])";

/**
 * A `\b` pattern (unflagged, read on normalised text) in the word-edge form necessary.ts
 * reads, matching at least what the pattern matches as far as its words go: `\b` after a
 * literal letter ends a word, any other `\b` and `^` begin one, `$` ends one, a class of
 * only non-word characters reads as one such character. Matches may begin anywhere.
 */
export function edgeForm(source: string): string {
  let out = "";
  for (let k = 0; k < source.length; k++) {
    const ch = source[k] as string;
    if (ch === "\\") {
      const e = source[k + 1] ?? "";
      k++;
      if (e !== "b") out += ch + e;
      else out += /[a-z0-9]/.test(source[k - 2] ?? "") && source[k - 3] !== "\\" ? END : EDGE;
    } else if (ch === "[") {
      let end = k + 1;
      while (end < source.length && source[end] !== "]") end += source[end] === "\\" ? 2 : 1;
      const body = source.slice(k + 1, end);
      out += nonWordClass(body) ? "\\." : source.slice(k, end + 1);
      k = end;
    } else if (ch === "^") out += EDGE;
    else if (ch === "$") out += END;
    else out += ch;
  }
  // ".?" reads as "not at a word start": a match may begin inside a word.
  return `${EDGE}.?(?:${out})`;
}

// A class body of non-word characters only (no negation, no ranges, no \w \d \S escapes).
function nonWordClass(body: string): boolean {
  if (body === "" || body.startsWith("^")) return false;
  for (let k = 0; k < body.length; k++) {
    const ch = body[k] as string;
    if (ch === "\\") {
      if (!"nrts.!?,;:'\"-()[]".includes(body[k + 1] ?? "w")) return false;
      k++;
    } else if (ch === "-" || /[\w]/.test(ch)) return false;
  }
  return true;
}

/** The gate of a pass that needs a match of one of `patterns`, or undefined (always run). */
export function wordGate(patterns: readonly RegExp[]): WordGate | undefined {
  const gate: WordGate = { exact: new Set(), prefix: new Set(), lengths: [] };
  for (const re of patterns) {
    if (re.flags.replace(/[gy]/g, "") !== "") return undefined;
    const words = gateWords(edgeForm(re.source));
    if (words === undefined) return undefined;
    for (const w of words) {
      if (w.startsWith("=")) gate.exact.add(w.slice(1));
      else gate.prefix.add(w);
    }
  }
  return withLengths(gate);
}

// necessary.ts's reading (as gateOf), keeping everyday words: a pass is not a rule, and a gate
// open on "with" still closes on texts without it.
function gateWords(source: string): readonly string[] | undefined {
  try {
    new RegExp(source);
  } catch {
    return undefined;
  }
  return necessaryWords(source);
}

// The last text's words ([a-z0-9] runs): the passes of one message share them.
let lastText = "";
let lastWords: string[] = [];
const WORD = /[a-z0-9]+/g;
function wordsIn(text: string): string[] {
  if (text !== lastText) {
    lastText = text;
    lastWords = text.match(WORD) ?? [];
  }
  return lastWords;
}

/** May a pass behind this gate run on `text` (true without a gate)? */
export function opens(gate: WordGate | undefined, text: string): boolean {
  if (gate === undefined) return true;
  const { exact, prefix, lengths } = gate;
  for (const word of wordsIn(text)) {
    if (exact.has(word)) return true;
    for (const n of lengths) {
      if (n > word.length || n > GATE_MAX) break;
      if (prefix.has(word.slice(0, n))) return true;
    }
  }
  return false;
}

/** A pass's gate as the detector uses it: its patterns, and the gate once wholly derived. */
export interface PassGate {
  patterns: () => readonly RegExp[];
  /** null until derived; undefined when a pattern cannot be read (the pass always runs). */
  gate: WordGate | undefined | null;
}
/** Every pass gate made, for the test that none closes where one of its patterns matches. */
export const PASS_GATES: PassGate[] = [];

/**
 * May the pass run on this text? Its gate is derived one pattern per call (a few
 * milliseconds at most, not all of them on one message); until it is whole the pass runs.
 */
export function lazyGate(patterns: () => readonly RegExp[]): (text: string) => boolean {
  const pass: PassGate = { patterns, gate: null };
  PASS_GATES.push(pass);
  const partial: WordGate = { exact: new Set(), prefix: new Set(), lengths: [] };
  let next = 0;
  return (text) => {
    if (pass.gate !== null) return opens(pass.gate, text);
    const list = patterns();
    const one = wordGate(list.slice(next, next + 1));
    if (one === undefined) pass.gate = undefined;
    else {
      for (const w of one.exact) partial.exact.add(w);
      for (const w of one.prefix) partial.prefix.add(w);
      if (++next >= list.length) pass.gate = withLengths(partial);
    }
    return true;
  };
}

function withLengths(gate: WordGate): WordGate {
  gate.lengths = [...new Set([...gate.prefix].map((p) => p.length))].sort((a, b) => a - b);
  return gate;
}
