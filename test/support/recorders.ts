import type {
  Alert,
  AlertFollowUp,
  CareNotice,
  ChannelAdapter,
  InboundSink,
  Notifier,
  RaisedAlert,
} from "../../src/channel.ts";
import type { OutboxMessage } from "../../src/engine/state.ts";
import type { Clock, Inbound } from "../../src/engine/types.ts";

/** A channel that records what it was asked to send; can fail the next N sends on purpose. */
export class RecordingChannel implements ChannelAdapter<Inbound> {
  readonly name: string;
  readonly sent: { userId: string; message: OutboxMessage }[] = [];
  failNext = 0;

  constructor(name = "test") {
    this.name = name;
  }

  normalise(update: Inbound): Inbound | null {
    return update;
  }

  async send(userId: string, message: OutboxMessage): Promise<void> {
    if (this.failNext > 0) {
      this.failNext -= 1;
      throw new Error("platform unavailable (test)");
    }
    this.sent.push({ userId, message });
  }

  async start(_sink: InboundSink): Promise<void> {}
  async stop(): Promise<void> {}

  texts(): string[] {
    return this.sent.map((s) => s.message.text);
  }
}

/**
 * What a recording notifier got: a built `Alert` (as a care-team target) or the engine's
 * `RaisedAlert` (as the runtime's alert sink); tests read the fields both have, or the one they expect.
 */
export type RecordedAlert = {
  [K in keyof (Alert & RaisedAlert)]?: (Alert & RaisedAlert)[K] | undefined;
} & { id: string };

/** A notifier (or alert sink) that records what it got and can fail the next N calls. */
export class RecordingNotifier implements Notifier {
  readonly name: string;
  readonly alerts: RecordedAlert[] = [];
  /** Non-urgent notices (safety plan shared), in order. */
  readonly notices: CareNotice[] = [];
  /** Notes on alerts it already has (lower risk inside a safety flow), in order. */
  readonly followUps: { alert: string; note: AlertFollowUp }[] = [];
  failNext: number;

  constructor(name = "recording", failNext = 0) {
    this.name = name;
    this.failNext = failNext;
  }

  async notify(alert: Alert | RaisedAlert): Promise<void> {
    if (this.failNext > 0) {
      this.failNext -= 1;
      throw new Error("notifier down (test)");
    }
    this.alerts.push(alert);
  }

  async notice(notice: CareNotice): Promise<void> {
    this.notices.push(notice);
  }

  async followUp(alert: Alert, note: AlertFollowUp): Promise<void> {
    this.followUps.push({ alert: alert.id, note });
  }
}

/** A clock tests move by hand. */
export class FakeClock implements Clock {
  #now: number;

  constructor(start = "2026-01-05T09:00:00.000Z") {
    this.#now = Date.parse(start);
  }

  now(): Date {
    return new Date(this.#now);
  }

  advance(ms: number): void {
    this.#now += ms;
  }
}
