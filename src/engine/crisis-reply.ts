import type { Flow, Text } from "../flow/schema.ts";
import type { Turn } from "./turn.ts";
import type { GuardDecision } from "./types.ts";

// A crisis reply says each fact once (issue 17 QA: "you are not alone", the 988 line and "I'm
// telling your care team" each came twice, ~7 messages). The risk guard's words for the level
// (config policy: validation, the resources for that level, the alert notice) come first; the
// flow it starts then skips the facts already said: flows/crisis.yaml reads `flow.said`
// ("validated resources"). The notice of who is told is the flow's own when the flow has one
// (safety/who-is-told, after the resources), so the policy's is left out there. A policy message
// written as plain text is not known here: it is said, and the flow says everything after it.
// Every channel renders the same outbox, so Telegram, Slack and Teams read the same.

/** What each of the policy's and the crisis flow's templates tells the patient. */
const FACTS: Record<string, readonly string[]> = {
  "safety/validate": ["validated"],
  "safety/resources": ["resources"],
  "safety/resources-now": ["resources"],
  "safety/emergency-now": ["resources"],
  "safety/crisis-resources": ["resources"],
  "safety/alert-sent": ["told"],
  "safety/who-is-told": ["told"],
};

type Preempt = NonNullable<GuardDecision["preempt"]>;

function factsOf(message: Text): readonly string[] {
  return typeof message === "string" ? [] : (FACTS[message.template] ?? []);
}

/** The facts a flow's own say steps tell. */
function flowFacts(flow: Flow | undefined): Set<string> {
  const facts = new Set<string>();
  for (const step of flow?.steps ?? []) {
    if (step.kind === "say") for (const fact of factsOf(step.say)) facts.add(fact);
  }
  return facts;
}

/**
 * Say the guard's messages for a turn it takes over, leaving out the alert notice when the flow
 * it starts tells who is told itself. Returns the facts said, for the flow's `flow.said`.
 */
export function sayGuardMessages(turn: Turn, preempt: Preempt): string {
  const starts = preempt.flow && !preempt.continue ? turn.flows.get(preempt.flow) : undefined;
  const own = flowFacts(starts);
  const said = new Set<string>();
  for (const message of preempt.messages) {
    const facts = factsOf(message);
    if (facts.includes("told") && own.has("told")) continue;
    turn.say(turn.render(message));
    for (const fact of facts) said.add(fact);
  }
  return [...said].join(" ");
}
