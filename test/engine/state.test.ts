import { describe, expect, it } from "vitest";
import { newState, readState } from "../../src/engine/state.ts";
import { LanternError } from "../../src/errors.ts";

describe("conversation state", () => {
  it("round-trips through JSON and validates", () => {
    const state = newState("console", "u1", new Date("2026-01-01T00:00:00Z"));
    expect(readState(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });

  it("migrates an older schema step by step", () => {
    const current = newState("console", "u1", new Date("2026-01-01T00:00:00Z"));
    const { assigned: _dropped, ...old } = current;
    const doc = { ...old, schema: 0 };
    // A migration from "schema 0" (no assignments) to 1, run through the real mechanism.
    const migrated = readState(doc, { 0: (d) => ({ ...d, assigned: [] }) });
    expect(migrated.assigned).toEqual([]);
  });

  it("refuses a corrupt document with a coded error instead of resetting it", () => {
    try {
      readState({ schema: 1, id: "x" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(LanternError);
      expect((error as LanternError).code).toBe("state.invalid");
    }
  });
});
