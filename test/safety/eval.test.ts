import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { detectRisk } from "../../src/safety/detector/detect.ts";
import { benchRiskRules } from "../../src/safety/eval/bench-rules.ts";
import { loadFixtures, type Scored, setFigures, summarise } from "../../src/safety/eval/metrics.ts";

const dir = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "risk");

describe("risk fixtures evaluation", () => {
  const rows = loadFixtures(dir);
  const scored: Scored[] = rows.map((label) => {
    const r = detectRisk(label.text);
    return { label, predicted: { level: r.level, categories: r.categories } };
  });
  const summary = summarise(scored);

  it("has every fixture set with enough lines", () => {
    const sets = new Map<string, number>();
    for (const r of rows) sets.set(r.set, (sets.get(r.set) ?? 0) + 1);
    for (const set of [
      "explicit",
      "indirect",
      "negated",
      "third-person",
      "idioms",
      "everyday",
      "misspelt",
      "non-latin",
      "medical",
      "harm-others-abuse",
      "self-harm",
    ]) {
      expect(sets.get(set) ?? 0, set).toBeGreaterThanOrEqual(40);
    }
  });

  it.each(summary.targets.map((t) => [t.name, t] as const))("meets target: %s", (_name, t) => {
    expect(t.misses).toEqual([]);
    expect(t.met).toBe(true);
  });

  it("keeps false positives on non-risk text under 5%", () => {
    expect(summary.falsePositives.rate).toBeLessThan(0.05);
  });

  it("summarise counts a miss and a false positive", () => {
    const label = (set: string, level: "none" | "high") => ({
      id: `${set}-1`,
      set,
      text: "",
      level,
      categories: level === "none" ? [] : ["suicide" as const],
    });
    const s = summarise([
      { label: label("explicit", "high"), predicted: { level: "low", categories: [] } },
      { label: label("everyday", "none"), predicted: { level: "concern", categories: [] } },
    ]);
    expect(s.targets.find((t) => t.name.startsWith("explicit"))?.met).toBe(false);
    expect(s.targets.find((t) => t.name.startsWith("everyday"))?.value).toBe(1);
    expect(s.confusion[4]?.[2]).toBe(1);
    expect(s.perCategory.suicide).toEqual({ n: 1, found: 0 });
  });

  it("is fast: median well under 0.2 ms per message", () => {
    const { medianMs, messages } = benchRiskRules(dir, 3);
    expect(messages).toBeGreaterThan(500);
    expect(medianMs).toBeLessThan(0.2);
  });
});

/**
 * Figures on tune/round-7 after tuning on it (see the test below), with the model retrained on
 * every hand-written line (the last files moved the thresholds up and low+ 96.4% -> 95.5%).
 */
const ROUND7_FLOOR = {
  flagged: 0.95,
  recallAtLabel: 0.74,
  categoryAccuracy: 0.92,
  falseAlarms: 0.02,
};

/**
 * Figures on tune/round-8 after tuning on it by phenomenon (means at hand now, lethality
 * questions, plain misuse and self-harm acts, after-dose signs; resolved pasts, conditional
 * hyperbole, fears read about): run once at the 6b81c1f freeze it gave low+ 77.4%, category
 * 70.6%. Raise these, never lower them.
 */
const ROUND8_FLOOR = {
  flagged: 0.99,
  recallAtLabel: 0.72,
  categoryAccuracy: 0.9,
  falseAlarms: 0.035,
};

