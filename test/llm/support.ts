import { LlmClient } from "../../src/llm/client.ts";
import type { LlmConfig } from "../../src/llm/config.ts";

/** A config pointing at the fake server; patient text allowed unless overridden. */
export function configFor(url: string, overrides: Partial<LlmConfig> = {}): LlmConfig {
  return {
    apiKey: "test-key",
    baseURL: url,
    model: "test-model",
    sendPatientText: true,
    timeoutMs: 2000,
    structuredMethod: "functionCalling",
    promptsDir: "prompts",
    ...overrides,
  };
}

export function clientFor(url: string, overrides: Partial<LlmConfig> = {}): LlmClient {
  return new LlmClient(configFor(url, overrides));
}

/** The system prompt and the patient data message of a request. */
export function parts(messages: { role: string; content: string }[]) {
  const system = messages.filter((m) => m.role === "system").map((m) => m.content);
  const user = messages.filter((m) => m.role === "user").map((m) => m.content);
  return { system: system.join("\n"), user };
}
