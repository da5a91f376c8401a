import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app.ts";
import { EnvSchema } from "../../src/config/env.ts";
import { guardInput } from "../../src/engine/risk-context.ts";
import { newState } from "../../src/engine/state.ts";
import { detectRisk, isDetectorWarm, warmDetector } from "../../src/safety/detect.ts";
import { FakeClock, RecordingChannel, RecordingNotifier } from "../support/recorders.ts";

// The first risk check after a start must not pay for compiling the rule layer: createApp warms
// the detector (every rule's patterns compiled, a few messages run) before it returns.

const dir = mkdtempSync(join(tmpdir(), "lantern-warm-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function app(name: string, guard?: "stub") {
  const env = EnvSchema.parse({
    LANTERN_STORE: `sqlite://${join(dir, `${name}.sqlite`)}`,
    LANTERN_PSEUDONYM_SALT: "warm-tests-salt-0123456789",
  });
  return createApp({
    env,
    clock: new FakeClock(),
    channels: [new RecordingChannel("telegram")],
    notifiers: [new RecordingNotifier()],
    llm: null,
    ...(guard ? { guard: { check: async () => ({ assessment: detectRisk("") }) } } : {}),
  });
}

const TEXTS = [
  "i have the pills right here",
  "i don't want to die, i'm ok",
  "session went fine, a bit floaty",
  "i bought a rope",
];

describe("detector warm-up at start", () => {
  it("is not done for an app given its own guard, and is done by createApp with the built-in one", async () => {
    // This file's module graph is fresh: nothing has warmed the detector yet.
    expect(isDetectorWarm()).toBe(false);
    const cold = TEXTS.map((t) => detectRisk(t));
    expect(isDetectorWarm()).toBe(false);
    const own = await app("own", "stub");
    expect(isDetectorWarm()).toBe(false);
    await own.close();
    const built = await app("built");
    expect(isDetectorWarm()).toBe(true);
    const first = await built.runtime.services.guard?.check(
      "i have the pills right here",
      guardInput(newState("telegram", "u1", new Date())),
    );
    expect(first?.assessment.level).toBe("imminent");
    // Warming changed nothing a patient's message gets (no regex left mid-scan).
    expect(TEXTS.map((t) => detectRisk(t))).toEqual(cold);
    await built.close();
  });

  it("compiled every rule once and is idempotent", () => {
    const once = warmDetector();
    expect(once.rules).toBeGreaterThan(50);
    expect(warmDetector()).toBe(once);
  });
});
