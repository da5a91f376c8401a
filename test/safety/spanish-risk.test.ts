import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { detectRisk } from "../../src/safety/detector/detect.ts";
import { SPANISH_RULES } from "../../src/safety/detector/es/index.ts";
import { typos } from "../../src/safety/detector/es/words.ts";
import { type Labelled, loadFixtures } from "../../src/safety/eval/metrics.ts";
import { rank } from "../../src/safety/types.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "risk-es");

/** Recall (risk lines at or above their label), category recall and false alarms (none lines flagged). */
function measure(rows: Labelled[]) {
  const misses: string[] = [];
  const wrongCategory: string[] = [];
  const falseAlarms: string[] = [];
  /** False alarms raised by a Spanish rule itself (not by an English rule on Spanish words). */
  const spanishFalseAlarms: string[] = [];
  let risk = 0;
  let clean = 0;
  for (const row of rows) {
    const got = detectRisk(row.text);
    if (row.level === "none") {
      clean++;
      if (got.level !== "none") falseAlarms.push(row.id);
      if (got.evidence.some((e) => e.rule.startsWith("es."))) spanishFalseAlarms.push(row.id);
      continue;
    }
    if (rank(row.level) < rank("low")) continue;
    risk++;
    if (rank(got.level) < rank(row.level)) misses.push(row.id);
    if (!row.categories.every((c) => got.categories.includes(c))) wrongCategory.push(row.id);
  }
  return {
    risk,
    clean,
    recall: (risk - misses.length) / risk,
    category: (risk - wrongCategory.length) / risk,
    falseAlarmRate: falseAlarms.length / clean,
    misses,
    wrongCategory,
    falseAlarms,
    spanishFalseAlarms,
  };
}

interface SetFloor {
  recall: number;
  category: number;
  falseAlarms: number;
  /** Most false alarms a Spanish rule itself may raise (not asked of every set). */
  spanishFalseAlarms?: number;
}

/**
 * Files of tune/ that were a fresh set first (written by people who never saw the detector, run
 * once at a freeze, then moved here), held apart from the lines written with the rules. Each has
 * floors at the best figures reached on it so far: a change that loses ground fails. Raise them,
 * never lower them; only a new fresh set can say how the detector generalises.
 */
