import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stateCodec } from "../../src/engine/stored-state.ts";
import { FlowCatalog } from "../../src/flow/catalog.ts";
import { loadFlows } from "../../src/flow/load.ts";
import { loadTemplates } from "../../src/prompts/templates.ts";
import { Runtime } from "../../src/runtime/runtime.ts";
import { openKeyv } from "../../src/store/open.ts";
import { Store } from "../../src/store/store.ts";
import { FakeClock, RecordingChannel } from "../support/recorders.ts";

// tick() takes due conversations from a min-heap: each retry fires when due, in time order,
// once, and a conversation whose timer moved is not fired at its old time.

describe("tick with timers at different times", () => {
  it("fires only the conversations that are due, each once", async () => {
    const { flows } = await loadFlows(["test/fixtures/flows"]);
    const { templates } = await loadTemplates("prompts");
    const file = join(mkdtempSync(join(tmpdir(), "lantern-tick-")), "s.sqlite");
    const clock = new FakeClock();
    const channel = new RecordingChannel();
    const runtime = new Runtime({
      catalog: new FlowCatalog(
        flows.map((f) => f.flow),
        templates,
      ),
      store: new Store(await openKeyv(`sqlite://${file}`), { codec: stateCodec }),
      clock,
      channels: [channel],
      services: { globals: () => ({ crisis: { line: "988", emergency: "911" } }) },
    });
    const start = (userId: string) =>
      runtime.handle({
        channel: "test",
        userId,
        messageId: `s-${userId}`,
        kind: "start",
        flowId: "demo",
      });
    const users = () => [...new Set(channel.sent.map((s) => s.userId))];
    channel.failNext = 1;
    await start("u1"); // first send fails: retry due in 1 s
    clock.advance(600);
    channel.failNext = 1;
    await start("u2"); // retry due 1.6 s after the first start
    expect(channel.sent).toEqual([]);
    clock.advance(500); // 1.1 s: only u1 is due
    await runtime.tick();
    expect(users()).toEqual(["u1"]);
    const afterFirst = channel.sent.length;
    await runtime.tick(); // nothing new is due: nothing is sent again
    expect(channel.sent.length).toBe(afterFirst);
    clock.advance(600); // 1.7 s: u2 is due
    await runtime.tick();
    expect(users()).toEqual(["u1", "u2"]);
    expect(channel.sent.filter((s) => s.userId === "u2").length).toBe(afterFirst);
  });
});
