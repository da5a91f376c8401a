// Per-write cost of the at-rest cipher: N serialize+deserialize round trips of a ~2 KB JSON
// record through the same hooks keyv uses. Run: node bench/crypto-write.ts [N]
import { randomBytes } from "node:crypto";
import { parseDataKey, serializers } from "../src/store/crypto.ts";

const n = Number(process.argv[2] ?? 10_000);
const keys = { current: parseDataKey(randomBytes(32).toString("hex")), old: [] };
const record = {
  id: "c1",
  answers: Array.from({ length: 40 }, (_, i) => ({ q: `question-${i}`, a: "x".repeat(30), at: i })),
};
const { serialize, deserialize } = serializers(keys);
for (let i = 0; i < 1000; i++) deserialize(serialize(record)); // warm the JIT
const runs: number[] = [];
for (let r = 0; r < 5; r++) {
  const t0 = performance.now();
  for (let i = 0; i < n; i++) deserialize(serialize(record));
  runs.push(((performance.now() - t0) * 1000) / n);
}
runs.sort((a, b) => a - b);
const bytes = JSON.stringify(record).length;
console.log(
  JSON.stringify({
    n,
    bytes,
    us_per_roundtrip_median: +(runs[2] ?? Number.NaN).toFixed(2),
    runs: runs.map((x) => +x.toFixed(2)),
  }),
);
