import type { Flow } from "../flow/schema.ts";

// Which flows the care team may assign to a patient, decided from flow metadata: never a
// safety flow (the risk guard starts those), a care-team flow, or one that deletes data
// (a `data.*` action, e.g. the patient's own "Delete my data"). A flow may also say
// `assignable: false` in its header; `assignable: true` overrides none of these.

/** Why a flow cannot be assigned, in words for the care team; undefined when it can. */
export function notAssignable(flow: Flow): string | undefined {
  if (flow.safety) return "is a safety flow: the risk guard starts it, it cannot be assigned";
  if (flow.audience !== "patient") return "is for the care team, not for patients";
  if (flow.assignable === false) return "is marked not assignable (`assignable: false`)";
  const deletes = flow.steps.some((s) => s.kind === "action" && s.action.startsWith("data."));
  if (deletes) return "changes or deletes the patient's data: only the patient can start it";
  return undefined;
}

/** The flows a clinician may assign, in catalogue order. */
export function assignableFlows(flows: readonly Flow[]): Flow[] {
  return flows.filter((f) => !notAssignable(f));
}
