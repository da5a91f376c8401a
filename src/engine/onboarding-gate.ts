import type { Command } from "./commands.ts";
import { consentOf, needsOnboarding } from "./consent.ts";
import { runSteps, startFlow } from "./flow-runner.ts";
import type { Turn } from "./turn.ts";

export { needsOnboarding };

// A brand-new patient meets Lantern through onboarding (issue 17 QA item 1): what it is, who
// reads what, and the sharing question. Before, a first message of `menu` (or a command, or a
// risk message followed by `menu`) skipped it, so consent was never asked and the patient was
// treated as sharing. Now a risk message is still answered by the safety path at once; after
// it, and for `menu` or `message team` (which share with the care team), onboarding comes
// first. Every other command keeps its meaning (help, stop, crisis, plan, pause, delete,
// consent, language); a new patient's safety plan gets the sharing question first
// (consentFirst in src/engine/consent.ts).
// `user.onboarded` is set when onboarding starts, as before (patients from before keep it).

/** Commands that lead to sharing or to the menu: onboarding first for a new patient. */
const GATED: readonly Command[] = ["menu", "message team"];

/** True when this command must wait for onboarding. */
export function gatedCommand(turn: Turn, command: Command | undefined): boolean {
  return command !== undefined && GATED.includes(command) && needsOnboarding(turn);
}

/** Start onboarding in place of whatever ran (as `menu` leaves it). */
export function startOnboarding(turn: Turn): Promise<void> {
  const first = turn.services.firstFlow as string;
  turn.state.stack = [];
  startFlow(turn, first);
  return runSteps(turn);
}

/**
 * Onboarding left (menu, stop, ...) before the sharing question was answered: no answer is not
 * a yes, so limited mode, said plainly (the same words as for No); `consent` asks again.
 */
export function leftUnanswered(turn: Turn): void {
  const first = turn.services.firstFlow;
  if (!first || consentOf(turn.state.user) !== "unset") return;
  if (!turn.state.stack.some((frame) => frame.flowId === first)) return;
  turn.state.user.consent = false;
  turn.say(turn.render({ template: "start/limited-mode" }));
}
