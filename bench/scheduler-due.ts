// Cost of Scheduler.due() with N pending jobs, 10 of them due (a store stand-in that keeps
// nothing, so only the selection is timed). Run: node bench/scheduler-due.ts [N]
import { Scheduler } from "../src/runtime/scheduler.ts";
import type { Store } from "../src/store/store.ts";

const n = Number(process.argv[2] ?? 50_000);
const store = { get: async () => undefined, set: async () => {} } as unknown as Store;
const scheduler = new Scheduler(store);
const now = Date.parse("2026-12-01T10:00:00.000Z");
for (let i = 0; i < n; i++) {
  const due = new Date(i < 10 ? now - 1_000 : now + 60_000 + i).toISOString();
  await scheduler.schedule({
    id: `j${i}`,
    due,
    channel: "t",
    userId: `u${i}`,
    flowId: "f",
    createdAt: due,
  });
}
const times: number[] = [];
for (let r = 0; r < 201; r++) {
  const a = performance.now();
  const due = scheduler.due(new Date(now));
  times.push(performance.now() - a);
  if (due.length !== 10) throw new Error(`expected 10 due, got ${due.length}`);
}
times.sort((a, b) => a - b);
console.log(
  JSON.stringify({ pending: n, due: 10, due_ms_median: +(times[100] ?? Number.NaN).toFixed(4) }),
);
