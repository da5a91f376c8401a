import type { Flow } from "../flow/schema.ts";
import type { Choice, ConversationState } from "./state.ts";
import type { Turn } from "./turn.ts";

// The patient's answer to "Is it okay that I save your answers and share them with your care
// team?" (flows/onboarding.yaml, flows/consent.yaml) is kept in user.consent. "No" is a limited
// mode (issue 17 item 1): crisis help, the safety plan, relaxation and grounding, nothing shared.
// The risk guard and its alerts stay on whatever the choice (the alert then carries only the
// risk message: src/care/consent.ts). Not answered yet counts as not declined, so patients from
// before this choice existed keep what they had.

/** The flow the `consent` command starts: the current choice, and a chance to change it. */
export const CONSENT_FLOW = "consent";
/** Menu groups open in limited mode, beside every safety flow. */
export const LIMITED_GROUPS: readonly string[] = ["safety", "relax"];
/** Flows without a menu entry that limited mode still offers in its menu, in this order. */
const LIMITED_EXTRAS: readonly { id: string; label: string }[] = [
  { id: CONSENT_FLOW, label: "My sharing choice" },
  { id: "delete-data", label: "Delete my data" },
];

export type ConsentChoice = "yes" | "no" | "unset";

/** The stored choice: user.consent true or false (a flow may have stored "true"/"false"). */
export function consentOf(user: Record<string, unknown>): ConsentChoice {
  const value = user.consent;
  if (value === true || value === "true") return "yes";
  if (value === false || value === "false") return "no";
  return "unset";
}

/** True when the patient said no to sharing: limited mode. */
export function sharingDeclined(state: Pick<ConversationState, "user"> | undefined): boolean {
  return state !== undefined && consentOf(state.user) === "no";
}

/** May this flow run for the patient now? Everything, unless sharing was declined. */
export function allowedFlow(
  state: Pick<ConversationState, "user">,
  flow: Flow | undefined,
): boolean {
  if (!flow || !sharingDeclined(state)) return true;
  if (flow.safety) return true;
  if (LIMITED_EXTRAS.some((e) => e.id === flow.id)) return true;
  return flow.menu !== undefined && LIMITED_GROUPS.includes(flow.menu.group);
}

/** Limited mode's own menu lines (sharing choice, delete), for the flows that are loaded. */
export function limitedExtras(
  state: Pick<ConversationState, "user">,
  loaded: (id: string) => boolean,
): Choice[] {
  if (!sharingDeclined(state)) return [];
  return LIMITED_EXTRAS.filter((e) => loaded(e.id)).map((e) => ({ ...e }));
}

/**
 * True when the clinic has an onboarding flow and the patient has neither started it nor
 * answered the sharing question (src/engine/onboarding-gate.ts).
 */
export function needsOnboarding(turn: Turn): boolean {
  const first = turn.services.firstFlow;
  if (!first || turn.state.user.onboarded === true || !turn.flows.get(first)) return false;
  return consentOf(turn.state.user) === "unset";
}

/** Flows that save and share what the patient writes and may start before onboarding. */
const CONSENT_FIRST: readonly string[] = ["safety-plan"];

/** A new patient's safety plan: the sharing question first, on top (its frame notes it). */
export function consentFirst(turn: Turn, flowId: string): boolean {
  return CONSENT_FIRST.includes(flowId) && needsOnboarding(turn) && !!turn.flows.get(CONSENT_FLOW);
}
