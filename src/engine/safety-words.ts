import type { Text } from "../flow/schema.ts";
import { rank } from "../safety/types.ts";
import { parseAnswer } from "./answers.ts";
import { ask } from "./flow-runner.ts";
import type { Turn } from "./turn.ts";
import type { GuardDecision, Inbound } from "./types.ts";

// Risk words typed inside a safety flow (crisis, C-SSRS screener, safety plan) are a message,
// not a wrong answer (issue 15): they are acknowledged in words before the question comes back,
// and they alert the care team again when they are at or above the open alert's level or name
// a new kind of risk. Lower, already-known risk becomes a follow-up on the open alert
// (`care.followup`: a reply in its Slack thread, src/care/followups.ts) and is kept in the
// history and risk record (the guard writes both). A free-text answer is never taken from risk
// words: they are heard and the question comes again, so nothing is stored as a plain answer.

const VALIDATE = "safety/validate";

type Preempt = NonNullable<GuardDecision["preempt"]>;

/** Remember what the open alert covers: the episode's highest level, its categories, its id. */
export function noteAlerted(
  turn: Turn,
  assessment: GuardDecision["assessment"],
  alertId?: string,
): void {
  const risk = turn.state.risk;
  if (alertId) risk.alert = alertId;
  if (rank(assessment.level) > rank(risk.level)) {
    risk.level = assessment.level;
    risk.at = turn.at;
  }
  risk.categories = [...new Set([...(risk.categories ?? []), ...assessment.categories])];
}

/** True when this assessment calls for a new alert beside the open one. */
export function raisesNewAlert(turn: Turn, decision: GuardDecision): boolean {
  const { assessment, preempt } = decision;
  if (!preempt?.alert) return false;
  const risk = turn.state.risk;
  if (risk.level === "none") return true;
  if (rank(assessment.level) >= rank(risk.level)) return true;
  const known = new Set(risk.categories ?? []);
  return assessment.categories.some((c) => !known.has(c));
}

/**
 * The guard found risk while a safety flow runs. Returns true when the turn is handled here
 * (acknowledged and the question asked again), false when the text also answers the waiting
 * question (a typed "yes, I still want to die" to the screener's question), so the flow takes it.
 */
export function riskInSafetyFlow(turn: Turn, decision: GuardDecision): boolean {
  const preempt = decision.preempt as Preempt;
  const frame = turn.top();
  const flow = frame && turn.flowOf(frame);
  const step = flow && frame.waiting ? turn.stepOf(flow, frame.stepId) : undefined;
  const waitingAsk = frame?.waiting && flow && step?.kind === "ask" ? step : undefined;
  const typed: Inbound = {
    channel: turn.state.channel,
    userId: turn.state.userId,
    messageId: "risk-words",
    kind: "text",
    text: turn.text,
  };
  // Only a closed question (yes/no, a choice, a number) can take risk words as its answer: in a
  // free-text one ("What are your warning signs?") any words parse, and "I still want to die"
  // was saved as the plan's answer with nothing said (issue 17 QA item 3).
  const answers =
    waitingAsk !== undefined && waitingAsk.expect !== "text" && parseAnswer(waitingAsk, typed).ok;
  if (!answers) turn.system("system/safety-heard");
  if (preempt.alert && raisesNewAlert(turn, decision)) {
    // The words were acknowledged above, and validated when the episode began: not again.
    for (const message of preempt.messages.filter((m) => !isValidate(m)))
      turn.say(turn.render(message));
    const id = turn.alert({
      ...preempt.alert,
      flags: [...preempt.alert.flags, "in_safety_flow"],
    });
    noteAlerted(turn, decision.assessment, id);
  } else if (turn.state.risk.alert && decision.assessment.level !== "none") {
    // Lower, known risk: a note on the open alert (its Slack thread), not a new alert.
    const { level, categories } = decision.assessment;
    turn.effect("care.followup", { alert: turn.state.risk.alert, level, categories, at: turn.at });
  }
  if (answers || !frame?.waiting || !flow || !waitingAsk) return false;
  ask(turn, flow, frame, waitingAsk, frame.waiting.prompt);
  return true;
}

function isValidate(message: Text): boolean {
  return typeof message !== "string" && message.template === VALIDATE;
}
