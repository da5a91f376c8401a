import { Activity, type ConversationReference } from "@microsoft/agents-activity";
import { CardFactory, MessageFactory, type TurnContext } from "@microsoft/agents-hosting";
import type { Logger } from "pino";
import {
  type Alert,
  type AlertFollowUp,
  type AlertRecord,
  type CareNotice,
  type ConversationState,
  type EscalationService,
  isStoreFailure,
  LanternError,
  type Notifier,
  Patients,
} from "#lantern";
import { type AlertSubmit, alertCard } from "./cards.ts";
import {
  type AlertActionHandler,
  baseConversationId,
  errorCode,
  type TeamsChannel,
} from "./channel.ts";

export interface TeamsNotifierOptions {
  /** Conversation id of the alerts channel (TEAMS_ALERT_CONVERSATION). */
  conversation: string;
  logger?: Logger | undefined;
}

/**
 * Care-team alerts in a Teams channel, as Adaptive Cards with Acknowledge and Resolve. Give it to
 * createApp as a notifier (so it takes the escalation pipeline and its audit), then `attach` it
 * in startTeams once the channel runs; until then `notify` throws and the pipeline retries.
 */
export class TeamsNotifier implements Notifier, AlertActionHandler {
  readonly name = "teams";
  readonly conversation: string;
  #logger: Logger | undefined;
  #channel: TeamsChannel | undefined;
  #escalations: EscalationService | undefined;
  /** The alerts channel's reference once read: an alert in a store outage still goes out. */
  #reference: ConversationReference | undefined;

  constructor(options: TeamsNotifierOptions) {
    this.conversation = baseConversationId(options.conversation);
    this.#logger = options.logger;
  }

  /** Connect to the running channel (for posting) and the escalations (for the buttons). */
  attach(channel: TeamsChannel, escalations: EscalationService, logger?: Logger): void {
    this.#logger ??= logger;
    this.#channel = channel;
    this.#escalations = escalations;
    channel.alertActions = this;
  }

