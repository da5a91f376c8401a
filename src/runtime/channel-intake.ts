import type { Logger } from "pino";
import type { InboundSink } from "../channel.ts";
import type { Inbound } from "../engine/types.ts";
import { DurableIntake, type KeptInbound } from "./durable-intake.ts";
import type { InboundJournal } from "./inbound-journal.ts";
import type { OutageAlerts } from "./intake-alerts.ts";

/** A channel's `durable` option: keep every inbound through a store outage (see DurableIntake). */
export interface DurableChannelOptions {
  journal: InboundJournal;
  alerts: OutageAlerts;
  drainIntervalMs?: number;
}

export interface ChannelIntakeOptions {
  durable?: DurableChannelOptions | undefined;
  /** The store-down notice, with the crisis resources, for a kept message. */
  storeDownNotice?: ((inbound: Inbound) => string) | undefined;
  logger?: Logger | undefined;
}

/**
 * What the Slack and Teams channels share: the sink they hand inbounds to once started and,
 * when `durable` is given, their DurableIntake, started with the sink and stopped before the
 * sink is let go.
 */
export class ChannelIntake {
  /** The durable intake, when `durable` was given. */
  readonly intake: DurableIntake | undefined;
  /** Where inbounds go: set by start, cleared by stop. */
  sink: InboundSink | undefined;

  constructor(options: ChannelIntakeOptions, replay: (kept: KeptInbound) => Promise<void>) {
    const notice = options.storeDownNotice;
    this.intake = options.durable
      ? new DurableIntake({
          ...options.durable,
          replay,
          notice: (inbound) => notice?.(inbound) ?? "",
          logger: options.logger,
        })
      : undefined;
  }

  start(sink: InboundSink): void {
    this.sink = sink;
    this.intake?.start();
  }

  async stop(): Promise<void> {
    await this.intake?.stop();
    this.sink = undefined;
  }
}
