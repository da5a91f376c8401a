import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, createApp } from "../../src/app.ts";
import { EnvSchema } from "../../src/config/env.ts";
import { newState } from "../../src/engine/state.ts";
import { createLlmServices } from "../../src/llm/index.ts";
import { FakeOpenAI } from "../support/openai-server.ts";
import { FakeClock, RecordingChannel, RecordingNotifier } from "../support/recorders.ts";

// The engine asks the model only when its own rules cannot read a message, and checks the
// model's answer with the same rules; with no model, the same messages get the menu or a retry.
describe("free-text understanding through the runtime", () => {
  const server = new FakeOpenAI();
  let app: App;
  const channel = new RecordingChannel();
  beforeAll(async () => {
    await server.start();
    const llm = createLlmServices({
      OPENAI_BASE_URL: server.url,
      LANTERN_MODEL: "test-model",
      LANTERN_LLM_SEND_PATIENT_TEXT: "true",
      LANTERN_PROMPTS: "prompts",
    });
    const env = EnvSchema.parse({
      LANTERN_STORE: `sqlite://${join(mkdtempSync(join(tmpdir(), "lantern-llm-")), "s.sqlite")}`,
      LANTERN_PSEUDONYM_SALT: "engine-understanding-salt",
    });
    app = await createApp({
      env,
      clock: new FakeClock(),
      channels: [channel],
      notifiers: [new RecordingNotifier()],
      enrolmentRequired: () => false,
      llm: llm ?? null,
      // Risk is the rule layer here; the second opinion has its own tests.
      guard: {
        check: async () => ({ assessment: { level: "none", categories: [], evidence: [] } }),
      },
    });
    const state = newState("test", "p1", new Date());
    state.user.onboarded = true;
    await app.runtime.store.saveConversation(state);
  });
  afterAll(async () => {
    await app.close();
    await server.stop();
  });

  const say = (text: string, id: string) =>
    app.runtime.handle({ channel: "test", userId: "p1", messageId: id, kind: "text", text });

  it("routes a free message to the flow the model names", async () => {
    server.script({ structured: { flow: "prep-fear", confidence: 0.9 } });
    await say("I'm scared I'll lose control during the session", "m1");
    const state = await app.runtime.store.loadConversation("test:p1");
    expect(state?.stack.at(-1)?.flowId).toBe("prep-fear");
    expect(channel.texts().join("\n")).toContain("could help with that");
  });

  it("reads a free answer to a scale question, and refuses a model value the question does not allow", async () => {
    await say("stop", "m2");
    await app.runtime.handle({
      channel: "test",
      userId: "p1",
      messageId: "m3",
      kind: "start",
      flowId: "paced-breathing",
    });
    server.script({ structured: { found: true, value: 14 } });
    await say("honestly something like fourteen", "m4");
    let state = await app.runtime.store.loadConversation("test:p1");
    expect(state?.stack.at(-1)?.waiting?.attempt).toBe(1);
    server.script({ structured: { found: true, value: 7 } });
    await say("maybe a seven I think", "m5");
    state = await app.runtime.store.loadConversation("test:p1");
    expect(state?.stack.at(-1)?.vars.before).toBe(7);
  });

  it("marks the thinking traps the model sees in the thought; numbers keep their meaning", async () => {
    await say("stop", "t0");
    await app.runtime.handle({
      channel: "test",
      userId: "p1",
      messageId: "t1",
      kind: "start",
      flowId: "thought-record",
    });
    await say("my back flared up at work", "t2");
    server.script({ structured: { distortions: ["catastrophising"] } });
    await say("this pain will never end and I will lose my job", "t3");
    await say("anxious", "t4");
    const before = channel.sent.length;
    await say("80", "t5");
    const question = channel.sent
      .slice(before)
      .find((s) => s.message.text.includes("thinking traps") || s.message.choices);
    const labels = channel.sent
      .slice(before)
      .flatMap((s) => s.message.choices?.map((c) => c.label) ?? []);
    expect(question).toBeDefined();
    expect(labels).toContain("Catastrophising (may fit)");
    expect(labels).toContain("All or nothing");
    await say("7", "t6"); // the seventh choice is still catastrophising
    const state = await app.runtime.store.loadConversation("test:p1");
    expect(state?.stack.at(-1)?.vars.distortion).toBe("catastrophising");
  });
});
