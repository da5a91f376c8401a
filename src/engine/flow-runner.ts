// Over 300 lines because the step interpreter (start, ask, answer, each step kind, timeouts and
// the model's answer reading) is one state machine that reads best in one place.
import { LanternError } from "../errors.ts";
import { VALUE_TYPE } from "../flow/expressions.ts";
import type { AskStep, Flow, Next, Step } from "../flow/schema.ts";
import { choicesOf, parseAnswer } from "./answers.ts";
import { tellAssignedWaiting } from "./assigned-notice.ts";
import { CONSENT_FLOW, consentFirst, consentOf } from "./consent.ts";
import { LANGUAGE_FLOW, localeOf } from "./locale.ts";
import { showMenu } from "./menu.ts";
import { startWaitingSessionFlow } from "./sessions.ts";
import { dropStaleWaiting } from "./stale-waiting.ts";
import type { Frame } from "./state.ts";
import type { Turn } from "./turn.ts";
import type { Inbound } from "./types.ts";

/** Steps one turn may run without waiting for the patient; more means a loop without an ask. */
const MAX_STEPS_PER_TURN = 200;
export const END = "END";

/** Start a flow on top of the stack (or in place of the top frame, for `link`). */
export function startFlow(turn: Turn, flowId: string, options: { replace?: boolean } = {}): void {
  const flow = turn.flows.get(flowId);
  if (!flow)
    throw new LanternError("flow.unknown", `no flow "${flowId}"`, { context: { flow: flowId } });
  if (options.replace) turn.state.stack.pop();
  const frame: Frame = {
    id: turn.nextId("f"),
    flowId: flow.id,
    hash: flow.hash,
    version: flow.version,
    stepId: flow.order[0] as string,
    vars: {},
    startedAt: turn.at,
  };
  if (flow.expires_after)
    frame.expiresAt = new Date(turn.now.getTime() + flow.expires_after).toISOString();
  turn.state.stack.push(frame);
  turn.state.menu = undefined;
  // However onboarding starts (menu gate, assigned, About Lantern), the patient has met it.
  if (flow.id === turn.services.firstFlow) turn.state.user.onboarded = true;
  // A new patient's safety plan: the sharing question first (the plan reads the answer after).
  if (consentFirst(turn, flow.id)) {
    frame.vars.asked = true;
    startFlow(turn, CONSENT_FLOW);
  }
}

/** Where `next` leads from a step: its `next` (with conditions), else the following step, else END. */
function nextOf(
  turn: Turn,
  flow: Flow,
  frame: Frame,
  step: Step,
  next: Next | undefined = step.next,
): string {
  if (next === undefined) return flow.order[flow.order.indexOf(step.id as string) + 1] ?? END;
  if (typeof next === "string") return next;
  for (const branch of next) {
    if ("else" in branch) return branch.else;
    if (turn.evaluate(flow, frame, branch.if) === true) return branch.then;
  }
  return flow.order[flow.order.indexOf(step.id as string) + 1] ?? END;
}

/** Move the top frame to `target`, ending the flow on END. */
export function goTo(turn: Turn, frame: Frame, target: string): void {
  frame.waiting = undefined;
  if (target !== END) {
    frame.stepId = target;
    return;
  }
  endFrame(turn);
  // A session reminder or check-in that came while this flow ran starts now (the caller runs it),
  // unless its session has started meanwhile (src/engine/stale-waiting.ts).
  if (!turn.top()) dropStaleWaiting(turn.state, turn.services, turn.now);
  const waiting = startWaitingSessionFlow(turn);
  if (waiting) startFlow(turn, waiting);
  else tellAssignedWaiting(turn, frame);
}

/** Finish the top frame and resume whatever it interrupted or was called from. */
export function endFrame(turn: Turn): void {
  const ended = turn.state.stack.pop();
  const parent = turn.top();
  if (!parent) return;
  const flow = turn.flowOf(parent);
  if (!flow) return;
  if (ended?.flowId === LANGUAGE_FLOW && parent.waiting) {
    // `language` mid-question (PHQ-9 item 4): the same item again, now in the new language;
    // the answers given so far stay in the frame.
    const step = turn.stepOf(flow, parent.stepId);
    if (step?.kind === "ask") ask(turn, flow, parent, step, parent.waiting.prompt);
    return;
  }
  if (parent.preempted && onboardingUnanswered(turn, parent)) {
    // Risk words during onboarding: after the safety flow, its question again (the sharing
    // question must still be answered before anything is shared: onboarding-gate.ts).
    parent.preempted = false;
    const step = turn.stepOf(flow, parent.stepId);
    if (step?.kind === "ask" && parent.waiting)
      ask(turn, flow, parent, step, parent.waiting.prompt);
    return;
  }
  if (parent.preempted) {
    // Back from a safety flow the risk guard (or "crisis") started: not straight back into an
    // exercise ("How tense do you feel?") after talking about safety, but the menu, to choose.
    turn.state.stack = [];
    turn.system("system/resume");
    showMenu(turn);
    return;
  }
  const step = turn.stepOf(flow, parent.stepId);
  if (step?.kind === "call") goTo(turn, parent, nextOf(turn, flow, parent, step));
}

