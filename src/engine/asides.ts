import { rank } from "../safety/types.ts";
import { asksIfHuman } from "./disclosure.ts";
import { DISTRESS_SKILLS, isPlainDistress } from "./distress.ts";
import { ask } from "./flow-runner.ts";
import { systemIn } from "./locale.ts";
import { isMedicineQuestion } from "./medicine-question.ts";
import type { Turn } from "./turn.ts";

// Spanish locale, or a message written in Spanish: the answer in Spanish.
const SPANISH =
  /[¿¡ñ]|\b(eres|usted|hablo|puedo|debo|deber[ií]a|pastillas?|medicamentos?|medicinas?|dosis)\b/i;

/** Only when the guard let the message through as no risk or mere concern. */
function belowRisk(turn: Turn): boolean {
  return rank(turn.risk) <= rank("concern");
}

/**
 * A question beside the conversation: "are you a real person?" or a medicine/dose question.
 * Answered with a scripted text; inside a question, that question is asked again. Returns true
 * when it handled the turn.
 */
export function answerAside(turn: Turn, text: string): boolean {
  if (!belowRisk(turn)) return false;
  const template = asksIfHuman(text)
    ? ("system/disclosure" as const)
    : isMedicineQuestion(text)
      ? ("system/medicine-question" as const)
      : undefined;
  if (!template) return false;
  const spanish = turn.state.locale?.startsWith("es") || SPANISH.test(text);
  const frame = turn.top();
  const flow = frame && turn.flowOf(frame);
  const step = flow && frame.waiting ? turn.stepOf(flow, frame.stepId) : undefined;
  // A frame between questions (not waiting) runs on as usual.
  if (frame && !(flow && frame.waiting && step?.kind === "ask")) return false;
  systemIn(turn, spanish ? "es" : undefined, template);
  if (frame?.waiting && flow && step?.kind === "ask")
    ask(turn, flow, frame, step, frame.waiting.prompt);
  return true;
}

/** Distress with no flow running: a kind word and a skill to start with one tap. */
export function offerSkill(turn: Turn, text: string): boolean {
  if (turn.top() || !belowRisk(turn) || !isPlainDistress(text)) return false;
  const choices = DISTRESS_SKILLS.map((id) => turn.flows.get(id))
    .filter((flow) => flow !== undefined)
    .map((flow) => ({ id: flow.id, label: flow.menu?.label ?? flow.title }));
  if (!choices.length) return false;
  // The guard already said a kind word at concern; then only the offer.
  if (turn.risk === "none") turn.system("system/distress");
  const prompt = turn.nextId("menu");
  turn.state.menu = { prompt, choices };
  turn.system("system/skill-offer", { choices, prompt });
  return true;
}
