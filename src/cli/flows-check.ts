import { loadContent } from "../app.ts";
import { loadEnv } from "../config/env.ts";
import { formatProblem } from "../flow/problems.ts";

/** `lantern flows check [paths]`: every problem as file:line: message; exit 1 on any. */
export async function runFlowsCheck(paths: string[]): Promise<number> {
  const env = loadEnv();
  const flowsDir = paths[0] ?? env.LANTERN_FLOWS;
  const content = await loadContent({ ...env, LANTERN_FLOWS: flowsDir }, paths.slice(1));
  for (const problem of content.problems) process.stdout.write(`${formatProblem(problem)}\n`);
  // Not yet translated, or hard to read: printed, and the check still passes (docs/i18n.md).
  for (const warning of content.warnings ?? []) process.stdout.write(`${formatProblem(warning)}\n`);
  if (content.problems.length) {
    process.stderr.write(`${content.problems.length} problem(s) found.\n`);
    return 1;
  }
  const languages = content.catalog.languages.join(", ");
  const warned = content.warnings?.length ? `, ${content.warnings.length} warning(s)` : "";
  process.stdout.write(`${content.catalog.list().length} flows OK (${languages})${warned}.\n`);
  return 0;
}
