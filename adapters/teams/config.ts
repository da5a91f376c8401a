import type { AuthConfiguration } from "@microsoft/agents-hosting";
import { z } from "zod";
import { LanternError } from "#lantern";

// Teams settings from the environment. With no MICROSOFT_APP_ID the adapter runs in local mode
// (auth off, for the Agents Playground or tests); with one, the SDK checks every request's JWT.

const optional = z
  .string()
  .optional()
  .transform((v) => (v?.trim() ? v.trim() : undefined));

/** Every variable the Teams adapter reads; docs/teams.md mirrors this. */
export const TeamsEnvSchema = z.object({
  /** The bot's Entra app (client) id. Unset: local mode, no authentication. */
  MICROSOFT_APP_ID: optional,
  /** The app's client secret; or use the certificate pair below. */
  MICROSOFT_APP_PASSWORD: optional,
  MICROSOFT_APP_CERT_PEM_FILE: optional,
  MICROSOFT_APP_CERT_KEY_FILE: optional,
  /** The Entra tenant the app lives in (single-tenant bots). */
  MICROSOFT_APP_TENANT_ID: optional,
  /** Entra authority; only for sovereign clouds (https://login.microsoftonline.us). */
  MICROSOFT_APP_AUTHORITY: optional.pipe(z.url().optional()),
  TEAMS_PORT: z.coerce.number().int().min(0).max(65_535).default(3978),
  /** Interface to listen on: loopback in local mode, all interfaces otherwise. */
  TEAMS_HOST: optional,
  /** Conversation id of the Teams channel that gets care-team alerts (the bot posts it on install). */
  TEAMS_ALERT_CONVERSATION: optional,
  NODE_ENV: optional,
});

/** Checked Teams settings. `mode: "local"` means no app id: requests are not authenticated. */
export interface TeamsConfig {
  mode: "local" | "authenticated";
  appId?: string;
  tenantId?: string;
  secret?: string;
  certPemFile?: string;
  certKeyFile?: string;
  authority?: string;
  port: number;
  host: string;
  alertConversation?: string;
}

/**
 * Read Teams settings, failing with one line per problem (like `loadEnv`). Local mode is
 * refused under NODE_ENV=production: an unauthenticated endpoint must never go live by accident.
 */
export function loadTeamsConfig(env: NodeJS.ProcessEnv = process.env): TeamsConfig {
  const parsed = TeamsEnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new LanternError("config.invalid", `Teams configuration problem:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const problems: string[] = [];
  if (e.MICROSOFT_APP_ID) {
    const cert = e.MICROSOFT_APP_CERT_PEM_FILE || e.MICROSOFT_APP_CERT_KEY_FILE;
    if (!e.MICROSOFT_APP_PASSWORD && !cert)
      problems.push("MICROSOFT_APP_PASSWORD: set the client secret (or the certificate files)");
    if (cert && !(e.MICROSOFT_APP_CERT_PEM_FILE && e.MICROSOFT_APP_CERT_KEY_FILE))
      problems.push("MICROSOFT_APP_CERT_PEM_FILE / _KEY_FILE: set both or neither");
    if (!e.MICROSOFT_APP_TENANT_ID)
      problems.push("MICROSOFT_APP_TENANT_ID: the tenant of the bot's app registration");
  } else if (e.NODE_ENV?.toLowerCase() === "production") {
    problems.push(
      "MICROSOFT_APP_ID: required in production (without it /api/messages has no auth)",
    );
  }
  if (problems.length)
    throw new LanternError(
      "config.invalid",
      `Teams configuration problem:\n${problems.map((p) => `  ${p}`).join("\n")}`,
    );
  const local = !e.MICROSOFT_APP_ID;
  return {
    mode: local ? "local" : "authenticated",
    port: e.TEAMS_PORT,
    host: e.TEAMS_HOST ?? (local ? "127.0.0.1" : "0.0.0.0"),
    ...(e.MICROSOFT_APP_ID ? { appId: e.MICROSOFT_APP_ID } : {}),
    ...(e.MICROSOFT_APP_TENANT_ID ? { tenantId: e.MICROSOFT_APP_TENANT_ID } : {}),
    ...(e.MICROSOFT_APP_PASSWORD ? { secret: e.MICROSOFT_APP_PASSWORD } : {}),
    ...(e.MICROSOFT_APP_CERT_PEM_FILE ? { certPemFile: e.MICROSOFT_APP_CERT_PEM_FILE } : {}),
    ...(e.MICROSOFT_APP_CERT_KEY_FILE ? { certKeyFile: e.MICROSOFT_APP_CERT_KEY_FILE } : {}),
    ...(e.MICROSOFT_APP_AUTHORITY ? { authority: e.MICROSOFT_APP_AUTHORITY } : {}),
    ...(e.TEAMS_ALERT_CONVERSATION ? { alertConversation: e.TEAMS_ALERT_CONVERSATION } : {}),
  };
}

/** True when the Teams adapter should start: an app id, or an explicit TEAMS_PORT for local tools. */
export { teamsConfigured } from "../configured.ts";

/**
 * The SDK's auth configuration, built from our settings only. The connection map is explicit so
 * the SDK does not merge in its own `Connections__*` environment variables.
 */
export function sdkAuthConfig(config: TeamsConfig): AuthConfiguration {
  const connection: AuthConfiguration = {
    ...(config.appId ? { clientId: config.appId } : {}),
    ...(config.tenantId ? { tenantId: config.tenantId } : {}),
    ...(config.secret ? { clientSecret: config.secret } : {}),
    ...(config.certPemFile ? { certPemFile: config.certPemFile } : {}),
    ...(config.certKeyFile ? { certKeyFile: config.certKeyFile } : {}),
    ...(config.authority ? { authorityEndpoint: config.authority } : {}),
  };
  return {
    ...connection,
    connections: new Map([["serviceConnection", connection]]),
    connectionsMap: [{ serviceUrl: "*", connection: "serviceConnection" }],
  };
}
