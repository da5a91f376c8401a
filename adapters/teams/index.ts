import { CloudAdapter, type Request, type WebResponse } from "@microsoft/agents-hosting";
import { Hono } from "hono";
import type { Logger } from "pino";
import { type App, intakeNotice, journalPathFor, listenHost } from "#lantern";
import { limitBody, listen } from "../http.ts";
import { openJournal, outageAlerts } from "../outage.ts";
import { type Platform, platformOf } from "../platform.ts";
import { TeamsChannel } from "./channel.ts";
import { loadTeamsConfig, sdkAuthConfig, type TeamsConfig, teamsConfigured } from "./config.ts";
import { TeamsNotifier } from "./notifier.ts";

export { TeamsChannel } from "./channel.ts";
export { loadTeamsConfig, type TeamsConfig, teamsConfigured } from "./config.ts";
export { TeamsNotifier } from "./notifier.ts";

const MAX_BODY = 1_000_000;

export interface StartTeamsOptions {
  config: TeamsConfig;
  logger?: Logger | undefined;
  /** The notifier given to createApp for care-team alerts, if TEAMS_ALERT_CONVERSATION is set. */
  notifier?: TeamsNotifier | undefined;
  /** The inbound journal file (beside the SQLite file, else data/); see docs/operations.md. */
  journalPath?: string;
}

export interface TeamsServer {
  channel: TeamsChannel;
  adapter: CloudAdapter;
  /** Where the server listens, e.g. http://127.0.0.1:3978 (the endpoint is /api/messages). */
  url: string;
  stop(): Promise<void>;
}

/** What a caller is told when auth fails; the reason goes to the log only. */
export const UNAUTHORIZED_BODY = { error: "unauthorized" } as const;

/**
 * The SDK's response surface, collected into a fetch Response once the SDK is done; `send`
 * ends it, as Express's does. A 401/403 from the SDK carries its internal reason (e.g.
 * `getaddrinfo ENOTFOUND …` when the signing keys cannot be fetched): that goes to `onDenied`,
 * and the caller gets a fixed body.
 */
class CollectedResponse implements WebResponse {
  #status = 200;
  readonly #headers = new Headers();
  #body: string | Uint8Array | undefined;
  #ended = false;
  readonly #onDenied: ((status: number, detail: string) => void) | undefined;

  constructor(onDenied?: (status: number, detail: string) => void) {
    this.#onDenied = onDenied;
  }

