import { z } from "zod";
import type { Flow } from "../flow/schema.ts";
import type { LlmClient } from "./client.ts";
import { failureKind, type LlmFeature, type LlmHealth } from "./health.ts";

// Understanding free text. Each answer is checked twice: by its zod schema, and against what
// exists (a flow id in the catalogue, a distortion on the list, a number the patient wrote).
// Anything that does not check out is "no answer", and the scripted path carries on.

/** The thinking traps from docs/clinical.md, with the ids the thought-record flow uses. */
export const DISTORTIONS = [
  {
    id: "all_or_nothing",
    label: "All or nothing",
    example: "If it's not perfect, it's a failure.",
  },
  { id: "overgeneralising", label: "Overgeneralising", example: "This always happens to me." },
  { id: "mental_filter", label: "Mental filter", example: "Seeing only the bad part." },
  {
    id: "discounting",
    label: "Discounting the positive",
    example: "That good thing doesn't count.",
  },
  { id: "mind_reading", label: "Mind reading", example: "They think I'm weak." },
  { id: "fortune_telling", label: "Fortune telling", example: "It will go badly." },
  { id: "catastrophising", label: "Catastrophising", example: "This pain will never end." },
  { id: "emotional_reasoning", label: "Emotional reasoning", example: "I feel it, so it's true." },
  { id: "shoulds", label: "Should statements", example: "I should be over this by now." },
  { id: "labelling", label: "Labelling", example: "I'm useless." },
  { id: "blame", label: "Blame (self or others)", example: "It's all my fault." },
] as const;
export type DistortionId = (typeof DISTORTIONS)[number]["id"];
const DISTORTION_IDS = DISTORTIONS.map((d) => d.id) as [DistortionId, ...DistortionId[]];

/** Below this confidence the router says "no flow" and the menu is shown as usual. */
export const MIN_ROUTE_CONFIDENCE = 0.6;

export const FlowRoute = z.object({
  flow: z.string().nullable(),
  confidence: z.number().min(0).max(1),
});

export const DistortionGuess = z.object({
  distortions: z.array(z.enum(DISTORTION_IDS)).max(3),
});

/** The flows a patient may be routed to: the menu's patient flows, never safety flows. */
export type RoutableFlow = Pick<Flow, "id" | "title" | "description"> &
  Partial<Pick<Flow, "menu" | "safety" | "audience">>;

/** What `extractAnswer` can read, matching an ask's `expect`. */
export type Expect = "scale" | "number" | "yes_no" | "choice" | "text";

export interface ExtractOptions {
  choices?: { id: string; label: string }[];
  min?: number;
  max?: number;
  signal?: AbortSignal;
}

const NUMBER_WORDS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
];

/** True when the reply states `n` itself, as digits or a word: a score is never guessed. */
function states(reply: string, n: number): boolean {
  const text = reply.toLowerCase();
  if (new RegExp(`(?<![\\d.])${String(n).replace(".", "\\.")}(?![\\d])`).test(text)) return true;
  const word = NUMBER_WORDS[n];
  return word !== undefined && new RegExp(`\\b${word}\\b`).test(text);
}

function answerSchema(expect: Exclude<Expect, "text">, options: ExtractOptions) {
  if (expect === "yes_no") return z.object({ found: z.boolean(), value: z.boolean().nullable() });
  if (expect === "choice") {
    const ids = (options.choices ?? []).map((c) => c.id);
    return z.object({ found: z.boolean(), value: z.enum(ids as [string, ...string[]]).nullable() });
  }
  const min = options.min ?? (expect === "scale" ? 0 : Number.MIN_SAFE_INTEGER);
  const max = options.max ?? (expect === "scale" ? 10 : Number.MAX_SAFE_INTEGER);
  const number = expect === "scale" ? z.number().int() : z.number();
  return z.object({ found: z.boolean(), value: number.min(min).max(max).nullable() });
}

