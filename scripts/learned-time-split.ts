// Time-split the learned scorer (docs/risk-detector.md): train on the corpus with REAL_VOICE's
// rounds plus EXTRA, or minus DROP, and score the model alone on later sets it never saw.
//   DROP='{"en":["round-20"],"es":["round-19"]}' node scripts/learned-time-split.ts
// Env: DROP / EXTRA (JSON {en?, es?} set names), LEARNED_OPTS (TrainOptions overrides), OUT
// (write the model there), TESTS (lang:set,...; default the round-20 sets). One line per set.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { decodeModel } from "../src/safety/detector/learned/model.ts";
import { learnedHits } from "../src/safety/detector/learned/score.ts";
import { normalise } from "../src/safety/detector/normalise.ts";
import { type Labelled, loadFixtures } from "../src/safety/eval/metrics.ts";
import { rank } from "../src/safety/types.ts";
import { corpus, DEFAULTS, REAL_VOICE, train } from "./train-risk.ts";

if (process.argv.includes("--help")) {
  console.log(
    "usage: [DROP=json] [EXTRA=json] [LEARNED_OPTS=json] [OUT=file] [TESTS=lang:set,...] node scripts/learned-time-split.ts",
  );
  process.exit(0);
}
const extra = JSON.parse(process.env.EXTRA ?? "{}") as { en?: string[]; es?: string[] };
const drop = JSON.parse(process.env.DROP ?? "{}") as { en?: string[]; es?: string[] };
for (const [i, lang] of [
  [0, "en"],
  [1, "es"],
] as const) {
  const voice = REAL_VOICE[i];
  if (voice === undefined) continue;
  voice.sets.push(...(extra[lang] ?? []));
  voice.sets = voice.sets.filter((set) => !(drop[lang] ?? []).includes(set));
}
const lines = corpus();
const t0 = performance.now();
const file = train(lines, { ...DEFAULTS, ...JSON.parse(process.env.LEARNED_OPTS ?? "{}") });
console.log(`lines ${lines.length} train ${Math.round(performance.now() - t0)} ms`);
if (process.env.OUT) writeFileSync(process.env.OUT, `${JSON.stringify(file)}\n`);
const model = decodeModel(file);
const tests = (
  process.env.TESTS ?? "en:round-20,en:posts-7,en:violence-7,es:round-19,es:intencion-10"
).split(",");
// Each language's tune folder (REAL_VOICE names it), read once for all its sets.
const tuneLines = new Map<string, Labelled[]>();
const linesOf = (lang: string): Labelled[] => {
  let lines = tuneLines.get(lang);
  if (lines === undefined) {
    const voice = REAL_VOICE.find((v) => v.lang === lang);
    if (voice === undefined) throw new Error(`TESTS: no tune folder for language "${lang}"`);
    lines = loadFixtures(join(import.meta.dirname, "..", voice.dir));
    tuneLines.set(lang, lines);
  }
  return lines;
};
for (const spec of tests) {
  const [lang, set] = spec.split(":") as [string, string];
  const ls = linesOf(lang).filter((l) => l.set === set);
  let risk = 0,
    hit = 0,
    cat = 0,
    neg = 0,
    fa = 0;
  for (const l of ls) {
    const hits = learnedHits([normalise(l.text).text], model);
    const flagged = hits.length > 0;
    if (rank(l.level) >= rank("low")) {
      risk++;
      if (flagged) {
        hit++;
        if (l.categories.every((c) => hits.some((h) => h.category === c))) cat++;
      }
    } else {
      neg++;
      if (flagged) fa++;
    }
  }
  const p = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : "-");
  console.log(
    `${spec.padEnd(16)} n=${ls.length} learned-alone flagged ${p(hit, risk)} cat ${p(cat, risk)} FA ${p(fa, neg)} (${fa}/${neg})`,
  );
}