const FORMER_FRESH_IN_TUNE: Record<string, { when: string; n?: number; floor: SetFloor }> = {
  // fresh6 at the round-7 freeze (low+ 52%, false alarms 7%); tuned on since, model retrained on
  // every hand-written line (the last long-post files raised its thresholds: recall 0.802 -> 0.778).
  "round-6": {
    when: "tune since round 7",
    floor: { recall: 0.77, category: 0.88, falseAlarms: 0.05, spanishFalseAlarms: 4 },
  },
  // Fresh at the 6b81c1f freeze (low+ 54.4%, category 52.5%); tuned on by phenomenon since.
  "round-7": {
    when: "tune since the 6b81c1f freeze",
    floor: { recall: 0.81, category: 0.91, falseAlarms: 0.06, spanishFalseAlarms: 2 },
  },
  // Fresh at the 9901fc4 freeze (0.54/0.62 there, through `lantern risk classify`); raised after
  // the es/acute.ts shapes.
  "round-8": {
    when: "fresh at the 9901fc4 freeze",
    floor: { recall: 0.65, category: 0.71, falseAlarms: 0.088 },
  },
  // Fresh at the b969c9a freeze (0.493 / 0.629 / 0.052 there); raised after es/wishes.ts,
  // es/acts.ts and es/dosing.ts (round 9 tuned on by phenomenon): tune figures, not held out.
  "round-9": {
    when: "fresh at the b969c9a freeze",
    floor: { recall: 0.901, category: 1, falseAlarms: 0.039 },
  },
  // Fresh at the 0ae0398 freeze (../risk/README.md, "Round 11"): a round and short posts of
  // suicidal intent beside hard negatives in the same words. Raised after es/intent.ts (tuned on).
  "round-10": {
    when: "fresh at the 0ae0398 freeze",
    floor: { recall: 0.762, category: 0.987, falseAlarms: 0.057 },
  },
  "intencion-1": {
    when: "fresh at the 0ae0398 freeze",
    floor: { recall: 0.769, category: 0.992, falseAlarms: 0.036 },
  },
  // Fresh at the f796886 freeze (../risk/README.md, "Round 12"), run once there (round-11
  // 0.381/0.521/0.075, intencion-2 0.45/0.61/0.102); since tuned on (es/plain-last.ts,
  // es/held*.ts).
  "round-11": {
    when: "fresh at the f796886 freeze",
    floor: { recall: 0.969, category: 1, falseAlarms: 0.047 },
  },
  "intencion-2": {
    when: "fresh at the f796886 freeze",
    n: 240,
    floor: { recall: 0.77, category: 0.96, falseAlarms: 0.102 },
  },
  // Fresh at the ecc4dcf freeze (../risk/README.md, "Round 13"), run once there through
  // `lantern risk classify`: round-12 0.675 low+ / 0.65 category / 0.044 of none+concern at
  // low+; intencion-3 0.731 of intent flagged, 0.167 of negatives. Since tuned on
  // (es/round-13*.ts): tune figures.
  "round-12": {
    when: "fresh at the ecc4dcf freeze",
    floor: { recall: 1, category: 1, falseAlarms: 0.074 },
  },
  "intencion-3": {
    when: "fresh at the ecc4dcf freeze",
    n: 240,
    floor: { recall: 0.99, category: 1, falseAlarms: 0.081 },
  },
  // Fresh at the 664d833 freeze (../risk/README.md, "Round 14"), run once there: round-13
  // 0.676 low+ / 0.648 category / 0.025 of none+concern at low+; intencion-4 0.791 of intent
  // flagged, 0.138 of negatives. Its hyperbole since tuned on (es/words.ts EVERYDAY_CAUSE_ES),
  // then by phenomenon (es/held*.ts): tune figures.
  "round-13": {
    when: "fresh at the 664d833 freeze",
    n: 260,
    floor: { recall: 0.985, category: 1, falseAlarms: 0.028 },
  },
  "intencion-4": {
    when: "fresh at the 664d833 freeze",
    n: 200,
    floor: { recall: 0.989, category: 0.989, falseAlarms: 0.115 },
  },
  // Fresh at 68dca68 (../risk/README.md, "Round 15"), run once there: round-14 0.631 low+ /
  // 0.617 category / 0.042 of none+concern at low+; intencion-5 0.84 of intent flagged, 0.18 of
  // negatives. Since tuned on (es/round-15*.ts): tune figures, not held out.
  "round-14": {
    when: "fresh at 68dca68",
    n: 260,
    floor: { recall: 0.929, category: 1, falseAlarms: 0.055 },
  },
  "intencion-5": {
    when: "fresh at 68dca68",
    n: 200,
    floor: { recall: 0.96, category: 1, falseAlarms: 0.107 },
  },
  // Fresh at af333fe (README.md, "Round 16"): round-15 low+ 70.7 / category 65.0 / false alarms
  // 5.0 of none+concern; intencion-6 63.0 / 63.0 / 2.0. Since tuned on (es/round-16*.ts): tune
  // figures, not held out.
  "round-15": {
    when: "fresh at af333fe",
    n: 260,
    floor: { recall: 0.971, category: 1, falseAlarms: 0.034 },
  },
  "intencion-6": {
    when: "fresh at af333fe",
    n: 200,
    floor: { recall: 0.97, category: 0.99, falseAlarms: 0.049 },
  },
  // Fresh at e7e6355 (README.md, "Round 17"): round-16 low+ 56.4 / category 50.7 / false alarms
  // 4.2 of none+concern; intencion-7 58.0 / 57.0 / 2.0. Since tuned on (es/round-17*.ts): tune
  // figures, not held out.
  "round-16": {
    when: "fresh at e7e6355",
    n: 260,
    floor: { recall: 0.764, category: 0.857, falseAlarms: 0.048 },
  },
  "intencion-7": {
    when: "fresh at e7e6355",
    n: 200,
    floor: { recall: 0.89, category: 1, falseAlarms: 0.031 },
  },
  // Fresh at f0eee78 (README.md, "Round 18"): round-17 low+ 73.4 / category 70.6 / false alarms
  // 6.8 of none+concern; intencion-8 77.0 / 75.0 / 9.0. Since tuned on (es/round-18*.ts): tune
  // figures, not held out.
  "round-17": {
    when: "fresh at f0eee78",
    n: 260,
    floor: { recall: 0.832, category: 1, falseAlarms: 0.104 },
  },
  "intencion-8": {
    when: "fresh at f0eee78",
    n: 200,
    floor: { recall: 0.92, category: 0.98, falseAlarms: 0.177 },
  },
  // Fresh at 7e67f6f (README.md, "Round 19"): round-18 low+ 83.1 / category 79.6 / false alarms
  // 2.5 of none+concern; intencion-9 81.0 / 81.0 / 8.0. Since tuned on (es/round-19*.ts): tune
  // figures, not held out.
  "round-18": {
    when: "fresh at 7e67f6f",
    n: 260,
    floor: { recall: 0.83, category: 0.964, falseAlarms: 0.025 },
  },
  "intencion-9": {
    when: "fresh at 7e67f6f",
    n: 200,
    floor: { recall: 0.93, category: 1, falseAlarms: 0.167 },
  },
  // Fresh at ac8bff1 (README.md, "Round 20"): round-19 low+ 81.8 / category 78.3 / false alarms
  // 4.3 of none+concern; intencion-10 74.5 / 73.5 / 8.2. Floors at the fresh figures.
  "round-19": {
    when: "fresh at ac8bff1",
    n: 260,
    floor: { recall: 0.636, category: 0.783, falseAlarms: 0.095 },
  },
  "intencion-10": {
    when: "fresh at ac8bff1",
    n: 200,
    floor: { recall: 0.617, category: 0.735, falseAlarms: 0.226 },
  },
  // Fresh at 796ec05 (README.md, "Round 21"): round-20 low+ 86.0 / category 80.4 / false alarms
  // 3.4 of none+concern; intencion-11 76.0 / 71.0 / 6.0. Floors at the fresh figures.
  "round-20": {
    when: "fresh at 796ec05",
    n: 260,
    floor: { recall: 0.657, category: 0.804, falseAlarms: 0.058 },
  },
  "intencion-11": {
    when: "fresh at 796ec05",
    n: 200,
    floor: { recall: 0.67, category: 0.71, falseAlarms: 0.143 },
  },
  // Fresh at 4e3ef2d (README.md, "Round 22"): round-21 low+ 82.5 / category 79.0 / false alarms
  // 3.4 of none+concern; intencion-12 83.0 / 76.0 / 4.0. Floors at the fresh figures.
  "round-21": {
    when: "fresh at 4e3ef2d",
    n: 260,
    floor: { recall: 0.678, category: 0.79, falseAlarms: 0.043 },
  },
  "intencion-12": {
    when: "fresh at 4e3ef2d",
    n: 200,
    floor: { recall: 0.73, category: 0.76, falseAlarms: 0.164 },
  },
  // Fresh at 81bcccc (README.md, "Round 23"): round-22 low+ 82.1 / category 74.3 / false alarms
  // 1.7 of none+concern; intencion-13 80.0 / 77.0 / 4.0. Trained on since (the round-24 retrain).
  "round-22": {
    when: "fresh at 81bcccc",
    n: 260,
    floor: { recall: 0.642, category: 0.928, falseAlarms: 0.014 },
  },
  "intencion-13": {
    when: "fresh at 81bcccc",
    n: 200,
    floor: { recall: 0.71, category: 0.91, falseAlarms: 0.055 },
  },
  // Fresh at 7b6ed9f (README.md, "Round 25"): round-23 low+ 83.2 / category 80.4 / false alarms
  // 1.7 of none+concern. Floors at the fresh figures.
  "round-23": {
    when: "fresh at 7b6ed9f",
    n: 260,
    floor: { recall: 0.629, category: 0.804, falseAlarms: 0.029 },
  },
  // Fresh at e8e5b24 (README.md, "Round 26"): round-24 low+ 84.4 / category 82.3 / false alarms
  // 3.4 of none+concern; intencion-14 84.0 / 83.0 / 7.0. Floors at the fresh figures.
  "round-24": {
    when: "fresh at e8e5b24",
    n: 260,
    floor: { recall: 0.687, category: 0.822, falseAlarms: 0.06 },
  },
  "intencion-14": {
    when: "fresh at e8e5b24",
    n: 200,
    floor: { recall: 0.71, category: 0.83, falseAlarms: 0.164 },
  },
  // Fresh at bf38ed0 (README.md, "Round 27"): round-25 low+ 86.0 / category 83.2 / false alarms
  // 2.6 of none+concern; intencion-15 90.4 / 89.4 / 4.2. Floors at the fresh figures.
  "round-25": {
    when: "fresh at bf38ed0",
    n: 260,
    floor: { recall: 0.643, category: 0.832, falseAlarms: 0.047 },
  },
  "intencion-15": {
    when: "fresh at bf38ed0",
    n: 200,
    floor: { recall: 0.73, category: 0.903, falseAlarms: 0.135 },
  },
  // Fresh at 191278f (README.md, "Round 28"): round-26 low+ 88.8 / category 82.5 / false alarms
  // 4.3 of none+concern, the same at bf38ed0. Floors at the fresh figures.
  "round-26": {
    when: "fresh at 191278f",
    n: 260,
    floor: { recall: 0.699, category: 0.825, falseAlarms: 0.016 },
  },
  // Fresh at 163d264 (README.md, "Round 29"), run once there and at ddf2396: low+ flagged /
  // category / false alarms round-27 85.8 -> 87.2 / 80.9 -> 82.3 / 3.4, intencion-16 84.5 ->
  // 83.6 / 80.9 / 6.7. Floors at the figures after the round-30 Spanish co-occurrence.
  "round-27": {
    when: "fresh at 163d264",
    n: 260,
    floor: { recall: 0.666, category: 0.843, falseAlarms: 0.042 },
  },
  "intencion-16": {
    when: "fresh at 163d264",
    n: 200,
    floor: { recall: 0.69, category: 0.836, falseAlarms: 0.112 },
  },
  // Fresh at 01b4215 (README.md, "Round 30"), run once there, at 163d264 and at ddf2396: low+
  // flagged / category / false alarms, ddf2396 -> 163d264 -> 01b4215: round-28 90.3 -> 92.4 ->
  // 92.4 / 89.0 -> 91.0 / 3.5, intencion-17 82.7 -> 85.5 -> 85.5 / 81.8 -> 84.5 / 4.4.
  "round-28": {
    when: "fresh at 01b4215",
    n: 260,
    floor: { recall: 0.731, category: 0.91, falseAlarms: 0.03 },
  },
  "intencion-17": {
    when: "fresh at 01b4215",
    n: 200,
    floor: { recall: 0.727, category: 0.845, falseAlarms: 0.089 },
  },
};