/** The understanding features, bound to one client; all need LANTERN_LLM_SEND_PATIENT_TEXT. */
export interface Understanding {
  routeToFlow(text: string, flows: RoutableFlow[], signal?: AbortSignal): Promise<string | null>;
  classifyDistortions(
    thought: string,
    signal?: AbortSignal,
  ): Promise<{ id: DistortionId; label: string }[]>;
  extractAnswer(
    question: string,
    expect: Expect,
    reply: string,
    options?: ExtractOptions,
  ): Promise<{ value: number | boolean | string } | null>;
}

/**
 * Free-text understanding over `client`. Every function resolves to "no answer" (null or [])
 * on timeout, error or output that fails its checks; none of them throws.
 *
 * @example
 * await understanding.routeToFlow("I'm scared I'll lose control", catalog.list()) // "prep-fear"
 */
export function createUnderstanding(client: LlmClient, health?: LlmHealth): Understanding {
  // Count what the model failed at; "no answer" from the checks is not a failure.
  const ask = async <T>(
    feature: LlmFeature,
    signal: AbortSignal | undefined,
    call: () => Promise<T>,
  ): Promise<T> => {
    // While the model is failing, "no answer" at once (each caller catches this).
    if (health && !health.available()) throw new Error("llm skipped: failing");
    try {
      const answer = await call();
      health?.succeeded(feature);
      return answer;
    } catch (error) {
      // An abort from the engine (the patient moved on) is not the model's failure.
      if (!signal?.aborted) health?.failed(feature, failureKind(error));
      throw error;
    }
  };
  return {
    async routeToFlow(text, flows, signal) {
      const open = flows.filter((f) => !f.safety && (f.audience ?? "patient") === "patient");
      if (!text.trim() || !open.length) return null;
      const catalogue = open
        .map((f) => `${f.id}: ${oneLine(f.menu?.label ?? f.title)}. ${oneLine(f.description)}`)
        .join("\n");
      try {
        const route = await ask("route-flow", signal, () =>
          client.structured("route-flow", FlowRoute, { catalogue }, { message: text }, signal),
        );
        if (!route.flow || route.confidence < MIN_ROUTE_CONFIDENCE) return null;
        return open.some((f) => f.id === route.flow) ? route.flow : null;
      } catch {
        return null;
      }
    },

    async classifyDistortions(thought, signal) {
      if (!thought.trim()) return [];
      const distortions = DISTORTIONS.map((d) => `${d.id}: ${d.label}. "${d.example}"`).join("\n");
      try {
        const guess = await ask("classify-distortions", signal, () =>
          client.structured(
            "classify-distortions",
            DistortionGuess,
            { distortions },
            { thought },
            signal,
          ),
        );
        const ids = [...new Set(guess.distortions)];
        return ids
          .flatMap((id) => DISTORTIONS.filter((d) => d.id === id))
          .map(({ id, label }) => ({
            id,
            label,
          }));
      } catch {
        return [];
      }
    },

    async extractAnswer(question, expect, reply, options = {}) {
      if (!reply.trim()) return null;
      if (expect === "text") return { value: reply.trim() };
      if (expect === "choice" && !options.choices?.length) return null;
      const schema = answerSchema(expect, options);
      const choices = options.choices ?? [];
      const listed =
        expect === "choice"
          ? `The options, one a line as id: label.\n${choices.map((c) => `${c.id}: ${oneLine(c.label)}`).join("\n")}`
          : expect === "scale"
            ? `A whole number from ${options.min ?? 0} to ${options.max ?? 10}.`
            : "";
      try {
        const answer = await ask("extract-answer", options.signal, () =>
          client.structured(
            "extract-answer",
            schema as z.ZodType<{ found: boolean; value: number | boolean | string | null }>,
            { question: oneLine(question), expect, options: listed },
            { reply },
            options.signal,
          ),
        );
        if (!answer.found || answer.value === null) return null;
        if (typeof answer.value === "number" && !states(reply, answer.value)) return null;
        return { value: answer.value };
      } catch {
        return null;
      }
    },
  };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
