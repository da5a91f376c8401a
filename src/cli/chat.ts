import { ConsoleChannel, ConsoleNotifier } from "../../adapters/console/console.ts";
import { createApp } from "../app.ts";
import { loadEnv } from "../config/env.ts";
import { createLogger } from "../log.ts";

/** `lantern chat`: a terminal conversation with the full runtime and the configured store. */
export async function runChat(options: { user?: string; flow?: string }): Promise<number> {
  const env = loadEnv();
  const channel = new ConsoleChannel(options.user ? { userId: options.user } : {});
  // In the terminal, logs would interleave with the chat: keep them to warnings and up.
  const logger = createLogger({
    level: env.LOG_LEVEL === "info" ? "warn" : env.LOG_LEVEL,
    patientText: env.LANTERN_LOG_PATIENT_TEXT,
  });
  const app = await createApp({
    // Pending sends go out only once the chat is known to start (an unknown --flow stops first).
    recover: false,
    env,
    logger,
    channels: [channel],
    notifiers: [new ConsoleNotifier()],
  });
  const { runtime } = app;
  if (options.flow && !runtime.catalog.get(options.flow)) {
    const known = runtime.catalog
      .list()
      .map((f) => f.id)
      .sort();
    process.stderr.write(
      `lantern chat: unknown flow "${options.flow}"; known flows: ${known.join(", ")}\n`,
    );
    await app.close();
    return 2;
  }
  await runtime.recover();
  // A failed tick (the store unreachable) must not end the chat; the next one tries again.
  const timer = setInterval(() => {
    app.tick().catch((error: unknown) => logger.error({ err: error }, "tick failed"));
  }, 1_000);
  try {
    if (options.flow) {
      await runtime.handle({
        channel: channel.name,
        userId: channel.userId,
        messageId: `start-${Date.now()}`,
        kind: "start",
        flowId: options.flow,
      });
    }
    await channel.start((inbound) => runtime.handle(inbound));
    await channel.finished();
  } finally {
    clearInterval(timer);
    await app.close();
  }
  return 0;
}
