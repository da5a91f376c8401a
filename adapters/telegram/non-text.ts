import { type App, languageOf, localeOf, renderSlots } from "#lantern";

/** Used only if prompts/system/non-text.md is missing; clinics edit that file. */
export const NON_TEXT_REPLY =
  "I can only read typed messages, so I could not open that {{what}}. Please type what you want to say, or tap one of the buttons.\n\nIf you are in danger or thinking about harming yourself, call {{crisis.emergency}} now, or reach {{crisis.line}}.";

/**
 * A turn's locale when the chat has a conversation; else the language code with the clinic's
 * region ("es" + "en-US" -> "es-US", so crisis lines stay the country's), else the clinic's.
 */
function localeFor(
  state: Parameters<typeof localeOf>[0] | undefined,
  languageCode: string | undefined,
  fallback: string | undefined,
): string | undefined {
  if (state) return localeOf(state, fallback);
  const language = languageCode?.split("-")[0]?.toLowerCase();
  if (!language || !/^[a-z]{2}$/.test(language) || language === languageOf(fallback ?? "en"))
    return fallback;
  return localeOf({ locale: undefined, user: { language } }, fallback);
}

/**
 * The reply to a photo, voice message or file, in the patient's language: their stored
 * locale (their choice, as a turn would use it), else Telegram's language code, else the
 * clinic's. `what` is named in that language by the template's `what:` front matter
 * (English word -> word), so no patient-facing word is written in code.
 */
export async function nonTextReply(
  runtime: App["runtime"],
  what: string,
  chat: string,
  languageCode?: string,
): Promise<string> {
  const state = await runtime.store.loadConversation(`telegram:${chat}`).catch(() => undefined);
  const locale = localeFor(state, languageCode, runtime.catalog.defaultLocale);
  const template = runtime.catalog.templatesFor(locale).get("system/non-text");
  const words = template?.meta.what;
  const named =
    words && typeof words === "object" ? (words as Record<string, unknown>)[what] : undefined;
  return renderSlots(template?.body ?? NON_TEXT_REPLY, {
    what: typeof named === "string" ? named : what,
    ...runtime.services.globals?.(locale),
  });
}
