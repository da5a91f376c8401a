import { parseArgs } from "node:util";
import { LanternError } from "../errors.ts";
import { runChat } from "./chat.ts";
import { runFlowsCheck } from "./flows-check.ts";

const USAGE = `Usage: lantern [command]

  start                         run Lantern (terminal chat when no platform is configured)
  chat [--user ID] [--flow ID]  chat in the terminal (reads lines from stdin when piped)
  flows check [paths...]        check flows; prints file:line: problem, exits 1 on any
  risk classify                 JSON lines {"id","text"} in, {"id","level","categories"} out
  invite <label>                create a patient and a one-time invite code
  brief --user ID               the physician's pre-session brief (ID: pt_…, channel:user, or a terminal user)
  measures report --user ID     questionnaire history with dates, bands and trend arrows
  patient export --patient ID [--out FILE]   everything held about a patient, as JSON (audited)
  patient delete --patient ID --yes          delete a patient's data (audited)
  help                          this text
`;

/** Dispatch `lantern <command>`; returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command = "start", ...rest] = argv;
  switch (command) {
    case "start":
      return (await import("./start.ts")).runStart();
    case "chat": {
      const { values } = parseArgs({
        args: rest,
        options: { user: { type: "string" }, flow: { type: "string" } },
      });
      return runChat({
        ...(values.user ? { user: values.user } : {}),
        ...(values.flow ? { flow: values.flow } : {}),
      });
    }
    case "flows":
      if (rest[0] === "check") return runFlowsCheck(rest.slice(1));
      break;
    case "risk":
      if (rest[0] === "classify") {
        const { classifyLines } = await import("../safety/classify-cli.ts");
        await classifyLines(process.stdin, process.stdout);
        return 0;
      }
      break;
    case "invite": {
      const { runInvite } = await import("./invite.ts");
      return runInvite(rest);
    }
    case "patient":
      return (await import("./patient.ts")).runPatient(rest);
    case "brief":
      return (await import("./brief.ts")).runBrief(rest);
    case "measures":
      if (rest[0] === "report")
        return (await import("./measures-report.ts")).runMeasuresReport(rest.slice(1));
      break;
    case "help":
    case "--help":
    case "-h":
      process.stdout.write(USAGE);
      return 0;
  }
  process.stderr.write(`Unknown command: lantern ${argv.join(" ")}\n\n${USAGE}`);
  return 2;
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
