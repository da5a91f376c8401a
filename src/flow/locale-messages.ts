import { readFileSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join, relative } from "node:path";
import { z } from "zod";
import type { Problem } from "./problems.ts";
import type { Flow, Step, Text } from "./schema.ts";
import type { YamlSource } from "./source.ts";
import { cachedYamlSource } from "./source-cache.ts";

// A flow's words in another language: flows/<lang>/<id>.yaml, a flat map of message keys
// (docs/i18n.md). The flow's logic stays in the English file; these only replace its texts.

/** The language every flow is written in, and the fallback for a language with no directory. */
export const SOURCE_LANGUAGE = "en";

/** A translation directory's name: a two-letter language code ("es"). */
export const LANGUAGE_DIR = /^[a-z]{2}$/;

const TranslationFile = z
  .strictObject({
    flow: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, "a flow id"),
    locale: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, "a language like es"),
    messages: z.record(z.string(), z.string().trim().min(1, "text must not be empty")).optional(),
    unavailable: z.string().trim().min(1).optional(),
  })
  .refine((t) => Boolean(t.messages) !== Boolean(t.unavailable), {
    message: "a translation has either messages or unavailable (a reason), not both",
  });

/** One flow's words in one language, as read from its file. */
export interface FlowTranslation {
  flow: string;
  language: string;
  messages: Record<string, string>;
  /** Set when the flow is not offered in this language (a measure with no published version). */
  unavailable?: string;
  source: YamlSource;
}

/** Translations by language, then by flow id. */
export type Translations = Map<string, Map<string, FlowTranslation>>;

/** Yes / No labels of a yes_no question without its own choices, per language. */
export const YES_NO_LABELS: Record<string, [string, string]> = {
  en: ["Yes", "No"],
  es: ["Sí", "No"],
};

/** The id of a choice written as a plain string; must equal the engine's `slugify`. */
export function choiceId(choice: string | { id: string }): string {
  if (typeof choice !== "string") return choice.id;
  return (
    choice
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^_|_$/g, "")
      .slice(0, 40) || "choice"
  );
}

/** A message a translation must have: the English text and where it is in the flow file. */
export interface MessageSlot {
  text: string;
  /** Path in the English flow's YAML, for file:line. */
  path: PropertyKey[];
}

/** Every translatable message of a flow, keyed as in docs/i18n.md; templates have no key. */
export function messageKeys(flow: Flow): Map<string, MessageSlot> {
  const keys = new Map<string, MessageSlot>();
  const put = (key: string, text: Text | undefined, path: PropertyKey[]) => {
    if (typeof text === "string") keys.set(key, { text, path });
  };
  put("title", flow.title, ["title"]);
  if (flow.menu) put("menu", flow.menu.label, ["menu", "label"]);
  flow.steps.forEach((step, index) => {
    const id = step.id as string;
    const at = (...rest: PropertyKey[]) => ["steps", index, ...rest];
    if (step.kind === "say") put(`${id}.say`, step.say, at("say"));
    if (step.kind === "generate") put(`${id}.fallback`, step.generate.fallback, at("generate"));
    if (step.kind !== "ask") return;
    put(`${id}.ask`, step.ask, at("ask"));
    put(`${id}.retry`, step.retries?.say, at("retries", "say"));
    put(`${id}.timeout`, step.timeout?.say, at("timeout", "say"));
    for (const [i, rule] of (step.reject ?? []).entries())
      put(`${id}.reject.${i}`, rule.say, at("reject", i, "say"));
    step.choices?.forEach((choice, i) => {
      const label = typeof choice === "string" ? choice : choice.label;
      put(`${id}.choice.${choiceId(choice)}`, label, at("choices", i));
    });
  });
  return keys;
}

/** Keys a translation may have besides the required ones. */
export const OPTIONAL_KEYS = new Set(["description"]);

/**
 * The flow with its words in `translation`'s language: same steps, ids, conditions and hash
 * (so a pinned conversation keeps its place), texts replaced. A key the file lacks keeps the
 * English text; `flows check` reports it, so that happens only with an unchecked file.
 */
