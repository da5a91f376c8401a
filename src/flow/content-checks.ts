import type { Template } from "../prompts/templates.ts";
import { dosingAdvice } from "./dosing-rules.ts";
import type { LoadedFlow } from "./load.ts";
import type { Problem } from "./problems.ts";
import { MAX_GRADE, readingGrade, sentencesOf, withoutVerbatim } from "./reading-grade.ts";
import type { Text } from "./schema.ts";

// Content rules for patient-facing text, run by `lantern flows check` next to the structural
// checks: no dosing or medication advice (Lantern never chooses, suggests or changes a dose or
// medication; the rules are in dosing-rules.ts), and a reading level patients in pain, tired or
// anxious can follow (reading-grade.ts). This file walks the flows and templates.

export { dosingAdvice } from "./dosing-rules.ts";
export { MAX_GRADE, MIN_WORDS_FOR_GRADE, readingGrade, sentencesOf } from "./reading-grade.ts";

interface Checked {
  file: string;
  line: number;
  where: string;
  text: string;
  /** Choice labels are checked for advice but not graded. */
  grade: boolean;
}

function collectFlowTexts(loaded: LoadedFlow, templateUse: Map<string, string>): Checked[] {
  const { flow, source } = loaded;
  const out: Checked[] = [];
  const add = (path: PropertyKey[], text: Text | undefined, where: string, grade = true) => {
    if (text === undefined) return;
    if (typeof text !== "string") {
      if (!templateUse.has(text.template))
        templateUse.set(text.template, `${source.file} (${where})`);
      return;
    }
    out.push({ file: source.file, line: source.lineOf(path), where, text, grade });
  };
  for (const [index, step] of flow.steps.entries()) {
    const at = (...rest: PropertyKey[]) => ["steps", index, ...rest];
    const where = `step "${step.id}"`;
    if (step.kind === "say") add(at("say"), step.say, where);
    else if (step.kind === "generate")
      add(at("generate", "fallback"), step.generate.fallback, `${where} fallback`);
    else if (step.kind === "ask") {
      add(at("ask"), step.ask, where);
      add(at("retries", "say"), step.retries?.say, `${where} retries`);
      add(at("timeout", "say"), step.timeout?.say, `${where} timeout`);
      for (const [i, rule] of (step.reject ?? []).entries())
        add(at("reject", i, "say"), rule.say, `${where} reject`);
      for (const [i, choice] of (step.choices ?? []).entries()) {
        add(
          at("choices", i),
          typeof choice === "string" ? choice : choice.label,
          `${where} choice`,
          false,
        );
      }
    }
  }
  return out;
}

/** Problems for one piece of patient-facing text. */
function checkText(item: Checked): Problem[] {
  const problems: Problem[] = [];
  const lines = item.text.split("\n");
  lines.forEach((lineText, offset) => {
    for (const sentence of sentencesOf(lineText)) {
      const why = dosingAdvice(sentence);
      if (!why) continue;
      problems.push({
        file: item.file,
        line: item.line + (item.where === "template" ? offset : 0),
        message: `${item.where}: dosing or medication advice (${why}): "${sentence}". Lantern never suggests or changes a dose or medication; refer to the care team instead`,
      });
    }
  });
  if (item.grade) {
    const graded = readingGrade(withoutVerbatim(item.text));
    if (graded && graded.grade > MAX_GRADE) {
      problems.push({
        file: item.file,
        line: item.line,
        message: `${item.where}: reading level is grade ${graded.grade} (at most ${MAX_GRADE}; aim for 6-8): use shorter sentences and plainer words`,
      });
    }
  }
  return problems;
}

/**
 * Content checks over patient-facing text: every say, ask, retry, rejection, timeout and
 * generate fallback of every flow, their choice labels, and every template a flow or the
 * engine sends. LLM prompts (templates used only as a `generate` prompt) are instructions to a
 * model, not messages, and are skipped. Problems name the step's or the template's line.
 */
export function checkContent(flows: LoadedFlow[], templates: Map<string, Template>): Problem[] {
  const problems: Problem[] = [];
  const templateUse = new Map<string, string>();
  const llmPrompts = new Set<string>();
  for (const loaded of flows) {
    for (const step of loaded.flow.steps)
      if (step.kind === "generate") llmPrompts.add(step.generate.prompt);
    for (const item of collectFlowTexts(loaded, templateUse)) problems.push(...checkText(item));
  }
  for (const [name, template] of templates) {
    // prompts/<lang>/ has its own language's rules (check-locale.ts).
    if (/^[a-z]{2}\//.test(name)) continue;
    const sent = templateUse.has(name) || name.startsWith("system/");
    if (!sent && llmPrompts.has(name)) continue;
    problems.push(
      ...checkText({
        file: template.file,
        line: template.bodyLine,
        where: "template",
        text: template.body,
        grade: true,
      }),
    );
  }
  return problems;
}
