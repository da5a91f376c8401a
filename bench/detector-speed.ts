// Per-message time of the rule layer on one core: `taskset -c 0 node bench/detector-speed.ts`.
// Short messages are the labelled fixture lines under 160 characters (train/ and tune/
// included, fresh/ left out); long posts are 300-word texts from the long fixture lines; each
// figure is over texts, of the fastest of several runs per text. Runs with the word pre-filter
// at its default, then off, in the same process (same load); prints one JSON line at the end.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { detectRisk } from "../src/safety/detector/detect.ts";
import { setPrefilter } from "../src/safety/detector/prefilter.ts";

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "..", "test", "fixtures", "risk");

function texts(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== "fresh") out.push(...texts(path));
    if (!entry.name.endsWith(".jsonl")) continue;
    for (const line of readFileSync(path, "utf8").split("\n")) {
      if (line.trim() === "") continue;
      const text = (JSON.parse(line) as { text?: unknown }).text;
      if (typeof text === "string") out.push(text);
    }
  }
  return out;
}

// 300-word posts: the long multi-sentence fixture lines (150+ words: venting, long risk posts,
// long hard negatives), each cut or filled to 300 words with the next one.
function longPosts(all: string[], count: number): string[] {
  const long = all.filter((t) => t.split(/\s+/).length >= 150);
  const posts: string[] = [];
  for (let p = 0; p < Math.min(count, long.length); p++) {
    const words: string[] = [];
    for (let k = p; words.length < 300; k++) {
      words.push(...(long[k % long.length] ?? "").split(/\s+/).filter(Boolean));
    }
    posts.push(words.slice(0, 300).join(" "));
  }
  return posts;
}

// Per text, the fastest of `rounds` runs (a shared machine preempts runs at random; the
// minimum is the detector's own cost), sorted.
function time(list: string[], rounds: number): number[] {
  const best = list.map(() => Number.POSITIVE_INFINITY);
  for (let r = 0; r < rounds; r++) {
    list.forEach((t, k) => {
      const start = performance.now();
      detectRisk(t);
      best[k] = Math.min(best[k] ?? Number.POSITIVE_INFINITY, performance.now() - start);
    });
  }
  return best.sort((a, b) => a - b);
}

const at = (times: number[], q: number) =>
  times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;

const all = texts(FIXTURES);
const short = all.filter((t) => t.length < 160);
const long = longPosts(all, 200);
const figures = (mode: "off" | "all" | "default") => {
  setPrefilter(mode);
  time(short, 3);
  time(long, 3);
  const s = time(short, 10);
  const l = time(long, 20);
  return {
    shortMedianMs: +at(s, 0.5).toFixed(4),
    shortP99Ms: +at(s, 0.99).toFixed(4),
    longMedianMs: +at(l, 0.5).toFixed(4),
    longP99Ms: +at(l, 0.99).toFixed(4),
  };
};
// The default first, as a clinic runs it: a pass with the pre-filter off compiles and tiers up
// patterns the default never runs, and slows the passes after it.
const on = figures("default");
const off = figures("off");
const every = figures("all");
console.log(
  JSON.stringify({
    shortMessages: short.length,
    longPosts: long.length,
    prefilterOff: off,
    prefilterOn: on,
    prefilterAll: every,
  }),
);
