import { choiceId, SOURCE_LANGUAGE } from "../flow/locale-messages.ts";
import type { Flow } from "../flow/schema.ts";
import { BAND_LABELS_ES } from "../measures/wording-es.ts";

// Stored values stay as written (English choice values and band ids, for the brief, exports and
// conditions); only what a patient reads in another language is shown in that language.

/** How a slot's value is shown: `renderSlots` calls it per `{{name}}`, with the text before it. */
export type SlotDisplay = (name: string, value: unknown, before?: string) => unknown;

/** Measure band ids ("mild") in words of each translated language. */
const BAND_LABELS: Record<string, Readonly<Record<string, string>>> = { es: BAND_LABELS_ES };

/** Slots that hold the patient's answers; other slots (clinic.*, crisis.*) are facts. */
const ANSWER_SCOPE = /^(user|session|flow)\./;
/** Slots whose values other flows may have set (user.goal_sleep from prep-lifestyle's flow.pick). */
const SHARED_SCOPE = /^(user|session)\./;
const NUMBER = /^-?\d+(?:[.,]\d+)?$/;

/** Stored choice value -> its label, per (localised) flow; flows are immutable, so cache by identity. */
const labelsByFlow = new WeakMap<Flow, Map<string, string>>();

/** A flow's choices as stored value (declared `value`, else id) -> label in the flow's words. */
export function choiceLabels(flow: Flow): Map<string, string> {
  let labels = labelsByFlow.get(flow);
  if (labels) return labels;
  labels = new Map();
  for (const step of flow.steps) {
    if (step.kind !== "ask" || !step.choices) continue;
    for (const choice of step.choices) {
      const value =
        typeof choice === "string" ? choiceId(choice) : String(choice.value ?? choice.id);
      const label = typeof choice === "string" ? choice : choice.label;
      if (!labels.has(value)) labels.set(value, label);
    }
  }
  labelsByFlow.set(flow, labels);
  return labels;
}

/**
 * The display step for a patient reading `language`: a band id becomes its word, and a value
 * that came from a choice becomes that choice's label, looked up first in the flow being
 * rendered, then (user.* and session.* only) in every flow, since those are copied across
 * flows (user.goal_sleep from prep-lifestyle's flow.pick). English needs none: its values were
 * written for its sentences.
 *
 * @param flows the localised flows (a locale view's `list()`), read only when needed
 */
export function slotDisplay(
  language: string,
  flow: Flow | undefined,
  flows: () => Flow[],
): SlotDisplay | undefined {
  if (language === SOURCE_LANGUAGE) return undefined;
  const bands = BAND_LABELS[language];
  let all: Flow[] | undefined;
  const label = (name: string, value: string): string | undefined => {
    const own = flow && choiceLabels(flow).get(value);
    if (own) return own;
    // flow.* belongs to the flow being shown (the same name means other things elsewhere), and
    // a number ("4") is an answer in its own right: only the flow's own choices rename them.
    if (!SHARED_SCOPE.test(name) || NUMBER.test(value)) return undefined;
    all ??= flows();
    for (const other of all) {
      const found = choiceLabels(other).get(value);
      if (found) return found;
    }
    return undefined;
  };
  const one = (name: string, value: unknown, before: string): unknown => {
    if (typeof value !== "string" || !value) return value;
    if (name === "band" || name.endsWith(".band")) return bands?.[value] ?? value;
    // Clinic facts, crisis lines and turn text are already in the patient's words.
    const found = ANSWER_SCOPE.test(name) ? label(name, value) : undefined;
    if (!found) return value;
    return MID_SENTENCE.test(before) ? inSentence(found) : found;
  };
  return (name, value, before = "") =>
    Array.isArray(value) ? value.map((v) => one(name, v, before)) : one(name, value, before);
}

/** Text ending in a word or a comma: a slot there is inside a sentence ("minutos de {{x}}"). */
const MID_SENTENCE = /[\p{L}\p{N},]\s*$/u;

/** A button label inside a sentence: "Caminar" -> "caminar"; "GIF" and "PHQ-9" stay. */
function inSentence(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label[0]?.toLowerCase() + label.slice(1) : label;
}
