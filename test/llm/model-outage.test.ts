import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, createApp } from "../../src/app.ts";
import { EnvSchema } from "../../src/config/env.ts";
import { newState } from "../../src/engine/state.ts";
import { createLlmServices, DEGRADED_WARNING, type LlmServices } from "../../src/llm/index.ts";
import { FakeOpenAI, type ScriptedReply } from "../support/openai-server.ts";
import { FakeClock, RecordingChannel, RecordingNotifier } from "../support/recorders.ts";

// Issue 14 item 5: with the optional model slow or failing, every patient reply is the one a
// fully scripted Lantern gives; the rule layer alone rates risk; the operator gets one warning.

interface Setup {
  app: App;
  channel: RecordingChannel;
  notifier: RecordingNotifier;
}

async function build(llm: LlmServices | null): Promise<Setup> {
  const channel = new RecordingChannel();
  const notifier = new RecordingNotifier();
  const env = EnvSchema.parse({
    LANTERN_STORE: `sqlite://${join(mkdtempSync(join(tmpdir(), "lantern-outage-")), "s.sqlite")}`,
    LANTERN_PSEUDONYM_SALT: "model-outage-test-salt",
  });
  const app = await createApp({
    env,
    clock: new FakeClock(),
    channels: [channel],
    notifiers: [notifier],
    enrolmentRequired: () => false,
    llm,
  });
  for (const user of ["calm", "risk"]) {
    const state = newState("test", user, new Date("2026-01-05T09:00:00.000Z"));
    state.user.onboarded = true;
    await app.runtime.store.saveConversation(state);
  }
  return { app, channel, notifier };
}

const HARMLESS = ["The weather is lovely", "I had porridge for breakfast", "menu"];
const RISK = "I'm going to kill myself tonight, I have the pills here";

async function converse({ app, channel }: Setup): Promise<string[][]> {
  const replies: string[][] = [];
  let n = 0;
  for (const text of HARMLESS) {
    const before = channel.sent.length;
    n += 1;
    await app.runtime.handle({
      channel: "test",
      userId: "calm",
      messageId: `m${n}`,
      kind: "text",
      text,
    });
    replies.push(channel.sent.slice(before).map((s) => JSON.stringify(s.message)));
  }
  return replies;
}

describe("a model outage leaves the patient's experience scripted", () => {
  const server = new FakeOpenAI();
  let scripted: Setup;
  let expected: string[][];
  beforeAll(async () => {
    await server.start();
    scripted = await build(null);
    expected = await converse(scripted);
  });
  afterAll(async () => {
    await scripted.app.close();
    await server.stop();
  });

  it.each<[string, ScriptedReply]>([
    ["slow", { delayMs: 5_000, structured: { level: "none", categories: [] } }],
    ["returning 500s", { status: 500 }],
  ])("when the model is %s", async (_, reply) => {
    server.script(reply);
    const warnings: unknown[] = [];
    const logger = {
      warn: (_d: object, m: string) => warnings.push(m),
      info: () => {},
      debug: () => {},
    };
    const llm = createLlmServices(
      {
        OPENAI_BASE_URL: server.url,
        OPENAI_API_KEY: "test-key",
        LANTERN_MODEL: "test-model",
        LANTERN_LLM_SEND_PATIENT_TEXT: "true",
        LANTERN_LLM_TIMEOUT_MS: "300",
        LANTERN_PROMPTS: "prompts",
      },
      { logger },
    );
    if (!llm) throw new Error("the model should be configured");
    const setup = await build(llm);
    try {
      const replies = await converse(setup);
      expect(replies).toEqual(expected);
      expect(replies.flat().join("\n")).not.toMatch(/sounds really hard/i);
      expect(setup.notifier.alerts).toHaveLength(0);
      expect(server.requests.length).toBeGreaterThan(0);

      await setup.app.runtime.handle({
        channel: "test",
        userId: "risk",
        messageId: "r1",
        kind: "text",
        text: RISK,
      });
      const crisis = setup.channel.sent
        .filter((s) => s.userId === "risk")
        .map((s) => JSON.stringify(s.message))
        .join("\n");
      expect(crisis).toMatch(/988/);
      expect(setup.notifier.alerts.length).toBeGreaterThan(0);
      expect(["high", "imminent"]).toContain(setup.notifier.alerts[0]?.level);

      // Counted, and one operator warning for the whole outage.
      // Counted; after the first failure the model is skipped until the next probe.
      const health = llm.health.snapshot();
      expect(health.total).toBeGreaterThanOrEqual(1);
      expect(health.skipped).toBeGreaterThanOrEqual(HARMLESS.length);
      expect(warnings).toEqual([DEGRADED_WARNING]);
    } finally {
      await setup.app.close();
    }
  });
});