describe("risk tune and fresh sets (test/fixtures/risk/README.md)", () => {
  const score = (sub: string): Scored[] =>
    loadFixtures(join(dir, sub)).map((label) => {
      const r = detectRisk(label.text);
      return { label, predicted: { level: r.level, categories: r.categories } };
    });

  // tune/round-7.jsonl was fresh (400 lines by writers who never saw the detector, run once at
  // the round-7 freeze) and is tuned on since; it is held apart from the lines written with
  // the rules, which keep their targets.
  const FORMER_FRESH = new Set(["round-7", "round-8", "round-9", "round-10"]);

  it("keeps the tune set at >= 95% recall at label and <= 1% false alarms", () => {
    const f = setFigures(score("tune").filter((s) => !FORMER_FRESH.has(s.label.set)));
    expect(f.n).toBeGreaterThan(500);
    expect(f.recallAtLabel).toBeGreaterThanOrEqual(0.95);
    expect(f.falseAlarms).toBeLessThanOrEqual(0.01);
  });

  // Run once at the freeze: low+ flagged 62.3%, false alarms 4.5%, category 58.3%. The targets
  // (recall >= 0.95, category >= 0.9, false alarms <= 0.05) are not reached on it yet; these
  // floors are the figures reached while tuning on it: raise them, never lower them.
  it("round-7 (tune since the round-7 freeze): no regression below the tuned figures", () => {
    const f = setFigures(score("tune").filter((s) => s.label.set === "round-7"));
    expect(f.n).toBe(400);
    expect(f.flagged).toBeGreaterThanOrEqual(ROUND7_FLOOR.flagged);
    expect(f.recallAtLabel).toBeGreaterThanOrEqual(ROUND7_FLOOR.recallAtLabel);
    expect(f.categoryAccuracy).toBeGreaterThanOrEqual(ROUND7_FLOOR.categoryAccuracy);
    expect(f.falseAlarms).toBeLessThanOrEqual(ROUND7_FLOOR.falseAlarms);
  });

  // tune/round-8.jsonl was fresh at the 6b81c1f freeze (400 lines, run once), tuned on since.
  it("round-8 (tune since the 6b81c1f freeze): no regression below the tuned figures", () => {
    const f = setFigures(score("tune").filter((s) => s.label.set === "round-8"));
    expect(f.n).toBe(400);
    expect(f.flagged).toBeGreaterThanOrEqual(ROUND8_FLOOR.flagged);
    expect(f.recallAtLabel).toBeGreaterThanOrEqual(ROUND8_FLOOR.recallAtLabel);
    expect(f.categoryAccuracy).toBeGreaterThanOrEqual(ROUND8_FLOOR.categoryAccuracy);
    expect(f.falseAlarms).toBeLessThanOrEqual(ROUND8_FLOOR.falseAlarms);
  });

  // tune/round-9.jsonl was fresh at the 9901fc4 freeze (400 lines by writers who never saw the
  // repository, run once through `lantern risk classify`), and is not tuned on yet. These floors
  // are that one run's figures: raise them when tuning on it, never lower them.
  it("round-9 (fresh at the 9901fc4 freeze): no regression below its held-out figures", () => {
    const f = setFigures(score("tune").filter((s) => s.label.set === "round-9"));
    expect(f.n).toBe(400);
    // Raised after the round-9 not-wake and taken-with-farewell shapes (0.79/0.54/0.74 at the freeze).
    expect(f.flagged).toBeGreaterThanOrEqual(0.81);
    expect(f.recallAtLabel).toBeGreaterThanOrEqual(0.555);
    expect(f.categoryAccuracy).toBeGreaterThanOrEqual(0.755);
    expect(f.falseAlarms).toBeLessThanOrEqual(0.078);
  });

  // tune/round-10.jsonl was fresh at the b969c9a freeze (400 lines by writers who never saw the
  // repository, run once through `lantern risk classify`), not tuned on yet. The floors are that
  // run's figures: raise them when tuning on it, never lower them.
  it("round-10 (fresh at the b969c9a freeze): no regression below its held-out figures", () => {
    const f = setFigures(score("tune").filter((s) => s.label.set === "round-10"));
    expect(f.n).toBe(400);
    expect(f.flagged).toBeGreaterThanOrEqual(0.775);
    expect(f.recallAtLabel).toBeGreaterThanOrEqual(0.517);
    expect(f.categoryAccuracy).toBeGreaterThanOrEqual(0.766);
    expect(f.falseAlarms).toBeLessThanOrEqual(0.056);
  });

  it("raises no false alarm on the fresh set's lines labelled none", () => {
    const f = setFigures(score("fresh"));
    expect(f.n).toBeGreaterThan(0);
    expect(f.falseAlarms).toBeLessThanOrEqual(0.05);
  });

  it("setFigures counts a miss, a false alarm and a category slip", () => {
    const line = (id: string, level: "none" | "high", categories: ("suicide" | "misuse")[]) => ({
      id,
      set: "t",
      text: "",
      level,
      categories,
    });
    const f = setFigures([
      {
        label: line("a", "high", ["suicide"]),
        predicted: { level: "low", categories: ["suicide"] },
      },
      { label: line("b", "none", []), predicted: { level: "low", categories: ["suicide"] } },
      {
        label: line("c", "high", ["misuse"]),
        predicted: { level: "high", categories: ["suicide"] },
      },
      {
        label: line("d", "high", ["suicide"]),
        predicted: { level: "high", categories: ["suicide"] },
      },
    ]);
    expect(f.recallAtLabel).toBeCloseTo(2 / 3);
    expect(f.falseAlarms).toBe(1);
    expect(f.categoryAccuracy).toBeCloseTo(2 / 3);
    expect(f.misses).toEqual(["a", "b", "c"]);
  });
});
