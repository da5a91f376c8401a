// Words a lexicon pattern's match must contain, for the fast path (fast-path.ts, issue 20).
// anchors.ts bounds the words a match can begin with, but many rules begin with everyday words
// ("i", "my", "he", "took"), so in a long post they are tried at dozens of places and almost
// never match. Here we derive, once per rule, a set of word beginnings of which any match must
// hold at least one (in "(?:he|she) (?:\w+ ){0,2}?(?:hid|took) my (?:meds|pills)" that is
// meds/pills): a message whose words begin with none of them cannot match, however many of
// the first words it has. The derivation is conservative (an unreadable part gives no gate),
// and test/safety/fast-path.test.ts checks the result is the full scan's on every fixture.
import { EDGE, type ReadItem, Source, Unreadable } from "./anchors.ts";

/** Gate words are compared on at most this many letters (longer ones are cut: a superset). */
export const GATE_MAX = 10;

// Everyday words of patients' messages (English and Spanish, from general word-frequency lists,
// not from our fixtures: risk words are frequent there and rare in real chat). A gate holding
// one is open on almost every message, so it is not kept; a choice holding one costs more.
const COMMON = new Set(
  (
    "a about after again all also always am an and any are around as ask at away back bad be " +
    "because been before being better big but by call came can cant come could day days did " +
    "didnt do does doing done dont down even ever every feel feeling felt find first for from " +
    "get getting give go going gone good got great had has have having he her here him his home " +
    "how i if im in into is isnt it its ive just keep kind know last let life like little look " +
    "lot made make many may me might more most much my need never new next night no not nothing " +
    "now of off oh ok okay on one only or other our out over people really right said same say " +
    "see she should since so some something still such sure take tell than thank thanks that the " +
    "their them then there these they thing things think this those though thought through time took " +
    "to today told too try trying two up us use used very want wanted was way we week well went " +
    "were what when where which while who why will with without work would yeah year years yes " +
    "yet you your " +
    "a al algo aqui asi bien cada casa como con cosa cuando de del dia donde el ella ellos en " +
    "era es esa ese eso esta estaba estar este esto estoy fue hace hacer hay le lo los las mas " +
    "me mi mis muy mucho nada ni no nos o otra otro para pero poco por porque pues que quiero se " +
    "ser si sin sobre solo son su sus tambien tan tener tengo te todo todos tu un una uno ya yo"
  ).split(" "),
);

// The chance a message holds such a word, roughly: short ones are common, and a beginning
// ("pill", which "pillow" opens too) is commoner than a whole word ("=id", exactly "id").
function costOf(word: string): number {
  const exact = word.startsWith("=");
  const w = exact ? word.slice(1) : word;
  if (w.length <= 1 || COMMON.has(w)) return 1;
  if (exact) return w.length === 2 ? 0.3 : w.length === 3 ? 0.1 : 0.05;
  return w.length === 2 ? 1 : w.length === 3 ? 0.2 : 0.05;
}

// More words than this and a gate is not worth its lookups.
const MAX_WORDS = 160;

interface Choice {
  words: readonly string[];
  cost: number;
}
interface Read {
  /** The rarest set of words ("=word") or beginnings every match of the sequence holds one of. */
  best: Choice | undefined;
  /** Whether the sequence ends where a word can start (after a space or a non-word char). */
  endsAtStart: boolean;
}
const WORD_CHAR = /^[a-z0-9]$/;
const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
// ? * + { after an atom make it a quantified one.
const isQuantifier = (c: number) => c === 63 || c === 42 || c === 43 || c === 123;

/** Words a match must hold one of: whole words, or beginnings a word of the text starts with. */
export interface Gate {
  exact: string[];
  prefix: string[];
}

// The word-end lookahead every pattern() ends with.
const END = "(?![a-z0-9])";

/**
 * Words (whole, or beginnings) of which every match of `re` holds one, or undefined when none
 * can be read or they are too common to be worth checking.
 *
 * @example
 * gateOf(pattern("(?:he|she) took my (?:meds|pills)")) // { exact: ["meds", "pills"], prefix: [] }
 */
export function gateOf(re: RegExp): Gate | undefined {
  if (!re.source.startsWith(EDGE) || /[imsy]/.test(re.flags)) return undefined;
  const words = necessaryWords(re.source);
  // A gate holding an everyday word (or a beginning of one or two letters) would stay open.
  if (words === undefined || words.some((w) => costOf(w) >= 1)) return undefined;
  const gate: Gate = { exact: [], prefix: [] };
  for (const w of words) {
    if (w.startsWith("=")) gate.exact.push(w.slice(1));
    else gate.prefix.push(w);
  }
  return gate;
}

/**
 * The words every match of `source` (word-edge form, EDGE first) holds one of: "=word" whole,
 * "pre" a beginning; everyday words kept. Undefined when the pattern cannot be read.
 */
