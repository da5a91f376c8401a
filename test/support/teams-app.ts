import { loadTeamsConfig } from "../../adapters/teams/config.ts";
import { startTeams, TeamsNotifier, type TeamsServer } from "../../adapters/teams/index.ts";
import { type App, createApp } from "../../src/app.ts";
import { EnvSchema } from "../../src/config/env.ts";
import type { RiskGuard } from "../../src/engine/types.ts";
import { type ConnectorStandIn, TeamsUser } from "./teams-connector.ts";

// The real app with its care-team alerts in a Teams channel, served on a free port: the setup
// the Teams alert and notice tests share. Start the ConnectorStandIn (teams-connector.ts)
// first; stop `teams`, then `app`, then the stand-in, afterwards.

export interface TeamsAlertsOptions {
  /** The Teams conversation id of the care team's alerts channel. */
  alerts: string;
  /** Extra LANTERN_* settings (LANTERN_STORE is memory://). */
  env: Record<string, string>;
  guard?: RiskGuard;
}

export async function startTeamsAlerts(
  options: TeamsAlertsOptions,
): Promise<{ app: App; teams: TeamsServer }> {
  const config = loadTeamsConfig({ TEAMS_ALERT_CONVERSATION: options.alerts });
  const notifier = new TeamsNotifier({ conversation: options.alerts });
  const env = EnvSchema.parse({ LANTERN_STORE: "memory://", ...options.env });
  const app = await createApp({
    env,
    notifiers: [notifier],
    ...(options.guard ? { guard: options.guard } : {}),
  });
  const teams = await startTeams(app, { config, notifier, port: 0 });
  return { app, teams };
}

/** The app with Teams alerts and one patient on the stand-in, as the alert and notice tests use. */
export interface TeamsAlertsRun {
  app: App;
  teams: TeamsServer;
  patient: TeamsUser;
}

/** Start `connector`, then the app (startTeamsAlerts), with a patient (`patientId`) on it. */
export async function startTeamsAlertsRun(
  connector: ConnectorStandIn,
  patientId: string,
  options: TeamsAlertsOptions,
): Promise<TeamsAlertsRun> {
  await connector.start();
  const patient = new TeamsUser(patientId, connector.url);
  return { ...(await startTeamsAlerts(options)), patient };
}

/** Stop what startTeamsAlertsRun started, as far as it got: `teams`, then `app`, then the stand-in. */
export async function stopTeamsAlertsRun(
  connector: ConnectorStandIn,
  run: { teams?: TeamsServer | undefined; app?: App | undefined },
): Promise<void> {
  await run.teams?.stop();
  await run.app?.close();
  await connector.stop();
}

/** An activity from a care-team member in the alerts channel, as Teams sends it. */
export function staffActivity(
  serviceUrl: string,
  alerts: string,
  extra: Record<string, unknown>,
): Record<string, unknown> {
  return {
    id: `staff-${Math.random().toString(36).slice(2)}`,
    channelId: "msteams",
    serviceUrl,
    from: { id: "29:nurse", name: "Dr. Rivera", aadObjectId: "aad-nurse" },
    recipient: { id: "28:lantern-bot", name: "Lantern" },
    conversation: { id: alerts, conversationType: "channel", isGroup: true, tenantId: "t" },
    ...extra,
  };
}
