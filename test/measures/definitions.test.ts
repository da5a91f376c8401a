import { describe, expect, it } from "vitest";
import { GAD7, MEASURES, PCL5, PEG, PHQ9 } from "../../src/measures/index.ts";

const labels = (id: keyof typeof MEASURES) => MEASURES[id].options.map((o) => o.label);
const values = (id: keyof typeof MEASURES) => MEASURES[id].options.map((o) => o.value);

describe("measure definitions", () => {
  it("registers each measure under its own id", () => {
    expect(Object.keys(MEASURES).sort()).toEqual(["gad7", "pcl5", "peg", "phq9"]);
    for (const [id, def] of Object.entries(MEASURES)) expect(def.id).toBe(id);
  });

  it("has the published item counts with unique, numbered ids", () => {
    expect(PHQ9.items).toHaveLength(9);
    expect(GAD7.items).toHaveLength(7);
    expect(PCL5.items).toHaveLength(20);
    expect(PEG.items).toHaveLength(3);
    for (const def of Object.values(MEASURES)) {
      expect(def.items.map((i) => i.id)).toEqual(def.items.map((_, n) => `${def.id}_${n + 1}`));
    }
  });

  it("uses the published stems", () => {
    expect(PHQ9.instructions).toBe(
      "Over the last 2 weeks, how often have you been bothered by any of the following problems?",
    );
    expect(GAD7.instructions).toBe(
      "Over the last 2 weeks, how often have you been bothered by the following problems?",
    );
    expect(PCL5.instructions).toBe("In the past month, how much were you bothered by:");
  });

  it("PHQ-9 and GAD-7 answer Not at all … Nearly every day, 0–3", () => {
    for (const id of ["phq9", "gad7"] as const) {
      expect(labels(id)).toEqual([
        "Not at all",
        "Several days",
        "More than half the days",
        "Nearly every day",
      ]);
      expect(values(id)).toEqual([0, 1, 2, 3]);
    }
  });

  it("PCL-5 answers Not at all … Extremely, 0–4", () => {
    expect(labels("pcl5")).toEqual([
      "Not at all",
      "A little bit",
      "Moderately",
      "Quite a bit",
      "Extremely",
    ]);
    expect(values("pcl5")).toEqual([0, 1, 2, 3, 4]);
  });

  it("spot-checks exact PHQ-9 wording", () => {
    expect(PHQ9.items[0]?.text).toBe("Little interest or pleasure in doing things");
    expect(PHQ9.items[8]?.text).toBe(
      "Thoughts that you would be better off dead or of hurting yourself in some way",
    );
    expect(PHQ9.items[7]?.text).toBe(
      "Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual",
    );
  });

  it("spot-checks exact GAD-7 wording", () => {
    expect(GAD7.items[1]?.text).toBe("Not being able to stop or control worrying");
    expect(GAD7.items[6]?.text).toBe("Feeling afraid, as if something awful might happen");
  });

  it("spot-checks exact PCL-5 wording", () => {
    expect(PCL5.items[0]?.text).toBe(
      "Repeated, disturbing, and unwanted memories of the stressful experience?",
    );
    expect(PCL5.items[16]?.text).toBe('Being "superalert" or watchful or on guard?');
    expect(PCL5.items[19]?.text).toBe("Trouble falling or staying asleep?");
  });

  it("PCL-5 clusters cover items 1–20 exactly once: B 1–5, C 6–7, D 8–14, E 15–20", () => {
    const c = PCL5.clusters ?? {};
    expect(c.B).toEqual(["pcl5_1", "pcl5_2", "pcl5_3", "pcl5_4", "pcl5_5"]);
    expect(c.C).toEqual(["pcl5_6", "pcl5_7"]);
    expect(c.D).toHaveLength(7);
    expect(c.D?.[0]).toBe("pcl5_8");
    expect(c.D?.at(-1)).toBe("pcl5_14");
    expect(c.E).toHaveLength(6);
    expect(c.E?.[0]).toBe("pcl5_15");
    const all = Object.values(c).flat();
    expect(new Set(all)).toEqual(new Set(PCL5.items.map((i) => i.id)));
    expect(all).toHaveLength(20);
  });

  it("PEG items carry their own published 0–10 anchors", () => {
    expect(PEG.scoring).toBe("mean");
    expect(values("peg")).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(PEG.items[0]).toEqual({
      id: "peg_1",
      text: "What number best describes your pain on average in the past week?",
      scale: { min: 0, max: 10, minLabel: "No pain", maxLabel: "Pain as bad as you can imagine" },
    });
    expect(PEG.items[1]?.text).toBe(
      "What number best describes how, during the past week, pain has interfered with your enjoyment of life?",
    );
    expect(PEG.items[2]?.text).toBe(
      "What number best describes how, during the past week, pain has interfered with your general activity?",
    );
    for (const item of PEG.items.slice(1)) {
      expect(item.scale).toEqual({
        min: 0,
        max: 10,
        minLabel: "Does not interfere",
        maxLabel: "Completely interferes",
      });
    }
  });

  it("the sum-scored measures have no per-item scales", () => {
    for (const def of [PHQ9, GAD7, PCL5]) {
      expect(def.scoring).toBe("sum");
      expect(def.items.every((i) => i.scale === undefined)).toBe(true);
    }
  });
});
