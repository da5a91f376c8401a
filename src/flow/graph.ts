import type { Flow, Step } from "./schema.ts";

export const END = "END";

/** Every target a step can lead to, with the key it came from (for problem lines). */
export function targetsOf(
  flow: Pick<Flow, "order">,
  step: Step,
  index: number,
): { target: string; key: PropertyKey[] }[] {
  const out: { target: string; key: PropertyKey[] }[] = [];
  const implicit = flow.order[index + 1] ?? END;
  if (step.kind === "link") return out;
  if (step.next === undefined) out.push({ target: implicit, key: [] });
  else if (typeof step.next === "string") out.push({ target: step.next, key: ["next"] });
  else {
    step.next.forEach((branch, i) => {
      out.push({ target: "else" in branch ? branch.else : branch.then, key: ["next", i] });
    });
    if (!step.next.some((branch) => "else" in branch))
      out.push({ target: implicit, key: ["next"] });
  }
  if (step.kind === "ask") {
    if (step.retries) out.push({ target: step.retries.exhausted, key: ["retries", "exhausted"] });
    if (step.timeout) out.push({ target: step.timeout.next, key: ["timeout", "next"] });
  }
  return out;
}

/** Step ids reachable from the first step. */
export function reachable(flow: Pick<Flow, "order" | "steps">): Set<string> {
  const seen = new Set<string>();
  const queue = [flow.order[0] as string];
  while (queue.length) {
    const id = queue.pop() as string;
    const index = flow.order.indexOf(id);
    if (seen.has(id) || index < 0) continue;
    seen.add(id);
    for (const { target } of targetsOf(flow, flow.steps[index] as Step, index)) queue.push(target);
  }
  return seen;
}

/** Steps on a cycle that never passes an ask: the flow would spin without waiting for the patient. */
export function loopsWithoutAsk(flow: Pick<Flow, "order" | "steps">): string[] {
  const onLoop = new Set<string>();
  const state = new Map<string, "open" | "done">();
  const visit = (id: string, path: string[]): void => {
    const index = flow.order.indexOf(id);
    const step = flow.steps[index];
    if (!step || step.kind === "ask") return;
    if (state.get(id) === "open") {
      for (const p of path.slice(path.indexOf(id))) onLoop.add(p);
      return;
    }
    if (state.get(id) === "done") return;
    state.set(id, "open");
    for (const { target } of targetsOf(flow, step, index)) visit(target, [...path, id]);
    state.set(id, "done");
  };
  for (const id of flow.order) visit(id, []);
  return [...onLoop];
}
