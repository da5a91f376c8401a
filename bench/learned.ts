// Time the learned risk scorer on one core: `taskset -c 0 node bench/learned.ts`.
// Reports the time the scorer adds to detectRisk (features + dot product on the already
// normalised text) for short messages and for ~300-word posts, median of batches.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { learnedRaise } from "../src/safety/detector/learned/score.ts";
import { normalise } from "../src/safety/detector/normalise.ts";
import type { RiskAssessment } from "../src/safety/types.ts";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "test", "fixtures", "risk");

function texts(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) out.push(...texts(join(dir, e.name)));
    else if (e.name.endsWith(".jsonl")) {
      for (const line of readFileSync(join(dir, e.name), "utf8").split("\n")) {
        if (line.trim() !== "") out.push((JSON.parse(line) as { text: string }).text);
      }
    }
  }
  return out;
}

/** Median per-message time (ms) of the scorer over `inputs`, in batches of one pass each. */
function bench(inputs: string[], rounds: number): number {
  const chunks = inputs.map((t) => [{ n: { text: normalise(t).text } }]);
  const base: RiskAssessment = { level: "none", categories: [], evidence: [] };
  for (let k = 0; k < 3; k++) for (const c of chunks) learnedRaise(base, c);
  const per: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    for (const c of chunks) learnedRaise(base, c);
    per.push((performance.now() - start) / chunks.length);
  }
  per.sort((a, b) => a - b);
  return per[Math.floor(per.length / 2)] ?? 0;
}

const all = texts(ROOT);
const short = all.filter((t) => t.length <= 120).slice(0, 2000);
const long = all.filter((t) => {
  const words = t.split(/\s+/).length;
  return words >= 250 && words <= 320;
});
const posts = long.length > 0 ? long : [all.slice(0, 40).join(" ")];
const result = {
  shortMessages: short.length,
  shortMedianMs: Number(bench(short, 30).toFixed(5)),
  posts: posts.length,
  postWords: Math.round(posts.reduce((a, t) => a + t.split(/\s+/).length, 0) / posts.length),
  postMedianMs: Number(bench(posts, 30).toFixed(5)),
};
console.log(JSON.stringify(result));
