import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { renderSlots } from "../prompts/templates.ts";
import type { Runtime } from "./runtime.ts";

/** Notices a durable intake sends itself, straight through the channel (no store, no outbox). */
export type IntakeNotice = "store-down" | "flood";

/** Only if the prompts folder lacks both store-down templates: the crisis lines still go out. */
const LAST_RESORT =
  "Sorry, I can't reach my records right now. If you are in danger or thinking about harming yourself, call {{crisis.emergency}} now, or reach {{crisis.line}}.";

/**
 * The notice's text for a locale, from the prompts folder (`system/store-down-kept`, falling
 * back to `system/store-down`; `system/flood`), rendered with that locale's crisis resources.
 */
export function intakeNotice(
  runtime: Pick<Runtime, "catalog" | "services">,
  kind: IntakeNotice,
  locale?: string,
): string {
  // The patient's language when prompts/<lang>/ has these templates, else English.
  const templates = runtime.catalog.templatesFor(locale);
  const names =
    kind === "flood" ? ["system/flood"] : ["system/store-down-kept", "system/store-down"];
  const body = names.map((n) => templates.get(n)?.body).find(Boolean) ?? LAST_RESORT;
  return renderSlots(body, runtime.services.globals?.(locale) ?? {});
}

/**
 * The data folder Lantern keeps local files in: the SQLite file's folder; ./data for Redis and
 * PostgreSQL; undefined for an in-memory store.
 */
export function dataFolderOf(store = process.env.LANTERN_STORE ?? ""): string | undefined {
  const file = /^sqlite:\/\/(.+)$/.exec(store)?.[1];
  if (store.startsWith("memory:") || file === ":memory:") return undefined;
  return file ? dirname(file) : "data";
}

/**
 * The journal file for one platform, in the data folder; for an in-memory store a fresh
 * temporary folder (nothing outlives that process anyway).
 */
export function journalPathFor(platform: string, store = process.env.LANTERN_STORE ?? ""): string {
  const folder = dataFolderOf(store) ?? mkdtempSync(join(tmpdir(), "lantern-journal-"));
  return join(folder, `${platform}-inbound.jsonl`);
}
