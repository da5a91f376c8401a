import { LanternError } from "../errors.ts";
import type { FlowCatalog } from "../flow/catalog.ts";
import { renderSlots } from "../prompts/templates.ts";
import { matchChoice } from "./answers.ts";
import { answerAside, offerSkill } from "./asides.ts";
import { canInterrupt, parseCommand } from "./commands.ts";
import { allowedFlow } from "./consent.ts";
import { sayGuardMessages } from "./crisis-reply.ts";
import { awayLongEnough } from "./disclosure.ts";
import { answer, ask, endFrame, runSteps, startFlow, timeOut } from "./flow-runner.ts";
import { applyInboundLocale, syncLocale } from "./locale.ts";
import { showMenu } from "./menu.ts";
import { gatedCommand, needsOnboarding, startOnboarding } from "./onboarding-gate.ts";
import { guardInput } from "./risk-context.ts";
import { runCommand } from "./run-command.ts";
import { crisisInSafety, inSafetyFlow, leaveSafety } from "./safety-exit.ts";
import { noteAlerted, riskInSafetyFlow } from "./safety-words.ts";
import { type ConversationState, SEEN_LIMIT } from "./state.ts";
import { Turn } from "./turn.ts";
import type { Clock, EngineServices, GuardDecision, Inbound, TurnResult } from "./types.ts";

/**
 * One turn of a conversation: a pure function of its inputs. It never touches the network or
 * the store; the runtime persists `state` (with the outbox inside) and then delivers.
 *
 * @example
 * const { state: next, outbox } = await runTurn(catalog, state, inbound, systemClock, { guard });
 */
export async function runTurn(
  flows: FlowCatalog,
  state: ConversationState,
  inbound: Inbound,
  clock: Clock,
  services: EngineServices = {},
): Promise<TurnResult> {
  const turn = new Turn(flows, state, clock.now(), services);
  try {
    await handle(turn, inbound);
  } catch (error) {
    recover(turn, error);
  }
  syncLocale(turn.state, flows.defaultLocale);
  turn.state.updatedAt = turn.at;
  return { state: turn.state, outbox: turn.emitted };
}

async function handle(turn: Turn, inbound: Inbound): Promise<void> {
  const { state } = turn;
  if (inbound.kind !== "tick") {
    state.seen.push(inbound.messageId);
    if (state.seen.length > SEEN_LIMIT) state.seen.splice(0, state.seen.length - SEEN_LIMIT);
  }
  applyInboundLocale(state, inbound, turn.flows.defaultLocale);
  pinVersions(turn);
  expireFrames(turn);
  if (inbound.kind === "tick") {
    await timeOut(turn);
    return;
  }
  startSession(turn);
  const away = awayLongEnough(state.lastInboundAt, turn.now, turn.services.discloseAfterMs);
  state.lastInboundAt = turn.at;
  if (inbound.kind === "start") return startAssigned(turn, inbound.flowId ?? "");

  const text = inbound.kind === "text" ? (inbound.text ?? "") : "";
  turn.text = text;
  if (text) {
    const preempted = await guard(turn, text);
    if (preempted || inbound.edited) return runSteps(turn);
  }
  // Back after a long absence: say again that this is a program (risk messages come first).
  if (away && inbound.kind === "text") turn.system("system/disclosure-return");
  const command = text ? parseCommand(text) : undefined;
  if (command === "crisis") return startSafety(turn, "crisis");
  // Inside a safety flow, stop and menu leave by its safe path (alert kept, resources shown).
  if ((command === "stop" || command === "menu") && inSafetyFlow(turn))
    return leaveSafety(turn, command);
  if (command && canInterrupt(turn)) {
    // A new patient's `menu`: onboarding (and its sharing question) first (onboarding-gate.ts).
    if (gatedCommand(turn, command)) return startOnboarding(turn);
    return runCommand(turn, command);
  }
  // "Are you a real person?", "can I take my xanax before the session?": answered, then on.
  if (!command && text && answerAside(turn, text)) return;

  if (turn.top()?.waiting) return answer(turn, inbound);
  if (turn.top()) return runSteps(turn);
  return chooseFromMenu(turn, inbound);
}

