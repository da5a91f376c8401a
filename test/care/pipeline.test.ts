import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { globalsFor, loadContent } from "../../src/app.ts";
import { careActions } from "../../src/care/actions.ts";
import { careEffects, EscalationService } from "../../src/care/escalations.ts";
import type { AlertSink, Notifier } from "../../src/channel.ts";
import { type ConversationStore, stateCodec } from "../../src/engine/stored-state.ts";
import { Runtime } from "../../src/runtime/runtime.ts";
import { openKeyv } from "../../src/store/open.ts";
import { Store } from "../../src/store/store.ts";
import { FakeClock, RecordingChannel, RecordingNotifier } from "../support/recorders.ts";
import { wantToDieGuard } from "../support/stub-guard.ts";

// The escalation pipeline on the real runtime, real flows and a SQLite file: outbox retries,
// backup escalation, and redelivery after a crash.

const SALT = "test-salt-0123456789";
const USER = "patient-1";

class Harness {
  readonly clock = new FakeClock();
  readonly channel = new RecordingChannel();
  readonly file = join(mkdtempSync(join(tmpdir(), "lantern-care-")), "state.sqlite");
  store!: ConversationStore;
  runtime!: Runtime;
  escalations!: EscalationService;
  #seq = 0;

  /** (Re)start: a new runtime and service on the same store file, like a process restart. */
  async boot(options: { primary: Notifier[]; backup?: Notifier[]; extra?: AlertSink[] }) {
    const content = await loadContent({
      LANTERN_FLOWS: "flows",
      LANTERN_PROMPTS: "prompts",
      LANTERN_CLINIC: "config/clinic.yaml",
    });
    expect(content.problems).toEqual([]);
    this.store ??= new Store(await openKeyv(`sqlite://${this.file}`), { codec: stateCodec });
    this.escalations = new EscalationService({
      store: this.store,
      primary: options.primary,
      backup: options.backup ?? [],
      config: content.clinic.escalation,
      salt: SALT,
      clock: this.clock,
    });
    this.runtime = new Runtime({
      catalog: content.catalog,
      store: this.store,
      clock: this.clock,
      channels: [this.channel],
      notifiers: [this.escalations, ...(options.extra ?? [])],
      effects: careEffects(this.escalations),
      services: {
        globals: globalsFor(content.clinic),
        guard: wantToDieGuard,
        actions: careActions(),
      },
    });
  }

  say(text: string) {
    this.#seq += 1;
    return this.runtime.handle({
      channel: this.channel.name,
      userId: USER,
      messageId: `m-${this.#seq}`,
      kind: "text",
      text,
    });
  }

  async advance(ms: number) {
    this.clock.advance(ms);
    await this.runtime.tick();
  }

  async outbox() {
    return (await this.store.loadConversation(`${this.channel.name}:${USER}`))?.outbox ?? [];
  }
}

