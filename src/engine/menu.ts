import type { Flow } from "../flow/schema.ts";
import { allowedFlow, limitedExtras } from "./consent.ts";
import { localisedLabel } from "./locale.ts";
import { menuStage } from "./sessions.ts";
import { dropStaleWaiting, staleWaiting } from "./stale-waiting.ts";
import type { Choice } from "./state.ts";
import type { Turn } from "./turn.ts";

const GROUP_ORDER = ["start", "safety", "prepare", "integrate", "skills", "relax", "measures"];

/** Patient-facing flows that fit the patient's stage, assigned ones first. */
export function menuChoices(turn: Turn): Choice[] {
  // The session cycle when sessions are set (src/engine/sessions.ts), else user.stage.
  const stage = menuStage(turn);
  // A reminder or check-in whose session is over is not offered (src/engine/stale-waiting.ts).
  const assigned = turn.state.assigned
    .filter((a) => !staleWaiting(turn.state, turn.services, turn.now, a))
    .map((a) => a.flowId);
  const offered = turn.flows
    .list()
    .filter((flow): flow is Flow & { menu: NonNullable<Flow["menu"]> } => Boolean(flow.menu))
    .filter((flow) => flow.audience === "patient" && allowedFlow(turn.state, flow))
    .filter((flow) => flow.menu.stage === "any" || stage === "any" || flow.menu.stage === stage)
    .sort(
      (a, b) =>
        GROUP_ORDER.indexOf(a.menu.group) - GROUP_ORDER.indexOf(b.menu.group) ||
        a.menu.order - b.menu.order ||
        a.id.localeCompare(b.id),
    );
  const fromTherapist = assigned
    .map((id) => turn.flows.get(id))
    .filter((flow): flow is Flow => flow !== undefined && allowedFlow(turn.state, flow))
    .map((flow) => ({ id: flow.id, label: `★ ${flow.menu?.label ?? flow.title}` }));
  const rest = offered
    .filter((f) => !assigned.includes(f.id))
    .map((f) => ({ id: f.id, label: f.menu.label }));
  // Limited mode (sharing declined) adds its sharing choice and delete (src/engine/consent.ts).
  const extras = limitedExtras(turn.state, (id) => turn.flows.get(id) !== undefined).map((c) =>
    localisedLabel(turn, c),
  );
  return [...fromTherapist, ...rest, ...extras];
}

/** Show the menu and remember it, so a number or a button starts the chosen flow. */
export function showMenu(turn: Turn): void {
  const prompt = turn.nextId("menu");
  dropStaleWaiting(turn.state, turn.services, turn.now);
  const choices = menuChoices(turn);
  turn.state.menu = { prompt, choices };
  turn.system("system/menu", { choices, prompt });
}
