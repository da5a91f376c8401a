// A rule list indexed for the fast path (fast-path.ts) by its rules' top-level alternatives:
// alternatives of one rule that begin with the same words form a class, with one list of
// starts per text and one gate (necessary.ts: words every match of the class holds one of).
import { PREFIX_MAX } from "./anchors.ts";
import { GATE_MAX, type Gate, gateOf } from "./necessary.ts";
import { splitOf } from "./rule-splits.ts";

/** Alternatives of one rule that begin with the same words, indexed together. */
export interface Classes {
  owner: number[];
  /** Each class's alternatives as pattern sources (for its gate and its own pattern). */
  parts: string[][];
  /** Each class's alternatives' places among its rule's alternatives (ascending). */
  order: number[][];
  /** 1 for a rule that is one class (its own pattern serves it). */
  single: Uint8Array;
  /** Per rule, its first class's number (a rule's classes are numbered in a row). */
  base: number[];
  /** classPattern's pattern of each class on its own, once made. */
  own: (RegExp | undefined)[];
  exact: Map<string, number[]>;
  prefix: Map<string, number[]>;
  /** Classes whose first words cannot be bounded: present in every text (and 1 per such class). */
  loose: number[];
  isLoose: Uint8Array;
  /** From a word (or a word beginning) to the classes whose gate it opens. */
  gates: Map<string, number[]>;
  gatesPrefix: Map<string, number[]>;
  /** 1 once a class's gate was derived (on its first presence), 1 when it has one. */
  gateRead: Uint8Array;
  gated: Uint8Array;
  /** Per class, for the last text: 1 when a word begins it, 1 when its gate is open. */
  present: Uint8Array;
  open: Uint8Array;
  /** Per class, where its first words start in the last text; the classes present there. */
  starts: number[][];
  touched: number[];
}

/** What one word of a text does: the classes it can begin, the classes whose gates it opens. */
export interface WordClasses {
  begins: readonly number[];
  opens: readonly number[];
}

/** Split every rule into classes; `loose`: rules with a class of unbounded first words. */
export function buildClasses(rules: readonly { re: RegExp }[]): {
  classes: Classes;
  loose: number[];
} {
  const classes: Classes = {
    owner: [],
    parts: [],
    order: [],
    single: new Uint8Array(rules.length),
    base: [],
    own: [],
    exact: new Map(),
    prefix: new Map(),
    loose: [],
    isLoose: new Uint8Array(0),
    gates: new Map(),
    gatesPrefix: new Map(),
    gateRead: new Uint8Array(0),
    gated: new Uint8Array(0),
    present: new Uint8Array(0),
    open: new Uint8Array(0),
    starts: [],
    touched: [],
  };
  const loose: number[] = [];
  rules.forEach(({ re }, r) => {
    // Alternatives with the same first words share a class (one list of starts per text).
    const bySignature = new Map<string, number>();
    const first = classes.owner.length;
    classes.base.push(first);
    splitOf(re).forEach(({ source, anchors }, place) => {
      const key = anchors === undefined ? "" : `${anchors.exact.join()}|${anchors.prefix.join()}`;
      const known = bySignature.get(key);
      if (known !== undefined) {
        classes.parts[known]?.push(source);
        classes.order[known]?.push(place);
        return;
      }
      const c = classes.owner.length;
      bySignature.set(key, c);
      classes.owner.push(r);
      classes.parts.push([source]);
      classes.order.push([place]);
      classes.starts.push([]);
      if (anchors === undefined) {
        classes.loose.push(c);
        if (!loose.includes(r)) loose.push(r);
        return;
      }
      for (const w of anchors.exact) addTo(classes.exact, w, c);
      for (const p of anchors.prefix) addTo(classes.prefix, p.slice(0, PREFIX_MAX), c);
    });
    if (classes.owner.length === first + 1) classes.single[r] = 1;
  });
  const n = classes.owner.length;
  classes.gateRead = new Uint8Array(n);
  classes.gated = new Uint8Array(n);
  classes.present = new Uint8Array(n);
  classes.open = new Uint8Array(n);
  classes.isLoose = new Uint8Array(n);
  for (const c of classes.loose) classes.isLoose[c] = 1;
  return { classes, loose };
}

