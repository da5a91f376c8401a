import { Writable } from "node:stream";
import { ConsoleChannel, ConsoleNotifier } from "../../adapters/console/console.ts";
import type { SettableClock } from "../../adapters/console/fake-clock.ts";
import { createApp } from "../app.ts";
import { loadEnv } from "../config/env.ts";
import { createLogger } from "../log.ts";

/** `lantern chat`: a terminal conversation with the full runtime and the configured store. */
export async function runChat(options: {
  user?: string;
  flow?: string;
  /** A start time: the clock then moves only by `/advance` (src: adapters/console/fake-clock.ts). */
  clock?: string;
}): Promise<number> {
  const env = loadEnv();
  let clock: SettableClock | undefined;
  // Only with --clock: fake-clock.ts imports the whole public API (#lantern, charts included).
  const fake = options.clock ? await import("../../adapters/console/fake-clock.ts") : undefined;
  try {
    if (fake && options.clock) clock = new fake.SettableClock(fake.parseClockStart(options.clock));
  } catch (error) {
    process.stderr.write(`lantern chat: ${(error as Error).message}\n`);
    return 2;
  }
  // With --clock: `/advance 1d` moves the clock and runs the scheduler's due jobs at once.
  const local = async (line: string): Promise<boolean> => {
    const ms = clock && fake ? fake.clockCommand(line) : undefined;
    if (!clock || !fake || ms === undefined) return false;
    clock.advance(ms);
    process.stdout.write(`(clock: ${fake.clockLine(clock)})\n`);
    await app.tick();
    return true;
  };
  // The risk rules are warmed (about a second) once the first line is out, not before it.
  let warmed = false;
  const output = new Writable({
    write(chunk, _encoding, done) {
      process.stdout.write(chunk);
      done();
      if (!warmed) {
        warmed = true;
        // Imported here, not at start: the rule layer's ~0.1 s comes after the first line too.
        setImmediate(() => void import("../safety/detect.ts").then((d) => d.warmDetector()));
      }
    },
  });
  const channel = new ConsoleChannel({
    output,
    ...(options.user ? { userId: options.user } : {}),
    ...(clock ? { local } : {}),
  });
  // In the terminal, logs would interleave with the chat: keep them to warnings and up.
  const logger = createLogger({
    level: env.LOG_LEVEL === "info" ? "warn" : env.LOG_LEVEL,
    patientText: env.LANTERN_LOG_PATIENT_TEXT,
  });
  const app = await createApp({
    // Pending sends go out only once the chat is known to start (an unknown --flow stops first).
    recover: false,
    warmDetector: false,
    env,
    logger,
    channels: [channel],
    notifiers: [new ConsoleNotifier()],
    ...(clock ? { clock } : {}),
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
  if (clock && fake)
    process.stdout.write(`(clock: ${fake.clockLine(clock)}; /advance 1d moves it)\n`);
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
