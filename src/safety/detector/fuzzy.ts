// Approximate matching of a few key risk words: "suicdie", "overdoese", "mysefl" are read as
// the word they miss by one or two edits. Only long words are corrected (short ones have too
// many real neighbours), and real words that sit close to a key word are listed to be kept.

const KEYS = [
  "suicide",
  "suicidal",
  "myself",
  "overdose",
  "overdosed",
  "overdosing",
  "unalive",
  "ketamine",
];
const KEEP = new Set(
  "overdone overdue overtone overdraw overrode overdid suicides itself thyself killings billing filling willing kidding kilting unlive".split(
    " ",
  ),
);
const KEY_SET = new Set(KEYS);
const FIRST = new Set(KEYS.map((k) => k[0]));

/** The key word `word` is a misspelling of, or undefined. */
export function fuzzyKey(word: string): string | undefined {
  if (word.length < 6 || word.length > 12 || !FIRST.has(word[0]) || KEY_SET.has(word)) {
    return undefined;
  }
  if (KEEP.has(word)) return undefined;
  for (const key of KEYS) {
    if (key[0] !== word[0]) continue;
    const limit = key.length >= 7 && key[1] === word[1] ? 2 : 1;
    if (Math.abs(key.length - word.length) > limit) continue;
    if (distance(word, key, limit) <= limit) return key;
  }
  return undefined;
}

// Optimal-string-alignment distance (transpositions count one), stopped early past `limit`.
function distance(a: string, b: string, limit: number): number {
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      }
      row.push(v);
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length] ?? limit + 1;
}
