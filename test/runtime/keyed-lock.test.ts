import { describe, expect, it } from "vitest";
import { KeyedLock } from "../../src/lock.ts";

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe("KeyedLock", () => {
  it("runs one holder at a time per key, in arrival order", async () => {
    const lock = new KeyedLock();
    const events: string[] = [];
    const hold = (name: string) =>
      lock.run("p1", async () => {
        events.push(`${name} in`);
        await tick();
        events.push(`${name} out`);
        return name;
      });
    const results = await Promise.all([hold("a"), hold("b"), hold("c")]);
    expect(results).toEqual(["a", "b", "c"]);
    expect(events).toEqual(["a in", "a out", "b in", "b out", "c in", "c out"]);
    expect(lock.size).toBe(0);
  });

  it("lets different keys run side by side", async () => {
    const lock = new KeyedLock();
    let inside = 0;
    let most = 0;
    const hold = (key: string) =>
      lock.run(key, async () => {
        most = Math.max(most, ++inside);
        await tick();
        inside--;
      });
    await Promise.all([hold("p1"), hold("p2"), hold("p3")]);
    expect(most).toBe(3);
  });

  it("passes the key on when a holder fails, and the failure reaches its caller", async () => {
    const lock = new KeyedLock();
    const failing = lock.run("p1", async () => {
      await tick();
      throw new Error("boom");
    });
    const next = lock.run("p1", async () => "after");
    await expect(failing).rejects.toThrow("boom");
    await expect(next).resolves.toBe("after");
    expect(lock.size).toBe(0);
  });

  it("gives a newcomer no way in between a holder and the one waiting", async () => {
    const lock = new KeyedLock();
    const order: string[] = [];
    const first = lock.run("p1", async () => {
      await tick();
      order.push("first");
    });
    const second = lock.run("p1", async () => {
      order.push("second");
    });
    await first;
    // The key passed to `second` as `first` let go: a caller arriving now queues behind it.
    const third = lock.run("p1", async () => {
      order.push("third");
    });
    await Promise.all([second, third]);
    expect(order).toEqual(["first", "second", "third"]);
  });
});
