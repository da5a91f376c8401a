import { afterAll, describe, expect, it } from "vitest";
import { newState } from "../../src/engine/state.ts";
import { stateCodec } from "../../src/engine/stored-state.ts";
import { openKeyv } from "../../src/store/open.ts";
import { advisoryKey, createPool, PgLock, PgPipes } from "../../src/store/shared/postgres.ts";
import { Store } from "../../src/store/store.ts";
import { serviceUrl, uniqueNamespace } from "./helpers.ts";

// PgLock on shared pipelined connections: the first read taken with the lock, the places per
// connection, and a lock taken inside another's work.

const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of closers.reverse()) await close();
});

function lockOn(options: { perPipe?: number; size?: number; prefix: string; waitMs?: number }) {
  const url = serviceUrl("postgres");
  const pool = PgLock.pool(url, 2_000, 4);
  const pipes = new PgPipes(url, { size: options.size ?? 1, perPipe: options.perPipe ?? 32 });
  closers.push(async () => {
    await pipes.end();
    await pool.end();
  });
  return { pool, pipes, lock: (prefix = options.prefix) => new PgLock(pool, { prefix, pipes }) };
}

async function store(namespace: string) {
  const s = new Store(await openKeyv(serviceUrl("postgres"), namespace, { keys: null }), {
    codec: stateCodec,
  });
  closers.push(() => s.close());
  return s;
}

describe("postgres lock", () => {
  it("reads with the lock what was committed before it, also when the read was prefetched", async () => {
    const namespace = uniqueNamespace();
    const s = await store(namespace);
    const { lock } = lockOn({ prefix: namespace });
    const turns = lock();
    const at = new Date("2026-01-05T09:00:00Z");
    await s.saveConversation({ ...newState("test", "c", at), user: { n: 1 } });
    // The first run learns what its work reads first; later runs read it with the lock.
    for (let n = 2; n <= 5; n++) {
      const seen = await turns.run("test:c", async () => {
        const state = await s.loadConversation("test:c");
        const next = { ...(state ?? newState("test", "c", at)), user: { n } };
        await s.saveConversation(next);
        return state?.user;
      });
      expect(seen).toEqual({ n: n - 1 });
      // Another process's write between two turns is what the next turn reads.
      await s.saveConversation({ ...newState("test", "c", at), user: { n } });
    }
    // A different first read is not served from the prefetch.
    const other = await turns.run("test:c", () => s.get<string>("unrelated"));
    expect(other).toBeUndefined();
    expect((await turns.run("test:c", () => s.loadConversation("test:c")))?.user).toEqual({ n: 5 });
  });

  it("lets no more sessions than its places onto a connection, and the rest all get theirs", async () => {
    const { lock } = lockOn({ prefix: uniqueNamespace(), perPipe: 2 });
    const l = lock();
    let inside = 0;
    let most = 0;
    const done = await Promise.all(
      Array.from({ length: 12 }, (_, n) =>
        l.run(`test:${n}`, async () => {
          inside++;
          most = Math.max(most, inside);
          await new Promise((r) => setTimeout(r, 10));
          inside--;
          return n;
        }),
      ),
    );
    expect(done).toEqual([...Array(12).keys()]);
    expect(most).toBe(2);
  });

  it("gives a free place to a delivery (first) before the turns that waited longer", async () => {
    const prefix = uniqueNamespace();
    const { pool, pipes } = lockOn({ prefix, perPipe: 1 });
    const turns = new PgLock(pool, { prefix, pipes });
    const deliveries = new PgLock(pool, { prefix: `${prefix}:delivery`, pipes, first: true });
    const order: string[] = [];
    let free: () => void = () => {};
    const holding = turns.run("test:a", () => new Promise<void>((r) => (free = r)));
    await new Promise((r) => setTimeout(r, 30));
    const waiting = [
      turns.run("test:b", async () => void order.push("turn b")),
      turns.run("test:c", async () => void order.push("turn c")),
    ];
    await new Promise((r) => setTimeout(r, 10));
    waiting.push(deliveries.run("test:d", async () => void order.push("delivery d")));
    await new Promise((r) => setTimeout(r, 10));
    free();
    await Promise.all([holding, ...waiting]);
    expect(order).toEqual(["delivery d", "turn b", "turn c"]);
  });

  it("takes a lock inside another's work without waiting for a place (a delivery marking what it sent)", async () => {
    const prefix = uniqueNamespace();
    const { lock } = lockOn({ prefix, perPipe: 1 });
    const deliveries = lock(`${prefix}:delivery`);
    const turns = lock(prefix);
    const result = await deliveries.run("test:d", () => turns.run("test:d", async () => "marked"));
    expect(result).toBe("marked");
  });

  it("waits on a connection of its own while another process holds the lock", async () => {
    const prefix = uniqueNamespace();
    const one = lockOn({ prefix }).lock();
    const two = lockOn({ prefix }).lock();
    const events: string[] = [];
    const holding = one.run("test:w", async () => {
      events.push("one in");
      await new Promise((r) => setTimeout(r, 150));
      events.push("one out");
    });
    await new Promise((r) => setTimeout(r, 30));
    await two.run("test:w", async () => {
      events.push("two in");
    });
    await holding;
    expect(events).toEqual(["one in", "one out", "two in"]);
    // No session, pooled or shared, still holds the lock.
    const id = BigInt.asUintN(64, BigInt(advisoryKey(`${prefix}:test:w`)));
    const pool = createPool(serviceUrl("postgres"), 1);
    closers.push(() => pool.end());
    const { rows } = await pool.query(
      "SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND classid = $1::oid AND objid = $2::oid AND objsubid = 1",
      [String(id >> 32n), String(id & 0xffffffffn)],
    );
    expect(rows[0]?.n).toBe(0);
  });
});
