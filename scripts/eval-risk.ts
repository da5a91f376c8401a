// Evaluate the rule layer on the labelled fixtures: `node scripts/eval-risk.ts [dir] [--misses]`.
// Prints recall per level and category, false positives, a confusion matrix and the targets;
// exits 1 when a target is missed. Prints ids, never patient text, unless --misses is given.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { detectRisk } from "../src/safety/detector/detect.ts";
import { loadFixtures, type Scored, setFigures, summarise } from "../src/safety/eval/metrics.ts";
import { RISK_LEVELS } from "../src/safety/types.ts";

const args = process.argv.slice(2);
const showMisses = args.includes("--misses");
const dir =
  args.find((a) => !a.startsWith("--")) ??
  join(dirname(fileURLToPath(import.meta.url)), "..", "test", "fixtures", "risk");

const rows = loadFixtures(dir);
const scored: Scored[] = rows.map((label) => {
  const r = detectRisk(label.text);
  return { label, predicted: { level: r.level, categories: r.categories } };
});
const s = summarise(scored);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

console.log(`risk rule layer: ${s.total} labelled lines from ${dir}\n`);
console.log("level      n   exact   at-or-above");
for (const level of RISK_LEVELS) {
  const c = s.perLevel[level];
  if (c.n === 0) continue;
  console.log(
    `${level.padEnd(9)} ${String(c.n).padStart(3)}   ${pct(c.exact / c.n).padStart(6)}   ${pct(c.atOrAbove / c.n).padStart(6)}`,
  );
}
console.log("\ncategory        n   recall");
for (const [category, c] of Object.entries(s.perCategory)) {
  if (c.n === 0) continue;
  console.log(`${category.padEnd(15)} ${String(c.n).padStart(3)}   ${pct(c.found / c.n)}`);
}
const fp = s.falsePositives;
console.log(`\nfalse positives on non-risk text: ${fp.flagged}/${fp.n} = ${pct(fp.rate)}`);
console.log("\nconfusion (rows: label, columns: predicted)");
console.log(`${"".padEnd(10)}${RISK_LEVELS.map((l) => l.slice(0, 8).padStart(9)).join("")}`);
s.confusion.forEach((row, k) => {
  console.log(
    `${(RISK_LEVELS[k] ?? "").padEnd(10)}${row.map((v) => String(v).padStart(9)).join("")}`,
  );
});
console.log("\ntargets");
for (const t of s.targets) {
  const rule = t.kind === "min" ? `>= ${pct(t.bound)}` : `< ${pct(t.bound)}`;
  console.log(`${t.met ? "MET   " : "MISSED"} ${t.name}: ${pct(t.value)} (${rule})`);
  if (!t.met) console.log(`       misses: ${t.misses.join(", ")}`);
}
if (showMisses) {
  console.log("\nlines predicted differently from their label:");
  for (const x of scored) {
    if (x.predicted.level === x.label.level) continue;
    console.log(
      `${x.label.id}: ${x.label.level} -> ${x.predicted.level}  ${JSON.stringify(x.label.text)}`,
    );
  }
}
// Tune and fresh sets (test/fixtures/risk/README.md): only "fresh" figures support a claim.
// "train" is the learned scorer's corpus (scripts/train-risk.ts): a tuning set, never fresh.
for (const part of ["train", "tune", "fresh"]) {
  const sub = join(dir, part);
  if (!existsSync(sub) || loadFixtures(sub).length === 0) continue;
  const lines = loadFixtures(sub).map((label): Scored => {
    const r = detectRisk(label.text);
    return { label, predicted: { level: r.level, categories: r.categories } };
  });
  const f = setFigures(lines);
  console.log(
    `\n${part} set (${f.n} lines): recall at label ${pct(f.recallAtLabel)}, low+ flagged ${pct(f.flagged)}, ` +
      `false alarms (none -> low+) ${pct(f.falseAlarms)}, any flag on none ${pct(f.anyFlagOnNone)}, ` +
      `category accuracy ${pct(f.categoryAccuracy)}`,
  );
  if (showMisses) {
    for (const x of lines) {
      if (!f.misses.includes(x.label.id)) continue;
      console.log(
        `  ${x.label.id}: ${x.label.level} ${x.label.categories.join(",")} -> ${x.predicted.level} ${x.predicted.categories.join(",")}  ${JSON.stringify(x.label.text)}`,
      );
    }
  }
}
process.exitCode = s.targets.every((t) => t.met) ? 0 : 1;
