import type { AskStep } from "../flow/schema.ts";
import type { Choice } from "./state.ts";
import type { Inbound } from "./types.ts";

/** A parsed answer, or why the reply did not answer the question. */
export type Answer = { ok: true; value: string | number | boolean } | { ok: false };

// Spanish too (matched after accents are dropped, so "sí" = "si"): sí, claro, por supuesto, de acuerdo.
const YES =
  /^(y|yes|yeah|yep|yup|ya|sure|ok|okay|of course|definitely|i do|i did|true|si|claro|por supuesto|de acuerdo|oui|ja)\b/i;
const NO =
  /^(n|no|nope|nah|not really|no thanks|i don't|i do not|i didn't|never|false|nunca|para nada|todavia no|non|nein)\b/i;

export const YES_NO_CHOICES: Choice[] = [
  { id: "yes", label: "Yes" },
  { id: "no", label: "No" },
];

/** The choices an ask offers, with ids and labels; yes/no questions get Yes and No. */
export function choicesOf(step: AskStep): Choice[] {
  if (step.expect === "yes_no" && !step.choices) return YES_NO_CHOICES;
  return (step.choices ?? []).map((choice) =>
    typeof choice === "string"
      ? { id: slugify(choice), label: choice }
      : { id: choice.id, label: choice.label },
  );
}

export function slugify(label: string): string {
  return (
    label
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^_|_$/g, "")
      .slice(0, 40) || "choice"
  );
}

/** The value stored for a choice: its declared `value`, else its id. */
function choiceValue(step: AskStep, id: string): string | number {
  for (const choice of step.choices ?? []) {
    if (typeof choice !== "string" && choice.id === id && choice.value !== undefined)
      return choice.value;
  }
  return id;
}

/** US and UK spellings read alike: catastrophizing = catastrophising, labeling = labelling. */
export function spelling(text: string): string {
  // Accents dropped too: "si" = "sí", "rapido" = "Rápido" (ñ stays n, as patients type it).
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/z/g, "s")
    .replace(/ll/g, "l");
}

/** Match typed text to a choice: its number in the list, its id, its label, or a unique label prefix. */
export function matchChoice(choices: Choice[], text: string): Choice | undefined {
  const typed = spelling(text.trim().replace(/[.!)\s]+$/, ""));
  if (!typed) return undefined;
  if (/^\d+$/.test(typed)) return choices[Number(typed) - 1];
  const exact = choices.find((c) => spelling(c.id) === typed || spelling(c.label) === typed);
  if (exact) return exact;
  if (typed.length < 3) return undefined;
  const prefixed = choices.filter((c) => spelling(c.label).startsWith(typed));
  return prefixed.length === 1 ? prefixed[0] : undefined;
}

/** A typed number in the list, or a whole label or id; free words stay free text. */
function matchShown(choices: Choice[], text: string): Choice | undefined {
  const typed = spelling(text.trim().replace(/[.!)\s]+$/, ""));
  if (/^\d+$/.test(typed)) return choices[Number(typed) - 1];
  return choices.find((c) => spelling(c.id) === typed || spelling(c.label) === typed);
}

function firstNumber(text: string): number | undefined {
  const match = /-?\d+(?:[.,]\d+)?/.exec(text);
  return match ? Number(match[0].replace(",", ".")) : undefined;
}

/** Parse an inbound reply as the answer to `step`. Buttons are matched by id, text by meaning. */
export function parseAnswer(step: AskStep, inbound: Inbound): Answer {
  const choices = choicesOf(step);
  if (inbound.kind === "choice" && inbound.choice) {
    const picked = choices.find((c) => c.id === inbound.choice?.id);
    // Scale pads send the number itself as the button id.
    if (!picked && (step.expect === "scale" || step.expect === "number"))
      return parseNumber(step, inbound.choice.id);
    if (!picked) return { ok: false };
    if (step.expect === "yes_no") return { ok: true, value: picked.id === "yes" };
    if (step.expect === "scale" || step.expect === "number") return parseNumber(step, picked.id);
    return { ok: true, value: choiceValue(step, picked.id) };
  }
  const text = (inbound.text ?? "").trim();
  switch (step.expect) {
    case "text": {
      if (!text) return { ok: false };
      // "Tap one, or write your own": a typed number or a label means the choice shown.
      const picked = choices.length ? matchShown(choices, text) : undefined;
      return { ok: true, value: picked ? choiceValue(step, picked.id) : text };
    }
    case "number":
    case "scale":
      return parseNumber(step, text);
    case "yes_no": {
      const picked = matchChoice(choices, text);
      if (picked && step.choices) return { ok: true, value: picked.id === "yes" };
      const bare = text.normalize("NFD").replace(/\p{M}/gu, "");
      if (YES.test(bare) || picked?.id === "yes") return { ok: true, value: true };
      if (NO.test(bare) || picked?.id === "no") return { ok: true, value: false };
      return { ok: false };
    }
    case "choice": {
      const picked = matchChoice(choices, text);
      return picked ? { ok: true, value: choiceValue(step, picked.id) } : { ok: false };
    }
  }
}

function parseNumber(step: AskStep, text: string): Answer {
  const value = firstNumber(text);
  if (value === undefined || !Number.isFinite(value)) return { ok: false };
  if (step.expect === "scale") {
    const min = step.min ?? 0;
    const max = step.max ?? 10;
    if (!Number.isInteger(value) || value < min || value > max) return { ok: false };
  } else if (
    (step.min !== undefined && value < step.min) ||
    (step.max !== undefined && value > step.max)
  ) {
    return { ok: false };
  }
  return { ok: true, value };
}
