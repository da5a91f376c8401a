// Only argument parsing is loaded up front: each command's module (and with it the store, the
// detector or the platform SDKs) is imported when that command runs, so `--help` starts fast.
import { LanternError } from "../errors.ts";
import { parseCommand } from "./args.ts";
import { COMMANDS, GROUPS } from "./commands.ts";

const USAGE = `Usage: lantern [command] [options]   (lantern <command> --help for each)

  start                         run Lantern (terminal chat when no platform is configured)
  chat [--user ID] [--flow ID]  chat in the terminal (reads lines from stdin when piped; --clock for a fake clock)
  flows check [paths...]        check flows; prints file:line: problem, exits 1 on any
  risk classify                 JSON lines {"id","text"} in, {"id","level","categories"} out
  invite <label>                create a patient and a one-time invite code
  brief --user ID               the physician's pre-session brief (ID: pt_…, channel:user, or a terminal user)
  measures report --user ID     questionnaire history with dates, bands and trend arrows
  patient export --patient ID [--out FILE]   everything held about a patient, as JSON (audited)
  patient delete --patient ID --yes          delete a patient's data (audited)
  session add --patient ID --at WHEN [--number N]   set or move a dosing session (reminders follow)
  session list --patient ID                  a patient's sessions
  session cancel --patient ID --number N     cancel a session and its reminders
  help                          this text
`;

function fail(message: string): number {
  process.stderr.write(`lantern: ${message} (see lantern --help)\n`);
  return 2;
}

function isHelp(word: string | undefined): boolean {
  return word === "--help" || word === "-h" || word === "help";
}

/** Dispatch `lantern <command>`; returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [first = "start", ...after] = argv;
  if (isHelp(first)) {
    process.stdout.write(USAGE);
    return 0;
  }
  let name = first;
  let rest = after;
  const subs = GROUPS[first];
  if (subs) {
    const sub = after[0];
    if (isHelp(sub)) {
      process.stdout.write(
        `Usage:\n${subs.map((s) => `  ${COMMANDS[`${first} ${s}`]?.usage}`).join("\n")}\n`,
      );
      return 0;
    }
    if (!sub || !subs.includes(sub))
      return fail(
        `${sub ? `unknown command "${first} ${sub}"` : `"${first}" needs a command`}; try ${subs.map((s) => `${first} ${s}`).join(" or ")}`,
      );
    name = `${first} ${sub}`;
    rest = after.slice(1);
  }
  const spec = COMMANDS[name];
  if (!spec) return fail(`unknown command "${first}"`);
  const parsed = parseCommand(spec, rest);
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  const text = (key: string) => (typeof values[key] === "string" ? values[key] : undefined);
  switch (name) {
    case "start":
      return (await import("./start.ts")).runStart();
    case "chat": {
      const user = text("user");
      const flow = text("flow");
      const clock = text("clock");
      return (await import("./chat.ts")).runChat({
        ...(user ? { user } : {}),
        ...(flow ? { flow } : {}),
        ...(clock ? { clock } : {}),
      });
    }
    case "flows check":
      return (await import("./flows-check.ts")).runFlowsCheck(positionals);
    case "risk classify": {
      const { classifyLines } = await import("./risk-classify.ts");
      await classifyLines(process.stdin, process.stdout);
      return 0;
    }
    case "invite":
      return (await import("./invite.ts")).runInvite(positionals);
    case "brief":
      return (await import("./brief.ts")).runBrief(rest);
    case "measures report":
      return (await import("./measures-report.ts")).runMeasuresReport(rest);
    case "session add": {
      const { runSessionAdd } = await import("./session.ts");
      const [patient, at, number] = [text("patient"), text("at"), text("number")];
      return runSessionAdd({
        ...(patient ? { patient } : {}),
        ...(at ? { at } : {}),
        ...(number ? { number } : {}),
      });
    }
    case "session list": {
      const patient = text("patient");
      return (await import("./session.ts")).runSessionList(patient ? { patient } : {});
    }
    case "session cancel": {
      const [patient, number] = [text("patient"), text("number")];
      return (await import("./session.ts")).runSessionCancel({
        ...(patient ? { patient } : {}),
        ...(number ? { number } : {}),
      });
    }
    default:
      // patient export | patient delete
      return (await import("./patient.ts")).runPatient(argv.slice(1));
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  const message =
    error instanceof LanternError
      ? `${error.message}`
      : error instanceof Error
        ? error.stack
        : String(error);
  process.stderr.write(`lantern: ${message}\n`);
  process.exitCode = 1;
}
