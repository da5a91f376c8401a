import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SessionsConfig } from "../../src/config/sessions.ts";
import { stateCodec } from "../../src/engine/stored-state.ts";
import { Scheduler } from "../../src/runtime/scheduler.ts";
import { sessionJobs, syncSessionJobs } from "../../src/runtime/sessions.ts";
import { openKeyv } from "../../src/store/open.ts";
import { Store } from "../../src/store/store.ts";

// Session jobs on the durable scheduler: the right flows at the right clinic times (across a
// DST change), and syncing again, moving a session or reloading never makes a duplicate.

const config = SessionsConfig.parse({ timezone: "America/New_York" });
const who = { channel: "test", userId: "p1" };
const withSessions = (...sessions: { number: number; at: string }[]) => ({
  ...who,
  user: { sessions: sessions.map((x) => ({ ...x, status: "scheduled" })) },
});
const due = (jobs: { flowId: string; due: string }[]) =>
  jobs.map((j) => `${j.flowId}@${j.due}`).sort();

describe("sessionJobs", () => {
  it("places the reminder at 18:00 clinic time the day before, across the DST change", () => {
    // DST starts in New York on Sunday 2026-03-08: the evening before the 9th is EDT (UTC-4).
    const state = withSessions({ number: 1, at: "2026-03-09T13:00:00.000Z" });
    const jobs = sessionJobs(state, config, new Date("2026-03-01T00:00:00Z"));
    expect(jobs.find((j) => j.flowId === "session-reminder")?.due).toBe("2026-03-08T22:00:00.000Z");
    expect(due(jobs)).toEqual([
      "gad7@2026-03-07T13:01:00.000Z",
      "integration-weekly@2026-03-16T13:00:00.000Z",
      "integration-weekly@2026-03-23T13:00:00.000Z",
      "integration-weekly@2026-03-30T13:00:00.000Z",
      "peg@2026-03-07T13:02:00.000Z",
      "phq9@2026-03-07T13:00:00.000Z",
      "post-session-checkin@2026-03-10T13:00:00.000Z",
      "session-reminder@2026-03-08T22:00:00.000Z",
    ]);
  });

  it("skips what is already past, stops integration when the next session is near, follows config", () => {
    const state = withSessions(
      { number: 1, at: "2026-01-12T14:00:00.000Z" },
      { number: 2, at: "2026-01-28T14:00:00.000Z" },
    );
    // Set on the evening of the 11th, after 18:00: no reminder, no measures for session 1.
    const jobs = sessionJobs(state, config, new Date("2026-01-12T00:00:00Z"));
    const one = jobs.filter((j) => j.by === "session:1").map((j) => j.flowId);
    expect(one).toEqual(["post-session-checkin", "integration-weekly"]); // week 2 is < 7 d before session 2
    const off = SessionsConfig.parse({
      timezone: "UTC",
      measures: { enabled: false },
      integration: { count: 0 },
      reminder: { time: "20:30" },
      checkin: { after: "48h" },
    });
    expect(
      due(
        sessionJobs(
          withSessions({ number: 1, at: "2026-01-12T14:00:00.000Z" }),
          off,
          new Date("2026-01-01T00:00:00Z"),
        ),
      ),
    ).toEqual([
      "post-session-checkin@2026-01-14T14:00:00.000Z",
      "session-reminder@2026-01-11T20:30:00.000Z",
    ]);
  });
});

describe("syncSessionJobs", () => {
  it("is idempotent, reschedules a moved session, and survives a reload", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "lantern-sessions-")), "s.sqlite");
    const store = new Store(await openKeyv(`sqlite://${file}`), { codec: stateCodec });
    const scheduler = new Scheduler(store);
    const now = new Date("2026-01-05T09:00:00Z");
    const first = withSessions({ number: 1, at: "2026-01-12T14:00:00.000Z" });
    expect(await syncSessionJobs(scheduler, first, config, now)).toEqual({
      scheduled: 8,
      cancelled: 0,
    });
    expect(await syncSessionJobs(scheduler, first, config, now)).toEqual({
      scheduled: 0,
      cancelled: 0,
    });
    const moved = withSessions({ number: 1, at: "2026-01-13T14:00:00.000Z" });
    expect(await syncSessionJobs(scheduler, moved, config, now)).toEqual({
      scheduled: 8,
      cancelled: 8,
    });
    expect(scheduler.list(who)).toHaveLength(8);
    expect(scheduler.list(who).find((j) => j.flowId === "session-reminder")?.due).toBe(
      "2026-01-12T23:00:00.000Z",
    );
    // Another patient's jobs and a therapist's assignment are left alone.
    await scheduler.schedule({
      id: "assign:x",
      due: "2026-01-20T00:00:00.000Z",
      ...who,
      flowId: "peg",
      createdAt: now.toISOString(),
    });
    await syncSessionJobs(scheduler, { ...who, user: {} }, config, now);
    expect(scheduler.list(who).map((j) => j.id)).toEqual(["assign:x"]);
    // After a restart the stored jobs come back, and a sync still makes no duplicate.
    await syncSessionJobs(scheduler, moved, config, now);
    const reloaded = new Scheduler(store);
    await reloaded.load();
    expect(await syncSessionJobs(reloaded, moved, config, now)).toEqual({
      scheduled: 0,
      cancelled: 0,
    });
    expect(reloaded.list(who)).toHaveLength(9);
    await store.close();
  });
});
