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
          alert: { level: stub.level, categories },
        },
      };
    },
  };
}
