import type { OutboxMessage } from "./engine/state.ts";
import type { Inbound } from "./engine/types.ts";
import type { Alert } from "./safety/alert.ts";

export type { Alert, AlertSink, RaisedAlert } from "./safety/alert.ts";

/** Where adapters hand normalised updates: the runtime's `handle`. */
export type InboundSink = (inbound: Inbound) => Promise<unknown>;

/**
 * A chat platform, kept tiny. Every adapter does four things and has a contract test
 * (test/adapters/contract.ts) that checks them:
 * 1. `normalise` turns a platform update into an `Inbound` (or null for updates it ignores);
 * 2. the `messageId` it sets is the platform's stable id: the dedupe key;
 * 3. `send` renders one outbox message (text, choices as the platform's buttons) and throws on
 *    failure so the runtime retries it from the outbox;
 * 4. `start` begins receiving (polling, webhook, terminal) and `stop` ends it.
 */
export interface ChannelAdapter<Update = unknown> {
  readonly name: string;
  normalise(update: Update): Inbound | null;
  send(userId: string, message: OutboxMessage): Promise<void>;
  start(sink: InboundSink): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A non-urgent message for the care team (not an alert: nothing to acknowledge, no backup),
 * e.g. "P-3F9A2C shared their safety plan". Never carries patient text.
 */
export interface CareNotice {
  /** Stable per event, so a retried delivery is recognised. */
  id: string;
  /** What happened: "safety_plan.shared". */
  kind: string;
  /** Pseudonym ("P-3F9A2C") and, as far as `alerts.identify` allows, the clinic record. */
  patient: string;
  subject?: { name?: string; record?: string };
  /** One line for people: "shared their safety plan". */
  text: string;
  /** Where the team reads the details: "/lantern brief pt_1a2b3c4d". */
  see?: string;
  at: string;
}

/**
 * Delivers care-team alerts (console, webhook, Slack, Teams): the `Alert` the escalation
 * pipeline built, never the engine's raw one (that goes to an `AlertSink`). Throw to have it retried.
 */
export interface Notifier {
  readonly name: string;
  notify(alert: Alert): Promise<void>;
  /** Non-urgent notices; a notifier without it does not get them. Throw to have it retried. */
  notice?(notice: CareNotice): Promise<void>;
  /** A note on an alert it already has (Slack: a reply in its thread). Throw to have it retried. */
  followUp?(alert: Alert, note: AlertFollowUp): Promise<void>;
}

/** The patient wrote risk words again, below the open alert (inside a safety flow). No patient text. */
export interface AlertFollowUp {
  /** Stable per message, so a retried delivery is recognised. */
  id: string;
  level: string;
  categories: string[];
  at: string;
  /** One line for people. */
  text: string;
}
