import { sessionsOf } from "./sessions.ts";
import type { ConversationState } from "./state.ts";
import type { EngineServices } from "./types.ts";

// A session's reminder or check-in that came due while the patient was paused (or busy) waits
// in `assigned` and shows as ★ in the menu. Once a session has started after it came due, it is
// about a session that is over ("rest well tonight", "how was your session"): it goes, rather
// than stay starred for good (issue 17). Therapist assignments and questionnaires are kept.

type Waiting = ConversationState["assigned"][number];

/** Flows whose waiting entry is bound to one session: the reminder and the check-in. */
function sessionBound(services: EngineServices): string[] {
  const config = services.sessions;
  return config ? [config.reminder.flow, config.checkin.flow] : [];
}

/** True when `entry` is a session-bound flow and a session started after it came due. */
export function staleWaiting(
  state: Pick<ConversationState, "user">,
  services: EngineServices,
  now: Date,
  entry: Waiting,
): boolean {
  if (!sessionBound(services).includes(entry.flowId)) return false;
  const since = Date.parse(entry.at);
  return sessionsOf(state.user).some((s) => {
    const at = Date.parse(s.at);
    return s.status === "scheduled" && at > since && at <= now.getTime();
  });
}

/** Drop the stale entries from `state.assigned` (before a menu is shown or a waiting flow starts). */
export function dropStaleWaiting(
  state: ConversationState,
  services: EngineServices,
  now: Date,
): void {
  state.assigned = state.assigned.filter((a) => !staleWaiting(state, services, now, a));
}
