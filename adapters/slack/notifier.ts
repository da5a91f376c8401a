import type { webApi } from "@slack/bolt";
import type { Logger } from "pino";
import {
  type Alert,
  type AlertFollowUp,
  type CareNotice,
  KeyedLock,
  LanternError,
  type Notifier,
  type Store,
} from "#lantern";
import {
  type AlertStatus,
  alertBlocks,
  alertFallback,
  contextBlocks,
  escapeText,
  slackTime,
} from "./blocks.ts";

type WebClient = webApi.WebClient;

/** A posted Slack message. */
export interface MessageRef {
  channel: string;
  ts: string;
}

/**
 * What Slack knows about one alert (`slack:alert:<id>`): the messages posted for it (the alert,
 * the on-call re-notify), when a post was started (a retry after a crash looks the message up
 * instead of posting again), and who said they are contacting the patient.
 */
export interface SlackAlertRecord {
  messages: { primary?: MessageRef; oncall?: MessageRef };
  posting: { primary?: string; oncall?: string };
  contextPosted?: boolean;
  contacting: { by: string; at: string }[];
}

const EVENT_TYPE = { primary: "lantern_alert", oncall: "lantern_alert_oncall" } as const;
type Role = keyof typeof EVENT_TYPE;

/**
 * The Slack side of every alert, in the Lantern store. Notifiers and button handlers share one
 * instance, so its lock keeps their writes to one alert in order.
 */
export class SlackAlerts {
  readonly lock = new KeyedLock();
  #store: Store | undefined;

  /** The store is Lantern's own, which exists only once the app is built. */
  bind(store: Store): void {
    this.#store = store;
  }

  get store(): Store {
    if (!this.#store)
      throw new LanternError(
        "slack.not_attached",
        "the Slack adapter is not attached to the app yet",
      );
    return this.#store;
  }

  async get(id: string): Promise<SlackAlertRecord> {
    const raw = await this.store.get<SlackAlertRecord>(`slack:alert:${id}`);
    return { messages: {}, posting: {}, contacting: [], ...raw };
  }

  async save(id: string, record: SlackAlertRecord): Promise<void> {
    await this.store.set(`slack:alert:${id}`, record);
  }
}

export interface SlackNotifierOptions {
  client: WebClient;
  /** SLACK_ALERT_CHANNEL. */
  channel: string;
  alerts: SlackAlerts;
  /** The backup variant: re-notify, mentioning this (<@U…>, <!subteam^S…>). */
  mention?: string | undefined;
  name?: string;
  logger?: Logger | undefined;
}

/** "📋 pt_1a2b3c4d (P-3F9A2C) shared their safety plan. Details: `/lantern brief pt_1a2b3c4d`" */
export function noticeText(notice: CareNotice): string {
  const who = notice.subject?.record
    ? `${notice.subject.record} (${notice.patient})`
    : notice.patient;
  const see = notice.see ? ` Details: \`${notice.see}\`` : "";
  return `📋 ${escapeText(who)} ${escapeText(notice.text)}.${see}`;
}

/** Slack answered with `ok: false` (bad channel, missing scope): retrying the same call won't help. */
function isPlatformError(error: unknown): boolean {
  return (error as { code?: string })?.code === "slack_webapi_platform_error";
}

/**
 * Posts care-team alerts to SLACK_ALERT_CHANNEL as Block Kit messages with Acknowledge,
 * "I'm contacting them" and Resolve buttons, and the recent context in a thread.
 *
 * Idempotent by alert id: the message's ts is stored (`slack:alert:<id>`) before `notify`
 * returns, and the moment a post starts is stored before it is sent, so a retry after a crash
 * looks for the message (by its metadata) instead of posting a second one. Failures throw, so
 * the outbox retries (429s are waited out by the WebClient's own retries first).
 *
 * With `mention` it is the backup variant: it re-notifies in the alert's thread, broadcast to
 * the channel, @-mentioning the on-call person or group (or posts the whole alert if the first
 * post never got through).
 */
export class SlackNotifier implements Notifier {
  readonly name: string;
  readonly #client: WebClient;
  readonly #channel: string;
  readonly #alerts: SlackAlerts;
  readonly #mention: string | undefined;
  /** Set when the app's logger is known (attach). */
  logger: Logger | undefined;

  constructor(options: SlackNotifierOptions) {
    this.#client = options.client;
    this.#channel = options.channel;
    this.#alerts = options.alerts;
    this.#mention = options.mention;
    this.name = options.name ?? (options.mention ? "slack-oncall" : "slack");
    this.logger = options.logger;
  }

