import type { Command } from "./commands.ts";
import { ask, END, goTo, runSteps } from "./flow-runner.ts";
import { showMenu } from "./menu.ts";
import { leftUnanswered, needsOnboarding, startOnboarding } from "./onboarding-gate.ts";
import type { Turn } from "./turn.ts";

/** True when the top frame runs a safety flow (crisis, screener, ...). */
export function inSafetyFlow(turn: Turn): boolean {
  const top = turn.top();
  return Boolean(top && turn.flowOf(top)?.safety);
}

/**
 * `stop` or `menu` inside a safety flow. Leaving early takes the path the flow gives a patient
 * who went away (the question's timeout, else its `retries.exhausted`): in the C-SSRS screener that keeps
 * the level, alerts the care team and shows crisis resources; in the crisis flow it says who to
 * call; in the safety plan it keeps what was written. Only then is the flow (and whatever it interrupted) left, with a word on how to come back.
 */
export async function leaveSafety(turn: Turn, command: Extract<Command, "stop" | "menu">) {
  const frame = turn.top();
  const flow = frame && turn.flowOf(frame);
  const step = frame && flow ? turn.stepOf(flow, frame.stepId) : undefined;
  const target =
    step?.kind === "ask" && frame?.waiting
      ? (step.timeout?.next ?? step.retries?.exhausted ?? END)
      : END;
  if (frame && target !== END) {
    // Run the leaving path alone: nothing below may resume and ask again.
    turn.state.stack = [frame];
    goTo(turn, frame, target);
    await runSteps(turn);
  }
  // Onboarding under the safety flow, its sharing question not answered: not a yes.
  leftUnanswered(turn);
  turn.state.stack = [];
  // A path that ends at once said nothing: say how to reach someone before leaving.
  if (target === END) turn.system("system/safety-left");
  // A new patient who has not met Lantern yet: onboarding (the sharing question), not the menu.
  if (command === "menu" && needsOnboarding(turn)) await startOnboarding(turn);
  else if (command === "menu") showMenu(turn);
  else if (target !== END) turn.system("system/stopped");
}

/** `crisis` typed inside a safety flow: the resources now, then the same question again. */
export function crisisInSafety(turn: Turn): void {
  turn.say(turn.render({ template: "safety/crisis-resources" }));
  const frame = turn.top();
  const flow = frame && turn.flowOf(frame);
  const step = flow && frame.waiting ? turn.stepOf(flow, frame.stepId) : undefined;
  if (!frame?.waiting || !flow || step?.kind !== "ask") return;
  turn.system("system/safety-continue");
  ask(turn, flow, frame, step, frame.waiting.prompt);
}
