import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { globalsFor, loadContent } from "../../src/app.ts";
import { careActions } from "../../src/care/actions.ts";
import { stateCodec } from "../../src/engine/stored-state.ts";
import type { TextGenerator } from "../../src/engine/types.ts";
import { formatProblem } from "../../src/flow/problems.ts";
import { createLlmServices } from "../../src/llm/index.ts";
import { Runtime } from "../../src/runtime/runtime.ts";
import { detectRisk } from "../../src/safety/detect.ts";
import { createRiskGuard } from "../../src/safety/guard.ts";
import { openKeyv } from "../../src/store/open.ts";
import { Store } from "../../src/store/store.ts";
import { FakeOpenAI } from "../support/openai-server.ts";
import { FakeClock, RecordingChannel, RecordingNotifier } from "../support/recorders.ts";
import { parts } from "./support.ts";

// A `generate` step through the real Runtime (built as test/support/transcript.ts does), with
// the generator from createLlmServices pointed at the local server.
const FALLBACK = "Thank you for telling me how you feel.";

async function runFlow(llm: TextGenerator | undefined, generateTimeoutMs = 5000) {
  const content = await loadContent(
    { LANTERN_FLOWS: "flows", LANTERN_PROMPTS: "prompts", LANTERN_CLINIC: "config/clinic.yaml" },
    ["test/llm/flows"],
  );
  if (content.problems.length) throw new Error(content.problems.map(formatProblem).join("\n"));
  const channel = new RecordingChannel();
  const runtime = new Runtime({
    catalog: content.catalog,
    store: new Store(await openKeyv("memory://"), { codec: stateCodec }),
    clock: new FakeClock(),
    channels: [channel],
    notifiers: [new RecordingNotifier()],
    services: {
      globals: globalsFor(content.clinic),
      actions: careActions(),
      guard: createRiskGuard(detectRisk),
      generateTimeoutMs,
      ...(llm ? { llm } : {}),
    },
  });
  const base = { channel: channel.name, userId: "p1" };
  await runtime.handle({ ...base, messageId: "1", kind: "start", flowId: "llm-reflect" });
  const started = Date.now();
  await runtime.handle({ ...base, messageId: "2", kind: "text", text: "nervous but hopeful" });
  const elapsed = Date.now() - started;
  const state = await runtime.store.loadConversation(`${channel.name}:p1`);
  await runtime.store.close();
  return { texts: channel.texts(), elapsed, state };
}

describe("a generate step through the real Runtime", () => {
  const server = new FakeOpenAI();
  let llm: TextGenerator | undefined;
  beforeAll(async () => {
    await server.start();
    llm = createLlmServices({
      OPENAI_BASE_URL: server.url,
      OPENAI_API_KEY: "test-key",
      LANTERN_MODEL: "test-model",
      LANTERN_LLM_SEND_PATIENT_TEXT: "true",
      LANTERN_LLM_TIMEOUT_MS: "5000",
    })?.generator;
  });
  afterAll(() => server.stop());

  it("says the generated reflection when it passes the checks", async () => {
    server.script({ text: "Nervous and hopeful at once makes a lot of sense." });
    const { texts } = await runFlow(llm);
    expect(texts).toContain("Nervous and hopeful at once makes a lot of sense.");
    expect(texts).not.toContain(FALLBACK);
    expect(texts.at(-1)).toBe("That is all for now.");
    expect(parts(server.last().messages).user[0]).toContain("nervous but hopeful");
  });

  it("falls back to the scripted text on timeout, without waiting for the model", async () => {
    server.script({ delayMs: 10_000, text: "far too late" });
    const { texts, elapsed } = await runFlow(llm, 300);
    expect(texts).toContain(FALLBACK);
    expect(texts).not.toContain("far too late");
    expect(elapsed).toBeLessThan(2000);
  });

  it("falls back when the reply fails a guardrail", async () => {
    server.script({ text: "Try taking an extra pill before the session." });
    const { texts } = await runFlow(llm);
    expect(texts).toContain(FALLBACK);
  });

  it("works with no model configured (createLlmServices returns undefined)", async () => {
    expect(createLlmServices({})).toBeUndefined();
    server.script({ text: "should never be asked" });
    const { texts } = await runFlow(createLlmServices({})?.generator);
    expect(texts).toContain(FALLBACK);
    expect(texts.at(-1)).toBe("That is all for now.");
    expect(server.requests).toHaveLength(0);
  });
});
