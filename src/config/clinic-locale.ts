import { z } from "zod";

// The clinic's descriptive facts ({{clinic.office_hours}}, {{care_team.response_time}}, ...) in
// another language, from `translations.<lang>` in config/clinic.yaml. A Spanish message would
// otherwise show "Lo verán during office hours". Names and numbers are not translated: a fact
// missing from a language keeps the clinic's own value.

/** One language's versions of the clinic facts; any field may be left out. */
export const ClinicTranslation = z.strictObject({
  clinic: z.record(z.string(), z.string().min(1)).default({}),
  care_team: z
    .strictObject({
      response_time: z.string().min(1).optional(),
      office_hours: z.string().min(1).optional(),
    })
    .default({}),
});

/** `translations` in config/clinic.yaml: by language ("es"), not by locale. */
export const ClinicTranslations = z
  .record(z.string().regex(/^[a-z]{2}$/, "a language like es"), ClinicTranslation)
  .default({});
export type ClinicTranslations = z.infer<typeof ClinicTranslations>;

interface ClinicFacts {
  clinic: Record<string, string>;
  care_team: { response_time: string; office_hours: string };
  translations?: ClinicTranslations;
}

/**
 * The {{clinic.*}} and {{care_team.*}} values for a locale: the language's translation over
 * the clinic's own values.
 *
 * @example
 * clinicFactsFor(config, "es-MX").care_team.response_time // "en horario de oficina, ..."
 */
export function clinicFactsFor(
  config: ClinicFacts,
  locale: string | undefined,
): Pick<ClinicFacts, "clinic" | "care_team"> {
  const language = locale?.split("-")[0];
  const translated = language ? config.translations?.[language] : undefined;
  if (!translated) return { clinic: config.clinic, care_team: config.care_team };
  return {
    clinic: { ...config.clinic, ...translated.clinic },
    care_team: {
      response_time: translated.care_team.response_time ?? config.care_team.response_time,
      office_hours: translated.care_team.office_hours ?? config.care_team.office_hours,
    },
  };
}
