import { createHash } from "node:crypto";
import type { CareNotice, Notifier } from "../channel.ts";
import type { ConversationState } from "../engine/state.ts";
import { LanternError } from "../errors.ts";
import type { EffectHandler } from "../runtime/runtime.ts";
import type { Store } from "../store/store.ts";
import { sharingDeclined } from "./consent.ts";
import type { EscalationService } from "./escalations.ts";
import { Patients } from "./patients.ts";

// Non-urgent care-team notices (issue 17 item 2): "shared their safety plan" goes to every
// primary notifier that takes notices (Slack, Teams), not through the alert pipeline: there is
// nothing to acknowledge and no backup to call. The details stay in the brief (the "Safety
// plan" section); a notice never carries patient text. Delivered at least once per target:
// each target's success is stored (`notice:<id>`) before the next, so a retry skips it.

/** What `safety_plan.shared` tells the team. */
export const PLAN_SHARED_TEXT = "shared their safety plan";

/** A stable notice id from the effect's outbox id (which embeds the platform user id: hashed). */
function noticeId(pseudonym: string, effectId: string): string {
  const hex = createHash("sha256").update(`notice:${pseudonym}:${effectId}`).digest("hex");
  return `N-${hex.slice(0, 12).toUpperCase()}`;
}

/** Send `notice` to each target that takes notices and does not have it yet; throw if any failed. */
export async function deliverNotice(
  store: Store,
  targets: readonly Notifier[],
  notice: CareNotice,
): Promise<void> {
  const key = `notice:${notice.id}`;
  const delivered = new Set((await store.get<string[]>(key)) ?? []);
  const failed: string[] = [];
  for (const target of targets) {
    if (!target.notice || delivered.has(target.name)) continue;
    try {
      await target.notice(notice);
      delivered.add(target.name);
      await store.set(key, [...delivered]);
    } catch {
      failed.push(target.name);
    }
  }
  if (failed.length)
    throw new LanternError(
      "notice.delivery_failed",
      `notice ${notice.id} not delivered to ${failed.join(", ")}`,
    );
}

async function planNotice(
  escalations: EscalationService,
  state: ConversationState,
  effectId: string,
  at: string,
): Promise<CareNotice> {
  const patient = escalations.pseudonymOf(state.id);
  const record = (await new Patients(escalations.store).byLink(state.channel, state.userId))?.id;
  return {
    id: noticeId(patient, effectId),
    kind: "safety_plan.shared",
    patient,
    ...(record ? { subject: { record }, see: `/lantern brief ${record}` } : {}),
    text: PLAN_SHARED_TEXT,
    at,
  };
}

/**
 * Runtime effect handlers for care notices: `safety_plan.shared` (from safety_plan.save) tells
 * the team a plan is in the brief. Nothing is sent when the patient declined sharing.
 */
export function noticeEffects(escalations: EscalationService): Record<string, EffectHandler> {
  return {
    "safety_plan.shared": async (args, state, { id }) => {
      if (sharingDeclined(state)) return;
      const plan = args.plan as { saved_at?: unknown } | undefined;
      const at = typeof plan?.saved_at === "string" ? plan.saved_at : escalations.clock.now();
      const notice = await planNotice(escalations, state, id, new Date(at).toISOString());
      await deliverNotice(escalations.store, escalations.primary, notice);
    },
  };
}
