import type { BlockAction, App as BoltApp, ButtonAction, webApi } from "@slack/bolt";
import type { Logger } from "pino";
import type { App } from "#lantern";
import { ACCESS_UNAVAILABLE, type CareTeamAccess, NOT_CARE_TEAM } from "./access.ts";
import {
  ACTION,
  type AlertStatus,
  alertBlocks,
  alertFallback,
  RESOLVE_MODAL,
  resolveModal,
} from "./blocks.ts";
import { findPatient } from "./lookup.ts";
import type { SlackAlerts } from "./notifier.ts";
import { latestState, renderStatus } from "./status.ts";

type WebClient = webApi.WebClient;

export interface AlertActionDeps {
  app: App;
  client: WebClient;
  alerts: SlackAlerts;
  access: CareTeamAccess;
  mention?: string | undefined;
  logger?: Logger | undefined;
}

/** Who did it, as escalations and the audit log record it. */
export const slackActor = (userId: string) => `slack:${userId}`;

/**
 * Rebuild every Slack message of an alert from the stored record (who acknowledged, who is
 * contacting, who resolved and when), so all copies agree whichever button was pressed.
 */
export async function refreshAlertMessages(deps: AlertActionDeps, id: string): Promise<void> {
  const record = await deps.app.escalations.get(id);
  if (!record) return;
  const slack = await deps.alerts.get(id);
  const status: AlertStatus = {
    acknowledged: record.acknowledged,
    resolved: record.resolved,
    contacting: slack.contacting,
  };
  for (const [role, message] of Object.entries(slack.messages)) {
    if (!message) continue;
    await deps.client.chat.update({
      channel: message.channel,
      ts: message.ts,
      text: alertFallback(record.alert),
      blocks: alertBlocks(
        record.alert,
        status,
        role === "oncall" && deps.mention && !record.acknowledged ? deps.mention : undefined,
      ),
    });
  }
}

async function tell(client: WebClient, channel: string | undefined, user: string, text: string) {
  if (channel) await client.chat.postEphemeral({ channel, user, text });
}

/** Button presses on alerts and the Resolve modal: each calls escalations (which audits it). */
export function registerAlertActions(bolt: BoltApp, deps: AlertActionDeps): void {
  const { app, client, access, logger } = deps;

  /** Acknowledge, "contacting" and Resolve share the checks: a care-team member, a known alert. */
  const button =
    (work: (id: string, user: string, body: BlockAction) => Promise<void>) =>
    async ({
      ack,
      body,
      action,
    }: {
      ack: () => Promise<void>;
      body: BlockAction;
      action: ButtonAction;
    }) => {
      await ack();
      const user = body.user.id;
      const channel = body.channel?.id;
      const id = action.value ?? "";
      try {
        if (!(await access.isMember(user))) return await tell(client, channel, user, NOT_CARE_TEAM);
      } catch {
        return await tell(client, channel, user, ACCESS_UNAVAILABLE);
      }
      try {
        if (!(await app.escalations.get(id)))
          return await tell(client, channel, user, `I can't find alert ${id}.`);
        await work(id, user, body);
      } catch (error) {
        logger?.error({ alert: id, err: error }, "alert action failed");
        // The person must know their action did not register: the alert may still escalate.
        await tell(
          client,
          channel,
          user,
          `That did not go through for alert ${id}; please try again.`,
        ).catch(() => undefined);
      }
    };

  bolt.action<BlockAction<ButtonAction>>(
    ACTION.acknowledge,
    button(async (id, user) => {
      await app.escalations.acknowledge(id, slackActor(user));
      await refreshAlertMessages(deps, id);
    }),
  );

  bolt.action<BlockAction<ButtonAction>>(
    ACTION.contacting,
    button(async (id, user) => {
      const by = slackActor(user);
      await app.escalations.acknowledge(id, by);
      await deps.alerts.lock.run(id, async () => {
        const record = await deps.alerts.get(id);
        if (!record.contacting.some((c) => c.by === by)) {
          record.contacting.push({ by, at: app.escalations.clock.now().toISOString() });
          await deps.alerts.save(id, record);
        }
      });
      await app.escalations.audit.append({
        event: "alert.acknowledged",
        alert: id,
        by,
        action: "contacting",
      });
      await refreshAlertMessages(deps, id);
    }),
  );

  bolt.action<BlockAction<ButtonAction>>(
    ACTION.resolve,
    button(async (id, _user, body) => {
      const message =
        body.message?.ts && body.channel?.id
          ? { channel: body.channel.id, ts: body.message.ts }
          : undefined;
      await client.views.open({
        trigger_id: body.trigger_id,
        view: resolveModal({ alert: id, channel: message?.channel ?? "", ts: message?.ts ?? "" }),
      });
    }),
  );

  // One tap from the alert to the patient's status, visible to the person who pressed it.
  bolt.action<BlockAction<ButtonAction>>(
    ACTION.status,
    button(async (id, user, body) => {
      const alert = (await app.escalations.get(id))?.alert;
      const found = await findPatient(app, alert?.subject?.record ?? alert?.patient);
      const text =
        "error" in found
          ? `No patient record matches alert ${id} (the patient may have deleted their data).`
          : renderStatus(found.patient, await latestState(app, found.patient));
      await tell(client, body.channel?.id, user, text);
    }),
  );

  bolt.view(RESOLVE_MODAL, async ({ ack, body, view }) => {
    const user = body.user.id;
    const meta = JSON.parse(view.private_metadata || "{}") as { alert?: string; channel?: string };
    const id = meta.alert ?? "";
    const note = view.state.values.note?.note?.value?.trim() ?? "";
    if (!note)
      return await ack({ response_action: "errors", errors: { note: "Please add a short note." } });
    try {
      if (!(await access.isMember(user)))
        return await ack({ response_action: "errors", errors: { note: NOT_CARE_TEAM } });
    } catch {
      return await ack({ response_action: "errors", errors: { note: ACCESS_UNAVAILABLE } });
    }
    await ack();
    try {
      await app.escalations.resolve(id, slackActor(user), note);
      await refreshAlertMessages(deps, id);
    } catch (error) {
      logger?.error({ alert: id, err: error }, "resolving an alert failed");
      await tell(
        client,
        meta.channel || undefined,
        user,
        `Resolving alert ${id} did not go through; please try again.`,
      ).catch(() => undefined);
    }
  });
}
