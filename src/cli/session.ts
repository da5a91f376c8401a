import { formatSessionTime } from "../care/session-time.ts";
import { loadClinicConfig } from "../config/clinic.ts";
import { loadEnv } from "../config/env.ts";
import type { SessionsConfig } from "../config/sessions.ts";
import { lastSession, nextSession, phaseOf, sessionsOf } from "../engine/sessions.ts";
import { stateCodec } from "../engine/stored-state.ts";
import type { Runtime } from "../runtime/runtime.ts";
import { openKeyv } from "../store/open.ts";
import { Store } from "../store/store.ts";
import { type CliIO, findUser } from "./brief.ts";

// `lantern session add | list`: the care team sets a patient's dosing sessions. The session goes
// into the patient's conversation (user.sessions) under its lock, and the reminder, the
// questionnaires, the check-in and the weekly integration prompts are (re)scheduled to match
// (src/runtime/sessions.ts). Times are read in config/clinic.yaml `sessions.timezone`.
// The runtime and the date parser (chrono) are imported only by the commands that use them:
// `session list` reads the store alone.

const processIO: CliIO = { stdout: process.stdout, stderr: process.stderr };

const ERRORS: Record<string, string> = {
  unclear: "could not read a date and time",
  no_time: "give a start time too (e.g. 2026-12-10T09:00)",
  past: "that time has passed",
  too_far: "that is more than a year away",
};

async function withRuntime<T>(
  io: CliIO,
  work: (runtime: Runtime, config: SessionsConfig) => Promise<T>,
) {
  // Loading starts first, and goes on while the environment and the clinic file are read.
  const modules = Promise.all([
    import("../runtime/runtime.ts"),
    import("../flow/catalog.ts"),
    import("../store/shared/index.ts"),
  ]);
  modules.catch(() => {});
  const env = loadEnv(io.env);
  const clinic = await loadClinicConfig(env.LANTERN_CLINIC);
  const [{ Runtime }, { FlowCatalog }, { createSharedRuntimeOptions }] = await modules;
  const store = new Store(await openKeyv(env.LANTERN_STORE), { codec: stateCodec });
  const shared = await createSharedRuntimeOptions(env.LANTERN_STORE);
  // No flows are run here: only a conversation update and the scheduler, on the shared store.
  const runtime = new Runtime({
    catalog: new FlowCatalog(),
    store,
    cacheStates: false,
    ...(shared ? { lock: shared.lock } : {}),
    ...(io.now ? { clock: { now: io.now } } : {}),
  });
  try {
    await runtime.scheduler.load();
    return await work(runtime, clinic.sessions);
  } finally {
    await shared?.close();
    await store.close();
  }
}

/** `lantern session add --patient ID --at WHEN [--number N]`. */
export async function runSessionAdd(
  options: { patient?: string; at?: string; number?: string },
  io: CliIO = processIO,
): Promise<number> {
  const { patient, at } = options;
  if (!patient || !at) {
    io.stderr.write("lantern session add: needs --patient ID and --at WHEN\n");
    return 2;
  }
  const number = options.number === undefined ? undefined : Number(options.number);
  if (number !== undefined && !(Number.isInteger(number) && number >= 1)) {
    io.stderr.write("lantern session add: --number is a whole number from 1\n");
    return 2;
  }
  return withRuntime(io, async (runtime, config) => {
    const zone = config.timezone;
    const found = await findUser(runtime.store, patient).catch(() => undefined);
    if (!found) {
      io.stderr.write(`lantern session add: no conversation for ${patient}\n`);
      return 1;
    }
    const [{ parseSessionTime }, { addSessionFor }] = await Promise.all([
      import("../care/sessions.ts"),
      import("../runtime/sessions.ts"),
    ]);
    const now = runtime.clock.now();
    const parsed = parseSessionTime(at, now, zone);
    if ("error" in parsed) {
      io.stderr.write(`lantern session add: ${ERRORS[parsed.error]}: "${at}"\n`);
      return 1;
    }
    const by = `cli:${process.env.USER ?? "operator"}`;
    const session = await addSessionFor(
      runtime,
      found.state.id,
      { at: parsed.at, by, ...(number === undefined ? {} : { number }) },
      config,
    );
    const jobs = runtime.scheduler
      .list({ channel: found.state.channel, userId: found.state.userId })
      .filter((j) => j.by === `session:${session.number}`)
      .sort((a, b) => a.due.localeCompare(b.due));
    io.stdout.write(
      `Session ${session.number} for ${found.label ?? patient}: ${formatSessionTime(new Date(session.at), zone)} (${zone}).\n`,
    );
    for (const job of jobs)
      io.stdout.write(`  ${formatSessionTime(new Date(job.due), zone)}  ${job.flowId}\n`);
    return 0;
  });
}

/** `lantern session list --patient ID`: the sessions and where the patient is in the cycle. */
export async function runSessionList(
  options: { patient?: string },
  io: CliIO = processIO,
): Promise<number> {
  const { patient } = options;
  if (!patient) {
    io.stderr.write("lantern session list: needs --patient ID\n");
    return 2;
  }
  const env = loadEnv(io.env);
  const { sessions: config } = await loadClinicConfig(env.LANTERN_CLINIC);
  const store = new Store(await openKeyv(env.LANTERN_STORE), { codec: stateCodec });
  try {
    const zone = config.timezone;
    const found = await findUser(store, patient).catch(() => undefined);
    if (!found) {
      io.stderr.write(`lantern session list: no conversation for ${patient}\n`);
      return 1;
    }
    const sessions = sessionsOf(found.state.user);
    const now = io.now?.() ?? new Date();
    const next = nextSession(sessions, now);
    const last = lastSession(sessions, now);
    if (!sessions.length) io.stdout.write("No sessions set.\n");
    for (const s of sessions) {
      const mark = s === next ? "  (next)" : s === last ? "  (last)" : "";
      io.stdout.write(
        `Session ${s.number}: ${formatSessionTime(new Date(s.at), zone)}${s.status === "cancelled" ? " (cancelled)" : ""}${mark}\n`,
      );
    }
    const phase = phaseOf(sessions, now, { config, stage: found.state.user.stage });
    if (phase) io.stdout.write(`Now: ${phase.replace("_", " ")}\n`);
    return 0;
  } finally {
    await store.close();
  }
}

/** `lantern session cancel --patient ID --number N`: marked cancelled, its jobs removed. */
export async function runSessionCancel(
  options: { patient?: string; number?: string },
  io: CliIO = processIO,
): Promise<number> {
  const number = Number(options.number);
  if (!options.patient || !(Number.isInteger(number) && number >= 1)) {
    io.stderr.write("lantern session cancel: needs --patient ID and --number N\n");
    return 2;
  }
  const patient = options.patient;
  return withRuntime(io, async (runtime, config) => {
    const found = await findUser(runtime.store, patient).catch(() => undefined);
    if (!found) {
      io.stderr.write(`lantern session cancel: no conversation for ${patient}\n`);
      return 1;
    }
    const { cancelSessionFor } = await import("../runtime/sessions.ts");
    if (!(await cancelSessionFor(runtime, found.state.id, number, config))) {
      io.stderr.write(`lantern session cancel: ${patient} has no session ${number}\n`);
      return 1;
    }
    io.stdout.write(
      `Session ${number} for ${found.label ?? patient} cancelled; its reminders are removed.\n`,
    );
    return 0;
  });
}
