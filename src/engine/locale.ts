import { SOURCE_LANGUAGE } from "../flow/locale-messages.ts";
import { renderSlots } from "../prompts/templates.ts";
import type { Choice, ConversationState } from "./state.ts";
import type { SystemTemplate, Turn } from "./turn.ts";
import type { Inbound } from "./types.ts";

// A patient's language (docs/i18n.md): their own choice (user.language, set by the language
// flow at onboarding or with the `language` / `idioma` command) wins over the platform's
// language code, which wins over the clinic's LANTERN_LOCALE (the catalog's default).

/** The flow the `language` and `idioma` commands start. */
export const LANGUAGE_FLOW = "language";

const LANGUAGE = /^[a-z]{2}$/;

/**
 * The patient's locale: their chosen language with the region of their locale, else of the
 * clinic's default ("es" + "en-US" -> "es-US"), so crisis resources stay the country's.
 */
export function localeOf(
  state: Pick<ConversationState, "locale" | "user">,
  fallback?: string,
): string | undefined {
  const chosen = state.user.language;
  if (typeof chosen !== "string" || !LANGUAGE.test(chosen)) return state.locale;
  const [language, region] = (state.locale ?? fallback ?? "").split("-");
  if (language === chosen && region) return `${chosen}-${region}`;
  if (language === chosen) return state.locale;
  const other = region ?? fallback?.split("-")[1];
  return other ? `${chosen}-${other}` : chosen;
}

/** Take the inbound's locale (Telegram language_code, Teams locale) unless the patient chose one. */
export function applyInboundLocale(
  state: ConversationState,
  inbound: Inbound,
  fallback?: string,
): void {
  if (inbound.locale) state.locale = inbound.locale;
  syncLocale(state, fallback);
}

/** After a turn: store the chosen language as the locale, for alerts, briefs and the runtime. */
export function syncLocale(state: ConversationState, fallback?: string): void {
  const locale = localeOf(state, fallback);
  if (locale) state.locale = locale;
}

/**
 * `language` / `idioma`: start the language flow (English / Español) on top of whatever runs,
 * so a questionnaire half done is kept and its question comes again in the new language
 * (endFrame in src/engine/flow-runner.ts). With one language configured there is nothing to
 * choose, so the patient gets help instead.
 */
export function startLanguageChoice(turn: Turn, start: (flowId: string) => void): boolean {
  if (turn.flows.languages.length < 2 || !turn.flows.get(LANGUAGE_FLOW)) return false;
  // Already choosing: ask again rather than stack a second choice.
  if (turn.top()?.flowId === LANGUAGE_FLOW) turn.state.stack.pop();
  start(LANGUAGE_FLOW);
  return true;
}

/**
 * Send a system template in `language` (a Spanish question from a patient whose locale is
 * English gets the Spanish answer): prompts/<lang>/<name>, else the patient's own language.
 */
export function systemIn(turn: Turn, language: string | undefined, name: SystemTemplate): void {
  const translated = turn.flows.templatesFor(language).get(name);
  const body =
    translated && translated !== turn.flows.templatesFor(SOURCE_LANGUAGE).get(name)
      ? translated.body
      : undefined;
  if (!language || !body) turn.system(name);
  else turn.say(body.includes("{{") ? renderSlots(body, turn.scope()) : body);
}

/**
 * A menu line the engine names itself ("My sharing choice"), in the patient's language: the
 * flow's translated title. English keeps the engine's wording.
 */
export function localisedLabel(turn: Turn, choice: Choice): Choice {
  const language = turn.flows.languageFor(localeOf(turn.state, turn.flows.defaultLocale));
  if (language === SOURCE_LANGUAGE) return choice;
  const title = turn.flows.get(choice.id)?.title;
  return title ? { ...choice, label: title } : choice;
}
