import type { AlertFollowUp } from "../channel.ts";
import { LanternError } from "../errors.ts";
import type { EffectHandler } from "../runtime/runtime.ts";
import { toEngineAlert } from "../safety/alert.ts";
import type { EscalationService } from "./escalations.ts";

// Risk words typed inside a safety flow below the open alert's level (and of a kind it already
// names) do not make a new alert (src/engine/safety-words.ts); the team still hears of them as
// a note on that alert: a reply in its Slack thread. The note never carries patient text. Once
// per target (`followup:<id>`). When that alert is resolved or gone, the episode the engine
// remembers is over for the team: the words become a new alert instead, never nothing.

/** The words the care team reads under the alert. */
export function followUpText(level: string): string {
  return `The patient wrote risk words again inside the safety flow (level ${level}, not above this alert). No new alert was raised.`;
}

/** `care.followup {alert, level, categories, at}` from the engine: a note on the open alert. */
export function followUpEffects(escalations: EscalationService): Record<string, EffectHandler> {
  return {
    "care.followup": async (args, state, { id: effectId }) => {
      const record = await escalations.get(escalations.idOf(String(args.alert ?? "")));
      const level = typeof args.level === "string" ? args.level : "concern";
      if (!record || record.status === "resolved") {
        if (level === "concern" || level === "none") return;
        await escalations.notify({
          ...toEngineAlert({ level, categories: args.categories }),
          id: `followup-${effectId}`,
          conversation: state.id,
          flags: ["in_safety_flow", "earlier_alert_closed"],
          reason: "risk_guard",
        });
        return;
      }
      const note: AlertFollowUp = {
        id: escalations.idOf(effectId).replace(/^A-/, "F-"),
        level,
        categories: Array.isArray(args.categories) ? args.categories.map(String) : [],
        at: typeof args.at === "string" ? args.at : escalations.clock.now().toISOString(),
        text: followUpText(level),
      };
      const key = `followup:${note.id}`;
      const delivered = new Set((await escalations.store.get<string[]>(key)) ?? []);
      const failed: string[] = [];
      for (const target of escalations.primary) {
        if (!target.followUp || delivered.has(target.name)) continue;
        try {
          await target.followUp(record.alert, note);
          delivered.add(target.name);
          await escalations.store.set(key, [...delivered]);
        } catch {
          failed.push(target.name);
        }
      }
      if (failed.length)
        throw new LanternError(
          "escalation.delivery_failed",
          `follow-up on ${record.alert.id} not delivered to ${failed.join(", ")}`,
        );
      await escalations.audit.append({ event: "alert.followup", alert: record.alert.id, level });
    },
  };
}
