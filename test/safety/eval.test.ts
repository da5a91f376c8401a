import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { detectRisk } from "../../src/safety/detector/detect.ts";
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

  // Speed is measured by `npm run bench` (risk row) and bench/detector-speed.ts, not here: a
  // timed test fails on a loaded machine whatever the code does.
});

interface SetFloor {
  flagged: number;
  recallAtLabel: number;
  categoryAccuracy: number;
  falseAlarms: number;
}

/**
 * tune/ files that were a fresh set first: written by people who never saw the detector, run
 * once at a freeze, then moved into tune/. They are held apart from the lines written with the
 * rules (which keep their targets); each has floors at the best figures reached on it so far.
 * The targets (recall >= 0.95, category >= 0.9, false alarms <= 0.05) are not reached
 * on them yet. Raise a floor when tuning reaches more, never lower it.
 */
const FORMER_FRESH: Record<string, { when: string; n?: number; floor: SetFloor }> = {
  // At its freeze: low+ 62.3%, false alarms 4.5%, category 58.3%. Tuned on since, with the model
  // retrained on every hand-written line (the last files moved the thresholds: low+ 96.4% -> 95.5%).
  "round-7": {
    when: "tune since the round-7 freeze",
    floor: { flagged: 0.95, recallAtLabel: 0.74, categoryAccuracy: 0.92, falseAlarms: 0.02 },
  },
  // At the 6b81c1f freeze: low+ 77.4%, category 70.6%. Tuned on by phenomenon (means at hand
  // now, lethality questions, plain misuse and self-harm acts, after-dose signs; resolved pasts,
  // conditional hyperbole, fears read about).
  "round-8": {
    when: "tune since the 6b81c1f freeze",
    floor: { flagged: 0.99, recallAtLabel: 0.72, categoryAccuracy: 0.9, falseAlarms: 0.035 },
  },
  // Fresh at the 9901fc4 freeze (0.79/0.54/0.74 there, through `lantern risk classify`); raised
  // after the round-9 not-wake and taken-with-farewell shapes.
  "round-9": {
    when: "fresh at the 9901fc4 freeze",
    floor: { flagged: 0.81, recallAtLabel: 0.555, categoryAccuracy: 0.755, falseAlarms: 0.078 },
  },
  // Fresh at the b969c9a freeze (0.775/0.517/0.766/0.056 there); since tuned on by phenomenon
  // (lexicon-shapes.ts, lexicon-farewell.ts, lexicon-acts.ts) and trained on (df2ba97): tune
  // figures, not held out. With the rules alone on the pre-df2ba97 model: 1/0.671/1/0.037.
  "round-10": {
    when: "fresh at the b969c9a freeze",
    floor: { flagged: 1, recallAtLabel: 0.688, categoryAccuracy: 1, falseAlarms: 0.0186 },
  },
  // Fresh at the 0ae0398 freeze (README.md, "Round 11"): the round, short posts that all hold
  // the word "suicidal", and violence how-tos beside everyday homonyms. At the freeze: round
  // 0.573/0.37/0.532/0.058, suicidal-word 0.936/0.741/0.924/0.073, violence 0.48/0.12/0.38/0.02;
  // since tuned on by phenomenon (lexicon-violence-more.ts, lexicon-acute-more.ts,
  // lexicon-self-harm-more.ts, lexicon-control.ts, lexicon-misuse-more.ts): tune figures.
  "round-11": {
    when: "fresh at the 0ae0398 freeze",
    floor: { flagged: 0.99, recallAtLabel: 0.679, categoryAccuracy: 0.99, falseAlarms: 0.022 },
  },
  "suicidal-word-1": {
    when: "fresh at the 0ae0398 freeze",
    n: 240,
    floor: { flagged: 0.99, recallAtLabel: 0.8, categoryAccuracy: 0.941, falseAlarms: 0.0092 },
  },
  "violence-1": {
    when: "fresh at the 0ae0398 freeze",
    n: 200,
    floor: { flagged: 1, recallAtLabel: 0.4, categoryAccuracy: 1, falseAlarms: 0 },
  },
  // Fresh at the f796886 freeze (README.md, "Round 12"), run once there: round 0.677/0.47/
  // 0.605/0.059, suicidal-word 0.989/0.755/0.901/0.011, violence 0.4875/0.225/0.4625/0.0125.
  // Since tuned on by phenomenon: tune figures.
  "round-12": {
    when: "fresh at the f796886 freeze",
    floor: { flagged: 0.963, recallAtLabel: 0.669, categoryAccuracy: 0.892, falseAlarms: 0.026 },
  },
  "suicidal-word-2": {
    when: "fresh at the f796886 freeze",
    n: 200,
    floor: { flagged: 0.988, recallAtLabel: 0.772, categoryAccuracy: 0.9, falseAlarms: 0.0112 },
  },
  "violence-2": {
    when: "fresh at the f796886 freeze",
    n: 160,
    floor: { flagged: 0.975, recallAtLabel: 0.75, categoryAccuracy: 0.962, falseAlarms: 0 },
  },
  // Fresh at the ecc4dcf freeze (README.md, "Round 13"), run once there through `lantern risk
  // classify`: the round (0.681 low+, 0.648 category, 0.054 of none/concern at low+) and long
  // forum-style posts (0.825 / 0.794 / 0.19). Since tuned on (4e35e17, 664d833): tune floors.
  "round-13": {
    when: "fresh at the ecc4dcf freeze",
    floor: { flagged: 0.986, recallAtLabel: 0.645, categoryAccuracy: 0.958, falseAlarms: 0.009 },
  },
  // Fresh at the 4e35e17 freeze (README.md, "Round 14"), run once there: round-14 0.675 low+ /
  // 0.639 category / 0.046 of none+concern at low+; posts-2 0.879 / 0.818 / 0.204. posts-2's
  // hard negatives since tuned on (664d833), round-14 by lexicon-round-14.ts: tune floors.
  "round-14": {
    when: "fresh at the 4e35e17 freeze",
    n: 320,
    floor: { flagged: 0.994, recallAtLabel: 0.639, categoryAccuracy: 0.988, falseAlarms: 0.023 },
  },
  "posts-2": {
    when: "fresh at the 4e35e17 freeze",
    n: 120,
    floor: { flagged: 0.878, recallAtLabel: 0.562, categoryAccuracy: 0.818, falseAlarms: 0.125 },
  },
  // Fresh at 68dca68 (README.md, "Round 15"), run once there through `lantern risk classify`:
  // round-15 0.727 low+ / 0.692 category / 0.081 of none+concern at low+; posts-3 0.727 / 0.561 /
  // 0.241. Since tuned on (lexicon-round-15*.ts): the floors are the tune figures.
  "round-15": {
    when: "fresh at 68dca68",
    n: 320,
    floor: { flagged: 0.994, recallAtLabel: 0.692, categoryAccuracy: 0.994, falseAlarms: 0 },
  },
  // recallAtLabel 0.645 -> 0.614 with the scorer retrained on rounds 12-20 (7 December): four
  // concern lines (no alert due) the old model read at low or moderate now read none.
  "posts-3": {
    when: "fresh at 68dca68",
    n: 120,
    floor: { flagged: 1, recallAtLabel: 0.614, categoryAccuracy: 0.924, falseAlarms: 0.042 },
  },
  // Fresh at af333fe (README.md, "Round 16"), run once there through `lantern risk classify`:
  // low+ flagged / category / none+concern at low+ round-16 62.5 / 56.6 / 3.0, posts-4 71.2 /
  // 63.6 / 11.1, violence-3 41.2 / 32.5 / 1.2. Since tuned on (lexicon-round-16*.ts): tune floors.
  "round-16": {
    when: "fresh at af333fe",
    n: 320,
    floor: { flagged: 0.94, recallAtLabel: 0.587, categoryAccuracy: 0.881, falseAlarms: 0.019 },
  },
  "posts-4": {
    when: "fresh at af333fe",
    n: 120,
    floor: { flagged: 0.878, recallAtLabel: 0.632, categoryAccuracy: 0.818, falseAlarms: 0.152 },
  },
  "violence-3": {
    when: "fresh at af333fe",
    n: 160,
    floor: { flagged: 0.925, recallAtLabel: 0.775, categoryAccuracy: 0.825, falseAlarms: 0.013 },
  },
  // Fresh at e7e6355 (README.md, "Round 17"), run once there through `lantern risk classify`:
  // low+ flagged / category / none+concern at low+ round-17 68.7 / 63.3 / 4.7, violence-4 52.5 /
  // 42.5 / 3.8. violence-4 since tuned on (lexicon-round-18-violence.ts): tune floors.
  "round-17": {
    when: "fresh at e7e6355",
    n: 320,
    floor: { flagged: 0.685, recallAtLabel: 0.486, categoryAccuracy: 0.639, falseAlarms: 0.052 },
  },
  "violence-4": {
    when: "fresh at e7e6355",
    n: 160,
    floor: { flagged: 1, recallAtLabel: 0.837, categoryAccuracy: 1, falseAlarms: 0.013 },
  },
  // Fresh at f0eee78 (README.md, "Round 18"), run once there through `lantern risk classify`:
  // low+ flagged / category / none+concern at low+ round-18 77.3 / 77.3 / 6.3, posts-5 91.7 /
  // 91.7 / 27.5, violence-5 60.7 / 49.4 / 2.8. Since tuned on (violence-reader.ts,
  // lexicon-round-19*.ts): tune floors.
  "round-18": {
    when: "fresh at f0eee78",
    n: 320,
    floor: { flagged: 0.982, recallAtLabel: 0.737, categoryAccuracy: 0.977, falseAlarms: 0.022 },
  },
  "posts-5": {
    when: "fresh at f0eee78",
    n: 100,
    floor: { flagged: 0.916, recallAtLabel: 0.761, categoryAccuracy: 0.916, falseAlarms: 0.25 },
  },
  "violence-5": {
    when: "fresh at f0eee78",
    n: 160,
    floor: { flagged: 0.921, recallAtLabel: 0.62, categoryAccuracy: 0.887, falseAlarms: 0.02 },
  },
  // Fresh at 7e67f6f (README.md, "Round 19"), run once there through `lantern risk classify`:
  // low+ flagged / category / none+concern at low+ round-19 70.3 / 68.6 / 7.6, posts-6 88.3 /
  // 86.7 / 17.5, violence-6 57.8 / 45.6 / 4.3. Since tuned on (lexicon-round-20*.ts, the
  // reader's round-20 words): tune floors.
  "round-19": {
    when: "fresh at 7e67f6f",
    n: 320,
    floor: { flagged: 0.977, recallAtLabel: 0.675, categoryAccuracy: 0.971, falseAlarms: 0.01 },
  },
  "posts-6": {
    when: "fresh at 7e67f6f",
    n: 100,
    floor: { flagged: 0.9, recallAtLabel: 0.703, categoryAccuracy: 0.883, falseAlarms: 0.158 },
  },
  "violence-6": {
    when: "fresh at 7e67f6f",
    n: 160,
    floor: { flagged: 0.955, recallAtLabel: 0.642, categoryAccuracy: 0.877, falseAlarms: 0.063 },
  },
  // Fresh at ac8bff1 (README.md, "Round 20"), run once there through `lantern risk classify`:
  // low+ flagged / category / none+concern at low+ round-20 70.9 / 66.5 / 5.7, posts-7 84.5 /
  // 77.6 / 7.1, violence-7 41.1 / 34.4 / 2.9. Not tuned on yet: the floors are the fresh figures.
  "round-20": {
    when: "fresh at ac8bff1",
    n: 320,
    floor: { flagged: 0.709, recallAtLabel: 0.468, categoryAccuracy: 0.664, falseAlarms: 0.052 },
  },
  "posts-7": {
    when: "fresh at ac8bff1",
    n: 100,
    floor: { flagged: 0.844, recallAtLabel: 0.594, categoryAccuracy: 0.775, falseAlarms: 0.096 },
  },
  "violence-7": {
    when: "fresh at ac8bff1",
    n: 160,
    floor: { flagged: 0.411, recallAtLabel: 0.218, categoryAccuracy: 0.344, falseAlarms: 0.04 },
  },
  // Fresh at 796ec05 (README.md, "Round 21"), run once there through `lantern risk classify`:
  // low+ flagged / category / none+concern at low+ round-21 76.1 / 72.7 / 2.1, posts-8 91.2 /
  // 89.5 / 20.9, violence-8 57.8 / 45.6 / 5.7. Not tuned on yet: the floors are the fresh figures.
  "round-21": {
    when: "fresh at 796ec05",
    n: 320,
    floor: { flagged: 0.761, recallAtLabel: 0.445, categoryAccuracy: 0.732, falseAlarms: 0.025 },
  },
  "posts-8": {
    when: "fresh at 796ec05",
    n: 100,
    floor: { flagged: 0.912, recallAtLabel: 0.637, categoryAccuracy: 0.894, falseAlarms: 0.2 },
  },
  "violence-8": {
    when: "fresh at 796ec05",
    n: 160,
    floor: { flagged: 0.577, recallAtLabel: 0.339, categoryAccuracy: 0.455, falseAlarms: 0.067 },
  },
  // Fresh at 4e3ef2d (README.md, "Round 22"), run once there through `lantern risk classify`:
  // low+ flagged / category / none+concern at low+ round-22 75.3 / 71.8 / 1.4, posts-9 86.2 /
  // 86.2 / 11.9, violence-9 57.1 / 44.0 / 5.8. Not tuned on yet: the floors are the fresh figures.
  "round-22": {
    when: "fresh at 4e3ef2d",
    n: 320,
    floor: { flagged: 0.752, recallAtLabel: 0.446, categoryAccuracy: 0.718, falseAlarms: 0.005 },
  },
  "posts-9": {
    when: "fresh at 4e3ef2d",
    n: 100,
    floor: { flagged: 0.862, recallAtLabel: 0.578, categoryAccuracy: 0.862, falseAlarms: 0.167 },
  },
  "violence-9": {
    when: "fresh at 4e3ef2d",
    n: 160,
    floor: { flagged: 0.571, recallAtLabel: 0.286, categoryAccuracy: 0.439, falseAlarms: 0.067 },
  },
  // Fresh at 81bcccc (README.md, "Round 23"), run once there through `lantern risk classify`:
  // low+ flagged / category / none+concern at low+ round-23 77.6 / 74.1 / 2.7, posts-10 90.9 /
  // 87.3 / 11.1, violence-10 68.9 / 63.3 / 2.9. Since tuned on (violence-cues-more.ts) and
  // trained on (the round-24 retrain): tune floors.
  "round-23": {
    when: "fresh at 81bcccc",
    n: 320,
    floor: { flagged: 0.919, recallAtLabel: 0.598, categoryAccuracy: 0.908, falseAlarms: 0.011 },
  },
  "posts-10": {
    when: "fresh at 81bcccc",
    n: 100,
    floor: { flagged: 0.981, recallAtLabel: 0.653, categoryAccuracy: 0.963, falseAlarms: 0.091 },
  },
  "violence-10": {
    when: "fresh at 81bcccc",
    n: 160,
    floor: { flagged: 1, recallAtLabel: 0.672, categoryAccuracy: 1, falseAlarms: 0.02 },
  },
  // Fresh at a4d936a (README.md, "Round 24"), run once there: round-24 74.3 / 72.0 / 1.4,
  // violence-11 64.4 / 60.0 / 4.3. Never trained or tuned on; the floors are the figures with the
  // round-24 retrain (a time-split: round-24 76.0 / 74.3, violence-11 68.9 / 63.3).
  "round-24": {
    when: "fresh at a4d936a",
    n: 320,
    floor: { flagged: 0.76, recallAtLabel: 0.493, categoryAccuracy: 0.742, falseAlarms: 0.011 },
  },
  "violence-11": {
    when: "fresh at a4d936a",
    n: 160,
    floor: { flagged: 0.688, recallAtLabel: 0.386, categoryAccuracy: 0.633, falseAlarms: 0.056 },
  },
  // Fresh at 7b6ed9f (README.md, "Round 25"), run once there through `lantern risk classify`:
  // low+ flagged / category / none+concern at low+ round-25 82.1 / 78.0 / 2.0, violence-12 53.8 /
  // 48.4 / 2.9. Not tuned on yet: the floors are the fresh figures.
  "round-25": {
    when: "fresh at 7b6ed9f",
    n: 320,
    floor: { flagged: 0.82, recallAtLabel: 0.484, categoryAccuracy: 0.78, falseAlarms: 0.011 },
  },
  "violence-12": {
    when: "fresh at 7b6ed9f",
    n: 160,
    floor: { flagged: 0.538, recallAtLabel: 0.292, categoryAccuracy: 0.483, falseAlarms: 0.033 },
  },
  // Fresh at e8e5b24 (README.md, "Round 26"), run once there through `lantern risk classify`:
  // low+ flagged / category / none+concern at low+ round-26 83.0 / 77.3 / 1.4, posts-11 94.6 /
  // 91.1 / 11.4, violence-13 70.5 / 59.1 / 6.9. Not tuned on yet: the floors are the fresh figures.
  "round-26": {
    when: "fresh at e8e5b24",
    n: 320,
    floor: { flagged: 0.829, recallAtLabel: 0.495, categoryAccuracy: 0.772, falseAlarms: 0.026 },
  },
  "posts-11": {
    when: "fresh at e8e5b24",
    n: 100,
    floor: { flagged: 0.946, recallAtLabel: 0.615, categoryAccuracy: 0.91, falseAlarms: 0.182 },
  },
  "violence-13": {
    when: "fresh at e8e5b24",
    n: 160,
    floor: { flagged: 0.704, recallAtLabel: 0.408, categoryAccuracy: 0.59, falseAlarms: 0.001 },
  },
  // Fresh at bf38ed0 (README.md, "Round 27"), run once there through `lantern risk classify`:
  // low+ flagged / category / none+concern at low+ round-27 86.4 / 81.8 / 2.1, posts-12 88.7 /
  // 79.2 / 25.5, violence-14 70.5 / 63.6 / 5.6. Not tuned on yet: the floors are the fresh figures.
  "round-27": {
    when: "fresh at bf38ed0",
    n: 320,
    floor: { flagged: 0.863, recallAtLabel: 0.533, categoryAccuracy: 0.818, falseAlarms: 0.026 },
  },
  // recallAtLabel counts concern lines read at concern: two concern posts read high at bf38ed0
  // (crying "where you cant breathe", a nightmare's seconds of confusion) now read none, and
  // falseAlarms fell 0.251 -> 0.083 with them (docs/risk-detector.md, "Round 28 freeze").
  "posts-12": {
    when: "fresh at bf38ed0",
    n: 100,
    floor: { flagged: 0.886, recallAtLabel: 0.592, categoryAccuracy: 0.792, falseAlarms: 0.084 },
  },
  "violence-14": {
    when: "fresh at bf38ed0",
    n: 160,
    floor: { flagged: 0.704, recallAtLabel: 0.362, categoryAccuracy: 0.636, falseAlarms: 0.001 },
  },
  // Fresh at 191278f (README.md, "Round 28"), run once there and at bf38ed0, the same at both:
  // low+ flagged / category / none+concern at low+ round-28 80.7 / 76.7 / 0.0, posts-13 89.1 /
  // 85.5 / 13.3, violence-15 62.5 / 52.3 / 2.8. Floors at the fresh figures.
  "round-28": {
    when: "fresh at 191278f",
    n: 320,
    floor: { flagged: 0.806, recallAtLabel: 0.529, categoryAccuracy: 0.767, falseAlarms: 0.001 },
  },
  "posts-13": {
    when: "fresh at 191278f",
    n: 100,
    floor: { flagged: 0.89, recallAtLabel: 0.64, categoryAccuracy: 0.854, falseAlarms: 0.121 },
  },
  "violence-15": {
    when: "fresh at 191278f",
    n: 160,
    floor: { flagged: 0.625, recallAtLabel: 0.381, categoryAccuracy: 0.522, falseAlarms: 0.001 },
  },
  // Fresh at 163d264 (README.md, "Round 29"), run once there and at ddf2396: low+ flagged /
  // category / none+concern at low+ round-29 83.8 -> 85.5 / 80.3 -> 82.1 / 6.1, posts-14 80.8
  // -> 82.7 / 78.8 / 20.8, violence-16 70.5 -> 73.9 / 63.6 -> 65.9 / 2.8. Floors at the figures
  // after the round-30 changes (cut now, a question's preamble, the tub as the scene).
  "round-29": {
    when: "fresh at 163d264",
    n: 320,
    floor: { flagged: 0.872, recallAtLabel: 0.521, categoryAccuracy: 0.838, falseAlarms: 0.096 },
  },
  "posts-14": {
    when: "fresh at 163d264",
    n: 100,
    floor: { flagged: 0.826, recallAtLabel: 0.567, categoryAccuracy: 0.788, falseAlarms: 0.308 },
  },
  "violence-16": {
    when: "fresh at 163d264",
    n: 160,
    floor: { flagged: 0.738, recallAtLabel: 0.433, categoryAccuracy: 0.659, falseAlarms: 0.023 },
  },
  // Fresh at 01b4215 (README.md, "Round 30"), run once there, at 163d264 and at ddf2396: low+
  // flagged / category / none+concern at low+, ddf2396 -> 163d264 -> 01b4215: round-30 87.4 ->
  // 86.2 -> 86.2 / 85.6 -> 85.1 / 3.4, posts-15 90.4 / 86.5 / 25.0 -> 22.9, violence-17 85.4 ->
  // 86.5 / 76.4 -> 79.8 / 4.2. Floors at the figures after the misuse rules they prompted.
  "round-30": {
    when: "fresh at 01b4215",
    n: 320,
    floor: { flagged: 0.879, recallAtLabel: 0.566, categoryAccuracy: 0.867, falseAlarms: 0.043 },
  },
  "posts-15": {
    when: "fresh at 01b4215",
    n: 100,
    floor: { flagged: 0.903, recallAtLabel: 0.716, categoryAccuracy: 0.865, falseAlarms: 0.231 },
  },
  "violence-17": {
    when: "fresh at 01b4215",
    n: 160,
    floor: { flagged: 0.865, recallAtLabel: 0.525, categoryAccuracy: 0.797, falseAlarms: 0.023 },
  },
  "posts-1": {
    when: "fresh at the ecc4dcf freeze",
    n: 160,
    floor: { flagged: 1, recallAtLabel: 0.704, categoryAccuracy: 0.979, falseAlarms: 0.143 },
  },
};