/** Risk guard: every text, before any flow. Returns true when it took over the turn. */
async function guard(turn: Turn, text: string): Promise<boolean> {
  const { guard } = turn.services;
  let decision: GuardDecision;
  try {
    decision = guard
      ? await guard.check(text, guardInput(turn.state))
      : { assessment: { level: "none", categories: [], evidence: [] } };
  } catch (error) {
    decision = failSafe(error);
  }
  const { assessment, preempt } = decision;
  turn.risk = assessment.level;
  turn.remember("patient", text, assessment.level);
  if (assessment.level !== "none") {
    turn.state.risk.recent.push({ at: turn.at, level: assessment.level });
    turn.state.risk.recent.splice(0, Math.max(0, turn.state.risk.recent.length - 20));
  }
  if (!preempt) return false;
  const top = turn.top();
  const inSafetyFlow = Boolean(top && turn.flowOf(top)?.safety);
  // Inside a safety flow the words are a message: acknowledged, alerted again at or above the open level.
  if (inSafetyFlow) return riskInSafetyFlow(turn, decision);
  const said = sayGuardMessages(turn, preempt);
  const alerted = preempt.alert ? turn.alert(preempt.alert) : undefined;
  if (preempt.continue) return false;
  noteAlerted(turn, assessment, alerted);
  if (inSafetyFlow || !preempt.flow) return !inSafetyFlow;
  // Awaited: a second, concurrent run of the same steps asked the first question twice.
  await startSafety(turn, preempt.flow, said);
  return true;
}

/** A guard that failed counts as risk: crisis resources to the patient, an alert to the team. */
function failSafe(error: unknown): GuardDecision {
  const code = error instanceof LanternError ? error.code : "guard.error";
  return {
    assessment: { level: "moderate", categories: [], evidence: [], flags: ["guard_error"] },
    preempt: {
      messages: [{ template: "system/safety-fallback" }],
      alert: { level: "moderate", categories: [], flags: ["guard_error", code], evidence: [] },
    },
  };
}

/** Start a safety flow on top of whatever runs; the interrupted question is asked again after. */
function startSafety(turn: Turn, flowId: string, said = ""): Promise<void> {
  if (!turn.flows.get(flowId)) {
    turn.system("system/no-crisis-flow");
    return Promise.resolve();
  }
  const top = turn.top();
  if (top && flowId === "crisis" && turn.flowOf(top)?.safety && turn.flowOf(top)?.id !== flowId) {
    // In the screener (or another safety flow): the resources now, then its question again.
    crisisInSafety(turn);
    return Promise.resolve();
  }
  if (top && turn.flowOf(top)?.id === flowId) {
    // Already there: ask the current question again rather than say nothing.
    const flow = turn.flowOf(top);
    const step = flow && turn.stepOf(flow, top.stepId);
    if (flow && step?.kind === "ask" && top.waiting) ask(turn, flow, top, step, top.waiting.prompt);
    return runSteps(turn);
  }
  if (top) top.preempted = true;
  startFlow(turn, flowId);
  // What the guard already said (validation, resources): the flow skips it (crisis-reply.ts).
  const started = turn.top();
  if (said && started) started.vars.said = said;
  return runSteps(turn);
}

/** No flow is running: a menu pick starts a flow; anything else shows the menu (or the first flow). */
async function chooseFromMenu(turn: Turn, inbound: Inbound): Promise<void> {
  const menu = turn.state.menu;
  const picked =
    inbound.kind === "choice"
      ? menu?.prompt === inbound.choice?.prompt
        ? menu?.choices.find((c) => c.id === inbound.choice?.id)
        : undefined
      : menu && matchChoice(menu.choices, inbound.text ?? "");
  if (inbound.kind === "choice" && !picked) turn.system("system/stale-button");
  // Not onboarded yet (a menu shown after a safety flow): only crisis help starts before it.
  if (needsOnboarding(turn) && !(picked && turn.flows.get(picked.id)?.safety))
    return startOnboarding(turn);
  if (picked && turn.flows.get(picked.id)) {
    turn.state.assigned = turn.state.assigned.filter((a) => a.flowId !== picked.id);
    startFlow(turn, picked.id);
    return runSteps(turn);
  }
  // A flow the model names for the message ("I'm scared I'll lose control" -> prep-fear) is
  // more specific than the general skill offer for distress; without a model, only the offer.
  if (await routed(turn, inbound)) return runSteps(turn);
  if (offerSkill(turn, inbound.text ?? "")) return;
  showMenu(turn);
}

