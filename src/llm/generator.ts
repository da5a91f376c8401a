import type { TextGenerator } from "../engine/types.ts";
import { renderSlots, slotNames } from "../prompts/templates.ts";
import { LlmClient } from "./client.ts";
import type { LlmConfig } from "./config.ts";
import { failureKind, type LlmHealth } from "./health.ts";
import { checkReply, MAX_REPLY_CHARS, type Rejection } from "./output-checks.ts";

/** Scopes that hold what the patient said or answered: sent only as delimited data. */
const PATIENT_SCOPES = new Set(["user", "session", "flow", "turn"]);

/** What happened to one generate call; never carries patient or generated text. */
export interface LlmEvent {
  feature: string;
  outcome: "ok" | "rejected" | "failed" | "skipped";
  why?: Rejection | "error" | "patient_text_not_allowed";
}

export interface GeneratorOptions {
  client?: LlmClient;
  maxChars?: number;
  /** Told about each call's outcome (for logs and metrics). */
  onEvent?: (event: LlmEvent) => void;
  /** Counts failed calls; the scripted fallback is sent either way. */
  health?: LlmHealth;
}

function lookup(values: Record<string, unknown>, name: string): unknown {
  let value: unknown = values;
  for (const part of name.split(".")) {
    value =
      value && typeof value === "object" ? (value as Record<string, unknown>)[part] : undefined;
  }
  return value;
}

const LANGUAGE_NAMES = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });

/** "es-US" -> "Spanish": the model is told in words which language the patient reads. */
export function languageName(locale: string | undefined): string {
  const language = locale?.split("-")[0];
  if (!language) return "English";
  try {
    return LANGUAGE_NAMES.of(language) ?? "English";
  } catch {
    return "English";
  }
}

/**
 * Split a flow's generate prompt into the task text for the system message and the patient
 * data it refers to. Slots in patient scopes become references ("[data: flow.intention]") and
 * their values go to the data message; other slots (clinic.*) are filled in place.
 */
export function splitPrompt(
  prompt: string,
  input: Record<string, unknown>,
): { task: string; data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  for (const slot of slotNames(prompt)) {
    if (!PATIENT_SCOPES.has(slot.split(".")[0] ?? "")) continue;
    const value = lookup(input, slot);
    data[slot] = value === undefined || value === null ? "" : value;
  }
  const referenced = prompt.replace(
    /\{\{\s*((?:user|session|flow|turn)\.[a-z0-9_.]+)\s*\}\}/gi,
    (_, name: string) => `[data: ${name}]`,
  );
  return { task: renderSlots(referenced, input), data };
}

/**
 * A TextGenerator for `generate` steps: a short reflective reply from the step's prompt,
 * checked by every guardrail in output-checks.ts. Returns null (the engine then sends the
 * step's scripted fallback) on timeout, error, abort or any failed check. A prompt that needs
 * patient data is skipped unless LANTERN_LLM_SEND_PATIENT_TEXT is on.
 *
 * @example
 * const llm = createTextGenerator(config); // EngineServices.llm
 */
export function createTextGenerator(
  config: LlmConfig,
  options: GeneratorOptions = {},
): TextGenerator {
  let client = options.client;
  const maxChars = options.maxChars ?? MAX_REPLY_CHARS;
  const emit = (event: LlmEvent) => options.onEvent?.(event);
  return {
    async generate(prompt, input, signal, context) {
      const { task, data } = splitPrompt(prompt, input);
      const needsPatientText = Object.keys(data).length > 0;
      if (needsPatientText && !config.sendPatientText) {
        emit({ feature: "generate", outcome: "skipped", why: "patient_text_not_allowed" });
        return null;
      }
      if (options.health && !options.health.available()) {
        emit({ feature: "generate", outcome: "failed", why: "error" });
        return null;
      }
      let raw: string;
      try {
        client ??= new LlmClient(config);
        raw = await client.text(
          "generate-reply",
          { task, max_chars: String(maxChars), language: languageName(context?.locale) },
          needsPatientText ? data : undefined,
          signal,
        );
      } catch (error) {
        // An abort from the engine (the patient moved on) is not the model's failure.
        if (!signal?.aborted) options.health?.failed("generate", failureKind(error));
        emit({ feature: "generate", outcome: "failed", why: "error" });
        return null;
      }
      options.health?.succeeded("generate");
      const checked = checkReply(raw, maxChars);
      if (!checked.ok) {
        emit({ feature: "generate", outcome: "rejected", why: checked.why });
        return null;
      }
      emit({ feature: "generate", outcome: "ok" });
      return checked.text;
    },
  };
}
