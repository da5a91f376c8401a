import type { Frame } from "./state.ts";
import type { Turn } from "./turn.ts";

/**
 * A flow the care team assigned while the patient was in another one waits at the top of the
 * menu (run-turn.ts startAssigned). When that other flow ends with nothing else on the stack,
 * say so once: otherwise the patient would only find it if they opened the menu themselves.
 * Only assignments made after the ended flow started count, so an older one is not repeated
 * at the end of every exercise.
 */
export function tellAssignedWaiting(turn: Turn, ended: Frame): void {
  if (turn.top()) return;
  const since = Date.parse(ended.startedAt);
  const fresh = turn.state.assigned.some((a) => Date.parse(a.at) >= since);
  if (fresh) turn.system("system/assigned-waiting");
}
