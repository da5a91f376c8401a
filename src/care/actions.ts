import { sharingDeclined } from "../engine/consent.ts";
import type { Action, ActionContext } from "../engine/types.ts";
import { LanternError } from "../errors.ts";
import { parseDuration } from "../flow/duration.ts";
import { scoreMeasure } from "../measures/score.ts";
import type { MeasureId } from "../measures/types.ts";
import { RISK_CATEGORIES, RISK_LEVELS, type RiskLevel } from "../safety/types.ts";

// Actions flows call with `action:`. Each is deterministic: it reads its args and the
// conversation, returns a value, user.* patches and effects; the runtime carries out the
// effects after the turn is saved (and retries them from the outbox).

/** History lists kept in user.* (check-ins, journal, measures) keep this many entries. */
export const HISTORY_KEEP = 200;

/** The fields of a Stanley–Brown safety plan, as flows store them in user.plan_*. */
export const PLAN_FIELDS = [
  "warning_signs",
  "coping",
  "distractions",
  "people",
  "professionals",
  "environment",
  "reason",
] as const;

function levelOf(value: unknown): { level: RiskLevel; valid: boolean } {
  return (RISK_LEVELS as readonly unknown[]).includes(value)
    ? { level: value as RiskLevel, valid: true }
    : { level: "moderate", valid: false };
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function appended(previous: unknown, entry: unknown): unknown[] {
  return [...listOf(previous), entry].slice(-HISTORY_KEEP);
}

/** An alert was already queued in this turn (the risk guard's): do not send a second one. */
function alertedThisTurn(context: ActionContext): boolean {
  const at = context.now.toISOString();
  return context.state.outbox.some((item) => item.kind === "alert" && item.createdAt === at);
}

/** The running flow's own variables (flow.*). */
function flowVars(context: ActionContext): Record<string, unknown> {
  const frame = context.state.stack.findLast((f) => f.flowId === context.flowId);
  return { ...(frame?.vars ?? {}) };
}

/**
 * care.notify {level, reason, categories?, unless_alerted?}: an alert for the care team (effect
 * "care.notify", turned into an alert by `careEffects`). Level none sends nothing; an invalid
 * level counts as moderate (fail safe). `unless_alerted: true` skips it when the risk guard
 * already queued an alert this turn.
 */
const careNotify: Action = (args, context) => {
  const { level, valid } = levelOf(args.level);
  if (level === "none") return { value: false };
  if (args.unless_alerted === true && alertedThisTurn(context)) return { value: false };
  const categories = listOf(args.categories ?? ["suicide"]).filter((c) =>
    (RISK_CATEGORIES as readonly unknown[]).includes(c),
  );
  return {
    value: true,
    effects: [
      {
        name: "care.notify",
        args: {
          // Deterministic per turn: a redelivered effect is the same alert.
          alert_id: `care-${context.state.id}-${context.state.seq}-${context.flowId}`,
          level,
          reason: typeof args.reason === "string" ? args.reason : context.flowId,
          categories,
          flags: valid ? [] : ["level_invalid"],
          flow: context.flowId,
          at: context.now.toISOString(),
        },
      },
    ],
  };
};

/** risk.set_level {level}: user.risk_level follows a screener's triage. */
const setRiskLevel: Action = (args, context) => {
  const { level, valid } = levelOf(args.level);
  if (!valid) throw new LanternError("action.invalid_args", `risk.set_level: bad level`);
  return { value: level, user: { risk_level: level, risk_level_at: context.now.toISOString() } };
};

/** safety_plan.save: keep the plan from user.plan_* and share it with the care team. */
const saveSafetyPlan: Action = (_args, context) => {
  const plan: Record<string, string> = {};
  for (const field of PLAN_FIELDS) {
    const value = context.state.user[`plan_${field}`];
    plan[field] = typeof value === "string" ? value : "";
  }
  const saved = { ...plan, saved_at: context.now.toISOString() };
  // Limited mode: the plan is the patient's own; the team is not told (src/care/notices.ts).
  const shared = !sharingDeclined(context.state);
  return {
    value: true,
    user: { safety_plan: saved, plan_saved: true },
    effects: shared ? [{ name: "safety_plan.shared", args: { plan: saved } }] : [],
  };
};

/** schedule.followup {flow, after}: start `flow` for this patient after a duration ("24h"). */
const scheduleFollowup: Action = (args, context) => {
  const flow = args.flow;
  const after = args.after;
  if (typeof flow !== "string" || typeof after !== "string" || !/^\d+[smhdw]$/.test(after))
    throw new LanternError("action.invalid_args", "schedule.followup needs flow and after (24h)");
  const at = new Date(context.now.getTime() + parseDuration(after)).toISOString();
  return { value: at, effects: [{ name: "schedule.followup", args: { flow, after, at } }] };
};

/** Store the running flow's answers (plus any args) as a dated entry in a user.* list. */
function saveEntry(list: "checkins" | "journal"): Action {
  return (args, context) => {
    const entry = {
      at: context.now.toISOString(),
      flow: context.flowId,
      vars: { ...flowVars(context), ...args },
    };
    return { value: entry.at, user: { [list]: appended(context.state.user[list], entry) } };
  };
}

/** measures.score {measure, answers}: score exactly (src/measures) and keep the history. */
const scoreMeasureAction: Action = (args, context) => {
  const answers = listOf(args.answers).map((a) => (typeof a === "string" ? Number(a) : a));
  const result = scoreMeasure(String(args.measure) as MeasureId, answers as number[], context.now);
  // Limited mode: the patient sees the score, nothing is stored for the care team.
  if (sharingDeclined(context.state)) return { value: result };
  return { value: result, user: { measures: appended(context.state.user.measures, result) } };
};

/** Every care action by name, for `EngineServices.actions`. */
export function careActions(): Record<string, Action> {
  return {
    "care.notify": careNotify,
    "risk.set_level": setRiskLevel,
    "safety_plan.save": saveSafetyPlan,
    "schedule.followup": scheduleFollowup,
    "checkin.save": saveEntry("checkins"),
    "journal.save": saveEntry("journal"),
    "measures.score": scoreMeasureAction,
    // The deletion itself happens after the turn is saved and its messages are sent.
    "data.delete": () => ({ value: true, effects: [{ name: "data.delete", args: {} }] }),
  };
}
