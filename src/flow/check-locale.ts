import { join, relative } from "node:path";
import { slotNames, type Template } from "../prompts/templates.ts";
import { dosingAdvice } from "./content-checks.ts";
import type { LoadedFlow } from "./load.ts";
import { messageKeys, OPTIONAL_KEYS, type Translations } from "./locale-messages.ts";
import type { Problem } from "./problems.ts";
import { dosingAdviceEs, fernandezHuerta, MIN_EASE_ES, sentencesEs } from "./reading-level-es.ts";
import type { Text } from "./schema.ts";
import { checkPublishedWording } from "./wording-check-es.ts";

// `lantern flows check` per language (docs/i18n.md): every flows/<lang>/<id>.yaml against its
// English flow, every prompts/<lang>/ template against the English one, and the content rules
// (dosing language, reading ease, published questionnaire wording) on the translated words.

/** Errors fail the check; warnings are printed and do not. */
export interface LocaleReport {
  errors: Problem[];
  warnings: Problem[];
}

export interface LocaleCheckOptions {
  /** Every template, English and translated ("es/system/help"). */
  templates: Map<string, Template>;
  /** Templates the engine sends by itself (system/*). */
  requiredTemplates?: readonly string[];
  /** A flow or engine template with no translation yet is an error, not a warning. */
  strict?: boolean;
  /** Where flows/ is, to name a missing translation file. */
  flowsDir?: string;
}

const sameSlots = (a: string, b: string) => {
  const x = new Set(slotNames(a));
  const y = new Set(slotNames(b));
  return x.size === y.size && [...x].every((s) => y.has(s));
};
const slotList = (text: string) => [...new Set(slotNames(text))].sort().join(", ") || "none";

/** Templates a flow sends (generate prompts are model instructions and stay English). */
function templatesUsed(loaded: LoadedFlow): Set<string> {
  const used = new Set<string>();
  const add = (text: Text | undefined) => {
    if (text && typeof text !== "string") used.add(text.template);
  };
  for (const step of loaded.flow.steps) {
    if (step.kind === "say") add(step.say);
    if (step.kind === "generate") add(step.generate.fallback);
    if (step.kind !== "ask") continue;
    add(step.ask);
    add(step.retries?.say);
    add(step.timeout?.say);
    for (const rule of step.reject ?? []) add(rule.say);
  }
  return used;
}

