/**
 * Hashed features for the learned risk scorer: word unigrams, word bigrams and character
 * 3- and 4-grams (across word boundaries, so "kms" and "k m s" after normalisation agree).
 * Each feature is an FNV-1a hash of its characters, finished with murmur3's fmix32 and masked
 * to `bits` bits. Training (scripts/train-risk.ts) and scoring call the same function, so the
 * two cannot drift apart.
 */

/** Seeds keep the feature kinds apart: the word "kms" and the 3-gram "kms" hash differently. */
const SEED_WORD = 0x811c9dc5;
const SEED_BIGRAM = 0x9e3779b9;
const SEED_TRI = 0x85ebca6b;
const SEED_QUAD = 0xc2b2ae35;
const PRIME = 0x01000193;

// Reused between calls: scoring allocates nothing per message (grown only for a longer text).
let buffer = new Int32Array(4096);

function fmix(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** Is this UTF-16 unit part of a word (normalised text is lower-case and accent-free)? */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c > 127;
}

/**
 * Write the feature indices of normalised text `t` into a shared buffer and return it with
 * the count. The buffer is overwritten by the next call: read it before calling again.
 */
export function extractFeatures(
  t: string,
  bits: number,
): { ids: Int32Array; count: number; words: number } {
  const mask = (1 << bits) - 1;
  // At most one word, one bigram and two n-grams per character, plus the closing ones.
  const need = t.length * 4 + 8;
  if (buffer.length < need) buffer = new Int32Array(need);
  const out = buffer;
  let n = 0;
  let word = SEED_WORD;
  let inWord = false;
  let prevWord = 0;
  let hasPrev = false;
  let words = 0;
  // The last four characters of the text with runs of non-word characters as one space.
  let c1 = 32;
  let c2 = 32;
  let c3 = 32;
  let lastSpace = true;
  for (let i = 0; i <= t.length; i++) {
    const raw = i < t.length ? t.charCodeAt(i) : 32;
    const w = isWordChar(raw);
    if (w) {
      word = Math.imul(word ^ raw, PRIME);
      inWord = true;
    } else if (inWord) {
      const h = fmix(word);
      out[n++] = h & mask;
      if (hasPrev) out[n++] = fmix(Math.imul(prevWord ^ SEED_BIGRAM, PRIME) ^ h) & mask;
      prevWord = h;
      hasPrev = true;
      words++;
      word = SEED_WORD;
      inWord = false;
    }
    const c = w ? raw : 32;
    if (c === 32 && lastSpace) continue;
    lastSpace = c === 32;
    let tri = Math.imul(SEED_TRI ^ c2, PRIME);
    tri = Math.imul(tri ^ c3, PRIME);
    tri = Math.imul(tri ^ c, PRIME);
    out[n++] = fmix(tri) & mask;
    let quad = Math.imul(SEED_QUAD ^ c1, PRIME);
    quad = Math.imul(quad ^ c2, PRIME);
    quad = Math.imul(quad ^ c3, PRIME);
    quad = Math.imul(quad ^ c, PRIME);
    out[n++] = fmix(quad) & mask;
    c1 = c2;
    c2 = c3;
    c3 = c;
  }
  return { ids: out, count: n, words };
}
