import { describe, expect, it } from "vitest";
import { buildAlert } from "../../src/care/alerts.ts";
import { AuditLog } from "../../src/care/audit.ts";
import { Patients } from "../../src/care/patients.ts";
import { deletePatient } from "../../src/cli/patient-delete.ts";
import { exportPatient } from "../../src/cli/patient-export.ts";
import { newState } from "../../src/engine/state.ts";
import { stateCodec } from "../../src/engine/stored-state.ts";
import { Scheduler } from "../../src/runtime/scheduler.ts";
import { openKeyv } from "../../src/store/open.ts";
import { Store } from "../../src/store/store.ts";
import { FakeClock } from "../support/recorders.ts";

async function seed() {
  const clock = new FakeClock();
  const store = new Store(await openKeyv("memory://", "lantern", { keys: null }), {
    codec: stateCodec,
  });
  await store.set("config:pseudonym_salt", "a-test-salt-of-some-length");
  const patients = new Patients(store, clock);
  const { patient, invite } = await patients.create("Patient 7", "dr-a");
  await patients.invite(patient.id);
  const other = await patients.create("Patient 8");
  await patients.redeem(invite.code, "telegram", "111");
  await patients.redeem(other.invite.code, "telegram", "222");
  const state = {
    ...newState("telegram", "111", clock.now()),
    user: {
      measures: [{ measure: "phq9", score: 7 }],
      checkins: [{ at: "2026-01-05", vars: { mood: 6 } }],
      journal: [{ at: "2026-01-05", vars: { entry: "walked by the river" } }],
      safety_plan: { coping: "music" },
    },
  };
  await store.saveConversation(state);
  await store.saveConversation(newState("telegram", "222", clock.now()));
  const scheduler = new Scheduler(store);
  for (const [id, userId] of [
    ["j1", "111"],
    ["j2", "222"],
  ] as const)
    await scheduler.schedule({
      id,
      due: "2026-01-06T09:00:00.000Z",
      channel: "telegram",
      userId,
      flowId: "checkin",
      createdAt: clock.now().toISOString(),
    });
  const alert = buildAlert(
    { id: "risk-1", conversation: "telegram:111", level: "high", categories: ["suicide"] },
    { salt: "a-test-salt-of-some-length", excerpt: "none", now: clock.now(), state },
  );
  await store.set(`alert:${alert.id}`, {
    alert,
    status: "open",
    createdAt: clock.now().toISOString(),
    deliveries: {},
  });
  return { store, clock, patient, other: other.patient };
}

describe("patient data rights", () => {
  it("exports the record, linked conversations' data, scheduled flows and alerts; audited", async () => {
    const { store, clock, patient } = await seed();
    const data = await exportPatient(store, patient.id, { clock, by: "cli:test" });
    expect(data.patient.id).toBe(patient.id);
    expect(data.conversations).toHaveLength(1);
    const [conv] = data.conversations;
    expect(conv?.journal).toEqual([{ at: "2026-01-05", vars: { entry: "walked by the river" } }]);
    expect(conv?.measures).toHaveLength(1);
    expect(conv?.checkins).toHaveLength(1);
    expect(conv?.safetyPlan).toEqual({ coping: "music" });
    expect(data.scheduled.map((j) => j.id)).toEqual(["j1"]);
    expect(data.alerts).toHaveLength(1);
    expect(data.alerts[0]?.alert.level).toBe("high");
    const audit = await new AuditLog(store, clock).list();
    expect(audit.at(-1)).toMatchObject({
      event: "data.exported",
      patient: patient.id,
      by: "cli:test",
    });
    expect(JSON.stringify(audit)).not.toContain("river");
  });

  it("deletes conversations, links, invites, record and jobs, leaves other patients alone; audited", async () => {
    const { store, clock, patient, other } = await seed();
    const summary = await deletePatient(store, patient.id, { clock });
    expect(summary).toEqual({ patient: patient.id, conversations: 1, jobs: 1, invites: 2 });
    const patients = new Patients(store, clock);
    expect(await patients.get(patient.id)).toBeUndefined();
    expect(await patients.byLink("telegram", "111")).toBeUndefined();
    expect(await store.loadConversation("telegram:111")).toBeUndefined();
    const scheduler = new Scheduler(store);
    await scheduler.load();
    expect(scheduler.list().map((j) => j.id)).toEqual(["j2"]);
    expect((await patients.byLink("telegram", "222"))?.id).toBe(other.id);
    expect(await store.loadConversation("telegram:222")).toBeDefined();
    expect((await patients.list()).map((p) => p.id)).toEqual([other.id]);
    const audit = await new AuditLog(store, clock).list();
    expect(audit.at(-1)).toMatchObject({
      event: "data.deleted",
      patient: patient.id,
      conversations: 1,
    });
    await expect(exportPatient(store, patient.id, { clock })).rejects.toThrow(/no patient/);
  });
});
