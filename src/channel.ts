import type { OutboxMessage } from "./engine/state.ts";
import type { Inbound } from "./engine/types.ts";

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

/** An alert for the care team, as stored in the outbox. */
export type AlertPayload = Record<string, unknown> & { id: string };

/** Delivers care-team alerts (console, webhook, Slack, Teams). Throw to have it retried. */
export interface Notifier {
  readonly name: string;
  notify(alert: AlertPayload): Promise<void>;
}
