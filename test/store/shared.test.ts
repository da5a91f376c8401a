import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { newState } from "../../src/engine/state.ts";
import { stateCodec } from "../../src/engine/stored-state.ts";
import { openKeyv } from "../../src/store/open.ts";
import {
  createSharedRuntimeOptions,
  type SharedRuntimeOptions,
} from "../../src/store/shared/index.ts";
import { postgresClaim } from "../../src/store/shared/postgres.ts";
import { Store } from "../../src/store/store.ts";
import { type SharedKind, serviceUrl, uniqueNamespace } from "./helpers.ts";

const KINDS: SharedKind[] = ["redis", "postgres"];
const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of closers.reverse()) await close();
});

async function open(kind: SharedKind, namespace = uniqueNamespace()) {
  const store = new Store(await openKeyv(serviceUrl(kind), namespace, { keys: null }), {
    codec: stateCodec,
  });
  closers.push(() => store.close());
  return store;
}

async function shared(kind: SharedKind, namespace: string, options = {}) {
  const s = (await createSharedRuntimeOptions(serviceUrl(kind), {
    namespace,
    ...options,
  })) as SharedRuntimeOptions;
  closers.push(() => s.close());
  return s;
}

describe.each(KINDS)("%s store", (kind) => {
  it("saves, loads, lists and deletes conversations through keyv's adapter", async () => {
    const store = await open(kind);
    const a = newState("test", "a", new Date("2026-01-05T09:00:00Z"));
    const b = { ...newState("test", "b", new Date("2026-01-05T09:00:00Z")), user: { x: 1 } };
    await store.saveConversation(a);
    await store.saveConversation(b);
    await store.set("job:1", { id: "1" });
    expect((await store.loadConversation("test:b"))?.user).toEqual({ x: 1 });
    const ids: string[] = [];
    for await (const state of store.conversations()) ids.push(state.id);
    expect(ids.sort()).toEqual(["test:a", "test:b"]);
    await store.deleteConversation("test:a");
    expect(await store.loadConversation("test:a")).toBeUndefined();
  });

  it("keeps namespaces apart", async () => {
    const one = await open(kind);
    const two = await open(kind);
    await one.set("k", "one");
    expect(await two.get("k")).toBeUndefined();
    expect(await one.get("k")).toBe("one");
  });

  it("lets one holder at a time run per conversation across processes' locks", async () => {
    const namespace = uniqueNamespace();
    // Two lock instances on their own connections stand in for two processes.
    const [p1, p2] = [await shared(kind, namespace), await shared(kind, namespace)];
    let inside = 0;
    let most = 0;
    const order: number[] = [];
    const work = (n: number) => async () => {
      inside++;
      most = Math.max(most, inside);
      await new Promise((r) => setTimeout(r, 15));
      order.push(n);
      inside--;
      return n;
    };
    const runs = [];
    for (let n = 0; n < 12; n++) runs.push((n % 2 ? p1 : p2).lock.run("test:same", work(n)));
    expect((await Promise.all(runs)).sort((a, b) => a - b)).toEqual([...Array(12).keys()]);
    expect(most).toBe(1);
    expect(order).toHaveLength(12);
    // Different conversations do not wait for each other.
    let parallel = 0;
    let peak = 0;
    await Promise.all(
      [1, 2, 3, 4].map((n) =>
        (n % 2 ? p1 : p2).lock.run(`test:other-${n}`, async () => {
          parallel++;
          peak = Math.max(peak, parallel);
          await new Promise((r) => setTimeout(r, 30));
          parallel--;
        }),
      ),
    );
    expect(peak).toBeGreaterThan(1);
  });

  it("releases the lock when the work throws", async () => {
    const s = await shared(kind, uniqueNamespace());
    await expect(
      s.lock.run("test:x", async () => {
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await s.lock.run("test:x", async () => "again")).toBe("again");
  });

  it("lets exactly one process claim a job", async () => {
    const namespace = uniqueNamespace();
    const [p1, p2, p3] = [
      await shared(kind, namespace),
      await shared(kind, namespace),
      await shared(kind, namespace),
    ];
    const id = `${namespace}-job`;
    const wins = await Promise.all([p1, p2, p3, p1, p2, p3].map((p) => p.claim(id)));
    expect(wins.filter(Boolean)).toHaveLength(1);
    expect(await p1.claim(`${namespace}-other`)).toBe(true);
  });
});

describe("redis lock", () => {
  it("is taken over after its TTL when the holder died, and keeps a live holder's lock renewed", async () => {
    const namespace = uniqueNamespace();
    const holder = await shared("redis", namespace, { lockTtlMs: 300 });
    const other = await shared("redis", namespace, { lockTtlMs: 300 });
    // A live holder working for 4 TTLs keeps its lock: the other waits.
    const events: string[] = [];
    const long = holder.lock.run("test:r", async () => {
      events.push("holder in");
      await new Promise((r) => setTimeout(r, 1_200));
      events.push("holder out");
    });
    await new Promise((r) => setTimeout(r, 50));
    await other.lock.run("test:r", async () => {
      events.push("other in");
    });
    await long;
    expect(events).toEqual(["holder in", "holder out", "other in"]);
    // A holder that vanished (connection closed mid-work) stops renewing; the lock expires.
    const dying = await shared("redis", namespace, { lockTtlMs: 300 });
    const stuck = dying.lock.run("test:d", () => new Promise<void>(() => {}));
    void stuck;
    await new Promise((r) => setTimeout(r, 50));
    await dying.close();
    const started = Date.now();
    await other.lock.run("test:d", async () => {});
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

describe("postgres claims table", () => {
  it("is created once when several processes claim their first jobs at the same moment", async () => {
    // A schema of its own, so the table does not exist yet (the race of a clinic's first start).
    const schema = uniqueNamespace("race")
      .replace(/[^a-z0-9_]/gi, "_")
      .toLowerCase();
    const admin = new pg.Pool({ connectionString: serviceUrl("postgres"), max: 1 });
    await admin.query(`CREATE SCHEMA ${schema}`);
    const pools = Array.from(
      { length: 6 },
      () =>
        new pg.Pool({
          connectionString: serviceUrl("postgres"),
          options: `-c search_path=${schema}`,
          max: 1,
        }),
    );
    try {
      const wins = await Promise.all(pools.map((pool, k) => postgresClaim(pool)(`job-${k}`)));
      expect(wins).toEqual([true, true, true, true, true, true]);
      const rows = await admin.query(`SELECT count(*)::int AS n FROM ${schema}.lantern_job_claims`);
      expect(rows.rows[0].n).toBe(6);
    } finally {
      await Promise.all(pools.map((pool) => pool.end()));
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    }
  });
});
