import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { Patients } from "../care/patients.ts";
import { type Env, loadEnv } from "../config/env.ts";
import { type ConversationState, conversationId } from "../engine/state.ts";
import { type ConversationStore, stateCodec } from "../engine/stored-state.ts";
import { openKeyv } from "../store/open.ts";
import { Store } from "../store/store.ts";

/** Where a report command writes, and what it reads; tests pass their own. */
export interface CliIO {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Environment for loadEnv; default process.env (and .env). */
  env?: NodeJS.ProcessEnv;
  now?: () => Date;
}

const processIO: CliIO = { stdout: process.stdout, stderr: process.stderr };

/** A conversation found for `--user`, with the patient's label when a record links to it. */
export interface FoundUser {
  state: ConversationState;
  label?: string;
  /** The patient record linked to the conversation, if any. */
  patientId?: string;
  /** Other conversations linked to the same patient, not shown. */
  others: string[];
}

/** What a report's render gets besides the conversation: the open store, env, `--out`. */
export interface ReportContext {
  store: ConversationStore;
  env: Env;
  out?: string | undefined;
}

/** Fails the command with exit code 1 and this message. */
class UserError extends Error {}

/**
 * Resolve `--user ID`: a patient id (`pt_…`, through its channel links; the most recently
 * active linked conversation), a conversation id (`channel:user`), or a bare terminal user
 * id (tried as `console:ID`).
 */
export async function findUser(
  store: ConversationStore,
  id: string,
): Promise<FoundUser | undefined> {
  const patients = new Patients(store);
  if (id.startsWith("pt_")) {
    const patient = await patients.get(id);
    if (patient) {
      const ids = patient.links.map((l) => conversationId(l.channel, l.userId));
      const states = (await Promise.all(ids.map((c) => store.loadConversation(c)))).filter(
        (s): s is ConversationState => s !== undefined,
      );
      states.sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt));
      const [state, ...rest] = states;
      if (!state)
        throw new UserError(
          `patient ${id} has no conversation yet (no invite redeemed or no chat)`,
        );
      return { state, label: patient.label, patientId: patient.id, others: rest.map((s) => s.id) };
    }
  }
  const conversation = id.includes(":") ? id : conversationId("console", id);
  const state = await store.loadConversation(conversation);
  if (!state) return undefined;
  const patient = await patients.byLink(state.channel, state.userId);
  return {
    state,
    ...(patient ? { label: patient.label, patientId: patient.id } : {}),
    others: [],
  };
}

/** The configured SQLite file must exist: a report must not create an empty store. */
function checkStore(url: string): void {
  const file = /^sqlite:\/\//i.test(url) ? url.replace(/^sqlite:\/\//i, "") : undefined;
  if (file && file !== ":memory:" && !existsSync(file))
    throw new UserError(`no Lantern store at ${file} (LANTERN_STORE); nothing to report`);
}

/**
 * Shared body of the report commands: parse `--user ID`, open the configured store, find the
 * conversation and print what `render` makes of it. Exit codes: 0 printed, 1 unknown user or
 * store problem, 2 usage.
 */
export async function runUserReport(
  command: string,
  args: string[],
  io: CliIO,
  render: (found: FoundUser, now: Date, context: ReportContext) => string | Promise<string>,
  options: { out?: boolean } = {},
): Promise<number> {
  const usage = `Usage: lantern ${command} --user ID${options.out ? " [--out FILE.png|FILE.html]" : ""}\n  ID: a conversation id (console:local), a patient id (pt_…) or a terminal user id\n`;
  let user: string | undefined;
  let out: string | undefined;
  try {
    const { values } = parseArgs({
      args,
      options: {
        user: { type: "string" },
        help: { type: "boolean", short: "h" },
        ...(options.out ? { out: { type: "string" as const } } : {}),
      },
    });
    if (values.help) {
      io.stdout.write(usage);
      return 0;
    }
    user = values.user?.trim();
    out = typeof values.out === "string" ? values.out : undefined;
    if (out !== undefined && !/\.(png|html?)$/i.test(out))
      throw new Error("--out must name a .png or .html file");
  } catch (error) {
    io.stderr.write(`lantern ${command}: ${(error as Error).message}\n${usage}`);
    return 2;
  }
  if (!user) {
    io.stderr.write(`lantern ${command}: --user is required\n${usage}`);
    return 2;
  }
  let store: ConversationStore | undefined;
  try {
    const env = loadEnv(io.env);
    checkStore(env.LANTERN_STORE);
    store = new Store(await openKeyv(env.LANTERN_STORE), { codec: stateCodec });
    const found = await findUser(store, user);
    if (!found) {
      throw new UserError(
        `unknown user "${user}": no conversation ${user.includes(":") ? user : `console:${user}`}${user.startsWith("pt_") ? " and no patient with that id" : ""} in the store`,
      );
    }
    if (found.others.length) {
      io.stderr.write(
        `lantern ${command}: ${user} has ${found.others.length + 1} linked conversations; showing ${found.state.id} (most recently active), not ${found.others.join(", ")}\n`,
      );
    }
    io.stdout.write(await render(found, io.now?.() ?? new Date(), { store, env, out }));
    return 0;
  } catch (error) {
    io.stderr.write(`lantern ${command}: ${(error as Error).message}\n`);
    return 1;
  } finally {
    await store?.close();
  }
}

/**
 * `lantern brief --user ID [--out FILE]`: print the physician's pre-session brief
 * (src/care/brief.ts) with the patient's crisis requests, the clinicians' notes and, with a
 * model and LANTERN_LLM_SEND_PATIENT_TEXT=true, a generated summary. `--out FILE.png` also
 * writes the charts under the brief's heading; `--out FILE.html` the whole brief with its
 * charts. Returns the exit code: 0 printed, 1 unknown user or store problem, 2 usage.
 */
export function runBrief(args: string[], io: CliIO = processIO): Promise<number> {
  return runUserReport(
    "brief",
    args,
    io,
    // Loaded once the user is found: the charts and the LLM SDKs cost a second to import.
    async (found, now, context) =>
      (await import("./brief-report.ts")).briefReport(found, now, context, io),
    {
      out: true,
    },
  );
}
