import type { Logger } from "pino";
import type { Alert, AlertSink, Notifier, RaisedAlert } from "../channel.ts";
import type { AlertsConfig, EscalationConfig } from "../config/clinic.ts";
import type { ConversationStore } from "../engine/stored-state.ts";
import { type Clock, systemClock } from "../engine/types.ts";
import { LanternError } from "../errors.ts";
import { KeyedLock } from "../lock.ts";
import type { ConversationLock } from "../runtime/runtime.ts";
import { indexOpen, openAlertIds, unindexOpen } from "./alert-index.ts";
import { AlertRecord, adoptUntracked, type UntrackedAlert } from "./alert-record.ts";
import { alertSubject } from "./alert-subject.ts";
import { alertId, buildAlert, type ExcerptMode, pseudonym } from "./alerts.ts";
import { type AuditEvent, AuditLog } from "./audit.ts";

// Every alert is a stored record (`alert:<id>`): which targets have it, who acknowledged it,
// whether the backup was called. Delivery is at-least-once per target and never twice after
// a recorded success, so the runtime's outbox may redeliver as often as it likes.

// Split by responsibility: the open-alert index and data deletion (alert-index.ts), who the
// patient is on an alert (alert-subject.ts), flows' care.notify effect (care-effects.ts).
// Over 300 lines because what is left is one state machine (open, delivered, acknowledged,
// escalated, resolved) whose steps share the per-alert lock, the record and the audit log.
export { forgetAlert } from "./alert-index.ts";
export { AlertRecord } from "./alert-record.ts";
export { careEffects } from "./care-effects.ts";

export interface EscalationOptions {
  store: ConversationStore;
  /** Where alerts go first (Slack channel, webhook …); at least one. */
  primary: Notifier[];
  /** Who hears about an alert nobody acknowledged in time (on-call phone, second channel). */
  backup?: Notifier[];
  config: EscalationConfig;
  /** Secret salt for pseudonyms and alert ids (LANTERN_PSEUDONYM_SALT). */
  salt: string;
  excerpt?: ExcerptMode;
  /** What an alert shows (config/clinic.yaml `alerts`): identity, context size, quoting. */
  alerts?: AlertsConfig;
  clock?: Clock;
  logger?: Logger;
  /** Per-alert lock; a cross-process one when several processes share the store. */
  lock?: ConversationLock;
}

/**
 * The care team's alert pipeline, as the runtime's one notifier. `notify` is idempotent by
 * alert id and throws while any primary target has not got it (the outbox retries; only the
 * failed targets are tried again). `tick` calls the backup for alerts nobody acknowledged in
 * time, or that no primary could deliver. Everything is written to an append-only audit log.
 *
 * @example
 * const escalations = new EscalationService({ store, primary: [webhook], backup: [pager], config: clinic.escalation, salt });
 * new Runtime({ ..., notifiers: [escalations], effects: careEffects(escalations) });
 * setInterval(() => escalations.tick(), 30_000);
 */
export class EscalationService implements AlertSink {
  readonly name = "escalations";
  readonly store: ConversationStore;
  readonly primary: Notifier[];
  readonly backup: Notifier[];
  readonly config: EscalationConfig;
  readonly clock: Clock;
  readonly audit: AuditLog;
  readonly #salt: string;
  readonly #excerpt: ExcerptMode;
  readonly #alerts: AlertsConfig;
  readonly #logger: Logger | undefined;
  readonly #lock: ConversationLock;
  /** Conversations replaying a message whose untracked alert was already sent. */
  readonly #replaying = new Map<string, UntrackedAlert>();

  constructor(options: EscalationOptions) {
    if (!options.primary.length)
      throw new LanternError("config.escalation", "escalations need at least one primary notifier");
    const names = [...options.primary, ...(options.backup ?? [])].map((n) => n.name);
    for (const role of [options.primary, options.backup ?? []]) {
      const seen = new Set(role.map((n) => n.name));
      if (seen.size !== role.length)
        throw new LanternError("config.escalation", `notifier names must differ: ${names}`);
    }
    if (!options.salt) throw new LanternError("config.escalation", "a pseudonym salt is required");
    this.store = options.store;
    this.primary = options.primary;
    this.backup = options.backup ?? [];
    this.config = options.config;
    this.clock = options.clock ?? systemClock;
    this.audit = new AuditLog(options.store, this.clock);
    this.#salt = options.salt;
    this.#excerpt = options.excerpt ?? "redacted";
    this.#alerts = options.alerts ?? { identify: "name", context: 10, quote: "full" };
    this.#logger = options.logger;
    this.#lock = options.lock ?? new KeyedLock();
  }

