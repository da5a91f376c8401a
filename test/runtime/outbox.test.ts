import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readState } from "../../src/engine/state.ts";
import { stateCodec } from "../../src/engine/stored-state.ts";
import { FlowCatalog } from "../../src/flow/catalog.ts";
import { loadFlows } from "../../src/flow/load.ts";
import { loadTemplates } from "../../src/prompts/templates.ts";
import { Runtime } from "../../src/runtime/runtime.ts";
import { openKeyv } from "../../src/store/open.ts";
import { Store } from "../../src/store/store.ts";
import { FakeClock, RecordingChannel, RecordingNotifier } from "../support/recorders.ts";
import { stubGuard } from "../support/stub-guard.ts";

async function build(
  file: string,
  channel: RecordingChannel,
  notifier: RecordingNotifier,
  clock: FakeClock,
) {
  const { flows } = await loadFlows(["test/fixtures/flows"]);
  const { templates } = await loadTemplates("prompts");
  const store = new Store(await openKeyv(`sqlite://${file}`), { codec: stateCodec });
  const guard = stubGuard([
    { match: "end it", level: "high", categories: ["suicide"], flow: "crisis" },
  ]);
  return new Runtime({
    catalog: new FlowCatalog(
      flows.map((f) => f.flow),
      templates,
    ),
    store,
    clock,
    channels: [channel],
    notifiers: [notifier],
    services: { guard, globals: () => ({ crisis: { line: "988", emergency: "911" } }) },
  });
}

const tempFile = () => join(mkdtempSync(join(tmpdir(), "lantern-outbox-")), "s.sqlite");
const start = { channel: "test", userId: "u1", kind: "start", flowId: "demo" } as const;