  /**
   * The alerts channel's stored reference, read from the store and kept; while the store is
   * unreachable the one last read is used (an outage alert needs no store).
   */
  async reference(): Promise<ConversationReference | undefined> {
    const channel = this.#channel;
    if (!channel) return undefined;
    try {
      this.#reference = (await channel.channelReference(this.conversation)) ?? this.#reference;
    } catch (error) {
      if (!this.#reference || !isStoreFailure(error)) throw error;
    }
    return this.#reference;
  }

  /** Post the alert card; throws when the channel is unknown or Teams fails, so it is retried. */
  async notify(alert: Alert): Promise<void> {
    const channel = this.#channel;
    if (!channel) throw new LanternError("teams.not_started", "the Teams channel is not running");
    const reference = await this.reference();
    if (!reference)
      throw new LanternError(
        "teams.no_alert_channel",
        "Lantern has not been added to the alerts channel yet (TEAMS_ALERT_CONVERSATION)",
      );
    await channel.post(
      reference,
      MessageFactory.attachment(CardFactory.adaptiveCard(alertCard(alert))),
    );
  }

  /** A non-urgent notice ("P-3F9A2C shared their safety plan"): a plain message, no card. */
  async notice(notice: CareNotice): Promise<void> {
    const channel = this.#channel;
    if (!channel) throw new LanternError("teams.not_started", "the Teams channel is not running");
    const reference = await this.reference();
    if (!reference)
      throw new LanternError("teams.no_alert_channel", "Lantern is not in the alerts channel yet");
    const who = notice.subject?.record
      ? `${notice.subject.record} (${notice.patient})`
      : notice.patient;
    const see = notice.see ? ` Details: ${notice.see}` : "";
    await channel.post(reference, MessageFactory.text(`${who} ${notice.text}.${see}`));
  }

  /** A note on an alert already posted: a plain message naming the alert (Teams cards have no thread here). */
  async followUp(alert: Alert, note: AlertFollowUp): Promise<void> {
    const channel = this.#channel;
    if (!channel) throw new LanternError("teams.not_started", "the Teams channel is not running");
    const reference = await this.reference();
    if (!reference)
      throw new LanternError("teams.no_alert_channel", "Lantern is not in the alerts channel yet");
    await channel.post(reference, MessageFactory.text(`Alert ${alert.id}: ${note.text}`));
  }

  /**
   * Acknowledge / Resolve pressed on an alert card: only from the alerts channel itself. The
   * escalation service records and audits it; the card is redrawn with who did what.
   */
  async handleAlertAction(context: TurnContext, action: AlertSubmit): Promise<void> {
    const activity = context.activity;
    const escalations = this.#escalations;
    if (!escalations) return;
    if (baseConversationId(activity.conversation?.id ?? "") !== this.conversation) {
      this.#logger?.warn("teams alert action from outside the alerts channel ignored");
      return;
    }
    if (action.action === "status") {
      await context.sendActivity(
        MessageFactory.text(await this.#status(escalations, action.alert)),
      );
      return;
    }
    const from = activity.from;
    const who = `teams:${from?.aadObjectId ?? from?.id ?? "unknown"}`;
    const by = from?.name ? `${from.name} (${who})` : who;
    let record: AlertRecord;
    try {
      record =
        action.action === "acknowledge"
          ? await escalations.acknowledge(action.alert, by)
          : await escalations.resolve(action.alert, by, action.note ?? "resolved in Teams");
    } catch (error) {
      if (error instanceof LanternError && error.code === "escalation.unknown_alert") {
        await context.sendActivity(
          MessageFactory.text(`Lantern does not know alert ${action.alert}.`),
        );
        return;
      }
      throw error;
    }
    if (!activity.replyToId) return;
    try {
      await context.updateActivity(
        Activity.fromObject({
          type: "message",
          id: activity.replyToId,
          attachments: [CardFactory.adaptiveCard(alertCard(record.alert, record))],
        }),
      );
    } catch (error) {
      // Recorded and audited already; only the card's look is stale.
      this.#logger?.warn(
        { err: errorCode(error), alert: record.alert.id },
        "teams alert card update failed",
      );
    }
  }

  /** The patient's status in plain text, for the alert's "Patient status" button. */
  async #status(escalations: EscalationService, id: string): Promise<string> {
    const alert = (await escalations.get(id))?.alert;
    if (!alert) return `Lantern does not know alert ${id}.`;
    const patients = new Patients(escalations.store);
    let patient = alert.subject?.record ? await patients.get(alert.subject.record) : undefined;
    if (!patient)
      for (const p of await patients.list())
        if (
          p.links.some((l) => escalations.pseudonymOf(`${l.channel}:${l.userId}`) === alert.patient)
        )
          patient = p;
    if (!patient)
      return `No patient record matches alert ${id} (their data may have been deleted).`;
    let state: ConversationState | undefined;
    for (const link of patient.links) {
      const s = await escalations.store.loadConversation(`${link.channel}:${link.userId}`);
      if (s && (!state || s.updatedAt > state.updatedAt)) state = s;
    }
    const measures = Array.isArray(state?.user.measures)
      ? (state.user.measures as { measure?: unknown; total?: unknown; at?: unknown }[])
      : [];
    const latest = new Map<string, string>();
    for (const m of measures)
      if (typeof m.measure === "string")
        latest.set(m.measure, `${m.total} (${String(m.at).slice(0, 10)})`);
    return [
      `Status of ${patient.label} (${patient.id})`,
      `Channels: ${patient.links.map((l) => l.channel).join(", ") || "not linked yet"}`,
      `Now in: ${state?.stack.at(-1)?.flowId ?? "no flow (menu)"}`,
      `Last message from the patient: ${state?.lastInboundAt ?? "none"}`,
      ...(state && state.risk.level !== "none"
        ? [`Current safety episode: ${state.risk.level}`]
        : []),
      `Latest measures: ${[...latest].map(([k, v]) => `${k.toUpperCase()} ${v}`).join(", ") || "none yet"}`,
    ].join("\n\n");
  }
}