/** Every per-language problem; a language is a folder flows/<lang>/. */
export function checkTranslations(
  flows: LoadedFlow[],
  translations: Translations,
  options: LocaleCheckOptions,
): LocaleReport {
  const report: LocaleReport = { errors: [], warnings: [] };
  const flowsDir = (options.flowsDir ?? "flows").replace(/\/+$/, "").replace(/^\.\//, "");
  for (const [language, byFlow] of translations) {
    const gap = (p: Problem) => (options.strict ? report.errors : report.warnings).push(p);
    const byId = new Map(flows.map((f) => [f.flow.id, f]));
    for (const [id, translation] of byFlow) {
      const { source } = translation;
      if (!byId.has(id))
        report.errors.push({
          file: source.file,
          line: source.lineOf(["flow"]),
          message: `no flow "${id}" in ${flowsDir}/: delete this translation or fix its flow:`,
        });
    }
    const needed = new Map<string, string>();
    for (const loaded of flows) {
      const translation = byFlow.get(loaded.flow.id);
      if (!translation) {
        gap({
          file: relative(process.cwd(), join(flowsDir, language, `${loaded.flow.id}.yaml`)),
          line: 1,
          message: `${options.strict ? "" : "warning: "}${loaded.flow.id} has no ${language} translation yet; it runs in English for ${language} patients`,
        });
        continue;
      }
      if (translation.unavailable) {
        if (loaded.flow.safety)
          report.errors.push({
            file: translation.source.file,
            line: translation.source.lineOf(["unavailable"]),
            message: `${loaded.flow.id} is a safety flow: it must be translated, never unavailable`,
          });
        needed.set("system/measure-unavailable", translation.source.file);
        continue;
      }
      for (const name of templatesUsed(loaded)) needed.set(name, loaded.source.file);
      report.errors.push(...checkMessages(loaded, translation.messages, translation.source));
      report.errors.push(...checkPublishedWording(language, loaded.flow.id, translation));
    }
    for (const [name, user] of needed) {
      if (!options.templates.has(`${language}/${name}`))
        gap({
          file: `prompts/${language}/${name}.md`,
          line: 1,
          message: `${options.strict ? "" : "warning: "}missing: ${user} sends template "${name}"; translate it here`,
        });
    }
    for (const name of options.requiredTemplates ?? []) {
      if (needed.has(name)) continue;
      if (!options.templates.has(`${language}/${name}`))
        gap({
          file: `prompts/${language}/${name}.md`,
          line: 1,
          message: `${options.strict ? "" : "warning: "}the engine sends "${name}"; no ${language} translation yet (English is sent)`,
        });
    }
    report.errors.push(...checkTemplates(language, options.templates));
    for (const p of contentProblems(language, byFlow, options.templates)) {
      (p.message.startsWith("warning:") ? report.warnings : report.errors).push(p);
    }
  }
  return report;
}

/** Missing and extra keys, and slots that differ from English. */
function checkMessages(
  loaded: LoadedFlow,
  messages: Record<string, string>,
  source: LoadedFlow["source"],
): Problem[] {
  const problems: Problem[] = [];
  const keys = messageKeys(loaded.flow);
  const english = loaded.source.file;
  for (const [key, slot] of keys) {
    const text = messages[key];
    if (text === undefined) {
      problems.push({
        file: source.file,
        line: source.lineOf(["messages"]),
        message: `missing message "${key}" (${english}:${loaded.source.lineOf(slot.path)}: "${slot.text.slice(0, 60)}")`,
      });
    } else if (!sameSlots(slot.text, text)) {
      problems.push({
        file: source.file,
        line: source.lineOf(["messages", key]),
        message: `"${key}" has slots {${slotList(text)}} but English has {${slotList(slot.text)}}`,
      });
    }
  }
  for (const key of Object.keys(messages)) {
    if (keys.has(key) || OPTIONAL_KEYS.has(key)) continue;
    const stepId = key.split(".")[0] ?? "";
    const why = loaded.flow.order.includes(stepId)
      ? "that step has no such text or choice"
      : `no step "${stepId}"`;
    problems.push({
      file: source.file,
      line: source.lineOf(["messages", key]),
      message: `extra message "${key}": ${why} in ${english}`,
    });
  }
  return problems;
}

/** prompts/<lang>/: an English twin, the same front matter keys and slots; llm/ stays English. */
function checkTemplates(language: string, templates: Map<string, Template>): Problem[] {
  const problems: Problem[] = [];
  const prefix = `${language}/`;
  for (const [name, template] of templates) {
    if (!name.startsWith(prefix)) continue;
    const base = name.slice(prefix.length);
    const at = (message: string) => problems.push({ file: template.file, line: 1, message });
    if (base.startsWith("llm/")) {
      at("prompts/llm is not translated: model instructions stay in English");
      continue;
    }
    const english = templates.get(base);
    if (!english) {
      if (base !== "system/measure-unavailable")
        at(`no English template prompts/${base}.md to translate`);
      continue;
    }
    const keys = (t: Template) => Object.keys(t.meta).sort().join(", ");
    if (keys(english) !== keys(template))
      at(`front matter keys {${keys(template)}} differ from English {${keys(english)}}`);
    if (!sameSlots(english.body, template.body))
      at(`slots {${slotList(template.body)}} differ from English {${slotList(english.body)}}`);
  }
  return problems;
}

function textProblems(file: string, line: number, where: string, text: string): Problem[] {
  const problems: Problem[] = [];
  for (const sentence of sentencesEs(text)) {
    // Spanish rules, and the English ones for English words in a Spanish message ("mg", "take 2 pills").
    const why = dosingAdviceEs(sentence) ?? dosingAdvice(sentence);
    if (why)
      problems.push({
        file,
        line,
        message: `${where}: dosing or medication advice (${why}): "${sentence}". Lantern never suggests or changes a dose or medication`,
      });
  }
  const ease = fernandezHuerta(text);
  if (ease && ease.ease < MIN_EASE_ES)
    problems.push({
      file,
      line,
      message: `warning: ${where}: Fernández-Huerta ease ${ease.ease} (below ${MIN_EASE_ES}; aim for 60+): use shorter sentences and words`,
    });
  return problems;
}

/** Dosing language (English and Spanish rules) and reading ease on the translated words. */
function contentProblems(
  language: string,
  byFlow: Translations extends Map<string, infer V> ? V : never,
  templates: Map<string, Template>,
): Problem[] {
  if (language !== "es") return [];
  const problems: Problem[] = [];
  for (const translation of byFlow.values()) {
    for (const [key, text] of Object.entries(translation.messages)) {
      const verbatim =
        /^(?:q\d+|q6_when|stem|difficulty)\./.test(key) &&
        /phq9|gad7|crisis-screener/.test(translation.flow);
      const line = translation.source.lineOf(["messages", key]);
      for (const p of textProblems(translation.source.file, line, `"${key}"`, text))
        if (!(verbatim && p.message.startsWith("warning:"))) problems.push(p);
    }
  }
  for (const [name, template] of templates) {
    if (!name.startsWith(`${language}/`)) continue;
    problems.push(...textProblems(template.file, template.bodyLine, "template", template.body));
  }
  return problems;
}
