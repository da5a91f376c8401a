// Cost of finding the due conversations in one tick with N waiting (timers in the future) and
// 10 due: the old full scan of the Map vs the DueQueue min-heap. Run: node bench/tick-due.ts [N]
import { DueQueue } from "../src/runtime/due-queue.ts";

const n = Number(process.argv[2] ?? 50_000);
const now = 1_000_000;
const map = new Map<string, number>();
const queue = new DueQueue();
for (let i = 0; i < n; i++) {
  const at = i < 10 ? now - 1 : now + 60_000 + i;
  map.set(`c${i}`, at);
  queue.set(`c${i}`, at);
}
function median(f: () => void): number {
  const times: number[] = [];
  for (let r = 0; r < 201; r++) {
    const a = performance.now();
    f();
    times.push(performance.now() - a);
  }
  times.sort((a, b) => a - b);
  return +(times[100] ?? Number.NaN).toFixed(4);
}
const scanMs = median(() => {
  const due = [...map].filter(([, at]) => at <= now).map(([id]) => id);
  for (const id of due) map.set(id, now - 1); // put back, as a turn would reschedule
});
const heapMs = median(() => {
  for (const [id] of queue.takeDue(now)) queue.set(id, now - 1);
});
console.log(JSON.stringify({ waiting: n, due: 10, scan_ms: scanMs, heap_ms: heapMs }));
