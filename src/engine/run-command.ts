import type { Command } from "./commands.ts";
import { CONSENT_FLOW } from "./consent.ts";
import { ask, runSteps, startFlow } from "./flow-runner.ts";
import { startLanguageChoice } from "./locale.ts";
import { showMenu } from "./menu.ts";
import { leftUnanswered } from "./onboarding-gate.ts";
import type { Turn } from "./turn.ts";

// The patient's commands (src/engine/commands.ts) other than crisis, which the turn handles
// first (src/engine/run-turn.ts): help, stop, pause, resume, the flows they start, the menu and
// the language choice.

/** Run a command the current question allows (canInterrupt). */
export function runCommand(turn: Turn, command: Exclude<Command, "crisis">): Promise<void> | void {
  // The language choice goes on top: onboarding (and its sharing question) stays.
  if (!["help", "pause", "resume", "consent", "language", "idioma"].includes(command))
    leftUnanswered(turn);
  switch (command) {
    case "help":
      return turn.system("system/help");
    case "stop":
      turn.state.stack = [];
      return turn.system("system/stopped");
    case "pause":
      // Proactive flows wait in the menu while paused; the risk guard and crisis stay on.
      turn.state.user.paused = true;
      return turn.system("system/paused");
    case "resume": {
      // Nothing was paused: "welcome back ... on again" would not be true.
      turn.system(turn.state.user.paused === true ? "system/resumed" : "system/not-paused");
      turn.state.user.paused = false;
      // Mid-question, a menu's numbers would answer the question instead: ask it again.
      const frame = turn.top();
      const flow = frame && turn.flowOf(frame);
      const step = flow && frame.waiting ? turn.stepOf(flow, frame.stepId) : undefined;
      if (frame?.waiting && flow && step?.kind === "ask")
        return ask(turn, flow, frame, step, frame.waiting.prompt);
      turn.state.stack = [];
      return showMenu(turn);
    }
    case "plan":
    case "consent":
    case "message team":
    case "delete": {
      const flowId = {
        plan: "safety-plan",
        consent: CONSENT_FLOW,
        delete: "delete-data",
        "message team": "message-team",
      }[command];
      if (!turn.flows.get(flowId)) return turn.system("system/help");
      turn.state.stack = [];
      startFlow(turn, flowId);
      return runSteps(turn);
    }
    case "menu":
      turn.state.stack = [];
      return showMenu(turn);
    case "language":
    case "idioma":
      if (!startLanguageChoice(turn, (id) => startFlow(turn, id)))
        return turn.system("system/help");
      return runSteps(turn);
  }
}
