import { describe, expect, it } from "vitest";
import { shutdown } from "../../src/cli/start.ts";

const quiet = { info: () => {}, warn: () => {}, error: () => {} };

describe("shutdown", () => {
  it("exits at the deadline when a platform never stops", async () => {
    const exits: number[] = [];
    let closed = false;
    const started = Date.now();
    void shutdown({
      stops: [{ name: "stuck", stop: () => new Promise<void>(() => {}) }],
      close: async () => {
        closed = true;
      },
      logger: quiet,
      deadlineMs: 200,
      exit: (code) => exits.push(code),
    });
    await new Promise((r) => setTimeout(r, 400));
    expect(exits).toEqual([1]);
    expect(closed).toBe(false);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("stops every platform, then closes, and does not exit when all finish in time", async () => {
    const order: string[] = [];
    const exits: number[] = [];
    await shutdown({
      stops: [
        { name: "a", stop: async () => void order.push("a") },
        {
          name: "b",
          stop: async () => {
            order.push("b");
            throw new Error("already gone");
          },
        },
      ],
      close: async () => void order.push("close"),
      logger: quiet,
      deadlineMs: 200,
      exit: (code) => exits.push(code),
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(order).toEqual(["a", "b", "close"]);
    expect(exits).toEqual([]);
  });
});
