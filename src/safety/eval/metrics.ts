import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { RISK_CATEGORIES, RISK_LEVELS, type RiskCategory, type RiskLevel, rank } from "../types.ts";

/** One labelled fixture line: {"id","text","level","categories"}. */
export const FixtureLine = z.object({
  id: z.string(),
  text: z.string(),
  level: z.enum(RISK_LEVELS),
  categories: z.array(z.enum(RISK_CATEGORIES)),
});
export type FixtureLine = z.infer<typeof FixtureLine>;

/** A fixture line with the set (file name without ".jsonl") it came from. */
export interface Labelled extends FixtureLine {
  set: string;
}

export interface Scored {
  label: Labelled;
  predicted: { level: RiskLevel; categories: RiskCategory[] };
}

export interface Target {
  name: string;
  value: number;
  /** "min": value must be >= bound; "max": value must be < bound. */
  kind: "min" | "max";
  bound: number;
  met: boolean;
  /** Ids of the lines that miss it (for the report; ids, never text). */
  misses: string[];
}

export interface Summary {
  total: number;
  perLevel: Record<RiskLevel, { n: number; exact: number; atOrAbove: number }>;
  perCategory: Record<RiskCategory, { n: number; found: number }>;
  /** Non-risk text (everyday, idioms, negated, third-person lines labelled none). */
  falsePositives: { n: number; flagged: number; rate: number };
  /** Rows: labelled level; columns: predicted level (order of RISK_LEVELS). */
  confusion: number[][];
  targets: Target[];
}

/** Every `*.jsonl` under `dir`, validated; throws on a malformed line (fixtures are ours). */
export function loadFixtures(dir: string): Labelled[] {
  const rows: Labelled[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".jsonl"))
    .sort()) {
    const set = file.slice(0, -".jsonl".length);
    const lines = readFileSync(join(dir, file), "utf8").split("\n");
    lines.forEach((line, k) => {
      if (line.trim() === "") return;
      const parsed = FixtureLine.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${k + 1}: ${parsed.error.message}`);
      rows.push({ ...parsed.data, set });
    });
  }
  return rows;
}

const NON_RISK_SETS = new Set(["everyday", "idioms", "negated", "third-person"]);
const up = (s: Scored) => rank(s.predicted.level) >= rank(s.label.level);

/** Pure metrics over scored lines, and whether the release targets are met. */
export function summarise(scored: Scored[]): Summary {
  const perLevel = Object.fromEntries(
    RISK_LEVELS.map((l) => [l, { n: 0, exact: 0, atOrAbove: 0 }]),
  ) as Summary["perLevel"];
  const perCategory = Object.fromEntries(
    RISK_CATEGORIES.map((c) => [c, { n: 0, found: 0 }]),
  ) as Summary["perCategory"];
  const confusion = RISK_LEVELS.map(() => RISK_LEVELS.map(() => 0));
  let fpN = 0;
  let fpFlagged = 0;
  for (const s of scored) {
    const cell = perLevel[s.label.level];
    cell.n++;
    if (s.predicted.level === s.label.level) cell.exact++;
    if (up(s)) cell.atOrAbove++;
    const row = confusion[rank(s.label.level)];
    if (row !== undefined) row[rank(s.predicted.level)] = (row[rank(s.predicted.level)] ?? 0) + 1;
    for (const c of s.label.categories) {
      perCategory[c].n++;
      if (s.predicted.categories.includes(c)) perCategory[c].found++;
    }
    if (s.label.level === "none" && NON_RISK_SETS.has(s.label.set)) {
      fpN++;
      if (s.predicted.level !== "none") fpFlagged++;
    }
  }
  const targets = [
    recallTarget(
      "explicit recall at moderate and above",
      scored.filter((s) => s.label.set === "explicit" && rank(s.label.level) >= rank("moderate")),
      1,
    ),
    recallTarget(
      "indirect recall (at or above label)",
      scored.filter((s) => s.label.set === "indirect" && s.label.level !== "none"),
      0.9,
    ),
    fpTarget(
      "everyday false-positive rate",
      scored.filter((s) => s.label.set === "everyday"),
    ),
    fpTarget(
      "idiom false-positive rate",
      scored.filter((s) => s.label.set === "idioms"),
    ),
  ];
  return {
    total: scored.length,
    perLevel,
    perCategory,
    falsePositives: { n: fpN, flagged: fpFlagged, rate: fpN === 0 ? 0 : fpFlagged / fpN },
    confusion,
    targets,
  };
}

function recallTarget(name: string, rows: Scored[], bound: number): Target {
  const misses = rows.filter((s) => !up(s)).map((s) => s.label.id);
  const value = rows.length === 0 ? 1 : (rows.length - misses.length) / rows.length;
  return { name, value, kind: "min", bound, met: value >= bound, misses };
}

function fpTarget(name: string, rows: Scored[]): Target {
  const clean = rows.filter((s) => s.label.level === "none");
  const misses = clean.filter((s) => s.predicted.level !== "none").map((s) => s.label.id);
  const value = clean.length === 0 ? 0 : misses.length / clean.length;
  return { name, value, kind: "max", bound: 0.05, met: value < 0.05, misses };
}

/** Figures for a tune or fresh set (test/fixtures/risk/{tune,fresh}); see its README. */
export interface SetFigures {
  n: number;
  /** Risk lines (label concern or above) predicted at or above their label. */
  recallAtLabel: number;
  /** Risk lines labelled low or above predicted low or above. */
  flagged: number;
  /** Lines labelled none predicted low or above (an alert). */
  falseAlarms: number;
  /** Lines labelled none predicted anything but none. */
  anyFlagOnNone: number;
  /** Risk lines with categories whose predicted categories include every labelled one. */
  categoryAccuracy: number;
  misses: string[];
}

export function setFigures(scored: Scored[]): SetFigures {
  const risk = scored.filter((s) => s.label.level !== "none");
  const alerting = risk.filter((s) => rank(s.label.level) >= rank("low"));
  const none = scored.filter((s) => s.label.level === "none");
  const withCats = risk.filter((s) => s.label.categories.length > 0);
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  const catOk = (s: Scored) => s.label.categories.every((c) => s.predicted.categories.includes(c));
  const alarm = (s: Scored) => rank(s.predicted.level) >= rank("low");
  return {
    n: scored.length,
    recallAtLabel: ratio(risk.filter(up).length, risk.length),
    flagged: ratio(alerting.filter(alarm).length, alerting.length),
    falseAlarms: none.length === 0 ? 0 : none.filter(alarm).length / none.length,
    anyFlagOnNone:
      none.length === 0 ? 0 : none.filter((s) => s.predicted.level !== "none").length / none.length,
    categoryAccuracy: ratio(withCats.filter(catOk).length, withCats.length),
    misses: scored
      .filter((s) => (s.label.level === "none" ? alarm(s) : !up(s) || !catOk(s)))
      .map((s) => s.label.id),
  };
}
