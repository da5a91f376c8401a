// Helpers for the learned scorer's training corpus: a seeded RNG, slot filling and the
// spelling noise people type with. Deterministic: the same seed writes the same lines.
import type { RiskCategory, RiskLevel } from "../../src/safety/types.ts";

/** One training line, in the fixture format of test/fixtures/risk/README.md. */
export interface Line {
  id: string;
  text: string;
  level: RiskLevel;
  categories: RiskCategory[];
}

/** A phenomenon to write: templates with {slot}s, the label they carry, how many lines. */
export interface Spec {
  set: string;
  level: RiskLevel;
  categories: RiskCategory[];
  count: number;
  templates: string[];
}

/** mulberry32: small, fast, and the same on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Pick one element. */
export function pick<T>(r: () => number, xs: readonly T[]): T {
  const x = xs[Math.floor(r() * xs.length)];
  if (x === undefined) throw new Error("pick from an empty pool");
  return x;
}

/** Split a "a|b|c" pool. */
export const pool = (s: string): string[] => s.split("|").map((x) => x.trim());

/** Fill every {slot} from `slots` (a slot may itself hold {slots}, up to 4 deep). */
export function fill(r: () => number, template: string, slots: Record<string, string[]>): string {
  let out = template;
  for (let depth = 0; depth < 4 && out.includes("{"); depth++) {
    out = out.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const xs = slots[name];
      return xs === undefined ? whole : pick(r, xs);
    });
  }
  return out;
}

const KEYS = "qwertyuiopasdfghjklzxcvbnm";

/** One typo: swap, drop or double a letter inside a longer word. */
function typo(r: () => number, word: string): string {
  if (word.length < 5 || !/^[a-záéíóúñ]+$/i.test(word)) return word;
  const at = 1 + Math.floor(r() * (word.length - 2));
  const kind = r();
  if (kind < 0.4) return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  if (kind < 0.7) return word.slice(0, at) + word.slice(at + 1);
  if (kind < 0.9) return word.slice(0, at) + word[at] + word.slice(at);
  return word.slice(0, at) + pick(r, KEYS.split("")) + word.slice(at + 1);
}

/** Spelling and casing the way people type on a phone: casing, apostrophes, typos, fillers. */
export function noise(r: () => number, text: string, fillers: string[]): string {
  let t = text;
  const c = r();
  if (c < 0.45) t = t.toLowerCase();
  else if (c < 0.5) t = t.toUpperCase();
  else t = t.charAt(0).toUpperCase() + t.slice(1);
  if (r() < 0.35) t = t.replace(/['’]/g, "");
  if (r() < 0.25) t = t.replace(/[.!]+$/, "");
  if (r() < 0.3) {
    const words = t.split(" ");
    const k = Math.floor(r() * words.length);
    words[k] = typo(r, words[k] ?? "");
    t = words.join(" ");
  }
  if (r() < 0.12) t = `${t} ${pick(r, fillers)}`;
  if (r() < 0.08) t = t.replace(/\?$/, "??");
  return t;
}

/** Write `spec.count` distinct lines (fewer when the templates cannot make that many). */
export function generate(
  r: () => number,
  prefix: string,
  spec: Spec,
  slots: Record<string, string[]>,
  fillers: string[],
): Line[] {
  const seen = new Set<string>();
  const out: Line[] = [];
  for (let tries = 0; out.length < spec.count && tries < spec.count * 20; tries++) {
    const text = noise(r, fill(r, pick(r, spec.templates), slots), fillers);
    if (seen.has(text)) continue;
    seen.add(text);
    out.push({
      id: `${prefix}-${spec.set}-${String(out.length + 1).padStart(4, "0")}`,
      text,
      level: spec.level,
      categories: spec.categories,
    });
  }
  return out;
}

/**
 * A long forum-style post (100-300 words): everyday context sentences around `cues`
 * (risk sentences for a positive, hard-negative sentences for a negative), in a shuffled order.
 */
export function longPost(
  r: () => number,
  context: string[],
  cues: string[],
  slots: Record<string, string[]>,
): string {
  const parts = cues.map((c) => fill(r, c, slots));
  const target = 100 + Math.floor(r() * 180);
  let words = parts.join(" ").split(" ").length;
  const unused = [...context];
  while (words < target && unused.length > 0) {
    // Each context sentence at most once per post, as a person would write it.
    const [template] = unused.splice(Math.floor(r() * unused.length), 1);
    const s = fill(r, template ?? "", slots);
    const at = Math.floor(r() * (parts.length + 1));
    parts.splice(at, 0, s);
    words += s.split(" ").length;
  }
  const text = parts.join(r() < 0.3 ? "\n" : " ");
  return r() < 0.4 ? text.toLowerCase() : text;
}
