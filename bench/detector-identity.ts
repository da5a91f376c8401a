// The detector's assessments of every fixture line, for diffing two checkouts after a speed
// change: `node bench/detector-identity.ts CHECKOUT OUT.jsonl`, then `cmp` the two files.
// Each line of test/fixtures/risk*/** is read without context and under two contexts; each is
// also read reversed (evasion.ts), and 300-word and 6,000-character posts (chunked) are added.
import { writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { fixtureTexts } from "../test/support/risk-fixtures.ts";

const HERE = join(dirname(fileURLToPath(import.meta.url)), "..");
const [root, out] = process.argv.slice(2);
if (root === undefined || out === undefined) {
  console.log("Usage: node bench/detector-identity.ts CHECKOUT OUT.jsonl");
  process.exit(2);
}

const fixtures = join(HERE, "test", "fixtures");
const lines = [...fixtureTexts(join(fixtures, "risk")), ...fixtureTexts(join(fixtures, "risk-es"))];
const words = lines.flatMap((t) => t.split(/\s+/)).filter(Boolean);
const posts: string[] = [];
for (let p = 0; p < 400; p++) {
  const size = p % 4 === 0 ? 1000 : 300;
  posts.push(words.slice((p * 997) % words.length, ((p * 997) % words.length) + size).join(" "));
}

type Context = { recent: { text: string; level: string }[] };
const contexts: (Context | undefined)[] = [
  undefined,
  {
    recent: [
      { text: "hard week", level: "low" },
      { text: "so tired", level: "low" },
    ],
  },
  { recent: [{ text: "i want to die", level: "moderate" }] },
];
const mod = (await import(resolve(root, "src", "safety", "detector", "detect.ts"))) as {
  detectRisk: (text: string, context?: Context) => unknown;
};
const rows: string[] = [];
for (const text of [...lines, ...posts]) {
  for (const context of contexts) rows.push(JSON.stringify(mod.detectRisk(text, context)));
  rows.push(JSON.stringify(mod.detectRisk([...text].reverse().join(""))));
}
writeFileSync(out, `${rows.join("\n")}\n`);
console.log(JSON.stringify({ fixtureLines: lines.length, posts: posts.length, rows: rows.length }));