/** A flow assigned or requested from outside: start now if idle, else offer it in the menu. */
async function startAssigned(turn: Turn, flowId: string): Promise<void> {
  if (!turn.flows.get(flowId)) throw new LanternError("flow.unknown", `no flow "${flowId}"`);
  // Limited mode keeps a flow it does not offer waiting, for when the patient shares again.
  if (
    turn.top() ||
    turn.state.user.paused === true ||
    !allowedFlow(turn.state, turn.flows.get(flowId))
  ) {
    if (!turn.state.assigned.some((a) => a.flowId === flowId))
      turn.state.assigned.push({ flowId, at: turn.at });
    return;
  }
  startFlow(turn, flowId);
  return runSteps(turn);
}

/** Frames whose pinned snapshot is gone follow their flow's on_version_change. */
function pinVersions(turn: Turn): void {
  for (const frame of turn.state.stack) {
    if (turn.flows.byHash(frame.hash)) continue;
    const current = turn.flows.get(frame.flowId);
    if (!current) {
      turn.state.stack = turn.state.stack.filter((f) => f !== frame);
      turn.system("system/flow-gone");
      continue;
    }
    const canContinue =
      current.on_version_change === "continue" && current.order.includes(frame.stepId);
    frame.hash = current.hash;
    frame.version = current.version;
    if (!canContinue) {
      frame.stepId = current.order[0] as string;
      frame.vars = {};
      frame.waiting = undefined;
      turn.system("system/flow-updated");
    }
  }
}

function expireFrames(turn: Turn): void {
  let top = turn.top();
  while (top?.expiresAt && top.expiresAt <= turn.at) {
    endFrame(turn);
    top = turn.top();
  }
}

function startSession(turn: Turn): void {
  const idle = turn.services.sessionIdleMs ?? 6 * 3_600_000;
  const last = turn.state.lastInboundAt;
  if (last && turn.now.getTime() - Date.parse(last) > idle) turn.state.session = {};
}

/** A broken flow must not break the conversation: end it, say so kindly, keep safety flows' resources. */
function recover(turn: Turn, error: unknown): void {
  const wrapped = LanternError.wrap(error, "engine.turn_failed", { conversation: turn.state.id });
  const frame = turn.top();
  const wasSafety = frame ? turn.flowOf(frame)?.safety : false;
  if (frame) turn.state.stack.pop();
  turn.system(wasSafety ? "system/safety-fallback" : "system/error");
  turn.effect("engine.error", { code: wrapped.code, ...wrapped.context, message: wrapped.message });
}

/** A free message ("I'm scared I'll lose control") may name a flow; a model suggests, the menu decides. */
async function routed(turn: Turn, inbound: Inbound): Promise<boolean> {
  const understand = turn.services.understand;
  const text = inbound.kind === "text" ? (inbound.text ?? "").trim() : "";
  if (!understand || text.length < 8) return false;
  const offered = turn.flows
    .list()
    .filter((f) => f.menu && !f.safety && f.audience === "patient" && allowedFlow(turn.state, f));
  const flowId = await understand
    .routeToFlow(text, offered, AbortSignal.timeout(turn.services.generateTimeoutMs ?? 8_000))
    .catch(() => null);
  const flow = offered.find((f) => f.id === flowId);
  if (!flow) return false;
  turn.say(
    renderSlots(turn.flows.templates.get("system/routed")?.body ?? "", {
      ...turn.scope(),
      suggestion: { title: flow.menu?.label ?? flow.title },
    }),
  );
  startFlow(turn, flow.id);
  return true;
}
