import { describe, expect, it } from "vitest";
import { detectRisk } from "../../src/safety/detector/detect.ts";
import { createRiskGuard } from "../../src/safety/guard.ts";
import { DEFAULT_POLICY, RiskPolicy } from "../../src/safety/policy.ts";

// The real guard (detector + written policy) on misuse and the wider medical red flags.
const guard = createRiskGuard((text, context) => detectRisk(text, context));
const state = { conversation: "test:1", recent: [] };
const templates = (messages: unknown[]) =>
  messages.map((m) => (typeof m === "string" ? m : (m as { template: string }).template));

describe("risk guard: misuse and medical", () => {
  it.each([
    "i took an extra troche last night",
    "i have some ketamine at home from before the program",
    "bought some ket online to use between sessions",
    "i'm craving another dose already",
  ])("misuse %j: physician alerted, no crisis flow", async (text) => {
    const d = await guard.check(text, state);
    expect(d.assessment.level).toBe("moderate");
    expect(d.assessment.categories).toEqual(["misuse"]);
    expect(templates(d.preempt?.messages ?? [])).toEqual(["safety/misuse", "safety/alert-sent"]);
    expect(d.preempt?.flow).toBeUndefined();
    expect(d.preempt?.alert).toMatchObject({ urgency: "urgent", categories: ["misuse"] });
  });

  it("misuse with suicide risk follows the suicide policy (crisis flow)", async () => {
    const d = await guard.check("i took extra troches and i want to die", state);
    expect(d.assessment.categories).toEqual(expect.arrayContaining(["misuse", "suicide"]));
    expect(d.preempt?.flow).toBe("crisis-screener");
  });

  it.each([
    "it burns when i pee since the session",
    "my heart has been pounding ever since the dose",
    "still seeing things the next day",
  ])("medical %j: medical advice and an urgent alert", async (text) => {
    const d = await guard.check(text, state);
    expect(d.assessment.categories).toContain("medical");
    expect(templates(d.preempt?.messages ?? [])).toEqual(["safety/medical", "safety/alert-sent"]);
  });

  it.each([
    "the clinic said to take another troche after 20 minutes",
    "i booked another ketamine session",
    "felt dizzy and sleepy after the dose, heart raced and then settled",
  ])("expected or planned %j: no preemption", async (text) => {
    const d = await guard.check(text, state);
    expect(d.preempt).toBeUndefined();
  });

  it("a clinic policy without a misuse entry still parses and falls back to the level policy", () => {
    const { misuse: _, ...rest } = DEFAULT_POLICY;
    expect(RiskPolicy.parse(rest).misuse).toBeUndefined();
  });
});
