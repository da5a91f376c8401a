import { describe, expect, it } from "vitest";
import { alertId } from "../../src/care/alerts.ts";
import { EscalationService } from "../../src/care/escalations.ts";
import { EscalationConfig } from "../../src/config/clinic.ts";
import { stateCodec } from "../../src/engine/stored-state.ts";
import type { RaisedAlert } from "../../src/safety/alert.ts";
import { openKeyv } from "../../src/store/open.ts";
import { Store } from "../../src/store/store.ts";
import { FakeClock, RecordingNotifier } from "../support/recorders.ts";

// Issue 14, item 1: an alert sent untracked during a store outage, and the tracked alert its
// replayed message raises afterwards, are one alert for the care team, and none is lost.

const SALT = "test-salt-0123456789";
const MIN = 60_000;
const CONVERSATION = "telegram:901";
const OUTAGE = "outage:telegram:901:1234";

async function setup() {
  const clock = new FakeClock();
  const store = new Store(await openKeyv("memory://"), { codec: stateCodec });
  const a = new RecordingNotifier("a");
  const b = new RecordingNotifier("b");
  const pager = new RecordingNotifier("pager");
  const service = new EscalationService({
    store,
    primary: [a, b],
    backup: [pager],
    config: EscalationConfig.parse({}),
    salt: SALT,
    clock,
  });
  return { clock, a, b, pager, service };
}

const raw = (id: string): RaisedAlert => ({
  id,
  conversation: CONVERSATION,
  level: "high",
  categories: ["suicide"],
  flags: [],
  evidence: [],
});
const sent = (targets: string[]) => ({ rawId: OUTAGE, at: "2026-12-01T23:00:00.000Z", targets });

describe("EscalationService: adopting an untracked outage alert", () => {
  it("does not send the replay's alert again to targets that took the outage alert", async () => {
    const { service, a, b, pager, clock } = await setup();
    // During the outage only `a` took the untracked alert; `b` was down.
    await service.adoptDuring(CONVERSATION, sent(["a"]), () =>
      service.notify(raw("alert-telegram:901-7")),
    );
    expect(a.alerts).toHaveLength(0);
    expect(b.alerts).toHaveLength(1);
    const [id] = await service.openIds();
    const record = await service.get(id ?? "");
    expect(record?.untracked).toEqual({ id: alertId(OUTAGE, SALT), at: sent([]).at });
    expect(record?.status).toBe("delivered");
    expect(record?.deliveries["primary:a"]).toMatchObject({
      attempts: 0,
      deliveredAt: sent([]).at,
    });
    // A redelivery from the outbox changes nothing; nobody acknowledging it calls the backup.
    await service.notify(raw("alert-telegram:901-7"));
    expect(a.alerts.length + b.alerts.length).toBe(1);
    clock.advance(5 * MIN);
    expect(await service.tick()).toBe(1);
    expect(pager.alerts).toHaveLength(1);
  });

  it("a replay that raises no alert adopts nothing: later alerts go to every target", async () => {
    const { service, a, b } = await setup();
    await service.adoptDuring(CONVERSATION, sent(["a", "b"]), async () => {});
    await service.notify(raw("alert-telegram:901-8"));
    expect(a.alerts).toHaveLength(1);
    expect(b.alerts).toHaveLength(1);
  });

  it("only the first alert of the replay is the outage alert's tracked version", async () => {
    const { service, a } = await setup();
    await service.adoptDuring(CONVERSATION, sent(["a", "b"]), async () => {
      await service.notify(raw("alert-telegram:901-9"));
      await service.notify(raw("alert-telegram:901-10"));
      // Another conversation's alert in the same window is not touched.
      await service.notify({ ...raw("alert-telegram:902-1"), conversation: "telegram:902" });
    });
    expect(a.alerts).toHaveLength(2);
    const records = await Promise.all((await service.openIds()).map((id) => service.get(id)));
    expect(records.filter((r) => r?.untracked)).toHaveLength(1);
  });
});
