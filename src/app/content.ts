import { type ClinicConfig, crisisFor, loadClinicConfig } from "../config/clinic.ts";
import { clinicFactsFor } from "../config/clinic-locale.ts";
import type { Env } from "../config/env.ts";
import { SYSTEM_TEMPLATES } from "../engine/turn.ts";
import { FlowCatalog } from "../flow/catalog.ts";
import { checkKey, readCached, writeCached } from "../flow/check-cache.ts";
import { loadFlows } from "../flow/load.ts";
import { loadTranslations, type Translations } from "../flow/locale-messages.ts";
import type { Problem } from "../flow/problems.ts";
import { loadTemplates } from "../prompts/templates.ts";

// The content a runtime runs: flows, templates, translations and the clinic configuration,
// loaded from disk and checked together (createApp refuses to start on a problem; `lantern
// flows check` prints them).

/** Flows, templates and clinic configuration, checked together. */
export interface Content {
  catalog: FlowCatalog;
  clinic: ClinicConfig;
  problems: Problem[];
  /** What `flows check` prints without failing (a flow not yet translated). */
  warnings?: Problem[];
}

/** Template globals for a locale: {{clinic.*}}, {{crisis.*}}, {{care_team.*}}. */
export function globalsFor(clinic: ClinicConfig, defaultLocale?: string) {
  return (locale: string | undefined) => ({
    ...clinicFactsFor(clinic, locale ?? defaultLocale),
    crisis: crisisFor(clinic, locale ?? defaultLocale),
  });
}

/** What a start keeps of content checks that found no problem: their warnings. */
interface Passed {
  warnings: Problem[];
}
const asPassed = (value: unknown): Passed | undefined =>
  Array.isArray((value as Partial<Passed> | null)?.warnings) ? (value as Passed) : undefined;

/**
 * Load everything a runtime needs from disk; `problems` lists what `flows check` would report.
 * Content that passed its checks before, unchanged and checked by unchanged code, is not
 * checked again (flow/check-cache.ts): the checks are ~0.15 s of every start.
 */
export async function loadContent(
  env: Pick<Env, "LANTERN_FLOWS" | "LANTERN_PROMPTS" | "LANTERN_CLINIC"> &
    Partial<Pick<Env, "LANTERN_LOCALE" | "LANTERN_I18N_STRICT">>,
  extraFlowPaths: string[] = [],
): Promise<Content> {
  const clinic = await loadClinicConfig(env.LANTERN_CLINIC);
  const { templates, problems: templateProblems } = await loadTemplates(env.LANTERN_PROMPTS);
  const { flows, problems } = await loadFlows([env.LANTERN_FLOWS, ...extraFlowPaths]);
  problems.push(...templateProblems);
  const inputs = [env.LANTERN_FLOWS, ...extraFlowPaths, env.LANTERN_PROMPTS, env.LANTERN_CLINIC];
  const settings = { strict: env.LANTERN_I18N_STRICT ?? false, locale: env.LANTERN_LOCALE };
  const key = problems.length
    ? undefined
    : checkKey("content", import.meta.filename, inputs, settings);
  const passed = readCached("content", key, asPassed);
  let translations: Translations;
  let warnings: Problem[];
  if (passed) {
    // Words per language, flows/<lang>/ and prompts/<lang>/ (docs/i18n.md).
    const read = await loadTranslations(env.LANTERN_FLOWS);
    translations = read.translations;
    problems.push(...read.problems);
    warnings = passed.warnings;
  } else {
    // Imported only to check: the reading-level and dosing rules and CEL cost ~50 ms to load.
    const [{ checkFlows }, { checkContent }, { loadLocales }] = await Promise.all([
      import("../flow/check.ts"),
      import("../flow/content-checks.ts"),
      import("../flow/locales.ts"),
    ]);
    const globals = globalsFor(clinic)(undefined);
    problems.push(
      ...checkFlows(flows, { templates, globals, requiredTemplates: SYSTEM_TEMPLATES }),
      // Clinical content rules: no dosing or medication advice, reading level grade 9 or below.
      ...checkContent(flows, templates),
    );
    const locales = await loadLocales(
      env.LANTERN_FLOWS,
      flows,
      templates,
      SYSTEM_TEMPLATES,
      env.LANTERN_I18N_STRICT,
    );
    problems.push(...locales.errors);
    translations = locales.translations;
    warnings = locales.warnings;
    if (!problems.length) writeCached("content", key, { warnings } satisfies Passed);
  }
  return {
    catalog: new FlowCatalog(
      flows.map((f) => f.flow),
      templates,
      { translations, defaultLocale: env.LANTERN_LOCALE },
    ),
    clinic,
    problems,
    warnings,
  };
}
