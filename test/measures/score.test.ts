import { describe, expect, it } from "vitest";
import { LanternError } from "../../src/errors.ts";
import {
  DEFAULT_PCL5_CUTOFF,
  PCL5_PROVISIONAL_PTSD,
  PHQ9_ITEM9_POSITIVE,
  scoreMeasure,
} from "../../src/measures/index.ts";

const AT = new Date("2025-03-04T10:00:00.000Z");

/** Answers of `length` items (each 0..max) summing to `total`, filled from item 1 onwards. */
function answersFor(total: number, length: number, max: number): number[] {
  let left = total;
  return Array.from({ length }, () => {
    const v = Math.min(max, left);
    left -= v;
    return v;
  });
}

/** Run `fn` and return the LanternError it throws. */
function thrown(fn: () => unknown): LanternError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(LanternError);
    return error as LanternError;
  }
  throw new Error("expected a LanternError");
}

describe("PHQ-9", () => {
  it.each([
    [0, "minimal"],
    [4, "minimal"],
    [5, "mild"],
    [9, "mild"],
    [10, "moderate"],
    [14, "moderate"],
    [15, "moderately severe"],
    [19, "moderately severe"],
    [20, "severe"],
    [24, "severe"],
  ])("total %i is %s", (total, band) => {
    // Filled from item 1, so item 9 stays 0 up to a total of 24.
    const result = scoreMeasure("phq9", answersFor(total, 9, 3), AT);
    expect(result.total).toBe(total);
    expect(result.band).toBe(band);
    expect(result.flags).toEqual([]);
  });

  it("total 27 is severe", () => {
    expect(scoreMeasure("phq9", Array(9).fill(3), AT).band).toBe("severe");
  });

  it.each([1, 2, 3])("flags item 9 = %i even when the total is minimal", (item9) => {
    const result = scoreMeasure("phq9", [0, 0, 0, 0, 0, 0, 0, 0, item9], AT);
    expect(result.band).toBe("minimal");
    expect(result.flags).toEqual([PHQ9_ITEM9_POSITIVE]);
    expect(PHQ9_ITEM9_POSITIVE).toBe("phq9_item9_positive");
  });

  it("does not flag item 9 = 0 when other items are high", () => {
    expect(scoreMeasure("phq9", [3, 3, 3, 3, 3, 3, 3, 3, 0], AT).flags).toEqual([]);
  });

  it("returns answers, ISO time, and no clusters", () => {
    const answers = [1, 0, 2, 0, 3, 0, 1, 0, 0];
    const result = scoreMeasure("phq9", answers, AT);
    expect(result).toEqual({
      measure: "phq9",
      total: 7,
      band: "mild",
      flags: [],
      answers,
      at: "2025-03-04T10:00:00.000Z",
    });
    expect(result.answers).not.toBe(answers);
    expect("clusters" in result).toBe(false);
  });
});

describe("GAD-7", () => {
  it.each([
    [0, "minimal"],
    [4, "minimal"],
    [5, "mild"],
    [9, "mild"],
    [10, "moderate"],
    [14, "moderate"],
    [15, "severe"],
    [21, "severe"],
  ])("total %i is %s", (total, band) => {
    const result = scoreMeasure("gad7", answersFor(total, 7, 3), AT);
    expect(result.total).toBe(total);
    expect(result.band).toBe(band);
    expect(result.flags).toEqual([]);
  });
});

describe("PCL-5", () => {
  it("defaults the cut-off to 33", () => {
    expect(DEFAULT_PCL5_CUTOFF).toBe(33);
  });

  it("does not flag 32 and flags 33", () => {
    const below = scoreMeasure("pcl5", answersFor(32, 20, 4), AT);
    expect(below.total).toBe(32);
    expect(below.flags).toEqual([]);
    const at = scoreMeasure("pcl5", answersFor(33, 20, 4), AT);
    expect(at.total).toBe(33);
    expect(at.flags).toEqual([PCL5_PROVISIONAL_PTSD]);
    expect(at.band).toBe("n/a");
  });

  it("honours a clinic cut-off of 31", () => {
    const opts = { pcl5Cutoff: 31 };
    expect(scoreMeasure("pcl5", answersFor(30, 20, 4), AT, opts).flags).toEqual([]);
    expect(scoreMeasure("pcl5", answersFor(31, 20, 4), AT, opts).flags).toEqual([
      PCL5_PROVISIONAL_PTSD,
    ]);
  });

  it("ignores the PCL-5 cut-off for other measures", () => {
    expect(scoreMeasure("phq9", Array(9).fill(0), AT, { pcl5Cutoff: 0 }).flags).toEqual([]);
  });

  it.each([-1, 81, 32.5, Number.NaN])("rejects cut-off %s", (pcl5Cutoff) => {
    const error = thrown(() => scoreMeasure("pcl5", Array(20).fill(0), AT, { pcl5Cutoff }));
    expect(error.code).toBe("measure.invalid_options");
    expect(error.message).toMatch(/pcl5Cutoff must be a whole number from 0 to 80/);
  });

  it("sums clusters B 1–5, C 6–7, D 8–14, E 15–20", () => {
    // Each item i gets a distinct pattern so a shifted boundary changes the sums.
    const answers = [1, 2, 3, 4, 0, 4, 3, 1, 1, 1, 1, 1, 1, 2, 0, 0, 0, 0, 4, 4];
    const result = scoreMeasure("pcl5", answers, AT);
    expect(result.clusters).toEqual({ B: 10, C: 7, D: 8, E: 8 });
    expect(result.total).toBe(33);
  });

  it("reaches the maximum of 80", () => {
    const result = scoreMeasure("pcl5", Array(20).fill(4), AT);
    expect(result.total).toBe(80);
    expect(result.clusters).toEqual({ B: 20, C: 8, D: 28, E: 24 });
  });
});

