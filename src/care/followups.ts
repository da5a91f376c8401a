import type { AlertFollowUp } from "../channel.ts";
import { LanternError } from "../errors.ts";
import type { EffectHandler } from "../runtime/runtime.ts";
import type { EscalationService } from "./escalations.ts";

// Risk words typed inside a safety flow below the open alert's level (and of a kind it already
// names) do not make a new alert (src/engine/safety-words.ts); the team still hears of them as
// a note on that alert: a reply in its Slack thread. Nothing is sent for an alert that is
// resolved or gone; the note never carries patient text. Once per target (`followup:<id>`).

/** The words the care team reads under the alert. */
export function followUpText(level: string): string {
  return `The patient wrote risk words again inside the safety flow (level ${level}, not above this alert). No new alert was raised.`;
}

/** `care.followup {alert, level, categories, at}` from the engine: a note on the open alert. */
export function followUpEffects(escalations: EscalationService): Record<string, EffectHandler> {
  return {
    "care.followup": async (args, _state, { id: effectId }) => {
      const record = await escalations.get(escalations.idOf(String(args.alert ?? "")));
      if (!record || record.status === "resolved") return;
      const level = typeof args.level === "string" ? args.level : "concern";
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
