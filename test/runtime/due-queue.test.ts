import { describe, expect, it } from "vitest";
import { DueQueue } from "../../src/runtime/due-queue.ts";

// The heap must take exactly what a scan of every entry would: same ids, none twice, none lost.
function scanDue(model: Map<string, number>, now: number): string[] {
  const due = [...model].filter(([, at]) => at <= now);
  for (const [id] of due) model.delete(id);
  return due.map(([id]) => id).sort();
}

describe("DueQueue", () => {
  it("takes due ids earliest first and skips changed or deleted ones", () => {
    const q = new DueQueue();
    q.set("a", 30);
    q.set("b", 10);
    q.set("c", 20);
    q.set("a", 5); // moved earlier: the old entry at 30 is stale
    q.set("c", 100); // moved later
    q.set("d", 15);
    q.delete("d");
    expect(q.takeDue(25)).toEqual([
      ["a", 5],
      ["b", 10],
    ]);
    expect(q.size).toBe(1);
    expect(q.takeDue(99)).toEqual([]);
    expect(q.takeDue(100)).toEqual([["c", 100]]);
    expect(q.size).toBe(0);
  });

  it("agrees with a full scan over thousands of random sets, deletes and takes", () => {
    let seed = 42;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const q = new DueQueue();
    const model = new Map<string, number>();
    let now = 0;
    for (let step = 0; step < 20_000; step++) {
      const op = rand(10);
      const id = `c${rand(300)}`;
      if (op < 6) {
        const at = now + rand(500);
        q.set(id, at);
        model.set(id, at);
      } else if (op < 8) {
        q.delete(id);
        model.delete(id);
      } else {
        now += rand(50);
        const taken = q.takeDue(now);
        const ats = taken.map(([, at]) => at);
        expect(ats).toEqual([...ats].sort((a, b) => a - b));
        expect(taken.map(([tid]) => tid).sort()).toEqual(scanDue(model, now));
      }
      expect(q.size).toBe(model.size);
    }
  });
});
