import type { ConversationState } from "../engine/state.ts";
import { dateTime, quoted, words } from "./brief-data.ts";
import type { EscalationService } from "./escalations.ts";

// The parts of the pre-session brief that the dosing team asked for beyond measures and
// check-ins: the patient's own crisis requests (whatever level their alert had), the safety
// plan and the wishes from "Worried about your session?" (flows/safety-plan.yaml,
// flows/prep-fear.yaml, flows/prep-set-setting.yaml store them in user.*).

/** A crisis request the patient made ("crisis", the crisis button), from the alert audit. */
export interface CrisisRequest {
  at: string;
  level: string;
}

/**
 * The patient's crisis requests, oldest first: `alert.created` audit records with reason
 * `crisis_request` for this conversation's pseudonym. These alerts are at concern level
 * (flows/crisis.yaml), so the risk history alone does not show them.
 */
export async function crisisRequests(
  escalations: EscalationService,
  conversationId: string,
): Promise<CrisisRequest[]> {
  const patient = escalations.pseudonymOf(conversationId);
  return (await escalations.listAudit())
    .filter(
      (e) => e.event === "alert.created" && e.reason === "crisis_request" && e.patient === patient,
    )
    .map((e) => ({ at: e.at, level: typeof e.level === "string" ? e.level : "concern" }));
}

/** Red-flag lines for crisis requests, newest first. */
export function crisisRequestLines(requests: readonly CrisisRequest[]): string[] {
  return [...requests]
    .reverse()
    .map((r) => `- ${dateTime(r.at)} the patient asked for crisis help (alert level ${r.level})`);
}

const PLAN_STEPS = [
  ["plan_warning_signs", "Warning signs"],
  ["plan_coping", "Things they can do alone to cope"],
  ["plan_distractions", "People and places for distraction"],
  ["plan_people", "People they can ask for help"],
  ["plan_professionals", "Professionals to contact"],
  ["plan_environment", "Making their surroundings safer"],
  ["plan_reason", "Their most important reason for living"],
] as const;

/** The safety plan in the patient's words, step by step; empty when none is stored. */
export function safetyPlanLines(state: ConversationState): string[] {
  const user = state.user;
  const lines = PLAN_STEPS.filter(([key]) => words(user[key])).map(
    ([key, label]) => `- ${label}: ${quoted(user[key])}`,
  );
  if (lines.length && user.plan_saved !== true)
    lines.push("- The plan was not finished and saved: these are the steps answered so far");
  return lines;
}

/** What the patient asked for on the day: support person, what staff should do, anchor phrase. */
export function wishLines(state: ConversationState): string[] {
  const user = state.user;
  const lines: string[] = [];
  const support = words(user.support_person);
  if (support)
    lines.push(
      support === "none yet"
        ? "- Support person: none yet"
        : `- Support person: ${quoted(support)}`,
    );
  if (words(user.hard_moment_help))
    lines.push(`- What staff should do in a hard moment: ${quoted(user.hard_moment_help)}`);
  if (words(user.anchor)) lines.push(`- Anchor phrase: ${quoted(user.anchor)}`);
  // prep/set-setting-plan tells the patient "Your care team can see this plan".
  if (words(user.comfort_items)) lines.push(`- To feel comfortable: ${quoted(user.comfort_items)}`);
  return lines;
}
