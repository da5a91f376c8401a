import type { AddressInfo } from "node:net";
import { App as BoltApp, LogLevel, webApi } from "@slack/bolt";
import type { Logger } from "pino";
import { type App, journalPathFor, LanternError, listenHost } from "#lantern";
import { openJournal, outageAlerts } from "../outage.ts";
import { platformOf } from "../platform.ts";
import { CareTeamAccess } from "./access.ts";
import { registerAlertActions } from "./actions.ts";
import { registerChannel, SlackChannel, storeDownNotice } from "./channel.ts";
import { registerCommands } from "./commands.ts";
import { oncallMention, type SlackConfig, slackConfigFromEnv } from "./config.ts";
import { registerHome } from "./home.ts";
import { SlackAlerts, SlackNotifier } from "./notifier.ts";

export { SlackChannel } from "./channel.ts";
export { type SlackConfig, slackConfigFromEnv } from "./config.ts";
export { SlackAlerts, SlackNotifier } from "./notifier.ts";

type WebClientOptions = webApi.WebClientOptions;

export interface SlackOptions {
  logger?: Logger | undefined;
  /** Overrides SLACK_PORT (tests: 0 for any free port). */
  port?: number;
  /** Interface the HTTP receiver binds (LANTERN_HOST; Bolt's default, all interfaces, if unset). */
  host?: string;
  /** WebClient options on top of Lantern's (tests: a tiny retryConfig). */
  clientOptions?: WebClientOptions;
  /** The inbound journal file (beside the SQLite file, else data/); see docs/operations.md. */
  journalPath?: string;
}

/** Slack, running: what `attach` returns. */
export interface SlackRunning {
  notifier: SlackNotifier;
  backupNotifier: SlackNotifier;
  channel: SlackChannel;
  bolt: BoltApp;
  /** The HTTP port actually listened on (HTTP mode). */
  port: number | undefined;
  stop(): Promise<void>;
}

/** Slack, built but not yet attached: pass the notifiers to createApp, then attach the app. */
export interface SlackSetup {
  config: SlackConfig;
  client: webApi.WebClient;
  notifier: SlackNotifier;
  backup: SlackNotifier;
  /** Start Bolt on the app: commands, buttons, App Home, patient DMs. */
  attach(app: App, options?: { logger?: Logger }): Promise<SlackRunning>;
}

/**
 * Slack's retries are bounded so a delivery call never blocks the outbox for long: three
 * tries over ~15 s (429s wait for Retry-After), then it throws and the outbox retries later.
 */
export const DEFAULT_RETRY = { retries: 3, factor: 2, minTimeout: 1_000, maxTimeout: 8_000 };