  status(code: number): this {
    if (!this.#ended) this.#status = code;
    return this;
  }

  setHeader(name: string, value: string): this {
    if (!this.#ended) this.#headers.set(name, value);
    return this;
  }

  send(body?: unknown): this {
    if (this.#ended) return this;
    this.#ended = true;
    if (this.#status === 401 || this.#status === 403) {
      this.#onDenied?.(this.#status, detailOf(body));
      this.#headers.set("content-type", "application/json");
      this.#body = JSON.stringify(UNAUTHORIZED_BODY);
    } else if (body === undefined || body === null) this.#body = undefined;
    else if (typeof body === "string" || Buffer.isBuffer(body)) this.#body = body;
    else {
      if (!this.#headers.has("content-type")) this.#headers.set("content-type", "application/json");
      this.#body = JSON.stringify(body);
    }
    return this;
  }

  end(): this {
    this.#ended = true;
    return this;
  }

  get headersSent(): boolean {
    return this.#ended;
  }

  get writableEnded(): boolean {
    return this.#ended;
  }

  toResponse(): Response {
    return new Response(this.#body ?? null, { status: this.#status, headers: this.#headers });
  }
}

/** The SDK's reason for a denial, as one short line for the log (never request content). */
function detailOf(body: unknown): string {
  if (typeof body === "string") return body.slice(0, 300);
  if (Buffer.isBuffer(body)) return body.toString("utf8", 0, 300);
  if (body && typeof body === "object") {
    const reason = (body as Record<string, unknown>)["jwt-auth-error"];
    return String(reason ?? JSON.stringify(body)).slice(0, 300);
  }
  return "";
}

/**
 * The Teams endpoint as a Hono app: POST /api/messages (one JSON activity, at most MAX_BODY
 * bytes, handed to the SDK, which checks the JWT) and GET /healthz. Tests call it in-process.
 */
export function teamsApp(channel: TeamsChannel, logger?: Logger): Hono {
  const app = new Hono();
  app.get("/healthz", (c) => c.text("ok"));
  app.post("/api/messages", limitBody(MAX_BODY), async (c) => {
    const body: unknown = await c.req.json().catch(() => undefined);
    if (!body || typeof body !== "object" || Array.isArray(body))
      return c.text("expected one JSON activity", 400);
    const request: Request = {
      method: "POST",
      headers: Object.fromEntries(c.req.raw.headers),
      body: body as Record<string, unknown>,
    };
    const denied = (status: number, detail: string) =>
      logger?.warn({ status, detail }, "teams request refused: authentication failed");
    const response = new CollectedResponse(denied);
    try {
      await channel.process(request, response);
      return response.toResponse();
    } catch (error) {
      // No patient text here: the activity body is never logged.
      logger?.error(
        {
          err:
            error instanceof Error
              ? { name: error.name, code: (error as { code?: unknown }).code }
              : "?",
        },
        "teams turn failed",
      );
      return c.text("turn failed", 500);
    }
  });
  app.all("/api/messages", (c) => c.text("method not allowed", 405));
  app.notFound((c) => c.text("not found", 404));
  return app;
}

/**
 * Serve Teams: POST /api/messages (Activity protocol, JWT-checked by the SDK when an app id is
 * set) and GET /healthz. Registers the `teams` channel with the runtime and connects the alerts
 * notifier. Without an app id it runs in local mode (no auth, loopback by default) and says so.
 *
 * @example
 * const config = loadTeamsConfig();
 * const notifier = config.alertConversation ? new TeamsNotifier({ conversation: config.alertConversation }) : undefined;
 * const app = await createApp({ env, logger, notifiers: [...(notifier ? [notifier] : [])] });
 * const teams = await startTeams(app, { config, logger, notifier });
 */
export async function startTeams(
  app: App,
  options: StartTeamsOptions & { port?: number; host?: string },
): Promise<TeamsServer> {
  const { config } = options;
  const logger = options.logger ?? app.runtime.logger;
  if (config.mode === "local") {
    logger?.warn(
      { teams: "local-mode" },
      "!!! TEAMS LOCAL MODE: MICROSOFT_APP_ID is not set, so /api/messages accepts requests WITHOUT authentication. For local tools only; never expose this port. !!!",
    );
  }
  const adapter = new CloudAdapter(sdkAuthConfig(config));
  // The SDK's default answers the user "fix the source code"; rethrow instead, so a failed
  // proactive send throws (the outbox retries) and a failed turn answers 500 (Teams retries;
  // a store outage does not fail the turn: the intake journals the activity and answers it).
  adapter.onTurnError = async (_context, error) => {
    throw error;
  };
  const journal = openJournal(options.journalPath ?? journalPathFor("teams", app.storeUrl));
  const channel = new TeamsChannel({
    adapter,
    store: app.runtime.store,
    appId: config.appId,
    alertConversation: config.alertConversation,
    logger,
    durable: { journal, alerts: outageAlerts(app, journal, logger) },
    storeDownNotice: (inbound) => intakeNotice(app.runtime, "store-down", inbound.locale),
  });
  app.runtime.addChannel(channel);
  options.notifier?.attach(channel, app.escalations, logger);
  // The intake keeps an activity the store could not take and tells the patient itself.
  await channel.start((inbound) => app.runtime.handle(inbound, { storeDownReply: false }));

  const port = options.port ?? config.port;
  const host = options.host ?? config.host;
  const listening = await listen(teamsApp(channel, logger), port, host);
  const { address } = listening;
  const url = `http://${address.includes(":") ? `[${address}]` : address}:${listening.port}`;
  logger?.info({ url: `${url}/api/messages`, mode: config.mode }, "teams listening");
  // Read (and kept by the notifier) now, so an alert in a later store outage still goes out.
  if (options.notifier && !(await options.notifier.reference()))
    logger?.warn("teams alerts channel not known yet: add the Lantern app to that channel's team");

  return {
    channel,
    adapter,
    url,
    async stop() {
      await channel.stop();
      await listening.close();
    },
  };
}

/**
 * Teams as `lantern start` runs it, when MICROSOFT_APP_ID or TEAMS_PORT is set (else undefined),
 * with its alerts notifier when TEAMS_ALERT_CONVERSATION is set. It listens on TEAMS_HOST when
 * set, else LANTERN_HOST.
 */
export function platform(env: NodeJS.ProcessEnv = process.env): Platform | undefined {
  if (!teamsConfigured(env)) return undefined;
  const config = loadTeamsConfig(env);
  const notifier = config.alertConversation
    ? new TeamsNotifier({ conversation: config.alertConversation })
    : undefined;
  const host = env.TEAMS_HOST ? config.host : listenHost(env);
  return platformOf(
    "teams",
    async (app, logger) =>
      (await startTeams(app, { config, logger, host, ...(notifier ? { notifier } : {}) })).stop,
    notifier ? { notifiers: [notifier] } : {},
  );
}
