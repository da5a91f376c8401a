import type { ConversationState } from "../engine/state.ts";

// Alerts stay in the clinic's language (English: every label in them is English); when the
// patient writes in another language, the alert says so and marks their quoted words.

const NAMES: Record<string, string> = {
  en: "English",
  es: "Spanish",
  fr: "French",
  pt: "Portuguese",
};

/** The patient's language when it is not the clinic's, by code and English name. */
export interface PatientLanguage {
  code: string;
  name: string;
}

/** The patient's language (from state.locale) if it differs from the clinic's, else undefined. */
export function foreignLanguage(
  state: Pick<ConversationState, "locale"> | undefined,
  clinicLanguage = "en",
): PatientLanguage | undefined {
  const code = state?.locale?.split("-")[0]?.toLowerCase();
  if (!code || code === clinicLanguage.split("-")[0]) return undefined;
  return { code, name: NAMES[code] ?? code };
}

/** The note an alert carries: "Patient writes in Spanish". */
export function writesIn(language: PatientLanguage): string {
  return `Patient writes in ${language.name}`;
}

/** Quoted words marked with their language: "[Spanish] quiero morir". */
export function marked(text: string, language: PatientLanguage | undefined): string {
  return language && text ? `[${language.name}] ${text}` : text;
}

/** The brief's line for a patient writing in another language: their words stay as written. */
export function briefLanguageLine(state: Pick<ConversationState, "locale">): string[] {
  const language = foreignLanguage(state);
  return language
    ? [
        `${writesIn(language)}: their answers are quoted as written (${language.name}); questions and labels are in English.`,
      ]
    : [];
}
