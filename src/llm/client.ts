import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { ChatPromptTemplate } from "@langchain/core/prompts";
import { ChatOpenAI } from "@langchain/openai";
import type { z } from "zod";
import { LanternError } from "../errors.ts";
import { parseTemplate, slotNames } from "../prompts/templates.ts";
import type { LlmConfig } from "./config.ts";
import { dataMessage } from "./patient-data.ts";

/** A prompt from prompts/llm/: front matter says what it is for and what it returns. */
export interface LlmPrompt {
  name: string;
  file: string;
  purpose: string;
  version: string;
  inputs: string[];
  /** Name of the zod schema (and tool) for structured output; absent for plain text. */
  output: string | undefined;
  template: ChatPromptTemplate;
  /** The same system text plus a data message, for calls that carry patient data. */
  withData: ChatPromptTemplate;
}

/**
 * Load every prompts/llm/*.md. Each needs front matter with purpose and version, and its
 * {{slots}} must be listed in `inputs`; a bad prompt stops start-up rather than a turn.
 */
export function loadLlmPrompts(dir: string): Map<string, LlmPrompt> {
  const prompts = new Map<string, LlmPrompt>();
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith(".md"));
  } catch (cause) {
    throw new LanternError("llm.prompts_missing", `no LLM prompts folder at ${dir}`, { cause });
  }
  for (const file of names) {
    const path = join(dir, file);
    const name = file.replace(/\.md$/, "");
    const parsed = parseTemplate(name, relative(process.cwd(), path), readFileSync(path, "utf8"));
    if ("message" in parsed)
      throw new LanternError(
        "llm.prompt_invalid",
        `${parsed.file}:${parsed.line}: ${parsed.message}`,
      );
    const { meta, body } = parsed;
    const inputs = meta.inputs ?? [];
    const unknown = slotNames(body).filter((slot) => !inputs.includes(slot));
    if (meta.version === undefined || unknown.length)
      throw new LanternError(
        "llm.prompt_invalid",
        `${parsed.file}: front matter needs a version and inputs listing ${unknown.join(", ") || "its slots"}`,
      );
    const output = typeof meta.output === "string" ? meta.output : undefined;
    // Mustache, so prompts use the same {{slot}} syntax as the rest of prompts/.
    const opts = { templateFormat: "mustache" as const };
    prompts.set(name, {
      name,
      file: parsed.file,
      purpose: meta.purpose as string,
      version: String(meta.version),
      inputs,
      output,
      template: ChatPromptTemplate.fromMessages([["system", body]], opts),
      withData: ChatPromptTemplate.fromMessages(
        [
          ["system", body],
          ["human", "{{{data}}}"],
        ],
        opts,
      ),
    });
  }
  return prompts;
}

/** The chat model: any OpenAI-compatible server, a short timeout and at most one retry. */
export function createChatModel(config: LlmConfig): ChatOpenAI {
  return new ChatOpenAI({
    model: config.model,
    apiKey: config.apiKey,
    configuration: config.baseURL ? { baseURL: config.baseURL } : {},
    timeout: config.timeoutMs,
    maxRetries: 1,
    temperature: 0.2,
  });
}

/** Values for a prompt's slots: configuration and catalogue text, never patient text. */
export type PromptVars = Record<string, string>;

/**
 * Calls one prompt from prompts/llm. Patient data, when given, goes only into the delimited
 * data message (see patient-data.ts); `vars` fill the system prompt's slots.
 */
export class LlmClient {
  readonly config: LlmConfig;
  readonly prompts: Map<string, LlmPrompt>;
  readonly model: BaseChatModel;

  constructor(config: LlmConfig, prompts?: Map<string, LlmPrompt>, model?: BaseChatModel) {
    this.config = config;
    this.prompts = prompts ?? loadLlmPrompts(join(config.promptsDir, "llm"));
    this.model = model ?? createChatModel(config);
  }

  prompt(name: string): LlmPrompt {
    const prompt = this.prompts.get(name);
    if (!prompt) throw new LanternError("llm.prompt_missing", `no prompt prompts/llm/${name}.md`);
    return prompt;
  }

  /** Plain text from a prompt. Rejects on timeout, abort or a server error. */
  async text(
    name: string,
    vars: PromptVars,
    data: Record<string, unknown> | undefined,
    signal?: AbortSignal,
  ): Promise<string> {
    const prompt = this.prompt(name);
    const chain = (data ? prompt.withData : prompt.template).pipe(this.model);
    const input = data ? { ...vars, data: dataMessage(data) } : vars;
    const message = await bounded((s) => chain.invoke(input, { signal: s }), this.#signal(signal));
    const content = message.content;
    return typeof content === "string"
      ? content
      : content.map((part) => ("text" in part ? String(part.text) : "")).join("");
  }

  /**
   * Structured output from a prompt whose front matter names an output schema, parsed again
   * by `schema` (the client's own parse is not trusted to have validated it). Rejects when
   * the model's answer does not fit.
   */
  async structured<T extends Record<string, unknown>>(
    name: string,
    schema: z.ZodType<T>,
    vars: PromptVars,
    data: Record<string, unknown> | undefined,
    signal?: AbortSignal,
  ): Promise<T> {
    const prompt = this.prompt(name);
    if (!prompt.output)
      throw new LanternError("llm.prompt_invalid", `${prompt.file}: front matter needs output`);
    const model = this.model.withStructuredOutput(schema, {
      name: prompt.output,
      method: this.config.structuredMethod,
    });
    const chain = (data ? prompt.withData : prompt.template).pipe(model);
    const input = data ? { ...vars, data: dataMessage(data) } : vars;
    const raw = await bounded((s) => chain.invoke(input, { signal: s }), this.#signal(signal));
    return schema.parse(raw);
  }

  #signal(signal: AbortSignal | undefined): AbortSignal {
    const timeout = AbortSignal.timeout(this.config.timeoutMs);
    return signal ? AbortSignal.any([signal, timeout]) : timeout;
  }
}

/** Run `work` but settle as soon as `signal` aborts, whatever the library does with it. */
async function bounded<T>(
  work: (signal: AbortSignal) => Promise<T>,
  signal: AbortSignal,
): Promise<T> {
  signal.throwIfAborted();
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(new LanternError("llm.timeout", "the model did not answer in time"));
    signal.addEventListener("abort", onAbort, { once: true });
  });
  try {
    return await Promise.race([work(signal), aborted]);
  } finally {
    if (onAbort) signal.removeEventListener("abort", onAbort);
  }
}
