// One PostgreSQL conversation lock taken and released, one after another (no work inside): the
// lock's own round trips. `BENCH_POSTGRES_URL=postgres://... node bench/pg-lock-cycle.ts [checkout]`
// (a checkout folder to compare another version; this one by default). Last line JSON.
const dir = process.argv[2] ?? new URL("..", import.meta.url).pathname;
const { PgLock } = await import(`${dir}/src/store/shared/postgres-lock.ts`);
const url = process.env.BENCH_POSTGRES_URL ?? process.env.LANTERN_TEST_POSTGRES_URL;
if (!url) throw new Error("set BENCH_POSTGRES_URL to a PostgreSQL server");
const lock = new PgLock(PgLock.pool(url));
const N = 2000;
for (let i = 0; i < 200; i++) await lock.run(`k${i % 10}`, async () => {});
const t = performance.now();
for (let i = 0; i < N; i++) await lock.run(`k${i % 10}`, async () => {});
const ms = (performance.now() - t) / N;
console.log(`lock taken and released: ${ms.toFixed(3)} ms each (${N} in a row, 10 keys)`);
console.log(JSON.stringify({ pg_lock_cycle_ms: +ms.toFixed(3) }));
await lock.end();
process.exit(0);