describe("Spanish risk detection", () => {
  const allTune = loadFixtures(join(root, "tune"));
  // The tune lines written with the rules; former fresh sets moved into tune/ are held apart.
  const tune = allTune.filter((r) => !Object.hasOwn(FORMER_FRESH_IN_TUNE, r.set));

  it("has a tune set covering every category, negation, idioms and mixed messages", () => {
    const sets = new Set(tune.map((r) => r.set));
    for (const set of [
      "explicit",
      "indirect",
      "negated",
      "idioms",
      "everyday",
      "mixed",
      "misspelt",
    ])
      expect(sets.has(set), set).toBe(true);
    const categories = new Set(tune.flatMap((r) => r.categories));
    for (const c of ["suicide", "self_harm", "harm_to_others", "abuse", "medical", "misuse"])
      expect(categories.has(c as never), c).toBe(true);
    expect(tune.length).toBeGreaterThanOrEqual(150);
  });

  it("tune set: recall >= 0.95, category >= 0.9, false alarms <= 0.05", () => {
    const m = measure(tune);
    console.info(
      `es tune: ${tune.length} lines, recall ${m.recall.toFixed(3)} (${m.risk} risk), category ${m.category.toFixed(3)}, false alarms ${m.falseAlarmRate.toFixed(3)} (${m.clean} clean); misses ${m.misses.join(",")}; false alarms ${m.falseAlarms.join(",")}`,
    );
    expect(m.recall).toBeGreaterThanOrEqual(0.95);
    expect(m.category).toBeGreaterThanOrEqual(0.9);
    expect(m.falseAlarmRate).toBeLessThanOrEqual(0.05);
  });

  // Each "fresh" set was written after the rules were frozen, measured once (figures in
  // README.md beside the sets and in the commits), then used to tune the next round; so they
  // are all tuning material now and held to the same targets.
  it.each(["fresh", "fresh2", "fresh3", "fresh4"])(
    "former fresh set %s: recall >= 0.95, category >= 0.9, no false alarm from a Spanish rule",
    (name) => {
      const rows = loadFixtures(join(root, name));
      const m = measure(rows);
      console.info(
        `es ${name}: ${rows.length} lines, recall ${m.recall.toFixed(3)} (${m.risk} risk), category ${m.category.toFixed(3)}, false alarms ${m.falseAlarmRate.toFixed(3)} (${m.clean} clean); misses ${m.misses.join(",")}; false alarms ${m.falseAlarms.join(",")}`,
      );
      expect(rows.length).toBeGreaterThanOrEqual(80);
      expect(m.recall).toBeGreaterThanOrEqual(0.95);
      expect(m.category).toBeGreaterThanOrEqual(0.9);
      expect(m.spanishFalseAlarms).toEqual([]);
    },
  );

  it("former fresh set fresh5 (measured once at df6c236): recall >= 0.95, category >= 0.9, false alarms <= 0.05", () => {
    // Measured when written, rules frozen at df6c236: recall 59/62, false alarms 1/36.
    const rows = loadFixtures(join(root, "fresh5"));
    const m = measure(rows);
    console.info(
      `es fresh5: ${rows.length} lines, recall ${m.recall.toFixed(3)} (${m.risk} risk), category ${m.category.toFixed(3)}, false alarms ${m.falseAlarmRate.toFixed(3)} (${m.clean} clean); misses ${m.misses.join(",")}; false alarms ${m.falseAlarms.join(",")}`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(90);
    expect(m.recall).toBeGreaterThanOrEqual(0.95);
    expect(m.category).toBeGreaterThanOrEqual(0.9);
    expect(m.falseAlarmRate).toBeLessThanOrEqual(0.05);
  });

  const formerFresh = Object.entries(FORMER_FRESH_IN_TUNE).map(([set, v]) => ({ set, ...v }));
  it.each(formerFresh)(
    "former fresh set $set ($when): no regression below its floors",
    ({ set, n, floor }) => {
      const rows = allTune.filter((r) => r.set === set);
      const m = measure(rows);
      console.info(
        `es ${set}: ${rows.length} lines, recall ${m.recall.toFixed(3)} (${m.risk} risk), category ${m.category.toFixed(3)}, false alarms ${m.falseAlarmRate.toFixed(3)} (${m.clean} clean)`,
      );
      expect(rows.length).toBe(n ?? 300);
      expect(m.recall).toBeGreaterThanOrEqual(floor.recall);
      expect(m.category).toBeGreaterThanOrEqual(floor.category);
      expect(m.falseAlarmRate).toBeLessThanOrEqual(floor.falseAlarms);
      if (floor.spanishFalseAlarms !== undefined) {
        expect(m.spanishFalseAlarms.length).toBeLessThanOrEqual(floor.spanishFalseAlarms);
      }
    },
  );

  it("all Spanish sets before round 6 together: false alarms <= 0.05 (any rule), none from a Spanish rule", () => {
    const rows = [
      tune,
      ...["fresh", "fresh2", "fresh3", "fresh4", "fresh5"].map((n) => loadFixtures(join(root, n))),
    ].flat();
    const m = measure(rows);
    // The rest come from English rules reading Spanish messages.
    expect(m.falseAlarmRate).toBeLessThanOrEqual(0.05);
    expect(m.spanishFalseAlarms).toEqual([]);
  });

  it("reads the issue's message as imminent suicide, with or without accents", () => {
    for (const text of [
      "Quiero suicidarme esta noche, tengo las pastillas",
      "quiero suicidárme esta noche, tengo las pastillas",
      "QUIERO SUICIDARME ESTA NOCHE TENGO LAS PASTILLAS",
    ]) {
      const r = detectRisk(text);
      expect(r.level, text).toBe("imminent");
      expect(r.categories).toContain("suicide");
    }
  });

  it("quotes the patient's own words, accents included, in the evidence", () => {
    const r = detectRisk("Ya no aguanto, quiero quitarme la vida.");
    expect(r.evidence.map((e) => e.excerpt)).toContain("quiero quitarme la vida");
    expect(detectRisk("me quiero morír").evidence[0]?.excerpt).toBe("me quiero morír");
  });

  it("stays quiet on negation and idioms, concern at most for pain that 'is killing' the patient", () => {
    for (const text of [
      "no quiero morir",
      "nunca me haría daño",
      "me muero de risa",
      "estoy muerto de cansancio",
      "me mata la espera",
    ])
      expect(detectRisk(text).level, text).toBe("none");
    expect(detectRisk("me está matando este dolor").level).toBe("concern");
    expect(detectRisk("me está matando este dolor").categories).toEqual([]);
  });

  it("the same words go from none to risk when the negation is taken away", () => {
    expect(detectRisk("no me quiero matar").level).toBe("none");
    expect(detectRisk("me quiero matar").level).toBe("moderate");
    expect(detectRisk("mi esposo nunca me ha pegado").level).toBe("none");
    expect(detectRisk("mi esposo me ha pegado").level).toBe("high");
  });

  it("spells a word the ways patients slip, but never as another real word", () => {
    const quiero = new RegExp(`^${typos("quiero")}$`);
    for (const w of ["quiero", "kiero", "qiero", "queiro", "quieero"])
      expect(quiero.test(w), w).toBe(true);
    expect(quiero.test("quise")).toBe(false);
    const matarme = new RegExp(`^${typos("matarme")}$`);
    for (const w of ["matarme", "matrme", "mtarme", "matarmee"])
      expect(matarme.test(w), w).toBe(true);
    expect(matarme.test("atarme")).toBe(false);
    expect(detectRisk("me voy a atarme los zapatos").level).toBe("none");
    expect(detectRisk("ya no kiero bivir").level).toBe("moderate");
  });

  it("drops hyperbole when the message is plainly joking, keeps it otherwise", () => {
    expect(detectRisk("mi hijo rompió la tele, lo voy a matar jajaja").level).toBe("none");
    expect(detectRisk("mi hijo rompió la tele, lo voy a matar").level).toBe("high");
  });

  // Speed is a benchmark's job (bench/detector-speed.ts), not a timed test's.
  it("compiles every Spanish rule once, global and named es.*", () => {
    for (const r of SPANISH_RULES) {
      expect(r.re.flags, r.id).toContain("g");
      expect(r.id.startsWith("es."), r.id).toBe(true);
    }
  });
});
