import { loadEnv } from "../config/env.ts";
import { checkKey, readCached, writeCached } from "../flow/check-cache.ts";

/** What a check printed, and its exit code. */
interface CheckOutput {
  stdout: string;
  stderr: string;
  code: number;
}

const isOutput = (value: unknown): CheckOutput | undefined => {
  const output = value as Partial<CheckOutput> | null;
  return typeof output?.stdout === "string" && typeof output.stderr === "string"
    ? (output as CheckOutput)
    : undefined;
};

/** `lantern flows check [paths]`: every problem as file:line: message; exit 1 on any. */
export async function runFlowsCheck(paths: string[]): Promise<number> {
  const env = loadEnv();
  const flowsDir = paths[0] ?? env.LANTERN_FLOWS;
  const extra = paths.slice(1);
  const settings = {
    locale: env.LANTERN_LOCALE,
    strict: env.LANTERN_I18N_STRICT,
    flows: flowsDir,
    extra,
    prompts: env.LANTERN_PROMPTS,
    clinic: env.LANTERN_CLINIC,
  };
  // Unchanged flows, prompts, clinic file and code: the last check's lines, at once.
  const key = checkKey(
    "flows-check",
    import.meta.filename,
    [flowsDir, ...extra, env.LANTERN_PROMPTS, env.LANTERN_CLINIC],
    settings,
  );
  const cached = readCached("flows-check", key, isOutput);
  if (cached) {
    process.stdout.write(cached.stdout);
    process.stderr.write(cached.stderr);
    return cached.code;
  }
  const output: CheckOutput = { stdout: "", stderr: "", code: 0 };
  const out = (line: string) => {
    output.stdout += `${line}\n`;
    process.stdout.write(`${line}\n`);
  };
  // Loaded only when the check runs: YAML, CEL and the reading-level rules cost ~100 ms to import.
  const [{ loadContent }, { formatProblem }] = await Promise.all([
    import("../app/content.ts"),
    import("../flow/problems.ts"),
  ]);
  const content = await loadContent({ ...env, LANTERN_FLOWS: flowsDir }, extra);
  for (const problem of content.problems) out(formatProblem(problem));
  // Not yet translated, or hard to read: printed, and the check still passes (docs/i18n.md).
  for (const warning of content.warnings ?? []) out(formatProblem(warning));
  if (content.problems.length) {
    output.stderr = `${content.problems.length} problem(s) found.\n`;
    process.stderr.write(output.stderr);
    output.code = 1;
  } else {
    const languages = content.catalog.languages.join(", ");
    const warned = content.warnings?.length ? `, ${content.warnings.length} warning(s)` : "";
    out(`${content.catalog.list().length} flows OK (${languages})${warned}.`);
  }
  writeCached("flows-check", key, output);
  return output.code;
}