describe("outbox delivery", () => {
  it("retries a send that fails twice, in order, and delivers each message once", async () => {
    const clock = new FakeClock();
    const channel = new RecordingChannel();
    const runtime = await build(tempFile(), channel, new RecordingNotifier(), clock);
    channel.failNext = 2;
    await runtime.handle({ ...start, messageId: "s1" });
    expect(channel.texts()).toEqual([]);
    const stored = await runtime.store.loadConversation("test:u1");
    expect(stored?.outbox.map((i) => i.kind)).toEqual(["message", "message"]);
    expect(stored?.outbox[0]?.attempts).toBe(1);
    clock.advance(1_000);
    await runtime.tick(); // second failure
    expect(channel.texts()).toEqual([]);
    clock.advance(2_000);
    await runtime.tick();
    expect(channel.texts()).toEqual(["Hi! This is a short check-in.", "What should I call you?"]);
    clock.advance(60_000);
    await runtime.tick();
    expect(channel.texts()).toHaveLength(2);
    expect((await runtime.store.loadConversation("test:u1"))?.outbox).toEqual([]);
  });

  it("delivers what was stored before a crash exactly once after restart", async () => {
    const file = tempFile();
    const clock = new FakeClock();
    const down = new RecordingChannel();
    const notifierDown = new RecordingNotifier();
    notifierDown.failNext = 100;
    down.failNext = 100;
    const first = await build(file, down, notifierDown, clock);
    await first.handle({ ...start, messageId: "s1" });
    await first.handle({
      channel: "test",
      userId: "u1",
      kind: "text",
      text: "i want to end it",
      messageId: "m2",
    });
    expect(notifierDown.alerts).toHaveLength(0);
    await first.store.close(); // the process dies here

    const channel = new RecordingChannel();
    const notifier = new RecordingNotifier();
    const second = await build(file, channel, notifier, clock);
    expect(await second.recover()).toBe(1);
    expect(notifier.alerts).toHaveLength(1);
    expect(notifier.alerts[0]).toMatchObject({ level: "high", categories: ["suicide"] });
    expect(channel.texts()).toContain("STUB CRISIS RESOURCES (high)");
    await second.recover();
    clock.advance(600_000);
    await second.tick();
    expect(notifier.alerts).toHaveLength(1);
    expect(channel.texts().filter((t) => t.includes("STUB CRISIS"))).toHaveLength(1);
  });

  it("marks deliveries in a small record beside the conversation; a restart resends nothing", async () => {
    const file = tempFile();
    const clock = new FakeClock();
    const channel = new RecordingChannel();
    const first = await build(file, channel, new RecordingNotifier(), clock);
    await first.handle({ ...start, messageId: "s1" });
    expect(channel.texts()).toHaveLength(2);
    await first.store.close();

    // The conversation as saved still holds both messages; the mark beside it says they went.
    const raw = new Store(await openKeyv(`sqlite://${file}`), { codec: stateCodec });
    const saved = readState(await raw.keyv.get("conv:test:u1"));
    expect(saved.outbox.map((item) => item.kind)).toEqual(["message", "message"]);
    expect(await raw.keyv.get("sent:test:u1")).toEqual(saved.outbox.map((item) => item.id));
    expect((await raw.loadConversation("test:u1"))?.outbox).toEqual([]);
    await raw.close();

    const again = new RecordingChannel();
    const second = await build(file, again, new RecordingNotifier(), clock);
    expect(await second.recover()).toBe(0);
    expect(again.texts()).toEqual([]);
  });

  it("a mark carries every delivery since the last whole save, not just its own", async () => {
    const file = tempFile();
    const clock = new FakeClock();
    const channel = new RecordingChannel();
    const notifier = new RecordingNotifier();
    notifier.failNext = 1;
    const runtime = await build(file, channel, notifier, clock);
    await runtime.handle({ ...start, messageId: "s1" });
    const say = (text: string, messageId: string) =>
      runtime.handle({ channel: "test", userId: "u1", kind: "text", text, messageId });
    await say("end it", "m2"); // the alert fails: saved whole with its retry time
    await say("yes", "m3"); // the alert is not due: only this reply goes, and is marked
    // After a safety flow: the menu, not straight back into the interrupted flow.
    expect(channel.texts().at(-1)).toMatch(/^What would you like to do\?/);
    expect(notifier.alerts).toHaveLength(0);
    clock.advance(1_000);
    await runtime.deliver("test:u1"); // the alert goes: its mark must still cover the reply
    expect(notifier.alerts).toHaveLength(1);
    await runtime.store.close();

    const reopened = new Store(await openKeyv(`sqlite://${file}`), { codec: stateCodec });
    expect((await reopened.loadConversation("test:u1"))?.outbox).toEqual([]);
    await reopened.close();
  });

  it("keeps the patient's messages flowing while an alert waits for a notifier", async () => {
    const clock = new FakeClock();
    const channel = new RecordingChannel();
    const notifier = new RecordingNotifier();
    notifier.failNext = 1;
    const runtime = await build(tempFile(), channel, notifier, clock);
    await runtime.handle({ ...start, messageId: "s1" });
    await runtime.handle({
      channel: "test",
      userId: "u1",
      kind: "text",
      text: "end it",
      messageId: "m2",
    });
    expect(channel.texts()).toContain("Are you safe right now?");
    expect(notifier.alerts).toHaveLength(0);
    clock.advance(1_000);
    await runtime.tick();
    expect(notifier.alerts).toHaveLength(1);
  });

  it("a guard that throws counts as risk: resources shown, alert queued", async () => {
    const clock = new FakeClock();
    const channel = new RecordingChannel();
    const notifier = new RecordingNotifier();
    const { flows } = await loadFlows(["test/fixtures/flows"]);
    const { templates } = await loadTemplates("prompts");
    const runtime = new Runtime({
      catalog: new FlowCatalog(
        flows.map((f) => f.flow),
        templates,
      ),
      store: new Store(await openKeyv("memory://"), { codec: stateCodec }),
      clock,
      channels: [channel],
      notifiers: [notifier],
      services: {
        guard: stubGuard([{ match: "", level: "none", throws: true }]),
        globals: () => ({ crisis: { line: "988", emergency: "911" } }),
      },
    });
    await runtime.handle({
      channel: "test",
      userId: "u2",
      kind: "text",
      text: "hello",
      messageId: "x",
    });
    expect(channel.texts().join("\n")).toContain("call 911 now");
    expect(notifier.alerts[0]).toMatchObject({
      level: "moderate",
      flags: ["guard_error", "guard.error"],
    });
  });
});