export function necessaryWords(source: string): readonly string[] | undefined {
  try {
    const src = new Source(source.slice(EDGE.length));
    const reader = new GateReader(src);
    const alternatives = src.alternatives(-1).map((alt) => reader.sequence(alt, true, false));
    return reader.union(alternatives.map((r) => r.best))?.words;
  } catch {
    return undefined;
  }
}

export class GateReader {
  private budget = 50_000;
  private readonly src: Source;
  constructor(src: Source) {
    this.src = src;
  }

  /**
   * One alternative, from `at` to its end. `start`: does it begin where a word can start?
   * `end`: is what follows it a word's end (a space, a non-word character, the end)?
   */
  sequence(at: number, start: boolean, end: boolean): Read {
    const src = this.src;
    let best: Choice | undefined;
    const consider = (choice: Choice | undefined) => {
      if (choice !== undefined && (best === undefined || choice.cost < best.cost)) best = choice;
    };
    let run = "";
    let runAtStart = false;
    // A run read from a word's start is that word's beginning; the whole word if one ends it.
    const endRun = (atEnd: boolean) => {
      if (run !== "" && runAtStart) {
        const word = atEnd ? `=${run}` : run.slice(0, GATE_MAX);
        const cost = costOf(word);
        if (best === undefined || cost < best.cost) best = { words: [word], cost };
      }
      run = "";
    };
    let atStart = start;
    while (!src.endsSequence(at)) {
      if (--this.budget < 0) throw new Unreadable();
      // A plain letter or digit without a quantifier (most of a pattern): read it in place.
      const c = src.code(at);
      if (isWordCode(c) && !isQuantifier(src.code(at + 1))) {
        if (run === "") runAtStart = atStart;
        run += String.fromCharCode(c);
        atStart = false;
        at++;
        continue;
      }
      const item: ReadItem = src.item(at);
      const once = item.min === 1 && item.max === 1;
      if (item.kind === "char" && WORD_CHAR.test(item.ch) && once) {
        if (run === "") runAtStart = atStart;
        run += item.ch;
        atStart = false;
        at = item.next;
        continue;
      }
      endRun(this.wordEndAt(at, end));
      if (item.kind === "zero") {
        // The word-edge lookbehind puts a word start here; other lookarounds change nothing.
        if (src.startsWith(EDGE, at)) atStart = true;
      } else if (item.kind === "group") {
        // A repeated group's pass may be followed by another pass: no word end known.
        const followed = item.max === 1 && this.wordEndAt(item.next, end);
        const reads = src.alternatives(at).map((alt) => this.sequence(alt, atStart, followed));
        if (item.min >= 1) consider(this.union(reads.map((r) => r.best)));
        const ends = reads.every((r) => r.endsAtStart);
        atStart = item.max > 1 ? false : item.min >= 1 ? ends : atStart && ends;
      } else if (item.kind === "space" || (item.kind === "char" && !WORD_CHAR.test(item.ch))) {
        // Past a space or a non-word character a word can start; an optional one may be absent.
        if (item.min >= 1) atStart = true;
      } else {
        atStart = false;
      }
      at = item.next;
    }
    endRun(end);
    return { best, endsAtStart: atStart };
  }

  // Does a word end where the item at `at` begins (`end`: at the sequence's end)?
  private wordEndAt(at: number, end: boolean): boolean {
    const src = this.src;
    if (src.endsSequence(at)) return end;
    if (src.startsWith(END, at)) return true;
    const item = src.item(at);
    if (item.min < 1) return false;
    return item.kind === "space" || (item.kind === "char" && !WORD_CHAR.test(item.ch));
  }

  /** Every alternative's choice together, or undefined when one alternative has none. */
  union(choices: (Choice | undefined)[]): Choice | undefined {
    if (choices.length === 1) return choices[0];
    const set = new Set<string>();
    const beginnings: string[] = [];
    for (const choice of choices) {
      if (choice === undefined) return undefined;
      for (const w of choice.words) {
        if (set.has(w)) continue;
        set.add(w);
        if (w.charCodeAt(0) !== 61 /* = */) beginnings.push(w);
      }
      if (set.size > MAX_WORDS * 2) return undefined;
    }
    // A word that a shorter beginning in the set already opens adds nothing ("pills", "pill").
    let words = [...set];
    if (beginnings.length > 0) {
      words = words.filter((w) => {
        const plain = w.charCodeAt(0) === 61 ? w.slice(1) : w;
        return !beginnings.some((b) => b !== w && plain.startsWith(b));
      });
    }
    if (words.length > MAX_WORDS) return undefined;
    let cost = 0;
    for (const w of words) cost += costOf(w);
    return { words, cost };
  }
}
