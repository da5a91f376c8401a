// Approximate matching of key risk words: "suicdie", "scracth", "pastilals" are read as the word
// they miss by one or two edits. Only long words are corrected (short ones have too many real
// neighbours), and never a real word: every dictionary word that sits that close to a key word
// is listed in fuzzy-keep.ts (generated from word lists by scripts/fuzzy-keep.ts), so
// "strange" stays "strange" and is not read as "strangle".
import { createHash } from "node:crypto";
import { DICTIONARY_NEIGHBOURS } from "./fuzzy-keep.ts";

/** Words worth correcting towards, English then Spanish (accents off, as normalise leaves them). */
export const FUZZY_KEYS: readonly string[] = `
suicide suicidal myself overdose overdosed overdosing unalive ketamine
scratch scratched scratching scratches bleeding strangle strangled strangling choking
stabbing stabbed poison poisoned poisoning hanging murder murdered shooting drowning
jumping bridge hopeless worthless burden goodbye tonight tomorrow anymore
husband boyfriend girlfriend stepdad people everyone someone yourself himself herself
bladder peeing urinating breathe breathing confused hallucinating
tablets sleeping cutting wrists hurting living existing relapse redose craving spravato
threatening threatened molested touching
suicidarme suicidio suicida matarme morirme quitarme cortarme ahorcarme colgarme tirarme
pastillas sobredosis ketamina lastimarme desaparecer cuchillo pistola veneno envenenar
matarlo matarla violada violacion abusaba sangre orinar respirar confundido confundida
`
  .split(/\s+/)
  .filter((w) => w.length > 0);

/** sha256 (16 hex) of the key list: fuzzy-keep.ts records the one it was generated for. */
export function fuzzyKeysHash(keys: readonly string[] = FUZZY_KEYS): string {
  return createHash("sha256").update(keys.join(" ")).digest("hex").slice(0, 16);
}

const KEEP = new Set(DICTIONARY_NEIGHBOURS.split(" "));
const KEY_SET = new Set(FUZZY_KEYS);
const BY_FIRST = new Map<string, string[]>();
for (const key of KEY_SET) {
  const list = BY_FIRST.get(key[0] as string) ?? [];
  list.push(key);
  BY_FIRST.set(key[0] as string, list);
}

/** How far `word` may be from `key` and still be read as it (0: not a candidate). */
export function editLimit(word: string, key: string): number {
  if (word.length < 6 || word.length > 14 || key[0] !== word[0]) return 0;
  const limit = key.length >= 7 && key[1] === word[1] ? 2 : 1;
  return Math.abs(key.length - word.length) > limit ? 0 : limit;
}

/** The key word `word` is a misspelling of, or undefined (a key itself, or a real word). */
export function fuzzyKey(word: string): string | undefined {
  const keys = BY_FIRST.get(word[0] as string);
  if (keys === undefined || word.length < 6 || KEY_SET.has(word) || KEEP.has(word)) return;
  for (const key of keys) {
    const limit = editLimit(word, key);
    if (limit > 0 && distance(word, key, limit) <= limit) return key;
  }
  return undefined;
}

/** Optimal-string-alignment distance (transpositions count one), stopped early past `limit`. */
export function distance(a: string, b: string, limit: number): number {
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
