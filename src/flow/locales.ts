import type { Template } from "../prompts/templates.ts";
import { checkTranslations } from "./check-locale.ts";
import type { LoadedFlow } from "./load.ts";
import { loadTranslations, type Translations } from "./locale-messages.ts";
import type { Problem } from "./problems.ts";

/** Translations of the flows in `flowsDir`, checked: errors fail `flows check`, warnings do not. */
export interface LocaleContent {
  translations: Translations;
  errors: Problem[];
  warnings: Problem[];
}

/**
 * Read flows/<lang>/ and check it against the English flows and prompts/<lang>/.
 * `strict` (LANTERN_I18N_STRICT) turns "no translation yet" warnings into errors (docs/i18n.md).
 */
export async function loadLocales(
  flowsDir: string,
  flows: LoadedFlow[],
  templates: Map<string, Template>,
  requiredTemplates: readonly string[] = [],
  strict = false,
): Promise<LocaleContent> {
  const { translations, problems } = await loadTranslations(flowsDir);
  const report = checkTranslations(flows, translations, {
    templates,
    requiredTemplates,
    strict,
    flowsDir,
  });
  return { translations, errors: [...problems, ...report.errors], warnings: report.warnings };
}