  /** Deliver an engine alert to every primary target that does not have it yet. */
  async notify(raw: RaisedAlert): Promise<void> {
    const id = alertId(raw.id, this.#salt);
    await this.#lock.run(id, async () => {
      const now = this.clock.now();
      const record = (await this.get(id)) ?? (await this.#create(raw, now));
      if (record.status === "acknowledged" || record.status === "resolved") return;
      const failed = await this.#send(record, "primary", this.primary, record.alert);
      if (!failed.length && record.status === "open") {
        record.status = "delivered";
        await this.#save(record);
      }
      // Primaries failing past the deadline must not leave the alert unseen until the next tick.
      await this.#escalateIfDue(record, now);
      if (failed.length) {
        throw new LanternError(
          "escalation.delivery_failed",
          `alert ${id} not delivered to ${failed.join(", ")}`,
        );
      }
    });
  }

  /**
   * Run `work` (the replay of a message whose alert went out untracked during a store
   * outage): the first alert it creates for `conversation` is recorded as the tracked version
   * of that alert, so the primaries that took it are not sent it again (the rest are, and the
   * backup escalation runs as for any alert). No alert created means nothing changes: the
   * untracked alert stands. Returns `work`'s result.
   */
  async adoptDuring<T>(
    conversation: string,
    sent: UntrackedAlert,
    work: () => Promise<T>,
  ): Promise<T> {
    this.#replaying.set(conversation, sent);
    try {
      return await work();
    } finally {
      if (this.#replaying.get(conversation) === sent) this.#replaying.delete(conversation);
    }
  }

  /** A care-team member has seen the alert: no backup escalation from now on. */
  async acknowledge(id: string, by: string): Promise<AlertRecord> {
    return this.#lock.run(id, async () => {
      const record = await this.#require(id);
      if (record.acknowledged) return record;
      const at = this.clock.now().toISOString();
      record.acknowledged = { by, at };
      record.status = "acknowledged";
      await this.#save(record);
      await unindexOpen(this.store, this.#lock, id);
      await this.#audit({ event: "alert.acknowledged", alert: id, by });
      return record;
    });
  }

