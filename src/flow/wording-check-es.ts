import {
  CSSRS_SCREENER_ES,
  FREQUENCY_OPTIONS_ES,
  GAD7_ES,
  PHQ9_DIFFICULTY_ES,
  PHQ9_ES,
} from "../measures/wording-es.ts";
import type { FlowTranslation } from "./locale-messages.ts";
import type { Problem } from "./problems.ts";

// Published questionnaires must be asked verbatim in Spanish too: flows/es/phq9.yaml, gad7.yaml
// and crisis-screener.yaml are held to src/measures/wording-es.ts (cited there).

/** Message key -> the published text it must contain, per flow. */
function expected(flow: string): Map<string, { text: string; exact: boolean }> | undefined {
  const out = new Map<string, { text: string; exact: boolean }>();
  const measure = flow === "phq9" ? PHQ9_ES : flow === "gad7" ? GAD7_ES : undefined;
  if (measure) {
    out.set("stem.say", { text: measure.instructions, exact: false });
    measure.items.forEach((item, i) => {
      out.set(`q${i + 1}.ask`, { text: item.text, exact: false });
      for (const option of FREQUENCY_OPTIONS_ES)
        out.set(`q${i + 1}.choice.a${option.value}`, { text: option.label, exact: true });
    });
    if (flow === "phq9") {
      out.set("difficulty.ask", { text: PHQ9_DIFFICULTY_ES.question, exact: false });
      for (const [id, label] of Object.entries(PHQ9_DIFFICULTY_ES.options))
        out.set(`difficulty.choice.${id}`, { text: label, exact: true });
    }
    return out;
  }
  if (flow === "crisis-screener") {
    for (const q of CSSRS_SCREENER_ES.questions)
      out.set(`${q.step}.ask`, { text: q.text, exact: false });
    return out;
  }
  return undefined;
}

/** A translated questionnaire message that is not the published Spanish wording. */
export function checkPublishedWording(
  language: string,
  flowId: string,
  translation: FlowTranslation,
): Problem[] {
  if (language !== "es") return [];
  const wanted = expected(flowId);
  if (!wanted) return [];
  const problems: Problem[] = [];
  for (const [key, { text, exact }] of wanted) {
    const actual = translation.messages[key];
    if (actual === undefined) continue; // reported as a missing message
    const ok = exact ? actual.trim() === text : actual.includes(text);
    if (!ok)
      problems.push({
        file: translation.source.file,
        line: translation.source.lineOf(["messages", key]),
        message: `"${key}" is not the published Spanish wording (src/measures/wording-es.ts): "${text.slice(0, 70)}"`,
      });
  }
  return problems;
}
