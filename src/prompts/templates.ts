import { type Dirent, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import type { Problem } from "../problems.ts";

/** A message template or LLM prompt from prompts/: Markdown body with YAML front matter. */
export interface Template {
  name: string;
  file: string;
  meta: TemplateMeta;
  body: string;
  /** Line of the body's first line in the file, for problems. */
  bodyLine: number;
}

const TemplateMeta = z.looseObject({
  purpose: z.string().optional(),
  version: z.union([z.number(), z.string()]).optional(),
  inputs: z.array(z.string()).optional(),
});
export type TemplateMeta = z.infer<typeof TemplateMeta>;

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Split front matter from body; a file without front matter is all body. */
export function parseTemplate(name: string, file: string, text: string): Template | Problem {
  const match = FRONT_MATTER.exec(text);
  let meta: unknown = {};
  if (match) {
    try {
      meta = parseYaml(match[1] ?? "") ?? {};
    } catch (error) {
      return {
        file,
        line: 1,
        message: `front matter is not valid YAML: ${(error as Error).message.split("\n")[0]}`,
      };
    }
  }
  const parsed = TemplateMeta.safeParse(meta);
  if (!parsed.success)
    return { file, line: 1, message: `front matter: ${parsed.error.issues[0]?.message}` };
  if (!match || !parsed.data.purpose) {
    return {
      file,
      line: 1,
      message: "front matter needs a purpose: start the file with ---, purpose: …, ---",
    };
  }
  const head = match[0];
  const bodyLine = head.split("\n").length;
  return { name, file, meta: parsed.data, body: text.slice(head.length).trim(), bodyLine };
}

/** Every template under `dir`, keyed by path without `.md` ("prep/intro"). */
export async function loadTemplates(
  dir: string,
  cwd = process.cwd(),
): Promise<{ templates: Map<string, Template>; problems: Problem[] }> {
  const templates = new Map<string, Template>();
  const problems: Problem[] = [];
  // Synchronous reads: ~200 small files in ~2 ms; awaiting each read took ~60 ms at start.
  let entries: Dirent[] = [];
  try {
    entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch {
    // No prompts folder: no templates (checkFlows reports the ones a flow needs).
  }
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith(".md")) continue;
    const path = join(entry.parentPath, entry.name);
    const name = relative(dir, path).replace(/\.md$/, "").split("\\").join("/");
    const result = parseTemplate(name, relative(cwd, path), readFileSync(path, "utf8"));
    if ("message" in result) problems.push(result);
    else templates.set(name, result);
  }
  return { templates, problems };
}

const SLOT = /\{\{\s*([a-z_][a-z0-9_]*(?:\.[a-z0-9_]+)*)\s*\}\}/gi;

/** The dotted names used in `{{ }}` slots of a text, in order. */
export function slotNames(text: string): string[] {
  return [...text.matchAll(SLOT)].map((m) => m[1] as string);
}

/**
 * Fill `{{a.b}}` slots from a nested object; a missing value renders as empty text. `display`
 * may change how a value reads (the patient's language) without changing what is stored;
 * `before` is the text ahead of the slot, so a word can fit its place in the sentence.
 */
export function renderSlots(
  text: string,
  values: Record<string, unknown>,
  display?: (name: string, value: unknown, before: string) => unknown,
): string {
  const fill = (name: string, before: string): string => {
    let value: unknown = values;
    for (const part of name.split(".")) {
      value =
        value && typeof value === "object" ? (value as Record<string, unknown>)[part] : undefined;
    }
    if (display) value = display(name, value, before);
    if (value === undefined || value === null) return "";
    return Array.isArray(value) ? value.join(", ") : String(value);
  };
  // A line that is only a slot with no value goes, newline and all: an optional fact
  // ({{crisis.chat}} for a locale with no chat) must not leave a blank line in the resources.
  const kept = text.includes("\n")
    ? text.replace(SLOT_LINE, (line, name: string, at: number) =>
        fill(name, text.slice(0, at)).trim() === "" ? "" : line,
      )
    : text;
  return kept.replace(SLOT, (_, name: string, at: number) => fill(name, kept.slice(0, at)));
}

const SLOT_LINE = /^[ \t]*\{\{\s*([a-z_][a-z0-9_]*(?:\.[a-z0-9_]+)*)\s*\}\}[ \t]*(?:\r?\n|$)/gim;
