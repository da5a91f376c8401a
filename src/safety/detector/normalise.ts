import { APOSTROPHE_SLANG, HOMOGLYPHS, LEET, NUMBER_WITH_UNIT, SLANG } from "./confusables.ts";
import { fuzzyKey } from "./fuzzy.ts";
import { segment, VOCAB } from "./vocab.ts";

/**
 * Normalised text with a map back to the original: the character at `text[i]` came from
 * `original.slice(start[i], end[i])`, so a match can be reported in the patient's own words.
 */
export interface Normalised {
  text: string;
  start: number[];
  end: number[];
}

const MARK = /\p{M}/u;
// Emoji that stand for means: "💊💊 took all of them" reads as pills.
const EMOJI_WORDS: ReadonlyMap<string, string> = new Map([
  ["\u{1F48A}", "pills"],
  ["\u{1F52A}", "knife"],
  ["\u{1F52B}", "gun"],
  ["\u{1FAA2}", "rope"],
  ["\u{1FA78}", "blood"],
  ["\u26B0", "coffin"],
  ["\u{1FAA6}", "grave"],
]);
const FORMAT = /\p{Cf}/u;
const CONTROL = /\p{Cc}/u;
const SPACE = /\p{Z}/u;
const LETTER = /[a-z]/;

/**
 * Undo what hides risk words from the lexicon: NFKC/NFKD compatibility forms and accents,
 * case, zero-width and bidi characters, Cyrillic/Greek homoglyphs, curly quotes, spaced or
 * dotted letters ("k i l l", "k.i.l.l"), leetspeak ("k1ll", "$uicide"), stretched letters
 * ("diiiie"), slang and common misspellings ("wanna", "myslef", "sucide").
 * Apostrophes inside words are dropped ("don't" -> "dont"); other quotes become `"`.
 * Whitespace collapses to one space, or one newline when the run held a line break.
 * Linear in the input length; never throws on well-formed or broken UTF-16.
 */
export function normalise(input: string): Normalised {
  let m = characters(input);
  // A pass whose pattern needs a character the text lacks is skipped (a long post costs less).
  if (m.text.includes("*")) m = rewrite(m, MASKED, masked);
  m = rewrite(m, SPACED_RUN, spacedRun);
  m = rewrite(m, TOKEN, memoToken);
  if (m.text.includes("my self")) m = rewrite(m, MY_SELF, () => "myself");
  if (m.text.includes("-")) m = rewrite(m, HYPHEN, () => " ");
  if (m.text.includes("'")) m = rewrite(m, LEFT_QUOTE, () => '"');
  return rewrite(m, WHITESPACE, (run) =>
    run.includes("\n") ? (run === "\n" ? undefined : "\n") : run === " " ? undefined : " ",
  );
}

/** The patient's words behind normalised positions [from, to). */
export function excerpt(original: string, n: Normalised, from: number, to: number): string {
  const a = n.start[Math.max(0, Math.min(from, n.start.length - 1))] ?? 0;
  const b = n.end[Math.max(0, Math.min(to - 1, n.end.length - 1))] ?? a;
  return original.slice(a, Math.max(a, b)).trim();
}

// Per code point: compatibility-decompose, lower-case, drop accents and invisible characters,
// map homoglyphs, turn controls and odd spaces into plain spaces or newlines.
function characters(input: string): Normalised {
  let text = "";
  const start: number[] = [];
  const end: number[] = [];
  for (let i = 0; i < input.length; ) {
    const cp = input.codePointAt(i) ?? 32;
    // Printable ASCII but "I" (most of every message): lower-cased without a regex test.
    if (cp > 0x20 && cp < 0x7f && cp !== 73) {
      text += cp >= 65 && cp <= 90 ? String.fromCharCode(cp + 32) : input[i];
      start.push(i);
      end.push(i + 1);
      i++;
      continue;
    }
    const width = cp > 0xffff ? 2 : 1;
    const raw = input.slice(i, i + width);
    let out: string;
    if (cp >= 0xd800 && cp <= 0xdfff)
      out = " "; // lone surrogate
    else if (raw === "\n" || raw === "\r" || raw === "\u2028" || raw === "\u2029") out = "\n";
    else if (raw === "\t" || SPACE.test(raw)) out = " ";
    // Other control characters hide inside words ("ki\u0000ll"): drop them.
    else if (CONTROL.test(raw)) out = "";
    // A capital I inside a lower-case word stands for l ("kiII", "suicidaI").
    else if (raw === "I" && capitalIForL(input, i)) out = "l";
    else if (FORMAT.test(raw) || (cp >= 0xfe00 && cp <= 0xfe0f)) out = "";
    else if (cp < 0x80) out = raw.toLowerCase();
    else if (EMOJI_WORDS.has(raw)) out = ` ${EMOJI_WORDS.get(raw)} `;
    else {
      out = "";
      for (const ch of raw.normalize("NFKD").toLowerCase()) {
        if (MARK.test(ch)) continue;
        out += HOMOGLYPHS.get(ch) ?? ch;
      }
    }
    for (let k = 0; k < out.length; k++) {
      start.push(i);
      end.push(i + width);
    }
    text += out;
    i += width;
  }
  return { text, start, end };
}

// Is the "I" at `i` a look-alike l: after a lower-case letter (or such an I), before a letter
// or at a word's end, never the pronoun standing alone; before an l it is an i.
function capitalIForL(input: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && input[k] === "I") k--;
  const before = input[k] ?? "";
  // Before a real l it was an i ("kIll", "stIll").
  if (input[i + 1] === "l" || input[i + 1] === "L") return false;
  return k >= 0 && /[a-z]/.test(before);
}

