import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stateCodec } from "../../src/engine/stored-state.ts";
import { Scheduler } from "../../src/runtime/scheduler.ts";
import { openKeyv } from "../../src/store/open.ts";
import { Store } from "../../src/store/store.ts";

// Scheduler.due() reads a min-heap: only due jobs, earliest first, still pending until cancelled,
// a job claimed by another process looked at again a minute later, and the same after a reload.

const T0 = Date.parse("2026-12-01T10:00:00.000Z");
const iso = (ms: number) => new Date(ms).toISOString();
const job = (id: string, dueMs: number) => ({
  id,
  due: iso(dueMs),
  channel: "test",
  userId: `u-${id}`,
  flowId: "demo",
  createdAt: iso(T0),
});

describe("Scheduler.due", () => {
  it("returns due jobs earliest first, keeps them until cancelled, and honours claims", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "lantern-sched-")), "s.sqlite");
    const store = new Store(await openKeyv(`sqlite://${file}`), { codec: stateCodec });
    const won = new Set<string>();
    const scheduler = new Scheduler(store, { claim: async (id) => won.has(id) });
    await scheduler.schedule(job("late", T0 + 3_000));
    await scheduler.schedule(job("early", T0 + 1_000));
    await scheduler.schedule(job("far", T0 + 86_400_000));
    const ids = (at: number) => scheduler.due(new Date(at)).map((j) => j.id);
    expect(ids(T0)).toEqual([]);
    expect(ids(T0 + 1_000)).toEqual(["early"]);
    expect(ids(T0 + 5_000)).toEqual(["early", "late"]);
    expect(ids(T0 + 5_000)).toEqual(["early", "late"]); // asking again takes nothing away
    await scheduler.cancel("early");
    expect(ids(T0 + 5_000)).toEqual(["late"]);
    // Another process holds "late": not due again until the recheck a minute later.
    expect(await scheduler.claim("late", new Date(T0 + 5_000))).toBe(false);
    expect(ids(T0 + 6_000)).toEqual([]);
    won.add("late");
    expect(ids(T0 + 65_000)).toEqual(["late"]);
    expect(await scheduler.claim("late", new Date(T0 + 65_000))).toBe(true);
    // A reload rebuilds the same picture from the store.
    const reloaded = new Scheduler(store);
    expect(await reloaded.load()).toBe(2);
    expect(reloaded.due(new Date(T0 + 5_000)).map((j) => j.id)).toEqual(["late"]);
    expect(reloaded.due(new Date(T0 + 86_400_000)).map((j) => j.id)).toEqual(["late", "far"]);
    await store.close();
  });
});
