import { parseDuration } from "../flow/duration.ts";
import type { EffectHandler } from "./runtime.ts";

/** `schedule.followup {flow, after}` from a flow: a durable job, idempotent by the effect's id. */
export const scheduleFollowup: EffectHandler = async (args, state, { id, runtime }) => {
  const after = parseDuration(String(args.after));
  const now = runtime.clock.now();
  await runtime.scheduler.schedule({
    id,
    due: new Date(now.getTime() + after).toISOString(),
    channel: state.channel,
    userId: state.userId,
    flowId: String(args.flow),
    by: `flow:${String(args.from ?? "")}`,
    createdAt: now.toISOString(),
  });
};