// Per rule pattern, classPattern's patterns by the rule's own class numbers joined: shared by
// every index of the rule (the primary and framed lists, the warm-up's list of all rules).
const PATTERNS = new WeakMap<RegExp, Map<string, RegExp>>();
const PATTERNS_MAX = 2_000;

/**
 * The sticky pattern that matches, where the given classes of one rule begin, exactly as the
 * whole rule would: their alternatives joined in the rule's order (the rule's others cannot
 * match there). Far smaller than the rule, so quicker to compile and to try. `ids` ascending,
 * of a rule that is not `single` (that one's own sticky twin serves it).
 */
export function classPattern(classes: Classes, rule: RegExp, ids: readonly number[]): RegExp {
  const one = ids.length === 1 ? (ids[0] as number) : -1;
  if (one >= 0) {
    const known = classes.own[one];
    if (known !== undefined) return known;
  }
  const base = classes.base[classes.owner[ids[0] as number] as number] as number;
  const key = ids.length === 1 ? String(one - base) : ids.map((c) => c - base).join();
  let byKey = PATTERNS.get(rule);
  if (byKey === undefined) {
    byKey = new Map();
    PATTERNS.set(rule, byKey);
  }
  let sticky = byKey.get(key);
  if (sticky === undefined) {
    const placed: [number, string][] = [];
    for (const c of ids) {
      const parts = classes.parts[c] ?? [];
      for (const [k, place] of (classes.order[c] ?? []).entries())
        placed.push([place, parts[k] ?? ""]);
    }
    placed.sort((a, b) => a[0] - b[0]);
    sticky = new RegExp(placed.map((p) => p[1]).join("|"), `${rule.flags.replace("g", "")}y`);
    if (byKey.size >= PATTERNS_MAX) byKey.clear();
    byKey.set(key, sticky);
  }
  if (one >= 0) classes.own[one] = sticky;
  return sticky;
}

// A class's gate: every one of its alternatives has one (else it has none), joined.
const GATES = new Map<string, Gate | null>();
export function readGate(classes: Classes, c: number): Gate | null {
  classes.gateRead[c] = 1;
  const gate: Gate = { exact: [], prefix: [] };
  for (const source of classes.parts[c] ?? []) {
    let part = GATES.get(source);
    if (part === undefined) {
      part = gateOf({ source, flags: "g" } as RegExp) ?? null;
      GATES.set(source, part);
    }
    if (part === null) return null;
    gate.exact.push(...part.exact);
    gate.prefix.push(...part.prefix);
  }
  classes.gated[c] = 1;
  for (const w of gate.exact) addTo(classes.gates, w, c);
  for (const p of gate.prefix) addTo(classes.gatesPrefix, p, c);
  return gate;
}

// Does one of these words open the gate (as classesOfWord would find it)?
export function opensGate(gate: Gate, words: readonly string[]): boolean {
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

// The classes a word can begin (its exact form's and its prefixes') and those whose gates it
// opens (itself, or a beginning of it up to GATE_MAX letters), merged once per word.
const NONE: readonly number[] = [];
const WORD_CACHE_MAX = 20_000;
export function classesOfWord(
  classes: Classes,
  byWord: Map<string, WordClasses>,
  word: string,
): WordClasses {
  const known = byWord.get(word);
  if (known !== undefined) return known;
  const begins = new Set<number>(classes.exact.get(word));
  for (let k = 1; k <= Math.min(PREFIX_MAX, word.length); k++)
    for (const c of classes.prefix.get(word.slice(0, k)) ?? []) begins.add(c);
  const opens = new Set<number>(classes.gates.get(word));
  for (let k = 1; k <= Math.min(GATE_MAX, word.length); k++)
    for (const c of classes.gatesPrefix.get(word.slice(0, k)) ?? []) opens.add(c);
  const found: WordClasses = {
    begins: begins.size === 0 ? NONE : [...begins],
    opens: opens.size === 0 ? NONE : [...opens],
  };
  if (byWord.size >= WORD_CACHE_MAX) byWord.clear();
  byWord.set(word, found);
  return found;
}
