import type { Logger } from "pino";
import type { App } from "../src/app.ts";
import type { Notifier } from "../src/channel.ts";
import { listenHost } from "../src/config/env.ts";
import { slackPlatform } from "./slack/index.ts";
import { loadTeamsConfig, startTeams, TeamsNotifier, teamsConfigured } from "./teams/index.ts";
import { startTelegram, telegramConfigured } from "./telegram/index.ts";

/** A chat platform Lantern can serve: configured from the environment, started on an app. */
export interface Platform {
  name: string;
  /** Alert targets the platform provides (Slack channel, Teams channel), known before the app is built. */
  notifiers?: Notifier[];
  backup?: Notifier[];
  /** Start receiving; resolves to a stop function. */
  start(app: App, logger: Logger): Promise<() => Promise<void>>;
}

/**
 * The platforms whose variables are set. The terminal runs when this is empty. Every HTTP
 * listener (Telegram webhook, Slack HTTP receiver, Teams endpoint) binds LANTERN_HOST
 * (127.0.0.1 unless set); TEAMS_HOST, when set, still wins for Teams.
 */
export async function configuredPlatforms(
  env: NodeJS.ProcessEnv = process.env,
): Promise<Platform[]> {
  const host = listenHost(env);
  const platforms: Platform[] = [];
  if (telegramConfigured(env)) {
    platforms.push({
      name: "telegram",
      start: (app, logger) => startTelegram(app, { env, logger, webhookHost: host }),
    });
  }
  const slack = slackPlatform(env, { host });
  if (slack) platforms.push(slack);
  if (teamsConfigured(env)) {
    const config = loadTeamsConfig(env);
    const notifier = config.alertConversation
      ? new TeamsNotifier({ conversation: config.alertConversation })
      : undefined;
    platforms.push({
      name: "teams",
      ...(notifier ? { notifiers: [notifier] } : {}),
      start: async (app, logger) =>
        (
          await startTeams(app, {
            config,
            logger,
            host: env.TEAMS_HOST ? config.host : host,
            ...(notifier ? { notifier } : {}),
          })
        ).stop,
    });
  }
  return platforms;
}
