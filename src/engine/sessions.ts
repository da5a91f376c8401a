import { z } from "zod";
import { DEFAULT_SESSIONS, type SessionsConfig } from "../config/sessions.ts";
import { allowedFlow } from "./consent.ts";
import type { Turn } from "./turn.ts";

// A KAP course is a series of dosing sessions. They live in user.sessions (set by the patient's
// "My next session" flow or by the care team), and the menu follows the cycle they make:
// preparing -> dosing day -> after (check-in) -> integrating -> preparing for the next one.

export const Session = z.object({
  /** 1 for the first dosing session, 2 for the second, ... */
  number: z.number().int().min(1),
  /** Start time, ISO (UTC). */
  at: z.iso.datetime({ offset: true }),
  status: z.enum(["scheduled", "cancelled"]).default("scheduled"),
  /** Who set it: "patient", or the care team's actor ("cli:alex", "slack:U123"). */
  by: z.string().optional(),
});
export type Session = z.infer<typeof Session>;

export type Phase = "preparing" | "dosing_day" | "after" | "integrating";

/** The sessions stored in user.sessions, sorted by time; anything malformed is skipped. */
export function sessionsOf(user: Record<string, unknown>): Session[] {
  const raw = Array.isArray(user.sessions) ? user.sessions : [];
  return raw
    .map((s) => Session.safeParse(s))
    .filter((r) => r.success)
    .map((r) => r.data)
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/** The calendar day of an instant in a zone, "2026-12-10". */
export function localDay(at: Date, zone: string): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: zone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(at);
}

/** The next scheduled session after `now`, if any. */
export function nextSession(sessions: Session[], now: Date): Session | undefined {
  return sessions.find((s) => s.status === "scheduled" && Date.parse(s.at) > now.getTime());
}

/** The latest scheduled session that has started by `now`, if any. */
export function lastSession(sessions: Session[], now: Date): Session | undefined {
  return sessions.findLast((s) => s.status === "scheduled" && Date.parse(s.at) <= now.getTime());
}

/**
 * Where the patient is in the cycle at `now`. Without sessions, the one-way `user.stage` of
 * older conversations decides ("before" -> preparing, "after" -> integrating; else undefined,
 * meaning every flow fits).
 */
export function phaseOf(
  sessions: Session[],
  now: Date,
  options: { config?: SessionsConfig | undefined; stage?: unknown } = {},
): Phase | undefined {
  const config = options.config ?? DEFAULT_SESSIONS;
  const next = nextSession(sessions, now);
  const last = lastSession(sessions, now);
  if (!next && !last) {
    if (options.stage === "before") return "preparing";
    if (options.stage === "after") return "integrating";
    return undefined;
  }
  if (next && localDay(new Date(next.at), config.timezone) === localDay(now, config.timezone))
    return "dosing_day";
  if (last && now.getTime() - Date.parse(last.at) < config.after_window) return "after";
  if (next && (!last || Date.parse(next.at) - now.getTime() <= config.prep_window))
    return "preparing";
  return "integrating";
}

/** The flows' `menu.stage` that fits a phase: preparation before a session, integration after. */
export function stageOfPhase(phase: Phase | undefined): "before" | "after" | "any" {
  if (phase === "preparing" || phase === "dosing_day") return "before";
  if (phase === "after" || phase === "integrating") return "after";
  return "any";
}

/**
 * Add a session at `at`. With a number, that session moves (or is made); without one, the same
 * time again changes nothing, else it becomes the next number. Returns the new list.
 */
export function addSession(
  sessions: Session[],
  input: { at: Date; number?: number; by?: string },
): Session[] {
  const at = input.at.toISOString();
  const by = input.by ? { by: input.by } : {};
  if (input.number !== undefined) {
    const rest = sessions.filter((s) => s.number !== input.number);
    return sort([...rest, { number: input.number, at, status: "scheduled", ...by }]);
  }
  if (sessions.some((s) => s.at === at && s.status === "scheduled")) return sessions;
  const number = Math.max(0, ...sessions.map((s) => s.number)) + 1;
  return sort([...sessions, { number, at, status: "scheduled", ...by }]);
}

/** Cancel session `number` (kept, marked cancelled: its jobs go, the numbers stay). */
export function cancelSession(sessions: Session[], number: number): Session[] | undefined {
  if (!sessions.some((s) => s.number === number)) return undefined;
  return sessions.map((s) => (s.number === number ? { ...s, status: "cancelled" } : s));
}

/** The patient says when their next session is: the upcoming one moves, or a new one is added. */
export function setNextSession(sessions: Session[], at: Date, now: Date): Session[] {
  const next = nextSession(sessions, now);
  return addSession(sessions, { at, by: "patient", ...(next ? { number: next.number } : {}) });
}

function sort(sessions: Session[]): Session[] {
  return [...sessions].sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.number - b.number);
}

/** The menu's stage for this turn: from the session cycle, else the stored user.stage. */
export function menuStage(turn: Turn): "before" | "after" | "any" {
  const sessions = sessionsOf(turn.state.user);
  const stage = turn.state.user.stage;
  if (!sessions.length) return stage === "before" || stage === "after" ? stage : "any";
  return stageOfPhase(phaseOf(sessions, turn.now, { config: turn.services.sessions, stage }));
}

/** A session flow that waited longer than this is not started by itself any more. */
const WAIT_FRESH_MS = 24 * 3_600_000;

/**
 * A session flow (reminder, check-in, questionnaire) that came due while the patient was in
 * another flow waits in `assigned`. When the patient's flow ends, start the first such one, so
 * the patient gets the dosing-day rules without opening the menu. Not while paused or in a
 * safety episode; therapist assignments stay in the menu as before.
 */
export function startWaitingSessionFlow(turn: Turn): string | undefined {
  const { state } = turn;
  // A menu shown just now (back from a safety flow) is the patient's to choose from.
  if (turn.top() || state.menu || state.user.paused === true || state.risk.level !== "none")
    return undefined;
  // In the configured order: the reminder first (it is for tonight), then the check-in, ...
  const order = turn.services.sessionFlows ?? [];
  const rank = (flowId: string) => order.indexOf(flowId);
  // Only fresh ones: last week's questionnaires or an old reminder stay in the menu (★) instead.
  const fresh = (at: string) => turn.now.getTime() - Date.parse(at) < WAIT_FRESH_MS;
  const waiting = state.assigned
    .filter((a) => rank(a.flowId) >= 0 && fresh(a.at))
    // Limited mode (sharing declined) keeps what it does not offer waiting, as startAssigned does.
    .filter((a) => turn.flows.get(a.flowId) && allowedFlow(state, turn.flows.get(a.flowId)))
    .sort((a, b) => rank(a.flowId) - rank(b.flowId))[0];
  if (!waiting) return undefined;
  state.assigned = state.assigned.filter((a) => a !== waiting);
  return waiting.flowId;
}
