import { type CliIO, runUserReport } from "./brief.ts";

/**
 * `lantern measures report --user ID`: every stored measure result with dates, totals, bands
 * and trend arrows. Returns the exit code: 0 printed, 1 unknown user or store problem, 2 usage.
 */
export function runMeasuresReport(
  args: string[],
  io: CliIO = { stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  return runUserReport("measures report", args, io, async ({ state }, now) =>
    (await import("../care/brief.ts")).renderMeasuresReport(state, now),
  );
}
