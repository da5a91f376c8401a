// The rule layer's per-message time for two checkouts on the same texts and core:
// `taskset -c 1 node bench/detector-ab.ts /path/to/other/checkout [/path/to/this]`.
// Texts are this checkout's fixture lines (short: under 160 characters; long: 300-word posts
// joined from the 150+ word lines, as bench/detector-speed.ts builds them); each figure is the
// fastest of several runs per text; the checkouts alternate twice. Prints one JSON line.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const HERE = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
if (args.length === 0 || args.includes("--help") || args.includes("-h")) {
  console.log(
    "Usage: node bench/detector-ab.ts OTHER_CHECKOUT [THIS_CHECKOUT]\n" +
      "Times detectRisk from both checkouts on this checkout's fixture texts; one JSON line.",
  );
  process.exit(args.length === 0 ? 2 : 0);
}
const roots = [resolve(args[0] ?? ""), resolve(args[1] ?? HERE)];

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
const all = texts(join(HERE, "test", "fixtures", "risk"));
const short = all.filter((t) => t.length < 160);
const long = all.filter((t) => t.split(/\s+/).length >= 150);
const posts: string[] = [];
for (let p = 0; p < Math.min(200, long.length); p++) {
  const words: string[] = [];
  for (let k = p; words.length < 300; k++)
    words.push(...(long[k % long.length] ?? "").split(/\s+/));
  posts.push(words.filter(Boolean).slice(0, 300).join(" "));
}

type Detect = (text: string) => unknown;
function time(detect: Detect, list: string[], rounds: number): number[] {
  const best = list.map(() => Number.POSITIVE_INFINITY);
  for (let r = 0; r < rounds; r++) {
    list.forEach((t, k) => {
      const start = performance.now();
      detect(t);
      best[k] = Math.min(best[k] ?? Number.POSITIVE_INFINITY, performance.now() - start);
    });
  }
  return best.sort((a, b) => a - b);
}
const at = (a: number[], q: number) => a[Math.min(a.length - 1, Math.floor(q * a.length))] ?? 0;

const detectors: Detect[] = [];
for (const root of roots) {
  const mod = (await import(join(root, "src", "safety", "detector", "detect.ts"))) as {
    detectRisk: Detect;
  };
  detectors.push(mod.detectRisk);
}
const figures: Record<string, number>[] = roots.map(() => ({}));
for (let pass = 0; pass < 2; pass++) {
  detectors.forEach((detect, k) => {
    time(detect, short.slice(0, 2000), 1);
    const s = time(detect, short, 3);
    const l = time(detect, posts, 5);
    const f = figures[k] ?? {};
    const keep = (key: string, v: number) => {
      f[key] = Math.min(f[key] ?? Number.POSITIVE_INFINITY, +v.toFixed(4));
    };
    keep("shortMedianMs", at(s, 0.5));
    keep("shortP99Ms", at(s, 0.99));
    keep("longMedianMs", at(l, 0.5));
    keep("longP99Ms", at(l, 0.99));
    figures[k] = f;
  });
}
console.log(
  JSON.stringify({
    shortMessages: short.length,
    longPosts: posts.length,
    other: { root: roots[0], ...figures[0] },
    this: { root: roots[1], ...figures[1] },
  }),
);
