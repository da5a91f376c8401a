import { describe, expect, it } from "vitest";
import { EscalationService } from "../../src/care/escalations.ts";
import { EscalationConfig } from "../../src/config/clinic.ts";
import { stateCodec } from "../../src/engine/stored-state.ts";
import { toRaisedAlert } from "../../src/safety/alert.ts";
import { openKeyv } from "../../src/store/open.ts";
import { Store } from "../../src/store/store.ts";
import { FakeClock, RecordingNotifier } from "../support/recorders.ts";

const SALT = "test-salt-0123456789";
const MIN = 60_000;

async function setup(
  options: { primary?: RecordingNotifier[]; backup?: RecordingNotifier[] } = {},
) {
  const clock = new FakeClock();
  const store = new Store(await openKeyv("memory://"), { codec: stateCodec });
  const primary = options.primary ?? [new RecordingNotifier("slack")];
  const backup = options.backup ?? [new RecordingNotifier("pager")];
  const service = new EscalationService({
    store,
    primary,
    backup,
    config: EscalationConfig.parse({}),
    salt: SALT,
    clock,
  });
  return { clock, store, primary, backup, service };
}

// Read as the outbox reads a stored alert (fail safe), so a level this version lacks is a case too.
const raw = (level: string, id = "alert-test:patient-1-4") =>
  toRaisedAlert({ id, conversation: "test:patient-1", level, categories: ["suicide"] });

describe("EscalationService", () => {
  it("retries only the targets that failed, and never posts twice to one that succeeded", async () => {
    const a = new RecordingNotifier("a");
    const b = new RecordingNotifier("b");
    b.failNext = 2;
    const { service } = await setup({ primary: [a, b] });
    await expect(service.notify(raw("moderate"))).rejects.toMatchObject({
      code: "escalation.delivery_failed",
    });
    await expect(service.notify(raw("moderate"))).rejects.toThrow(/b/);
    await service.notify(raw("moderate"));
    await service.notify(raw("moderate")); // a redelivery after success: nothing posted
    expect(a.alerts).toHaveLength(1);
    expect(b.alerts).toHaveLength(1);
    const [alert] = a.alerts;
    const record = await service.get(String(alert?.id));
    expect(record?.status).toBe("delivered");
    expect(record?.deliveries["primary:a"]?.attempts).toBe(1);
    expect(record?.deliveries["primary:b"]).toMatchObject({ attempts: 3 });
    expect(record?.deliveries["primary:b"]?.deliveredAt).toBeDefined();
    expect(JSON.stringify(alert)).not.toContain("patient-1");
  });

  it("an unacknowledged high alert goes to the backup once after 5 minutes", async () => {
    const { service, clock, backup } = await setup();
    await service.notify(raw("high"));
    clock.advance(4 * MIN);
    expect(await service.tick()).toBe(0);
    expect(backup[0]?.alerts).toHaveLength(0);
    clock.advance(1 * MIN);
    expect(await service.tick()).toBe(1);
    expect(await service.tick()).toBe(0);
    clock.advance(60 * MIN);
    await service.tick();
    expect(backup[0]?.alerts).toHaveLength(1);
    expect(backup[0]?.alerts[0]).toMatchObject({
      level: "high",
      escalation: { reason: "unacknowledged" },
    });
  });

  it("acknowledgement stops the backup; resolve closes the alert; both are audited", async () => {
    const { service, clock, backup, primary } = await setup();
    await service.notify(raw("high"));
    const id = String(primary[0]?.alerts[0]?.id);
    clock.advance(2 * MIN);
    await service.acknowledge(id, "dr.lee");
    await service.acknowledge(id, "someone.else"); // the first acknowledgement stands
    clock.advance(30 * MIN);
    expect(await service.tick()).toBe(0);
    expect(backup[0]?.alerts).toHaveLength(0);
    expect((await service.get(id))?.acknowledged).toEqual({
      by: "dr.lee",
      at: "2026-01-05T09:02:00.000Z",
    });
    const resolved = await service.resolve(id, "dr.lee", "called the patient, safe at home");
    expect(resolved.status).toBe("resolved");
    expect(await service.openIds()).toEqual([]);
    const events = (await service.listAudit(id)).map((e) => e.event);
    expect(events).toEqual([
      "alert.created",
      "delivery.attempt",
      "alert.acknowledged",
      "alert.resolved",
    ]);
    await expect(service.acknowledge("A-000000000000", "x")).rejects.toMatchObject({
      code: "escalation.unknown_alert",
    });
  });

  it("levels without an acknowledgement deadline still reach the backup when no primary delivers", async () => {
    const failing = new RecordingNotifier("slack");
    failing.failNext = 1_000;
    const { service, clock, backup } = await setup({ primary: [failing] });
    await expect(service.notify(raw("concern"))).rejects.toThrow();
    clock.advance(14 * MIN);
    expect(await service.tick()).toBe(0);
    clock.advance(1 * MIN);
    expect(await service.tick()).toBe(1);
    expect(backup[0]?.alerts[0]).toMatchObject({ escalation: { reason: "undelivered" } });
  });

  it("a concern alert that was delivered is not escalated", async () => {
    const { service, clock, backup } = await setup();
    await service.notify(raw("concern"));
    clock.advance(24 * 60 * MIN);
    expect(await service.tick()).toBe(0);
    expect(backup[0]?.alerts).toHaveLength(0);
  });

  it("a failing backup is retried on later ticks until it has the alert", async () => {
    const pager = new RecordingNotifier("pager");
    pager.failNext = 2;
    const { service, clock } = await setup({ backup: [pager] });
    await service.notify(raw("imminent"));
    clock.advance(5 * MIN);
    await service.tick();
    await service.tick();
    expect(pager.alerts).toHaveLength(0);
    await service.tick();
    await service.tick();
    expect(pager.alerts).toHaveLength(1);
    const backupAttempts = (await service.listAudit()).filter(
      (e) => e.event === "delivery.attempt" && e.role === "backup",
    );
    expect(backupAttempts.map((e) => e.ok)).toEqual([false, false, true]);
    expect((await service.listAudit()).filter((e) => e.event === "backup.escalated")).toHaveLength(
      1,
    );
  });

  it("audit records are append-only and readable back in order, with no patient text", async () => {
    const { service, store, clock } = await setup();
    await service.notify(
      toRaisedAlert({ ...raw("high"), text: "secret words", evidence: ["secret"] }),
    );
    // A second service on the same store (a restart) at the same instant must not overwrite.
    const again = new EscalationService({
      store,
      primary: [new RecordingNotifier("slack")],
      config: EscalationConfig.parse({}),
      salt: SALT,
      clock,
    });
    await again.notify(raw("high", "alert-test:patient-1-9"));
    const audit = await service.listAudit();
    expect(audit.map((e) => e.event)).toEqual([
      "alert.created",
      "delivery.attempt",
      "alert.created",
      "delivery.attempt",
    ]);
    expect(JSON.stringify(audit)).not.toContain("secret words");
    const keys: string[] = [];
    for await (const [key] of store.keyv.iterator?.(undefined) ?? []) keys.push(String(key));
    expect(keys.filter((k) => k.startsWith("audit:"))).toHaveLength(4);
  });

  it("refuses a setup that could lose alerts", async () => {
    const store = new Store(await openKeyv("memory://"), { codec: stateCodec });
    const config = EscalationConfig.parse({});
    expect(() => new EscalationService({ store, primary: [], config, salt: SALT })).toThrow();
    expect(
      () =>
        new EscalationService({ store, primary: [new RecordingNotifier("x")], config, salt: "" }),
    ).toThrow();
  });
});