/** Bolt and WebClient logs, warnings and errors only (debug logs carry request bodies). */
function boltLogger(current: () => Logger | undefined) {
  let level = LogLevel.WARN;
  const line = (msg: unknown[]) =>
    msg
      .map((m) => (m instanceof Error ? m.message : String(m)))
      .join(" ")
      .slice(0, 300);
  return {
    debug: () => undefined,
    info: () => undefined,
    warn: (...msg: unknown[]) => current()?.warn({ slack: line(msg) }, "slack"),
    error: (...msg: unknown[]) => current()?.error({ slack: line(msg) }, "slack"),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}

/**
 * Build the Slack side in two steps, because the notifiers must exist before the runtime:
 *
 * @example
 * const slack = createSlack(process.env, { logger });
 * const app = await createApp({ env, notifiers: [slack.notifier], backup: [slack.backup] });
 * const running = await slack.attach(app); // commands, buttons, App Home, patient DMs
 */
export function createSlack(
  source: SlackConfig | Record<string, string | undefined>,
  options: SlackOptions = {},
): SlackSetup {
  const parsed =
    typeof source.SLACK_PORT === "number"
      ? (source as SlackConfig)
      : slackConfigFromEnv(source as Record<string, string | undefined>);
  if (!parsed) throw new LanternError("config.invalid", "SLACK_BOT_TOKEN is not set");
  const config: SlackConfig = parsed;
  let logger = options.logger;
  const clientOptions: WebClientOptions = {
    retryConfig: DEFAULT_RETRY,
    timeout: 10_000,
    logger: boltLogger(() => logger),
    ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL.replace(/\/?$/, "/") } : {}),
    ...options.clientOptions,
  };
  const client = new webApi.WebClient(config.SLACK_BOT_TOKEN, clientOptions);
  const alerts = new SlackAlerts();
  const common = { client, channel: config.SLACK_ALERT_CHANNEL, alerts, logger };
  const mention = oncallMention(config.SLACK_ONCALL) ?? "<!here>";
  const notifier = new SlackNotifier(common);
  const backup = new SlackNotifier({ ...common, mention });

  async function attach(app: App, attachOptions: { logger?: Logger } = {}): Promise<SlackRunning> {
    logger = attachOptions.logger ?? logger;
    notifier.logger = logger;
    backup.logger = logger;
    alerts.bind(app.runtime.store);
    const socketMode = Boolean(config.SLACK_APP_TOKEN);
    // Bolt's own start-up auth.test is cached forever, and unhandled if Slack is down at that
    // moment; ask once here instead, and if Slack does not answer, let Bolt ask per request.
    const identity = await client.auth.test().then(
      (r) => (r.user_id && r.bot_id ? { botUserId: r.user_id, botId: r.bot_id } : undefined),
      (error: unknown) => {
        const reason = (error as { data?: { error?: string } }).data?.error;
        if (reason === "invalid_auth" || reason === "not_authed" || reason === "account_inactive")
          throw new LanternError(
            "config.invalid",
            `SLACK_BOT_TOKEN was refused by Slack (${reason})`,
          );
        logger?.warn(
          { code: (error as { code?: string }).code },
          "Slack auth.test failed at start",
        );
        return undefined;
      },
    );
    const bolt = new BoltApp({
      token: config.SLACK_BOT_TOKEN,
      ...(identity ?? { tokenVerificationEnabled: false }),
      ...(socketMode && config.SLACK_APP_TOKEN
        ? { socketMode: true, appToken: config.SLACK_APP_TOKEN }
        : { signingSecret: config.SLACK_SIGNING_SECRET ?? "" }),
      clientOptions,
      logger: boltLogger(() => logger),
      logLevel: LogLevel.WARN,
    });
    const access = new CareTeamAccess({
      client,
      channel:
        config.SLACK_CARE_TEAM_CHANNEL ??
        (config.SLACK_CARE_TEAM_USERGROUP ? undefined : config.SLACK_ALERT_CHANNEL),
      usergroup: config.SLACK_CARE_TEAM_USERGROUP,
    });
    const journal = openJournal(options.journalPath ?? journalPathFor("slack", app.storeUrl));
    const channel = new SlackChannel({
      client,
      patients: app.patients,
      logger,
      storeDownNotice: storeDownNotice(app.runtime),
      durable: { journal, alerts: outageAlerts(app, journal, logger) },
    });
    app.runtime.addChannel(channel);
    // The channel's intake keeps a message the store could not take and tells the patient.
    await channel.start((inbound) => app.runtime.handle(inbound, { storeDownReply: false }));
    const zone = config.SLACK_TIMEZONE ?? "UTC";
    registerAlertActions(bolt, { app, client, alerts, access, mention, logger });
    registerCommands(bolt, {
      app,
      access,
      logger,
      config: { SLACK_TIMEZONE: zone, TELEGRAM_BOT_USERNAME: config.TELEGRAM_BOT_USERNAME },
    });
    registerHome(bolt, { app, access, zone, logger });
    registerChannel(bolt, channel, logger);
    bolt.error(async (error) => {
      logger?.error({ code: (error as { code?: string }).code }, "Slack request failed");
    });
    const started = socketMode
      ? await bolt.start()
      : await bolt.start({
          port: options.port ?? config.SLACK_PORT ?? 3000,
          ...(options.host ? { host: options.host } : {}),
        });
    const address = (started as { address?: () => AddressInfo | string | null })?.address?.();
    const port = address && typeof address === "object" ? address.port : undefined;
    logger?.info({ mode: socketMode ? "socket" : "http", port }, "Slack started");
    return {
      notifier,
      backupNotifier: backup,
      channel,
      bolt,
      port,
      async stop() {
        await channel.stop();
        await bolt.stop();
      },
    };
  }

  return { config, client, notifier, backup, attach };
}

/** Attach a built Slack setup to a running app (same as `setup.attach(app)`). */
export function startSlack(app: App, setup: SlackSetup): Promise<SlackRunning> {
  return setup.attach(app);
}

/**
 * Slack as `lantern start` runs it, when SLACK_BOT_TOKEN is set (else undefined): its notifiers
 * are known before the app is built; the HTTP receiver binds LANTERN_HOST (socket mode when
 * SLACK_APP_TOKEN is set).
 *
 * @example
 * const slack = platform(env);
 * if (slack) platforms.push(slack);
 */
export function platform(env: NodeJS.ProcessEnv = process.env, options: SlackOptions = {}) {
  const config = slackConfigFromEnv(env);
  if (!config) return undefined;
  const setup = createSlack(config, { host: listenHost(env), ...options });
  return platformOf("slack", async (app, logger) => (await setup.attach(app, { logger })).stop, {
    notifiers: [setup.notifier],
    backup: [setup.backup],
  });
}