/** The frame is onboarding and the patient has not answered the sharing question yet. */
function onboardingUnanswered(turn: Turn, frame: Frame): boolean {
  return frame.flowId === turn.services.firstFlow && consentOf(turn.state.user) === "unset";
}

/** Send a question and wait for its answer; a re-ask keeps the attempt count. */
export function ask(
  turn: Turn,
  flow: Flow,
  frame: Frame,
  step: { kind: "ask" } & AskStep,
  prompt?: string,
): void {
  const id = prompt ?? turn.nextId("q");
  // Marked, not reordered: a typed number must keep meaning the same choice.
  const choices = choicesOf(step).map((c) =>
    frame.suggested?.includes(c.id) ? { ...c, label: `${c.label} (may fit)` } : c,
  );
  turn.say(turn.render(step.ask, flow, frame), {
    prompt: id,
    expect: step.expect,
    ...(choices.length ? { choices } : {}),
  });
  frame.waiting = {
    prompt: id,
    since: turn.at,
    attempt: frame.waiting?.attempt ?? 0,
    ...(step.timeout
      ? { timeoutAt: new Date(turn.now.getTime() + step.timeout.after).toISOString() }
      : {}),
  };
}

/** Run steps of the top frame until one waits for the patient or the stack is empty. */
export async function runSteps(turn: Turn): Promise<void> {
  for (let count = 0; count < MAX_STEPS_PER_TURN; count++) {
    const frame = turn.top();
    if (!frame || frame.waiting) return;
    const flow = turn.flowOf(frame);
    const step = flow && turn.stepOf(flow, frame.stepId);
    if (!flow || !step) {
      throw new LanternError("flow.missing_step", `step "${frame.stepId}" is not in the flow`, {
        context: { flow: frame.flowId, step: frame.stepId },
      });
    }
    try {
      await runStep(turn, flow, frame, step);
    } catch (error) {
      throw LanternError.wrap(error, "flow.step_failed", { flow: flow.id, step: frame.stepId });
    }
  }
  const frame = turn.top();
  throw new LanternError("flow.loop", `more than ${MAX_STEPS_PER_TURN} steps without an ask`, {
    context: { flow: frame?.flowId ?? "?", step: frame?.stepId ?? "?" },
  });
}

async function runStep(turn: Turn, flow: Flow, frame: Frame, step: Step): Promise<void> {
  switch (step.kind) {
    case "say":
      turn.say(turn.render(step.say, flow, frame));
      return goTo(turn, frame, nextOf(turn, flow, frame, step));
    case "ask":
      frame.waiting = undefined;
      frame.suggested = await suggestions(turn, flow, frame, step);
      return ask(turn, flow, frame, step);
    case "set":
      for (const [name, expression] of Object.entries(step.set)) {
        turn.assign(name, turn.evaluate(flow, frame, expression), frame);
      }
      return goTo(turn, frame, nextOf(turn, flow, frame, step));
    case "action":
      return runAction(turn, flow, frame, step);
    case "generate":
      return generate(turn, flow, frame, step);
    case "call":
      startFlow(turn, step.call);
      return;
    case "link":
      startFlow(turn, step.link, { replace: true });
      return;
  }
}

function runAction(
  turn: Turn,
  flow: Flow,
  frame: Frame,
  step: Extract<Step, { kind: "action" }>,
): void {
  const action = turn.services.actions?.[step.action];
  if (!action)
    throw new LanternError("flow.unknown_action", `no action "${step.action}" is registered`);
  const args: Record<string, unknown> = {};
  for (const [name, expression] of Object.entries(step.args ?? {})) {
    args[name] = turn.evaluate(flow, frame, expression);
  }
  const result = action(args, { state: turn.state, now: turn.now, flowId: flow.id });
  if (step.into && result.value !== undefined) turn.assign(step.into, result.value, frame);
  Object.assign(turn.state.user, result.user);
  for (const effect of result.effects ?? []) turn.effect(effect.name, effect.args);
  goTo(turn, frame, nextOf(turn, flow, frame, step));
}

async function generate(
  turn: Turn,
  flow: Flow,
  frame: Frame,
  step: Extract<Step, { kind: "generate" }>,
) {
  const fallback = turn.render(step.generate.fallback, flow, frame);
  let text: string | null = null;
  const llm = turn.services.llm;
  const template = turn.flows.templates.get(step.generate.prompt);
  if (llm && template) {
    const signal = AbortSignal.timeout(turn.services.generateTimeoutMs ?? 8_000);
    const locale = localeOf(turn.state, turn.flows.defaultLocale);
    text = await llm
      .generate(template.body, turn.scope(flow, frame), signal, { locale })
      .catch(() => null);
  }
  const reply = text?.trim() ? text.trim() : fallback;
  turn.say(reply);
  if (step.generate.into) turn.assign(step.generate.into, reply, frame);
  goTo(turn, frame, nextOf(turn, flow, frame, step));
}