describe("PEG", () => {
  it.each([
    [[0, 0, 0], 0],
    [[10, 10, 10], 10],
    [[7, 8, 6], 7],
    [[1, 2, 4], 2.3],
    [[2, 2, 1], 1.7],
    [[5, 5, 6], 5.3],
    [[9, 9, 8], 8.7],
  ])("%j scores mean %s with band n/a", (answers, total) => {
    const result = scoreMeasure("peg", answers, AT);
    expect(result.total).toBe(total);
    expect(result.band).toBe("n/a");
    expect(result.flags).toEqual([]);
  });
});

describe("invalid answers", () => {
  it("rejects too few answers, naming the measure and counts", () => {
    const error = thrown(() => scoreMeasure("phq9", [0, 0, 0, 0, 0, 0, 0, 0], AT));
    expect(error.code).toBe("measure.invalid_answers");
    expect(error.message).toBe("PHQ-9 answers are invalid: expected 9 answers, got 8");
  });

  it("rejects too many answers", () => {
    const error = thrown(() => scoreMeasure("gad7", Array(8).fill(0), AT));
    expect(error.code).toBe("measure.invalid_answers");
    expect(error.message).toBe("GAD-7 answers are invalid: expected 7 answers, got 8");
  });

  it("rejects an answer above the range, naming the item", () => {
    const error = thrown(() => scoreMeasure("phq9", [0, 0, 4, 0, 0, 0, 0, 0, 0], AT));
    expect(error.code).toBe("measure.invalid_answers");
    expect(error.message).toBe(
      "PHQ-9 answers are invalid: item 3 (phq9_3) must be a whole number from 0 to 3, got 4",
    );
    expect(error.cause).toBeDefined();
  });

  it("accepts 4 on the PCL-5 but not 5", () => {
    expect(() => scoreMeasure("pcl5", Array(20).fill(4), AT)).not.toThrow();
    const error = thrown(() => scoreMeasure("pcl5", [...Array(19).fill(0), 5], AT));
    expect(error.message).toContain("item 20 (pcl5_20) must be a whole number from 0 to 4, got 5");
  });

  it("rejects negative, fractional and non-numeric answers", () => {
    const bad = [-1, 1.5, Number.NaN] as number[];
    for (const v of bad) {
      const error = thrown(() => scoreMeasure("peg", [5, v, 5], AT));
      expect(error.code).toBe("measure.invalid_answers");
      expect(error.message).toContain("item 2 (peg_2) must be a whole number from 0 to 10");
    }
    const error = thrown(() => scoreMeasure("peg", [5, "5", 11] as unknown as number[], AT));
    expect(error.message).toContain(
      "item 2 (peg_2) must be a whole number from 0 to 10, got string",
    );
    expect(error.message).toContain("item 3 (peg_3) must be a whole number from 0 to 10, got 11");
  });

  it("rejects a non-array", () => {
    const error = thrown(() => scoreMeasure("peg", null as unknown as number[], AT));
    expect(error.code).toBe("measure.invalid_answers");
    expect(error.message).toBe(
      "PEG answers are invalid: expected an array of 3 answers, got object",
    );
  });

  it("rejects an unknown measure and an invalid date", () => {
    expect(thrown(() => scoreMeasure("bdi" as "phq9", [], AT)).code).toBe("measure.unknown");
    expect(thrown(() => scoreMeasure("peg", [1, 1, 1], new Date("nope"))).code).toBe(
      "measure.invalid_time",
    );
  });
});