/**
 * Replace every match of `pattern` (global) by `fn(match)`; undefined keeps the match.
 * Replacement characters map to the whole span of what they replace.
 */
function rewrite(
  m: Normalised,
  pattern: RegExp,
  fn: (match: string) => string | undefined,
): Normalised {
  let text = "";
  const start: number[] = [];
  const end: number[] = [];
  let last = 0;
  pattern.lastIndex = 0;
  for (let hit = pattern.exec(m.text); hit !== null; hit = pattern.exec(m.text)) {
    const from = hit.index;
    const to = from + hit[0].length;
    if (to === from) {
      pattern.lastIndex++;
      continue;
    }
    const replacement = fn(hit[0]);
    if (replacement === undefined) continue;
    text += m.text.slice(last, from);
    for (let k = last; k < from; k++) {
      start.push(m.start[k] ?? 0);
      end.push(m.end[k] ?? 0);
    }
    const s = m.start[from] ?? 0;
    const e = m.end[to - 1] ?? s;
    for (let k = 0; k < replacement.length; k++) {
      start.push(s);
      end.push(e);
    }
    text += replacement;
    last = to;
  }
  if (last === 0) return m;
  text += m.text.slice(last);
  for (let k = last; k < m.text.length; k++) {
    start.push(m.start[k] ?? 0);
    end.push(m.end[k] ?? 0);
  }
  return { text, start, end };
}

// Three or more single letters (or leet symbols) each followed by one separator: "k i l l",
// "k.i.l.l", "s-u-i-c-i-d-e". A double space ends a run, so "k i l l  m e" is two words.
const SPACED_RUN = /(?<![a-z0-9@$])(?:[a-z0-9@$][ .\-_*~]){2,}[a-z0-9@$](?![a-z0-9@$])/g;

function spacedRun(run: string): string | undefined {
  const joined = leet(run.replace(/[ .\-_*~]/g, ""));
  if (/\d/.test(joined)) return undefined;
  if (VOCAB.has(joined)) return joined;
  const words = segment(joined);
  return words === undefined ? undefined : words.join(" ");
}

// A word with letters starred out ("s*icide", "k**l", "unal*ve"): each star stands for one
// letter; the word is restored when exactly one risk word fits.
const MASKED =
  /(?<![a-z0-9*])[a-z]*\*+[a-z][a-z*]*(?![a-z0-9*])|(?<![a-z0-9*])[a-z]{2,}\*+(?![a-z0-9*])/g;
const MASK_WORDS = [...new Set([...VOCAB, "unaliving", "murder", "strangle", "stab", "noose"])];

function masked(word: string): string | undefined {
  if (countLetters(word) < 1 || word.length < 3) return undefined;
  const re = new RegExp(`^${word.replace(/\*/g, "[a-z]")}$`);
  const fits = MASK_WORDS.filter((w) => re.test(w));
  return fits.length === 1 ? fits[0] : undefined;
}

// A word, with apostrophes and leet symbols allowed between its characters.
const TOKEN = /[a-z0-9@$]+(?:['!|+]+[a-z0-9@$]+)*/g;

// `token` is a pure function of the word and words repeat: remember the last many.
const TOKENS = new Map<string, string | undefined>();
const TOKENS_MAX = 50_000;
function memoToken(word: string): string | undefined {
  if (TOKENS.has(word)) return TOKENS.get(word);
  const out = token(word);
  if (TOKENS.size >= TOKENS_MAX) TOKENS.clear();
  TOKENS.set(word, out);
  return out;
}

function token(word: string): string | undefined {
  const special = APOSTROPHE_SLANG.get(word);
  if (special !== undefined) return special;
  let w = word.includes("'") ? word.replace(/'/g, "") : word;
  if (/[0-9@$!|+]/.test(w) && !NUMBER_WITH_UNIT.test(w)) {
    const plain = leet(w);
    if (countLetters(w) >= 2 || (countLetters(w) === 1 && VOCAB.has(plain))) w = plain;
  }
  if (/([a-z])\1\1/.test(w)) w = squeeze(w);
  w = SLANG.get(w) ?? w;
  w = fuzzyKey(w) ?? w;
  return w === word ? undefined : w;
}

function leet(word: string): string {
  let out = "";
  for (const ch of word) out += LEET.get(ch) ?? ch;
  return out;
}

function countLetters(word: string): number {
  let n = 0;
  for (const ch of word) if (LETTER.test(ch)) n++;
  return n;
}

// "diiiie" -> "die", "killlll" -> "kill", "sooooo" -> "so": each stretched run becomes one or
// two letters, whichever spelling is a known word; otherwise two (keeps "sleeep" -> "sleep").
function squeeze(word: string): string {
  const parts = word.split(/(([a-z])\2{2,})/).filter((_, k) => k % 3 !== 2);
  const runs = parts.map((p, k) => (k % 2 === 1 ? p : undefined));
  const count = runs.filter((r) => r !== undefined).length;
  const two = parts.map((p, k) => (k % 2 === 1 ? p.slice(0, 2) : p)).join("");
  if (count > 4) return two;
  for (let mask = 0; mask < 1 << count; mask++) {
    let bit = 0;
    const candidate = parts
      .map((p, k) => {
        if (k % 2 === 0) return p;
        const one = ((mask >> bit++) & 1) === 0;
        return p.slice(0, one ? 1 : 2);
      })
      .join("");
    if (VOCAB.has(candidate) || SLANG.has(candidate)) return SLANG.get(candidate) ?? candidate;
  }
  return two;
}

const HYPHEN = /(?<=[a-z])-(?=[a-z])/g;
const MY_SELF = /(?<![a-z])my self(?![a-z])/g;
const LEFT_QUOTE = /'/g;
const WHITESPACE = /[ \n]+/g;