/** Handle a reply to the question the top frame is waiting on. */
export async function answer(turn: Turn, inbound: Inbound): Promise<void> {
  const frame = turn.top() as Frame;
  const flow = turn.flowOf(frame) as Flow;
  const step = turn.stepOf(flow, frame.stepId);
  const waiting = frame.waiting;
  if (step?.kind !== "ask" || !waiting) return;
  if (inbound.kind === "choice" && inbound.choice?.prompt !== waiting.prompt) {
    turn.system("system/stale-button");
    return ask(turn, flow, frame, step, waiting.prompt);
  }
  const parsed = await understood(turn, flow, frame, step, inbound, parseAnswer(step, inbound));
  let retryText = step.retries?.say;
  if (parsed.ok) {
    const value = { type: VALUE_TYPE[step.expect], value: parsed.value };
    const rule = step.reject?.find((r) => turn.evaluate(flow, frame, r.if, value) === true);
    if (!rule) {
      if (step.into) turn.assign(step.into, parsed.value, frame);
      goTo(turn, frame, nextOf(turn, flow, frame, step));
      return runSteps(turn);
    }
    retryText = rule.say;
  }
  waiting.attempt += 1;
  const max = step.retries?.max ?? 2;
  if (waiting.attempt > max) {
    // A flow that simply ends here would leave the patient with no reply: say so kindly.
    if (step.retries?.exhausted === END) turn.system("system/exhausted");
    if (step.retries) goTo(turn, frame, step.retries.exhausted);
    else {
      turn.system("system/exhausted");
      goTo(turn, frame, END);
    }
    return runSteps(turn);
  }
  turn.say(
    retryText ? turn.render(retryText, flow, frame) : turn.render({ template: "system/retry" }),
  );
  ask(turn, flow, frame, step, waiting.prompt);
}

/** Follow the timeout path of a question whose time is up. */
export async function timeOut(turn: Turn): Promise<boolean> {
  const frame = turn.top();
  const flow = frame && turn.flowOf(frame);
  const step = flow && frame.waiting ? turn.stepOf(flow, frame.stepId) : undefined;
  if (!frame || !flow || step?.kind !== "ask" || !step.timeout) return false;
  if (!frame.waiting?.timeoutAt || frame.waiting.timeoutAt > turn.at) return false;
  if (step.timeout.say) turn.say(turn.render(step.timeout.say, flow, frame));
  goTo(turn, frame, step.timeout.next);
  await runSteps(turn);
  return true;
}

/**
 * A free reply the rules could not read ("about a seven, I think") may still answer the
 * question: ask the language model, then check its answer with the same parser, so a model
 * can never put a value the question does not allow.
 */
async function understood(
  turn: Turn,
  flow: Flow,
  frame: Frame,
  step: { kind: "ask" } & AskStep,
  inbound: Inbound,
  parsed: ReturnType<typeof parseAnswer>,
): Promise<ReturnType<typeof parseAnswer>> {
  const understand = turn.services.understand;
  const text = inbound.kind === "text" ? (inbound.text ?? "").trim() : "";
  if (parsed.ok || !understand || !text || step.expect === "text" || !frame.waiting) return parsed;
  const choices = choicesOf(step);
  const extracted = await understand
    .extractAnswer(turn.render(step.ask, flow, frame), step.expect, text, {
      ...(choices.length ? { choices } : {}),
      ...(step.min === undefined ? {} : { min: step.min }),
      ...(step.max === undefined ? {} : { max: step.max }),
      signal: AbortSignal.timeout(turn.services.generateTimeoutMs ?? 8_000),
    })
    .catch(() => null);
  if (!extracted) return parsed;
  const value = extracted.value;
  const again: Inbound =
    step.expect === "choice"
      ? { ...inbound, kind: "choice", choice: { prompt: frame.waiting.prompt, id: String(value) } }
      : { ...inbound, text: typeof value === "boolean" ? (value ? "yes" : "no") : String(value) };
  return parseAnswer(step, again);
}

/** Choices a language model thinks fit the text in `suggest_from`; none without a model. */
async function suggestions(
  turn: Turn,
  flow: Flow,
  frame: Frame,
  step: { kind: "ask" } & AskStep,
): Promise<string[] | undefined> {
  const suggest = turn.services.understand?.suggestChoices;
  if (!step.suggest_from || !suggest) return undefined;
  const text = turn.scope(flow, frame);
  const [scope, key] = step.suggest_from.split(".") as [string, string];
  const value = (text[scope] as Record<string, unknown> | undefined)?.[key];
  if (typeof value !== "string" || !value.trim()) return undefined;
  const choices = choicesOf(step);
  const ids = await suggest(
    value,
    choices,
    AbortSignal.timeout(turn.services.generateTimeoutMs ?? 8_000),
  ).catch(() => []);
  const valid = ids.filter((id) => choices.some((c) => c.id === id));
  return valid.length ? valid : undefined;
}
