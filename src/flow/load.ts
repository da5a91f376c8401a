import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join, relative } from "node:path";
import type { z } from "zod";
import { LANGUAGE_DIR } from "./locale-messages.ts";
import type { Problem } from "./problems.ts";
import {
  type Flow,
  FlowHeader,
  STEP_KINDS,
  STEP_SCHEMAS,
  type Step,
  type StepKind,
  type VarDeclaration,
} from "./schema.ts";
import type { YamlSource } from "./source.ts";
import { cachedYamlSource } from "./source-cache.ts";

/** A flow as read from its file, with what is needed to point at its lines. */
export interface LoadedFlow {
  flow: Flow;
  source: YamlSource;
}

export interface LoadResult {
  flows: LoadedFlow[];
  problems: Problem[];
}

/** Turn zod issues into problems at the lines they refer to. */
function issuesToProblems(
  source: YamlSource,
  issues: z.core.$ZodIssue[],
  prefix: PropertyKey[] = [],
): Problem[] {
  return issues.map((issue) => {
    const path = [...prefix, ...issue.path];
    const where = path.length ? `${path.join(".")}: ` : "";
    return { file: source.file, line: source.lineOf(path), message: `${where}${issue.message}` };
  });
}

function parseStep(source: YamlSource, raw: Record<string, unknown>, index: number) {
  const path = ["steps", index];
  const kinds = STEP_KINDS.filter((kind) => kind in raw);
  if (kinds.length !== 1) {
    const found = kinds.length ? `it has ${kinds.join(" and ")}` : "it has none";
    const message = `a step needs exactly one of ${STEP_KINDS.join(", ")}; ${found}`;
    return { problems: [{ file: source.file, line: source.lineOf(path), message }] };
  }
  const kind = kinds[0] as StepKind;
  const parsed = STEP_SCHEMAS[kind].safeParse(raw);
  if (!parsed.success) return { problems: issuesToProblems(source, parsed.error.issues, path) };
  const step = { kind, ...parsed.data } as Step;
  return { step, problems: [] };
}

function normaliseVars(vars: FlowHeader["vars"]): Record<string, VarDeclaration> {
  const out: Record<string, VarDeclaration> = {};
  for (const [name, decl] of Object.entries(vars)) {
    if (typeof decl === "string") out[name] = { type: decl };
    else
      out[name] =
        decl.default === undefined
          ? { type: decl.type }
          : { type: decl.type, default: decl.default };
  }
  return out;
}

/** Parse one flow file's text; problems carry `file:line`. */
export function parseFlow(
  file: string,
  text: string,
): { loaded?: LoadedFlow; problems: Problem[] } {
  const source = cachedYamlSource(file, text);
  if (source.problems.length) return { problems: source.problems };
  const header = FlowHeader.safeParse(source.data);
  if (!header.success) return { problems: issuesToProblems(source, header.error.issues) };
  const problems: Problem[] = [];
  const steps: Step[] = [];
  header.data.steps.forEach((raw, index) => {
    const result = parseStep(source, raw, index);
    problems.push(...result.problems);
    if (result.step) steps.push(result.step);
  });
  if (problems.length) return { problems };
  const order = steps.map((step, index) => step.id ?? `step-${index + 1}`);
  steps.forEach((step, index) => {
    step.id = order[index] as string;
  });
  const { steps: _raw, vars, expires_after, ...rest } = header.data;
  const body = { ...rest, vars: normaliseVars(vars), steps, order };
  const hash = createHash("sha256").update(JSON.stringify(body)).digest("hex").slice(0, 16);
  const flow: Flow = { ...body, hash, ...(expires_after === undefined ? {} : { expires_after }) };
  return { loaded: { flow, source }, problems: [] };
}

/** Every `*.yaml`/`*.yml` file under the given files or folders, sorted; translation folders (`es/`) are not flows. */
export async function findFlowFiles(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const entries = await readdir(path, { withFileTypes: true, recursive: true }).catch(() => null);
    if (!entries) {
      files.push(path);
      continue;
    }
    for (const entry of entries) {
      const top = relative(path, entry.parentPath).split(/[\\/]/)[0] ?? "";
      if (LANGUAGE_DIR.test(top)) continue;
      if (entry.isFile() && /\.ya?ml$/.test(entry.name))
        files.push(join(entry.parentPath, entry.name));
    }
  }
  return files.sort();
}

/** Load every flow under `paths`; names files relative to `cwd` in problems. */
export async function loadFlows(paths: string[], cwd = process.cwd()): Promise<LoadResult> {
  const flows: LoadedFlow[] = [];
  const problems: Problem[] = [];
  for (const file of await findFlowFiles(paths)) {
    const name = relative(cwd, file) || file;
    // Synchronous: a few dozen small files; awaiting each read cost more than reading them.
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (error) {
      problems.push({ file: name, line: 1, message: `cannot read: ${(error as Error).message}` });
      continue;
    }
    const result = parseFlow(name, text);
    problems.push(...result.problems);
    if (result.loaded) flows.push(result.loaded);
  }
  return { flows, problems };
}
