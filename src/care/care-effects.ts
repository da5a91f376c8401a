import type { AlertSink } from "../channel.ts";
import type { EffectHandler } from "../runtime/runtime.ts";
import { toEngineAlert } from "../safety/alert.ts";

/**
 * Runtime effect handlers for care actions: `care.notify` (from flows, e.g. the C-SSRS
 * screener) becomes an alert for `sink` (normally the EscalationService, so it takes the
 * same path as the risk guard's alerts), idempotent by the action's alert id. The effect's
 * args are read fail safe (`toEngineAlert`). A failure throws, so the runtime retries it.
 */
export function careEffects(sink: AlertSink): Record<string, EffectHandler> {
  return {
    "care.notify": async (args, state) => {
      await sink.notify({
        ...toEngineAlert(args),
        id: String(args.alert_id ?? `care-${state.id}-${JSON.stringify(args)}`),
        conversation: state.id,
      });
    },
  };
}