  async notify(alert: Alert): Promise<void> {
    const role: Role = this.#mention ? "oncall" : "primary";
    // Raised while the store was down (the inbound journal's outage alert): post it without
    // touching the store, since a record read would fail and lose it. Its tracked version
    // adopts this delivery when the store is back (EscalationService.adoptDuring).
    if (alert.flags.includes("untracked")) {
      await this.#post(alert, role, { messages: {}, posting: {}, contacting: [] }, false);
      return;
    }
    await this.#alerts.lock.run(alert.id, async () => {
      const record = await this.#alerts.get(alert.id);
      if (!record.messages[role]) {
        const found = record.posting[role]
          ? await this.#findPosted(alert.id, role, record.posting[role])
          : undefined;
        record.messages[role] = found ?? (await this.#post(alert, role, record));
        delete record.posting[role];
        await this.#alerts.save(alert.id, record);
      }
      if (role === "primary" && !record.contextPosted) {
        const blocks = contextBlocks(alert);
        const message = record.messages.primary;
        if (blocks.length && message)
          await this.#client.chat.postMessage({
            channel: message.channel,
            thread_ts: message.ts,
            text: "Recent messages, oldest first",
            blocks,
          });
        record.contextPosted = true;
        await this.#alerts.save(alert.id, record);
      }
    });
  }

  /**
   * A non-urgent notice ("P-3F9A2C shared their safety plan"): one plain message in the alert
   * channel, no buttons. The backup (on-call) variant takes none: notices never page anyone.
   */
  async notice(notice: CareNotice): Promise<void> {
    if (this.#mention) return;
    await this.#client.chat.postMessage({
      channel: this.#channel,
      text: noticeText(notice),
      unfurl_links: false,
      unfurl_media: false,
    });
  }

  /** A note on an alert already posted: a reply in its thread (none if it was never posted). */
  async followUp(alert: Alert, note: AlertFollowUp): Promise<void> {
    if (this.#mention) return;
    const message = (await this.#alerts.get(alert.id)).messages.primary;
    if (!message) return;
    await this.#client.chat.postMessage({
      channel: message.channel,
      thread_ts: message.ts,
      text: `${note.text} (${slackTime(note.at)})`,
      unfurl_links: false,
      unfurl_media: false,
    });
  }

  async #post(
    alert: Alert,
    role: Role,
    record: SlackAlertRecord,
    tracked = true,
  ): Promise<MessageRef> {
    // Stored before sending: if we crash after Slack has it, the retry finds it. Wall-clock
    // time, because it is compared with Slack's message ts.
    if (tracked) {
      record.posting[role] = new Date().toISOString();
      await this.#alerts.save(alert.id, record);
    }
    const status: AlertStatus = { contacting: record.contacting };
    const metadata = { event_type: EVENT_TYPE[role], event_payload: { alert_id: alert.id } };
    const thread = role === "oncall" ? record.messages.primary : undefined;
    const why =
      alert.escalation?.reason === "undelivered"
        ? "could not be delivered in time"
        : "has not been acknowledged in time";
    const text =
      role === "oncall" ? `${this.#mention} ${alertFallback(alert)} ${why}` : alertFallback(alert);
    const message = {
      channel: this.#channel,
      text,
      blocks: alertBlocks(
        alert,
        status,
        role === "oncall" ? `${this.#mention} this alert ${why};` : undefined,
      ),
      metadata,
      unfurl_links: false,
      unfurl_media: false,
    };
    // The re-notify goes under the alert, broadcast so the channel sees the mention too.
    const result = await this.#client.chat.postMessage(
      thread ? { ...message, thread_ts: thread.ts, reply_broadcast: true } : message,
    );
    if (!result.ts)
      throw new LanternError(
        "slack.post_failed",
        `Slack did not return a ts for alert ${alert.id}`,
      );
    this.logger?.info({ alert: alert.id, role }, "alert posted to Slack");
    return { channel: result.channel ?? this.#channel, ts: result.ts };
  }

  /** A post started before (then a crash or timeout): is it in the channel already? */
  async #findPosted(id: string, role: Role, since: string): Promise<MessageRef | undefined> {
    // Ten minutes' slack for clock skew between this machine and Slack.
    const oldest = String(Math.floor(Date.parse(since) / 1000) - 600);
    try {
      let cursor: string | undefined;
      do {
        const page = await this.#client.conversations.history({
          channel: this.#channel,
          oldest,
          limit: 200,
          include_all_metadata: true,
          ...(cursor ? { cursor } : {}),
        });
        for (const message of page.messages ?? []) {
          const meta = message.metadata as
            | { event_type?: string; event_payload?: { alert_id?: string } }
            | undefined;
          if (
            meta?.event_type === EVENT_TYPE[role] &&
            meta.event_payload?.alert_id === id &&
            message.ts
          )
            return { channel: this.#channel, ts: message.ts };
        }
        cursor = page.response_metadata?.next_cursor || undefined;
      } while (cursor);
    } catch (error) {
      // An outage: throw and retry later. A refusal (missing scope): post; a duplicate beats a lost alert.
      if (!isPlatformError(error)) throw error;
      this.logger?.warn({ alert: id }, "could not look up an earlier alert post; posting again");
    }
    return undefined;
  }
}
