import { eraseCareRecords } from "../care/erase.ts";
import type { EscalationService } from "../care/escalations.ts";
import type { Patients } from "../care/patients.ts";
import type { ConversationLock } from "../lock.ts";
import type { EffectHandler } from "../runtime/runtime.ts";
import type { Store } from "../store/store.ts";

// The patient's own delete (the `data.delete` effect a flow runs): their patient record,
// scheduled jobs, conversation, alerts and care records go; an audit row without the platform
// user id says it happened, and the backend drops what it still holds (Store.scrub).

export interface DataDeleteDeps {
  patients: Patients;
  store: Store;
  escalations: EscalationService;
  /** The alert lock of running processes (shared stores), so a delivery finishes first. */
  lock: ConversationLock | undefined;
  /** The pseudonym salt the alerts were made with. */
  salt: () => Promise<string>;
}

export function dataDeleteEffect(deps: DataDeleteDeps): EffectHandler {
  const { patients, store, escalations } = deps;
  return async (_args, state, { runtime: rt }) => {
    const patient = await patients.byLink(state.channel, state.userId);
    if (patient) await patients.remove(patient.id);
    for (const job of rt.scheduler.list({ channel: state.channel, userId: state.userId }))
      await rt.scheduler.cancel(job.id);
    await rt.forgetConversation(state.id);
    // Alerts (tombstones stay), open-list entries, Slack records, audit rows about them.
    const erased = await eraseCareRecords(store, {
      conversations: [state.id],
      links: [{ channel: state.channel, userId: state.userId }],
      now: escalations.clock.now(),
      lock: deps.lock,
      salt: await deps.salt(),
      patientId: patient?.id,
    });
    // The channel, never the platform user id: the audit row must not identify them.
    await escalations.audit.append({
      event: "data.deleted",
      channel: state.channel,
      alerts: erased.alerts,
      ...(patient ? { patient: patient.id } : {}),
    });
    await store.scrub();
  };
}
