import { describe, expect, it } from "vitest";
import { ALL_FIXTURE_TEXTS, fastPathDiffers } from "../support/fast-path-identity.ts";

// Shard 3 of 4 of the fast path's identity pass (test/support/fast-path-identity.ts).
describe("the rule fast path (issue 20), fixture shard 3 of 4", () => {
  it("reads every line of the shard exactly as the full scan, with and without framing", () => {
    expect(ALL_FIXTURE_TEXTS.length).toBeGreaterThan(15000);
    expect(fastPathDiffers(3, 4)).toEqual([]);
  }, 600_000);
});