describe("escalation pipeline on the runtime", () => {
  it("a notifier that fails 5 times is retried from the outbox until it delivers, once", async () => {
    const h = new Harness();
    const slack = new RecordingNotifier("slack", 5);
    const pager = new RecordingNotifier("pager");
    await h.boot({ primary: [slack], backup: [pager] });
    await h.say("i want to die");
    expect(slack.alerts).toHaveLength(0);
    expect((await h.outbox()).filter((i) => i.kind === "alert")).toHaveLength(1);
    for (let i = 0; i < 8 && !slack.alerts.length; i++) await h.advance(20_000);
    expect(slack.alerts).toHaveLength(1);
    expect(await h.outbox()).toEqual([]);
    await h.advance(60_000);
    expect(slack.alerts).toHaveLength(1);
    const alert = slack.alerts[0];
    expect(alert).toMatchObject({ level: "high", categories: ["suicide"], reason: "risk_guard" });
    expect(alert?.excerpt).toBe("… want to die");
    expect(alert?.patient).toMatch(/^P-[0-9A-F]{6}$/);
    expect(JSON.stringify(alert)).not.toContain(USER);
    const record = await h.escalations.get(String(alert?.id));
    expect(record?.deliveries["primary:slack"]?.attempts).toBe(6);
    expect(record?.status).toBe("delivered");
    // Delivered, but nobody acknowledged it within 5 minutes: the backup gets it too.
    h.clock.advance(5 * 60_000);
    expect(await h.escalations.tick()).toBe(1);
    expect(pager.alerts).toHaveLength(1);
    await h.store.close();
  });

  it("a notifier that never succeeds: the patient has crisis resources, the backup fires after the deadline", async () => {
    const h = new Harness();
    const slack = new RecordingNotifier("slack", Number.POSITIVE_INFINITY);
    const pager = new RecordingNotifier("pager");
    await h.boot({ primary: [slack], backup: [pager] });
    await h.say("i want to die");
    const said = h.channel.texts().join("\n");
    expect(said).toContain("Please call 988 (call or text) now.");
    expect(said).toContain("call 911");
    expect(said).toContain("letting your care team know");
    for (let i = 0; i < 4; i++) await h.advance(60_000);
    await h.escalations.tick();
    expect(pager.alerts).toHaveLength(0);
    await h.advance(60_000);
    await h.escalations.tick();
    expect(pager.alerts).toHaveLength(1);
    expect(pager.alerts[0]).toMatchObject({
      level: "high",
      escalation: { reason: "unacknowledged" },
    });
    for (let i = 0; i < 10; i++) {
      await h.advance(5 * 60_000);
      await h.escalations.tick();
    }
    expect(pager.alerts).toHaveLength(1);
    expect(slack.alerts).toHaveLength(0);
    // The outbox keeps retrying the primary: the alert is not dropped.
    expect((await h.outbox()).filter((i) => i.kind === "alert")).toHaveLength(1);
    const events = (await h.escalations.listAudit()).map((e) => e.event);
    expect(events.filter((e) => e === "backup.escalated")).toHaveLength(1);
    expect(events.filter((e) => e === "alert.created")).toHaveLength(1);
    await h.store.close();
  });

  it("redelivery after a crash: an alert left in the outbox is delivered exactly once", async () => {
    const h = new Harness();
    const slack = new RecordingNotifier("slack");
    // First process: the service delivers, then something after it throws (the crash), so the
    // alert stays in the outbox although slack already has it.
    const crash = new RecordingNotifier("crash", Number.POSITIVE_INFINITY);
    await h.boot({ primary: [slack], extra: [crash] });
    await h.say("i want to die");
    expect(slack.alerts).toHaveLength(1);
    expect((await h.outbox()).filter((i) => i.kind === "alert")).toHaveLength(1);
    // Second process on the same store.
    await h.boot({ primary: [slack] });
    expect(await h.runtime.recover()).toBe(1);
    expect(slack.alerts).toHaveLength(1);
    expect(await h.outbox()).toEqual([]);
    await h.store.close();
  });

  it("an alert saved but never delivered (notifier down) is delivered once after a restart", async () => {
    const h = new Harness();
    const down = new RecordingNotifier("slack", Number.POSITIVE_INFINITY);
    await h.boot({ primary: [down] });
    await h.say("i want to die");
    expect((await h.outbox()).filter((i) => i.kind === "alert")).toHaveLength(1);
    const slack = new RecordingNotifier("slack");
    await h.boot({ primary: [slack] });
    await h.runtime.recover();
    await h.runtime.recover();
    expect(slack.alerts).toHaveLength(1);
    const record = await h.escalations.get(String(slack.alerts[0]?.id));
    expect(record?.deliveries["primary:slack"]?.attempts).toBe(2);
    await h.store.close();
  });

  it("the screener's care.notify becomes one alert at the triaged level", async () => {
    const h = new Harness();
    const slack = new RecordingNotifier("slack");
    await h.boot({ primary: [slack] });
    await h.say("crisis");
    // The typed command alerts once, at concern: the flow tells the patient so.
    expect(slack.alerts.map((a) => [a.level, a.reason])).toEqual([["concern", "crisis_request"]]);
    await h.say("1");
    for (const answer of ["no", "yes", "no", "yes", "no", "no"]) await h.say(answer);
    expect(slack.alerts.map((a) => [a.level, a.reason])).toEqual([
      ["concern", "crisis_request"],
      ["high", "cssrs"],
    ]);
    const state = await h.store.loadConversation(`${h.channel.name}:${USER}`);
    expect(state?.user).toMatchObject({ cssrs_level: "high", risk_level: "high" });
    await h.store.close();
  });

  it("risk words start the crisis flow with only the guard's alert", async () => {
    const h = new Harness();
    const slack = new RecordingNotifier("slack");
    await h.boot({ primary: [slack] });
    await h.say("i want to die");
    expect(slack.alerts.map((a) => a.reason)).toEqual(["risk_guard"]);
    await h.store.close();
  });
});
