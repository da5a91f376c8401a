import type { GuardDecision, RiskGuard } from "../../src/engine/types.ts";
import type { RiskCategory, RiskLevel } from "../../src/safety/types.ts";

export interface RiskStub {
  match: string;
  level: RiskLevel;
  categories?: RiskCategory[];
  flow?: string;
  throws?: boolean;
}

/** A test double for the risk guard: texts containing `match` get the stubbed level. */
export function stubGuard(stubs: RiskStub[]): RiskGuard {
  return {
    async check(text): Promise<GuardDecision> {
      const stub = stubs.find((s) => text.toLowerCase().includes(s.match.toLowerCase()));
      if (stub?.throws) throw new Error("guard failed (test)");
      if (!stub || stub.level === "none")
        return { assessment: { level: "none", categories: [], evidence: [] } };
      const categories = stub.categories ?? [];
      return {
        assessment: { level: stub.level, categories, evidence: [] },
        preempt: {
          messages: [`STUB CRISIS RESOURCES (${stub.level})`],
          ...(stub.flow ? { flow: stub.flow } : {}),
          alert: { level: stub.level, categories, flags: [], evidence: [] },
        },
      };
    },
  };
}

/** "want to die" starts the crisis flow and queues a high alert with its evidence, like the real guard. */
export const wantToDieGuard: RiskGuard = {
  async check(text): Promise<GuardDecision> {
    if (!text.includes("want to die"))
      return { assessment: { level: "none", categories: [], evidence: [] } };
    const evidence = [
      { category: "suicide" as const, level: "high" as const, rule: "t", excerpt: "want to die" },
    ];
    return {
      assessment: { level: "high", categories: ["suicide"], evidence },
      preempt: {
        messages: ["Please call {{crisis.line}} now."],
        flow: "crisis",
        alert: { level: "high", categories: ["suicide"], evidence, flags: [] },
      },
    };
  },
};
