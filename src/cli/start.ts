import { ConsoleNotifier } from "../../adapters/console/console.ts";
import { configuredPlatforms } from "../../adapters/platforms.ts";
import { createApp } from "../app.ts";
import { loadEnv } from "../config/env.ts";
import { createLogger } from "../log.ts";
import { runChat } from "./chat.ts";

/**
 * `lantern start`: serve every configured platform (Telegram, Slack, Teams) until stopped;
 * with none configured, the terminal chat.
 */
export async function runStart(): Promise<number> {
  const env = loadEnv();
  const platforms = await configuredPlatforms();
  if (!platforms.length) return runChat({});
  const logger = createLogger({ level: env.LOG_LEVEL, patientText: env.LANTERN_LOG_PATIENT_TEXT });
  const notifiers = platforms.flatMap((p) => p.notifiers ?? []);
  if (!notifiers.length && !env.LANTERN_ALERT_WEBHOOK_URL) {
    logger.warn(
      "no care-team alert target is configured (Slack, Teams or LANTERN_ALERT_WEBHOOK_URL): alerts are printed to stdout only",
    );
    notifiers.push(new ConsoleNotifier());
  }
  const app = await createApp({
    recover: false,
    env,
    logger,
    notifiers,
    backup: platforms.flatMap((p) => p.backup ?? []),
  });
  const stops: (() => Promise<void>)[] = [];
  for (const platform of platforms) {
    stops.push(await platform.start(app, logger));
    logger.info({ platform: platform.name }, "platform started");
  }
  // Platforms are attached: now deliver what was pending before the restart.
  await app.runtime.recover();
  const timer = setInterval(() => {
    app.tick().catch((error: unknown) => logger.error({ err: error }, "tick failed"));
  }, 1_000);
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  logger.info("stopping");
  clearInterval(timer);
  for (const stop of stops) await stop();
  await app.close();
  return 0;
}
