import type { Platform } from "./platform.ts";
import { platform as slack } from "./slack/index.ts";
import { platform as teams } from "./teams/index.ts";
import { platform as telegram } from "./telegram/index.ts";

export type { Platform } from "./platform.ts";

/** Each adapter's entry, `platform(env)`, in the order `lantern start` starts them. */
export const PLATFORM_ENTRIES: readonly ((env: NodeJS.ProcessEnv) => Platform | undefined)[] = [
  telegram,
  slack,
  teams,
];

/**
 * The platforms whose variables are set. The terminal runs when this is empty. Every HTTP
 * listener (Telegram webhook, Slack HTTP receiver, Teams endpoint) binds LANTERN_HOST
 * (127.0.0.1 unless set); TEAMS_HOST, when set, still wins for Teams.
 */
export async function configuredPlatforms(
  env: NodeJS.ProcessEnv = process.env,
): Promise<Platform[]> {
  return PLATFORM_ENTRIES.flatMap((entry) => entry(env) ?? []);
}