export function localiseFlow(flow: Flow, translation: FlowTranslation | undefined): Flow {
  if (!translation) return flow;
  if (translation.unavailable) return unavailableFlow(flow);
  const m = translation.messages;
  const text = (key: string, english: Text): Text =>
    typeof english === "string" ? (m[key] ?? english) : english;
  const steps = flow.steps.map((step): Step => localiseStep(step, text, translation.language));
  return {
    ...flow,
    title: m.title ?? flow.title,
    description: m.description ?? flow.description,
    ...(flow.menu ? { menu: { ...flow.menu, label: m.menu ?? flow.menu.label } } : {}),
    steps,
  };
}

function localiseStep(step: Step, text: (key: string, t: Text) => Text, language: string): Step {
  const id = step.id as string;
  switch (step.kind) {
    case "say":
      return { ...step, say: text(`${id}.say`, step.say) };
    case "generate":
      return {
        ...step,
        generate: { ...step.generate, fallback: text(`${id}.fallback`, step.generate.fallback) },
      };
    case "ask": {
      const out = { ...step, ask: text(`${id}.ask`, step.ask) };
      if (step.retries)
        out.retries = { ...step.retries, say: text(`${id}.retry`, step.retries.say) };
      if (step.timeout?.say)
        out.timeout = { ...step.timeout, say: text(`${id}.timeout`, step.timeout.say) };
      if (step.reject)
        out.reject = step.reject.map((r, i) => ({ ...r, say: text(`${id}.reject.${i}`, r.say) }));
      if (step.choices) {
        out.choices = step.choices.map((choice) => {
          const cid = choiceId(choice);
          const label = typeof choice === "string" ? choice : choice.label;
          const base = typeof choice === "string" ? { id: cid, label } : choice;
          return { ...base, label: text(`${id}.choice.${cid}`, label) as string };
        });
      } else if (step.expect === "yes_no") {
        const [yes, no] = YES_NO_LABELS[language] ?? (YES_NO_LABELS.en as [string, string]);
        out.choices = [
          { id: "yes", label: yes },
          { id: "no", label: no },
        ];
      }
      return out;
    }
    default:
      return step;
  }
}

/** What a patient gets for a flow that is not offered in their language: one scripted note. */
export function unavailableFlow(flow: Flow): Flow {
  const { menu: _menu, ...rest } = flow;
  return {
    ...rest,
    hash: `${flow.hash}-unavailable`,
    vars: {},
    steps: [{ kind: "say", id: "unavailable", say: { template: "system/measure-unavailable" } }],
    order: ["unavailable"],
  };
}

/** Read every flows/<lang>/*.yaml under `flowsDir`; problems carry file:line. */
export async function loadTranslations(
  flowsDir: string,
  cwd = process.cwd(),
): Promise<{ translations: Translations; problems: Problem[] }> {
  const translations: Translations = new Map();
  const problems: Problem[] = [];
  const dirs = await readdir(flowsDir, { withFileTypes: true }).catch(() => []);
  for (const dir of dirs) {
    if (!dir.isDirectory() || !LANGUAGE_DIR.test(dir.name)) continue;
    const language = dir.name;
    const byFlow = new Map<string, FlowTranslation>();
    translations.set(language, byFlow);
    const files = await readdir(join(flowsDir, language)).catch(() => []);
    for (const name of files.filter((f) => /\.ya?ml$/.test(f)).sort()) {
      const path = join(flowsDir, language, name);
      const file = relative(cwd, path) || path;
      const source = cachedYamlSource(file, readFileSync(path, "utf8"));
      if (source.problems.length) {
        problems.push(...source.problems);
        continue;
      }
      const parsed = TranslationFile.safeParse(source.data);
      if (!parsed.success) {
        for (const issue of parsed.error.issues)
          problems.push({
            file,
            line: source.lineOf(issue.path),
            message: `${issue.path.length ? `${issue.path.join(".")}: ` : ""}${issue.message}`,
          });
        continue;
      }
      const { flow, locale, messages, unavailable } = parsed.data;
      if (locale.split("-")[0] !== language)
        problems.push({
          file,
          line: source.lineOf(["locale"]),
          message: `locale "${locale}" is not the directory's language "${language}"`,
        });
      const expected = name.replace(/\.ya?ml$/, "");
      if (flow !== expected)
        problems.push({
          file,
          line: source.lineOf(["flow"]),
          message: `flow "${flow}" in a file named ${name}: name the file ${flow}.yaml`,
        });
      byFlow.set(flow, {
        flow,
        language,
        messages: messages ?? {},
        ...(unavailable ? { unavailable } : {}),
        source,
      });
    }
  }
  return { translations, problems };
}
