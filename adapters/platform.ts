import type { Logger } from "pino";
import type { App, Notifier } from "#lantern";

/**
 * A chat platform as `lantern start` runs it. Each adapter has one entry,
 * `platform(env)` in `adapters/<name>/index.ts`: a Platform when the platform's variables are
 * set, else undefined. adapters/platforms.ts lists the entries; src/cli/start.ts starts them.
 */
export interface Platform {
  readonly name: string;
  /** Alert targets the platform provides (Slack channel, Teams channel), known before the app is built. */
  readonly notifiers?: Notifier[];
  /** Escalation targets (createApp's `backup`). */
  readonly backup?: Notifier[];
  /** Start receiving on the app; resolves once the platform is serving. */
  start(app: App, logger: Logger): Promise<void>;
  /** Stop receiving and let work in progress finish; does nothing if not started (or stopped). */
  stop(): Promise<void>;
}

/** What an adapter's platform(env) passes to `platformOf`. */
export type PlatformTargets = Pick<Platform, "notifiers" | "backup">;

/**
 * A Platform from a start function that resolves to its stop function (what each adapter's
 * starter returns), so every adapter's entry has the same start/stop life cycle.
 *
 * @example
 * return platformOf("telegram", (app, logger) => startTelegram(app, { env, logger }));
 */
export function platformOf<T extends PlatformTargets>(
  name: string,
  start: (app: App, logger: Logger) => Promise<() => Promise<void>>,
  targets: T = {} as T,
): Platform & T {
  let stopping: (() => Promise<void>) | undefined;
  return {
    ...targets,
    name,
    async start(app, logger) {
      stopping = await start(app, logger);
    },
    async stop() {
      const stop = stopping;
      stopping = undefined;
      await stop?.();
    },
  };
}
