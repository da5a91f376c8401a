// Whether each platform's variables are set, read without loading an adapter, its SDK or zod:
// `lantern start` asks this first, so a start with no platform (the terminal chat) loads no
// platform code at all. Each adapter's config.ts answers with these same functions.

/** True when a bot token is configured: the CLI starts Telegram only then. */
export function telegramConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.TELEGRAM_BOT_TOKEN?.trim());
}

/** True when SLACK_BOT_TOKEN is set: Slack is on (its other variables are then checked). */
export function slackConfigured(env: Record<string, string | undefined> = process.env): boolean {
  return Boolean(env.SLACK_BOT_TOKEN);
}

/** True when the Teams adapter should start: an app id, or an explicit TEAMS_PORT for local tools. */
export function teamsConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.MICROSOFT_APP_ID?.trim() || env.TEAMS_PORT?.trim());
}

/**
 * One test per entry of `PLATFORM_ENTRIES` (adapters/platforms.ts), in the same order: a new
 * platform adds its test here too, or `lantern start` never loads it (test/adapters/platforms).
 */
export const PLATFORM_CONFIGURED: readonly ((env: NodeJS.ProcessEnv) => boolean)[] = [
  telegramConfigured,
  slackConfigured,
  teamsConfigured,
];

/** Is any platform configured? When not, `configuredPlatforms` (adapters/platforms.ts) is empty. */
export function anyPlatformConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return PLATFORM_CONFIGURED.some((configured) => configured(env));
}