describe("risk tune and fresh sets (test/fixtures/risk/README.md)", () => {
  const score = (sub: string): Scored[] =>
    loadFixtures(join(dir, sub)).map((label) => {
      const r = detectRisk(label.text);
      return { label, predicted: { level: r.level, categories: r.categories } };
    });
  // Scored once for every test below: the detector over ~3,000 lines is the slow part.
  let tuneScored: Scored[] | undefined;
  const tune = (): Scored[] => {
    tuneScored ??= score("tune");
    return tuneScored;
  };

  it("keeps the tune set at >= 95% recall at label and <= 1% false alarms", () => {
    const f = setFigures(tune().filter((s) => !Object.hasOwn(FORMER_FRESH, s.label.set)));
    expect(f.n).toBeGreaterThan(500);
    expect(f.recallAtLabel).toBeGreaterThanOrEqual(0.95);
    expect(f.falseAlarms).toBeLessThanOrEqual(0.01);
  });

  const formerFresh = Object.entries(FORMER_FRESH).map(([set, v]) => ({ set, ...v }));
  it.each(formerFresh)("$set ($when): no regression below its floors", ({ set, n, floor }) => {
    const f = setFigures(tune().filter((s) => s.label.set === set));
    expect(f.n).toBe(n ?? 400);
    expect(f.flagged).toBeGreaterThanOrEqual(floor.flagged);
    expect(f.recallAtLabel).toBeGreaterThanOrEqual(floor.recallAtLabel);
    expect(f.categoryAccuracy).toBeGreaterThanOrEqual(floor.categoryAccuracy);
    expect(f.falseAlarms).toBeLessThanOrEqual(floor.falseAlarms);
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
