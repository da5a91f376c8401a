import type { Action, ActionContext } from "../engine/types.ts";
import { HISTORY_KEEP } from "./actions.ts";

// Actions for the between-session content (issue 17 item 6): the weekly integration prompt
// reads back the patient's own latest insight, the flare plan is kept in their words, and a
// weekly self-efficacy rating is tracked over time. All shown in the brief (sessions-brief.ts).

/** The fields of a flare plan, as flows/flare-plan.yaml stores them in flow.*. */
export const FLARE_FIELDS = ["signs", "pace", "soothe", "reach_out", "kind_words"] as const;

/** Words the patient wrote that say nothing to build on ("nothing yet", a skipped question). */
const EMPTY =
  /^(?:|none|nothing|nothing yet|not much yet|nothing noticed|not sure yet|no|rest|keep)$/i;

function text(value: unknown): string {
  return typeof value === "string" ? value.trim() : "";
}

function frameVars(context: ActionContext): Record<string, unknown> {
  return context.state.stack.findLast((f) => f.flowId === context.flowId)?.vars ?? {};
}

/**
 * journal.latest: the patient's newest own words worth building on, from the journal
 * (meaning, then what came up) or the post-session check-in (insights); "" when none.
 */
const latestInsight: Action = (_args, { state }) => {
  const entries = [
    ...(Array.isArray(state.user.journal) ? state.user.journal : []),
    ...(Array.isArray(state.user.checkins) ? state.user.checkins : []),
  ] as { at?: string; vars?: Record<string, unknown> }[];
  entries.sort((a, b) => String(b.at).localeCompare(String(a.at)));
  for (const entry of entries) {
    for (const key of ["meaning", "insights", "came_up", "action"]) {
      const words = text(entry.vars?.[key]);
      if (words && !EMPTY.test(words)) return { value: words.slice(0, 300) };
    }
  }
  return { value: "" };
};

/** flare_plan.save: the running flow's flow.* answers become user.flare_plan. */
const saveFlarePlan: Action = (_args, context) => {
  const vars = frameVars(context);
  const plan: Record<string, string> = {};
  for (const field of FLARE_FIELDS) plan[field] = text(vars[field]);
  return {
    value: true,
    user: { flare_plan: { ...plan, saved_at: context.now.toISOString() } },
  };
};

/**
 * self_efficacy.save {score}: one weekly rating (0-10, Lantern's own question) kept in
 * user.self_efficacy; the value is the previous score, or -1 for the first one.
 */
const saveSelfEfficacy: Action = (args, { state, now }) => {
  const score = Number(args.score);
  const history = Array.isArray(state.user.self_efficacy) ? state.user.self_efficacy : [];
  const previous = history.at(-1) as { score?: unknown } | undefined;
  if (!Number.isFinite(score)) return { value: -1 };
  return {
    value: typeof previous?.score === "number" ? previous.score : -1,
    user: {
      self_efficacy: [...history, { at: now.toISOString(), score }].slice(-HISTORY_KEEP),
    },
  };
};

/** The content actions by name, for `EngineServices.actions` (joined into sessionActions). */
export function contentActions(): Record<string, Action> {
  return {
    "journal.latest": latestInsight,
    "flare_plan.save": saveFlarePlan,
    "self_efficacy.save": saveSelfEfficacy,
  };
}
