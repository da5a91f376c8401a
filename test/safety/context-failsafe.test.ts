import { describe, expect, it } from "vitest";
import { detectRisk } from "../../src/safety/detector/detect.ts";
import type { RiskContext, RiskLevel } from "../../src/safety/types.ts";

const history = (...levels: RiskLevel[]): RiskContext => ({
  recent: levels.map((level) => ({ text: "earlier message", level })),
});

describe("detectRisk: conversation context", () => {
  it("raises repeated concern to low after three concern messages", () => {
    const text = "i feel so hopeless";
    expect(detectRisk(text, history("concern", "concern")).level).toBe("concern");
    const raised = detectRisk(text, history("concern", "none", "concern", "concern"));
    expect(raised.level).toBe("low");
    expect(raised.evidence[0]?.rule).toBe("context.repeated");
  });

  it("raises repeated low to moderate and never past it", () => {
    const text = "i wish i was dead";
    expect(detectRisk(text, history("low")).level).toBe("low");
    expect(detectRisk(text, history("low", "moderate")).level).toBe("moderate");
    expect(detectRisk("i want to die", history("moderate", "moderate", "high")).level).toBe(
      "moderate",
    );
  });

  it("does not raise none, and never lowers", () => {
    expect(detectRisk("pain is a 4 today", history("high", "high", "high")).level).toBe("none");
    expect(detectRisk("i'm going to kill myself", history("none")).level).toBe("high");
  });

  it("reads means and plans after recent risk even without new risk words", () => {
    expect(detectRisk("i'm going to do it tonight").level).toBe("none");
    expect(detectRisk("i'm going to do it tonight", history("moderate")).level).toBe("high");
  });
});

describe("detectRisk: never throws, fails safe", () => {
  const odd: string[] = [
    "",
    " ",
    "\u0000\u0001\u0002",
    "\ud800",
    "\udfff\ud800abc",
    "🙂".repeat(1000),
    "\u202eevil\u202c",
    "مرحبا، أنا بخير",
    "שלום",
    "a".repeat(100_000),
    "k i l l ".repeat(5000),
    "(((((((((((((((((((",
    "\\".repeat(1000),
  ];
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  for (let k = 0; k < 300; k++) {
    let s = "";
    const length = Math.floor(random() * 200);
    for (let j = 0; j < length; j++) s += String.fromCharCode(Math.floor(random() * 0xffff));
    odd.push(s);
  }

  it("returns an assessment for any string", () => {
    for (const text of odd) {
      const r = detectRisk(text);
      expect(typeof r.level).toBe("string");
      expect(Array.isArray(r.categories)).toBe(true);
    }
  });

  it("returns a fail-safe concern, never none, when something breaks inside", () => {
    const poisoned = {
      get recent(): never {
        throw new Error("boom");
      },
    } as RiskContext;
    const r = detectRisk("hello", poisoned);
    expect(r.level).toBe("concern");
    expect(r.flags).toEqual(["detector_error"]);
    // Non-string input from untyped callers is read, not thrown on.
    expect(detectRisk(undefined as unknown as string).level).toBe("none");
  });

  it("finds a risk phrase deep inside a long message, in linear time", () => {
    const filler = "the session went fine and my pain is lower today. ".repeat(4000);
    const text = `${filler}i have the pills right here. ${filler}`;
    const start = performance.now();
    const r = detectRisk(text);
    expect(r.level).toBe("imminent");
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it("is deterministic", () => {
    const text = "i want to die, i've been saving my pills";
    expect(detectRisk(text)).toEqual(detectRisk(text));
  });
});
