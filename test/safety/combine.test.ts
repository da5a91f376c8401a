import { describe, expect, it } from "vitest";
import { assessRisk, type RiskClassifier } from "../../src/safety/detector/combine.ts";
import type { RiskCategory, RiskLevel } from "../../src/safety/types.ts";

const fixed = (level: RiskLevel, categories: RiskCategory[] = []): RiskClassifier => ({
  classify: async () => ({ level, categories }),
});

describe("assessRisk", () => {
  it("returns the rule layer alone when no classifier is given", async () => {
    const r = await assessRisk("i want to die", {});
    expect(r.level).toBe("moderate");
    expect(r.flags).toBeUndefined();
  });

  it("lets a classifier raise the level and add categories", async () => {
    const r = await assessRisk(
      "i feel so hopeless",
      {},
      { classifier: fixed("high", ["suicide"]) },
    );
    expect(r.level).toBe("high");
    expect(r.categories).toEqual(["suicide"]);
    expect(r.evidence.some((e) => e.rule === "classifier")).toBe(true);
  });

  it("ignores a classifier that tries to lower the level or drop categories", async () => {
    const r = await assessRisk("i'm going to kill myself", {}, { classifier: fixed("none") });
    expect(r.level).toBe("high");
    expect(r.categories).toEqual(["suicide"]);
  });

  it("keeps the rule level on timeout, flags it and aborts the classifier", async () => {
    let aborted = false;
    const slow: RiskClassifier = {
      classify: (_text, _context, signal) =>
        new Promise((resolve) => {
          signal.addEventListener("abort", () => {
            aborted = true;
          });
          setTimeout(() => resolve({ level: "none", categories: [] }), 1000);
        }),
    };
    const risky = await assessRisk("i wish i was dead", {}, { classifier: slow, timeoutMs: 20 });
    expect(risky.level).toBe("low");
    expect(risky.flags).toEqual(["classifier_timeout"]);
    expect(aborted).toBe(true);
    const calm = await assessRisk("lovely walk today", {}, { classifier: slow, timeoutMs: 20 });
    expect(calm.level).toBe("concern");
    expect(calm.flags).toEqual(["classifier_timeout"]);
  });

  it("counts a classifier error as risk", async () => {
    const throwing: RiskClassifier = {
      classify: async () => {
        throw new Error("model unavailable");
      },
    };
    const syncThrow: RiskClassifier = {
      classify: () => {
        throw new Error("sync");
      },
    };
    for (const classifier of [throwing, syncThrow]) {
      const r = await assessRisk("pain is a 3 today", {}, { classifier });
      expect(r.level).toBe("concern");
      expect(r.flags).toEqual(["classifier_error"]);
    }
    const high = await assessRisk("i'm going to kill myself", {}, { classifier: throwing });
    expect(high.level).toBe("high");
  });

  it("treats a malformed classifier answer as an error", async () => {
    const junk = { classify: async () => ({ level: "extreme", categories: [] }) };
    const r = await assessRisk("ok", {}, { classifier: junk as unknown as RiskClassifier });
    expect(r.level).toBe("concern");
    expect(r.flags).toEqual(["classifier_error"]);
  });
});
