import { z } from "zod";
import { LanternError } from "../errors.ts";

const flag = z
  .enum(["true", "false", "1", "0", "yes", "no", ""])
  .default("false")
  .transform((v) => v === "true" || v === "1" || v === "yes");

/** Environment variables for the optional language model; all are off unless set. */
export const LlmEnvSchema = z.object({
  /** The API key; a local server (Ollama, vLLM, llama.cpp) usually needs none. */
  OPENAI_API_KEY: z.string().min(1).optional(),
  /** Any OpenAI-compatible server, e.g. http://127.0.0.1:11434/v1; the OpenAI API when unset. */
  OPENAI_BASE_URL: z.url().optional(),
  /** The model name the server knows; required once a model is configured. */
  LANTERN_MODEL: z.string().min(1).optional(),
  /** Patient text goes to the model only when this is on; features that need it are off otherwise. */
  LANTERN_LLM_SEND_PATIENT_TEXT: flag,
  /** Longest wait for one model call, in milliseconds; then the scripted fallback is used. */
  LANTERN_LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(8000),
  /** How structured output is asked for: tool calls, a JSON schema, or plain JSON mode. */
  LANTERN_LLM_STRUCTURED: z
    .enum(["functionCalling", "jsonSchema", "jsonMode"])
    .default("functionCalling"),
  LANTERN_PROMPTS: z.string().min(1).default("./prompts"),
  // LangChain tracing would copy every prompt (patient text included) to LangSmith.
  LANGSMITH_TRACING: flag,
  LANGCHAIN_TRACING_V2: flag,
});

/** Validated model configuration: present only when a model is configured. */
export interface LlmConfig {
  apiKey: string;
  baseURL: string | undefined;
  model: string;
  sendPatientText: boolean;
  timeoutMs: number;
  structuredMethod: "functionCalling" | "jsonSchema" | "jsonMode";
  /** Folder of prompts; LLM prompts are read from its llm/ subfolder. */
  promptsDir: string;
}

/**
 * Read the model configuration from an environment. Undefined when neither OPENAI_BASE_URL
 * nor OPENAI_API_KEY is set (Lantern then runs fully scripted); throws a LanternError naming
 * each bad variable otherwise.
 */
export function loadLlmConfig(env: Record<string, string | undefined>): LlmConfig | undefined {
  const parsed = LlmEnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new LanternError(
      "config.llm_invalid",
      `Language model configuration:\n${lines.join("\n")}`,
    );
  }
  const e = parsed.data;
  if (!e.OPENAI_BASE_URL && !e.OPENAI_API_KEY) return undefined;
  if (!e.LANTERN_MODEL)
    throw new LanternError(
      "config.llm_invalid",
      "Language model configuration:\n  LANTERN_MODEL: required when OPENAI_BASE_URL or OPENAI_API_KEY is set",
    );
  if (e.LANGSMITH_TRACING || e.LANGCHAIN_TRACING_V2)
    throw new LanternError(
      "config.llm_invalid",
      "Language model configuration:\n  LANGSMITH_TRACING / LANGCHAIN_TRACING_V2: must be off, tracing would send patient text to a third party",
    );
  return {
    // The openai client insists on a key; local servers ignore it.
    apiKey: e.OPENAI_API_KEY ?? "not-needed",
    baseURL: e.OPENAI_BASE_URL,
    model: e.LANTERN_MODEL,
    sendPatientText: e.LANTERN_LLM_SEND_PATIENT_TEXT,
    timeoutMs: e.LANTERN_LLM_TIMEOUT_MS,
    structuredMethod: e.LANTERN_LLM_STRUCTURED,
    promptsDir: e.LANTERN_PROMPTS,
  };
}
