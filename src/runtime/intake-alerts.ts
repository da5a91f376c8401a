import type { Logger } from "pino";
import type { RaisedAlert } from "../channel.ts";
import { toRaisedAlert } from "../safety/alert.ts";
import { detectRisk } from "../safety/detect.ts";
import { type RiskAssessment, rank } from "../safety/types.ts";
import type { InboundJournal } from "./inbound-journal.ts";

// Platform-neutral parts of a durable intake (Telegram, Slack, Teams): the rule layer's view
// of a message, per-key counters, and the outage alerts that go out without the store.

/** Adds `by` to a counter; returns the new value (0 removes it). */
export function bump(map: Map<string, number>, key: string, by: number): number {
  const value = (map.get(key) ?? 0) + by;
  if (value > 0) map.set(key, value);
  else map.delete(key);
  return Math.max(0, value);
}

/** The rule layer's view of a typed message, when it rates it low or above. */
export function riskOfText(text: string | undefined): RiskAssessment | undefined {
  if (!text) return undefined;
  const assessment = detectRisk(text);
  return rank(assessment.level) >= rank("low") ? assessment : undefined;
}

/** An outage alert this process sent: who took it and when (care's UntrackedAlert shape). */
export interface SentOutageAlert {
  rawId: string;
  at: string;
  targets: string[];
}

export interface OutageAlertOptions {
  journal: InboundJournal;
  /**
   * Straight to the care team's targets, without the store (App.alertNow); throws if none got
   * it, else returns the names of the targets that took it.
   */
  alertNow(raw: RaisedAlert): Promise<string[] | undefined>;
  /**
   * Run the replay of a message whose outage alert was sent so that the tracked alert it
   * raises is recorded as that alert (EscalationService.adoptDuring), not sent twice.
   */
  adopt?(conversation: string, sent: SentOutageAlert, work: () => Promise<void>): Promise<void>;
  logger?: Logger | undefined;
}

/** The journal's alert id for an outage alert about one journaled message. */
export const outageAlertId = (conversation: string, itemId: string) =>
  `outage:${conversation}:${itemId}`;

/**
 * Alerts raised while the store is down: journaled before they are sent and marked sent after,
 * so retries and restarts never send one twice; retried until a target takes it; and adopted
 * by the tracked alert the message raises when it is replayed.
 */
export class OutageAlerts {
  sent = 0;
  readonly #options: OutageAlertOptions;
  /** Outage alerts sent by this process, by journal alert id. */
  readonly #sent = new Map<string, SentOutageAlert>();

  constructor(options: OutageAlertOptions) {
    this.#options = options;
  }

  /** Journal and send the alert for a risk message kept in the journal (once per message). */
  async raise(
    conversation: string,
    itemId: string,
    risk: RiskAssessment,
    message: { text: string; at: string },
  ): Promise<void> {
    const id = outageAlertId(conversation, itemId);
    const raw: RaisedAlert = {
      id,
      conversation,
      level: risk.level,
      categories: risk.categories,
      flags: [...(risk.flags ?? []), "store_unavailable"],
      evidence: risk.evidence.map((e) => ({ rule: e.rule, level: e.level, excerpt: e.excerpt })),
      reason: "store_unavailable",
      text: message.text,
      at: message.at,
    };
    const journal = this.#options.journal;
    if (!journal.addAlert(id, itemId, raw) && journal.alert(id)?.sent) return;
    await this.#send(id, raw);
  }

  async #send(id: string, raw: RaisedAlert): Promise<void> {
    try {
      const targets = await this.#options.alertNow(raw);
      this.#options.journal.alertSent(id);
      if (targets) this.#sent.set(id, { rawId: id, at: new Date().toISOString(), targets });
      this.sent++;
    } catch (error) {
      this.#options.logger?.error({ err: String(error) }, "outage alert not delivered: retrying");
    }
  }

  /** Send again whatever the journal holds unsent (failed targets, or a restart). */
  async retry(): Promise<void> {
    for (const alert of this.#options.journal.unsentAlerts())
      await this.#send(alert.id, toRaisedAlert(alert.payload));
  }

  /**
   * Replay one journaled message; if its outage alert went out, its tracked alert adopts that
   * one (after a restart this process does not know who took it, so the tracked one is sent).
   */
  async replay(conversation: string, itemId: string, work: () => Promise<void>): Promise<void> {
    const id = outageAlertId(conversation, itemId);
    const sent = this.#sent.get(id);
    if (!sent || !this.#options.adopt) {
      this.#sent.delete(id);
      return work();
    }
    // Kept until the replay went through: a store failure mid-way replays it again later.
    await this.#options.adopt(conversation, sent, work);
    this.#sent.delete(id);
  }
}
