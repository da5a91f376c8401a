import { type ClinicConfig, crisisFor, loadClinicConfig } from "../config/clinic.ts";
import { clinicFactsFor } from "../config/clinic-locale.ts";
import type { Env } from "../config/env.ts";
import { SYSTEM_TEMPLATES } from "../engine/turn.ts";
import { FlowCatalog } from "../flow/catalog.ts";
import { checkFlows } from "../flow/check.ts";
import { checkContent } from "../flow/content-checks.ts";
import { loadFlows } from "../flow/load.ts";
import { loadLocales } from "../flow/locales.ts";
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

/** Load everything a runtime needs from disk; `problems` lists what `flows check` would report. */
export async function loadContent(
  env: Pick<Env, "LANTERN_FLOWS" | "LANTERN_PROMPTS" | "LANTERN_CLINIC"> &
    Partial<Pick<Env, "LANTERN_LOCALE" | "LANTERN_I18N_STRICT">>,
  extraFlowPaths: string[] = [],
): Promise<Content> {
  const clinic = await loadClinicConfig(env.LANTERN_CLINIC);
  const { templates, problems: templateProblems } = await loadTemplates(env.LANTERN_PROMPTS);
  const { flows, problems } = await loadFlows([env.LANTERN_FLOWS, ...extraFlowPaths]);
  const globals = globalsFor(clinic)(undefined);
  problems.push(
    ...templateProblems,
    ...checkFlows(flows, { templates, globals, requiredTemplates: SYSTEM_TEMPLATES }),
    // Clinical content rules: no dosing or medication advice, reading level grade 9 or below.
    ...checkContent(flows, templates),
  );
  // Words per language, flows/<lang>/ and prompts/<lang>/ (docs/i18n.md).
  const locales = await loadLocales(
    env.LANTERN_FLOWS,
    flows,
    templates,
    SYSTEM_TEMPLATES,
    env.LANTERN_I18N_STRICT,
  );
  problems.push(...locales.errors);
  return {
    catalog: new FlowCatalog(
      flows.map((f) => f.flow),
      templates,
      { translations: locales.translations, defaultLocale: env.LANTERN_LOCALE },
    ),
    clinic,
    problems,
    warnings: locales.warnings,
  };
}
