import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, createApp } from "../../src/app.ts";
import { renderBrief } from "../../src/care/brief.ts";
import { EnvSchema } from "../../src/config/env.ts";
import { FakeClock, RecordingChannel, RecordingNotifier } from "../support/recorders.ts";

// The answers the brief reads from the preparation and pacing flows, stored by the real flows
// through the real runtime: "no ride home planned" (prep-set-setting) and the weekly pacing
// check-in (activity-pacing), which were flow-only variables before and are user.* now.

const clock = new FakeClock("2026-01-05T09:00:00.000Z");
const channel = new RecordingChannel("console");
let app: App;
let seq = 0;

async function say(...texts: string[]) {
  for (const text of texts) {
    seq += 1;
    await app.runtime.handle({
      channel: "console",
      userId: "p",
      messageId: `m${seq}`,
      kind: "text",
      text,
    });
  }
}

async function start(flowId: string) {
  seq += 1;
  await app.runtime.handle({
    channel: "console",
    userId: "p",
    messageId: `m${seq}`,
    kind: "start",
    flowId,
  });
}

async function state() {
  const s = await app.runtime.store.loadConversation("console:p");
  if (!s) throw new Error("no conversation");
  return s;
}

beforeAll(async () => {
  const env = EnvSchema.parse({
    LANTERN_STORE: `sqlite://${join(mkdtempSync(join(tmpdir(), "lantern-brief-flows-")), "s.sqlite")}`,
    LANTERN_PSEUDONYM_SALT: "brief-flows-salt-0123456789",
  });
  app = await createApp({ env, clock, channels: [channel], notifiers: [new RecordingNotifier()] });
});
afterAll(() => app.close());

describe("brief answers stored by the flows", () => {
  it("no ride home planned, from prep-set-setting, is a red flag", async () => {
    await start("prep-set-setting");
    await say("To rest", "Quiet", "Yes", "My blanket", "I don't have anyone yet", "No");
    const s = await state();
    expect(s.stack).toEqual([]);
    expect(s.user.ride_home).toBe(false);
    const brief = renderBrief(s, clock.now());
    expect(brief).toContain("- No ride home planned (their last answer in Set and setting)");
    expect(brief).toContain("- No support person for the session day yet");
  }, 30_000);

  it("the weekly pacing check-in's sessions done and flare answer reach the brief", async () => {
    await start("activity-pacing");
    await say("1", "10", "8", "3");
    expect((await state()).user.pacing_minutes).toBe(8);
    clock.advance(7 * 86_400_000);
    await start("activity-pacing");
    await say("2", "no");
    const s = await state();
    expect(s.user.pacing_done).toBe(2);
    expect(s.user.pacing_flare).toBe(false);
    expect(renderBrief(s, clock.now())).toContain(
      "- Last pacing check-in: 2 of 3 planned sessions done; no flare",
    );
  }, 30_000);
});
