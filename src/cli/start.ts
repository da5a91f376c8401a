import type { Logger } from "pino";
import { anyPlatformConfigured } from "../../adapters/configured.ts";
import { loadClinicConfig } from "../config/clinic.ts";
import { loadEnv } from "../config/env.ts";
import { clinicPlaceholders, placeholderWarning } from "./placeholders.ts";

// Only what the first line needs is loaded up front (the environment and the clinic file, for
// the placeholder warning). The platform adapters and their SDKs load only when a platform's
// variables are set; the terminal chat (no platform) loads after the warning is printed.

/**
 * How long a stop may take after SIGTERM or SIGINT before the process exits anyway. Under the
 * usual 10 s a supervisor (systemd, Docker, Kubernetes) waits before SIGKILL, so Lantern always
 * leaves on its own terms. Anything unfinished is still in the outbox, the inbound journal or
 * the platform's own redelivery, and resumes on the next start (docs/operations.md).
 */
export const SHUTDOWN_DEADLINE_MS = 8_000;

/** After a clean stop, how long stray sockets (keep-alive, SDK timers) may hold the process. */
const LINGER_MS = 500;

/**
 * `lantern start`: serve every configured platform (Telegram, Slack, Teams) until stopped;
 * with none configured, the terminal chat.
 */
export async function runStart(): Promise<number> {
  const env = loadEnv();
  // An operator warning only (stderr / the log), never a patient message.
  const placeholders = placeholderWarning(
    env.LANTERN_CLINIC,
    clinicPlaceholders(await loadClinicConfig(env.LANTERN_CLINIC)),
  );
  // No platform's variables set: the terminal chat, without loading any adapter.
  const platforms = anyPlatformConfigured()
    ? await (await import("../../adapters/platforms.ts")).configuredPlatforms()
    : [];
  if (!platforms.length) {
    if (placeholders) process.stderr.write(`lantern start: warning: ${placeholders}\n`);
    return (await import("./chat.ts")).runChat({});
  }
  // Straight from the modules, not #lantern: the public index also loads the chart renderer.
  const [
    { ConsoleNotifier },
    { createApp },
    { createLogger },
    { tightenDataFolder },
    { dataFolderOf },
  ] = await Promise.all([
    import("../../adapters/console/console.ts"),
    import("../app.ts"),
    import("../log.ts"),
    import("../runtime/data-folder.ts"),
    import("../runtime/intake-notices.ts"),
  ]);
  const logger = createLogger({ level: env.LOG_LEVEL, patientText: env.LANTERN_LOG_PATIENT_TEXT });
  if (placeholders) logger.warn({ file: env.LANTERN_CLINIC }, placeholders);
  const notifiers = platforms.flatMap((p) => p.notifiers ?? []);
  if (!notifiers.length && !env.LANTERN_ALERT_WEBHOOK_URL) {
    logger.warn(
      "no care-team alert target is configured (Slack, Teams or LANTERN_ALERT_WEBHOOK_URL): alerts are printed to stdout only",
    );
    notifiers.push(new ConsoleNotifier());
  }
  // An existing data folder made wider by hand or an older version: narrowed, and logged.
  const dataFolder = dataFolderOf(env.LANTERN_STORE);
  if (dataFolder) tightenDataFolder(dataFolder, logger);
  const app = await createApp({
    recover: false,
    env,
    logger,
    notifiers,
    backup: platforms.flatMap((p) => p.backup ?? []),
  });
  // Listen for the stop signal before anything starts: a SIGTERM that arrives while platforms
  // start or pending sends are recovered must stop cleanly, not kill the process mid-way.
  const stopSignal = new Promise<NodeJS.Signals>((resolve) => {
    process.once("SIGINT", () => resolve("SIGINT"));
    process.once("SIGTERM", () => resolve("SIGTERM"));
  });
  const stops: { name: string; stop: () => Promise<void> }[] = [];
  for (const platform of platforms) {
    await platform.start(app, logger);
    stops.push({ name: platform.name, stop: () => platform.stop() });
    logger.info({ platform: platform.name }, "platform started");
  }
  // Platforms are attached: now deliver what was pending before the restart.
  await app.runtime.recover();
  const timer = setInterval(() => {
    app.tick().catch((error: unknown) => logger.error({ err: error }, "tick failed"));
  }, 1_000);
  const signal = await stopSignal;
  logger.info({ signal, deadlineMs: SHUTDOWN_DEADLINE_MS }, "stopping");
  clearInterval(timer);
  // A second signal means "now".
  const again = () => {
    logger.warn("second stop signal: exiting now");
    process.exit(1);
  };
  process.once("SIGINT", again);
  process.once("SIGTERM", again);
  await shutdown({ stops, close: () => app.close(), logger });
  // Stopped cleanly; if a library still holds a socket open, do not wait for it.
  setTimeout(() => process.exit(process.exitCode ?? 0), LINGER_MS).unref();
  return 0;
}

export interface ShutdownOptions {
  stops: { name: string; stop: () => Promise<void> }[];
  close: () => Promise<void>;
  logger: Pick<Logger, "info" | "warn" | "error">;
  deadlineMs?: number;
  /** How to leave when the deadline passes (process.exit; tests record it). */
  exit?: (code: number) => void;
}

/**
 * Stop every platform (in parallel, failures logged), then close the app, under a hard
 * deadline: a platform whose server is gone may never finish stopping, so when the deadline
 * passes `exit(1)` runs whatever is still pending.
 */
export async function shutdown(options: ShutdownOptions): Promise<void> {
  const { stops, close, logger } = options;
  const deadlineMs = options.deadlineMs ?? SHUTDOWN_DEADLINE_MS;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const deadline = setTimeout(() => {
    logger.error(
      { deadlineMs },
      "shutdown deadline passed: exiting now; unfinished sends stay in the outbox for the next start",
    );
    exit(1);
  }, deadlineMs);
  try {
    await Promise.all(
      stops.map(({ name, stop }) =>
        stop().catch((error: unknown) =>
          logger.warn({ platform: name, err: describe(error) }, "platform did not stop cleanly"),
        ),
      ),
    );
    await close().catch((error: unknown) => {
      logger.error({ err: describe(error) }, "closing the store failed");
    });
    logger.info("stopped");
  } finally {
    clearTimeout(deadline);
  }
}

function describe(error: unknown): { name?: string; code?: unknown } | string {
  return error instanceof Error
    ? { name: error.name, code: (error as { code?: unknown }).code }
    : typeof error;
}