  /** Close an alert (acknowledging it too, if nobody had). */
  async resolve(id: string, by: string, note: string): Promise<AlertRecord> {
    return this.#lock.run(id, async () => {
      const record = await this.#require(id);
      if (record.resolved) return record;
      const at = this.clock.now().toISOString();
      record.acknowledged ??= { by, at };
      record.resolved = { by, at, note };
      record.status = "resolved";
      await this.#save(record);
      await unindexOpen(this.store, this.#lock, id);
      await this.#audit({ event: "alert.resolved", alert: id, by });
      return record;
    });
  }

  /**
   * Call the backup for every open alert past its deadline (once per alert; a failed backup
   * target is retried on the next tick). Returns how many alerts were escalated now.
   */
  async tick(now: Date = this.clock.now()): Promise<number> {
    let escalated = 0;
    for (const id of await this.openIds()) {
      const fired = await this.#lock.run(id, async () => {
        const record = await this.get(id);
        if (!record) return false;
        return this.#escalateIfDue(record, now);
      });
      if (fired) escalated++;
    }
    return escalated;
  }

  async get(id: string): Promise<AlertRecord | undefined> {
    const raw = await this.store.get<unknown>(`alert:${id}`);
    return raw === undefined ? undefined : AlertRecord.parse(raw);
  }

  /** The stored alert id for an engine outbox id (the `alert-…` id `Turn.alert` returned). */
  idOf(outboxId: string): string {
    return alertId(outboxId, this.#salt);
  }

  /** The pseudonym alerts show for a conversation ("telegram:123" -> "P-3F9A2C"). */
  pseudonymOf(conversationId: string): string {
    return pseudonym(conversationId, this.#salt);
  }

  /** Ids of alerts not yet acknowledged or resolved. */
  async openIds(): Promise<string[]> {
    return openAlertIds(this.store);
  }

  /** Every audit record, oldest first (optionally for one alert). */
  async listAudit(alert?: string): Promise<AuditEvent[]> {
    const all = await this.audit.list();
    return alert ? all.filter((e) => e.alert === alert) : all;
  }

  async #create(raw: RaisedAlert, now: Date): Promise<AlertRecord> {
    const conversation = raw.conversation;
    const state = conversation
      ? await this.store.loadConversation(conversation).catch(() => undefined)
      : undefined;
    const alert = buildAlert(raw, {
      salt: this.#salt,
      excerpt: this.#excerpt,
      now,
      state,
      contextSize: this.#alerts.context,
      quote: this.#alerts.quote,
      subject: await alertSubject(this.store, this.#alerts.identify, state),
    });
    const record: AlertRecord = {
      alert,
      status: "open",
      createdAt: now.toISOString(),
      deliveries: {},
    };
    const sent = conversation ? this.#replaying.get(conversation) : undefined;
    if (conversation && sent) {
      this.#replaying.delete(conversation);
      adoptUntracked(record, sent, alertId(sent.rawId, this.#salt));
    }
    await this.#save(record);
    await indexOpen(this.store, this.#lock, alert.id);
    await this.#audit({
      event: "alert.created",
      alert: alert.id,
      level: alert.level,
      reason: alert.reason,
      patient: alert.patient,
      ...(record.untracked ? { untracked: record.untracked.id } : {}),
    });
    return record;
  }

  /** Try each target that does not have the alert yet; record each outcome before moving on. */
  async #send(
    record: AlertRecord,
    role: "primary" | "backup",
    targets: Notifier[],
    payload: Alert,
  ): Promise<string[]> {
    const failed: string[] = [];
    for (const notifier of targets) {
      const key = `${role}:${notifier.name}`;
      const delivery = record.deliveries[key] ?? { target: notifier.name, role, attempts: 0 };
      record.deliveries[key] = delivery;
      if (delivery.deliveredAt) continue;
      delivery.attempts += 1;
      delivery.lastAttemptAt = this.clock.now().toISOString();
      let error: string | undefined;
      try {
        await notifier.notify(payload);
        delivery.deliveredAt = this.clock.now().toISOString();
        delivery.lastError = undefined;
      } catch (cause) {
        error = (cause instanceof Error ? cause.message : String(cause)).slice(0, 200);
        delivery.lastError = error;
        failed.push(notifier.name);
        this.#logger?.warn(
          { alert: record.alert.id, target: notifier.name, role, attempts: delivery.attempts },
          "alert delivery failed",
        );
      }
      await this.#save(record);
      await this.#audit({
        event: "delivery.attempt",
        alert: record.alert.id,
        target: notifier.name,
        role,
        ok: error === undefined,
        attempt: delivery.attempts,
        ...(error === undefined ? {} : { error }),
      });
    }
    return failed;
  }

  /** Escalate once when a deadline has passed; afterwards retry backup targets that failed. */
  async #escalateIfDue(record: AlertRecord, now: Date): Promise<boolean> {
    if (record.acknowledged || record.resolved) return false;
    let fired = false;
    if (!record.escalatedAt) {
      const reason = this.#dueReason(record, now);
      if (!reason) return false;
      record.escalatedAt = now.toISOString();
      record.escalationReason = reason;
      await this.#save(record);
      await this.#audit({
        event: "backup.escalated",
        alert: record.alert.id,
        reason,
        targets: this.backup.length,
      });
      if (!this.backup.length)
        this.#logger?.error({ alert: record.alert.id }, "alert overdue and no backup notifier");
      fired = true;
    }
    await this.#send(record, "backup", this.backup, {
      ...record.alert,
      escalation: { reason: record.escalationReason, at: record.escalatedAt },
    });
    return fired;
  }

  #dueReason(record: AlertRecord, now: Date): AlertRecord["escalationReason"] {
    const age = now.getTime() - Date.parse(record.createdAt);
    const level = record.alert.level === "none" ? "concern" : record.alert.level;
    const ackWithin = this.config.ack_within[level];
    if (ackWithin !== null && age >= ackWithin) return "unacknowledged";
    const delivered = Object.values(record.deliveries).some(
      (d) => d.role === "primary" && d.deliveredAt,
    );
    const undelivered = this.config.undelivered_within;
    if (!delivered && undelivered !== null && age >= undelivered) return "undelivered";
    return undefined;
  }

  async #require(id: string): Promise<AlertRecord> {
    const record = await this.get(id);
    if (!record) throw new LanternError("escalation.unknown_alert", `no alert ${id}`);
    return record;
  }

  async #save(record: AlertRecord): Promise<void> {
    await this.store.set(`alert:${record.alert.id}`, record);
  }

  async #audit(event: Omit<AuditEvent, "at" | "seq">): Promise<void> {
    await this.audit.append(event);
  }
}
