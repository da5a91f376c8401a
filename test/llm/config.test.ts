import { describe, expect, it } from "vitest";
import { loadLlmConfig } from "../../src/llm/config.ts";
import { createLlmServices } from "../../src/llm/index.ts";

describe("LLM configuration", () => {
  it("is off with no model configured: createLlmServices returns undefined", () => {
    expect(createLlmServices({})).toBeUndefined();
    expect(createLlmServices({ LANTERN_MODEL: "m", LANTERN_LLM_SEND_PATIENT_TEXT: "true" })).toBe(
      undefined,
    );
  });

  it("needs a model name once a server or key is set", () => {
    expect(() => loadLlmConfig({ OPENAI_BASE_URL: "http://127.0.0.1:1/v1" })).toThrow(
      /LANTERN_MODEL/,
    );
  });

  it("names a bad variable", () => {
    expect(() => loadLlmConfig({ OPENAI_BASE_URL: "not a url", LANTERN_MODEL: "m" })).toThrow(
      /OPENAI_BASE_URL/,
    );
    expect(() =>
      loadLlmConfig({
        OPENAI_BASE_URL: "http://127.0.0.1:1/v1",
        LANTERN_MODEL: "m",
        LANTERN_LLM_TIMEOUT_MS: "soon",
      }),
    ).toThrow(/LANTERN_LLM_TIMEOUT_MS/);
  });

  it("refuses LangChain tracing, which would copy patient text to a third party", () => {
    expect(() =>
      loadLlmConfig({
        OPENAI_BASE_URL: "http://127.0.0.1:1/v1",
        LANTERN_MODEL: "m",
        LANGSMITH_TRACING: "true",
      }),
    ).toThrow(/tracing/);
  });

  it("defaults: patient text not sent, 8 s timeout, tool-call structured output", () => {
    const config = loadLlmConfig({ OPENAI_BASE_URL: "http://127.0.0.1:1/v1", LANTERN_MODEL: "m" });
    expect(config).toMatchObject({
      sendPatientText: false,
      timeoutMs: 8000,
      structuredMethod: "functionCalling",
      apiKey: "not-needed",
    });
  });

  it("without LANTERN_LLM_SEND_PATIENT_TEXT only the generator exists", () => {
    const base = { OPENAI_BASE_URL: "http://127.0.0.1:1/v1", LANTERN_MODEL: "m" };
    const off = createLlmServices(base);
    expect(off?.generator).toBeDefined();
    expect(off?.classifier ?? off?.assess ?? off?.understand ?? off?.summariser).toBeUndefined();
    const on = createLlmServices({ ...base, LANTERN_LLM_SEND_PATIENT_TEXT: "true" });
    expect(on?.classifier && on.assess && on.understand && on.summariser).toBeTruthy();
  });
});
