import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { CloudAdapter, type Request, type WebResponse } from "@microsoft/agents-hosting";
import type { Logger } from "pino";
import type { App } from "../../src/app.ts";
import { intakeNotice, journalPathFor } from "../../src/runtime/intake-notices.ts";
import { openJournal, outageAlerts } from "../outage.ts";
import { TeamsChannel } from "./channel.ts";
import { sdkAuthConfig, type TeamsConfig } from "./config.ts";
import type { TeamsNotifier } from "./notifier.ts";

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
 * The SDK's response surface over node:http; `send` ends the response, as Express's does.
 * A 401/403 from the SDK carries its internal reason (e.g. `getaddrinfo ENOTFOUND …` when the
 * signing keys cannot be fetched): that goes to `onDenied`, and the caller gets a fixed body.
 */
class NodeWebResponse implements WebResponse {
  readonly #res: ServerResponse;
  readonly #onDenied: ((status: number, detail: string) => void) | undefined;

  constructor(res: ServerResponse, onDenied?: (status: number, detail: string) => void) {
    this.#res = res;
    this.#onDenied = onDenied;
  }

  status(code: number): this {
    this.#res.statusCode = code;
    return this;
  }

  setHeader(name: string, value: string): this {
    this.#res.setHeader(name, value);
    return this;
  }

  send(body?: unknown): this {
    if (this.#res.writableEnded) return this;
    const status = this.#res.statusCode;
    if (status === 401 || status === 403) {
      this.#onDenied?.(status, detailOf(body));
      this.#res.setHeader("content-type", "application/json");
      this.#res.end(JSON.stringify(UNAUTHORIZED_BODY));
      return this;
    }
    if (body === undefined || body === null) this.#res.end();
    else if (typeof body === "string" || Buffer.isBuffer(body)) this.#res.end(body);
    else {
      if (!this.#res.hasHeader("content-type"))
        this.#res.setHeader("content-type", "application/json");
      this.#res.end(JSON.stringify(body));
    }
    return this;
  }

  end(): this {
    if (!this.#res.writableEnded) this.#res.end();
    return this;
  }

  get headersSent(): boolean {
    return this.#res.headersSent;
  }

  get writableEnded(): boolean {
    return this.#res.writableEnded;
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

async function readJson(req: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return undefined;
    chunks.push(chunk as Buffer);
  }
  try {
    const body: unknown = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    return body && typeof body === "object" && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function plain(res: ServerResponse, status: number, text: string): void {
  if (res.writableEnded) return;
  if (!res.headersSent) {
    res.statusCode = status;
    res.setHeader("content-type", "text/plain");
  }
  res.end(text);
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

  const server = createServer((req, res) => {
    void route(req, res);
  });
  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? "").split("?")[0];
    if (req.method === "GET" && path === "/healthz") return plain(res, 200, "ok");
    if (path !== "/api/messages") return plain(res, 404, "not found");
    if (req.method !== "POST") return plain(res, 405, "method not allowed");
    const body = await readJson(req).catch(() => undefined);
    if (!body) return plain(res, 400, "expected one JSON activity");
    const request: Request = { method: "POST", headers: req.headers, body };
    try {
      const denied = (status: number, detail: string) =>
        logger?.warn({ status, detail }, "teams request refused: authentication failed");
      await channel.process(request, new NodeWebResponse(res, denied));
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
      plain(res, 500, "turn failed");
    }
  }

  const port = options.port ?? config.port;
  const host = options.host ?? config.host;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const url = `http://${address.address.includes(":") ? `[${address.address}]` : address.address}:${address.port}`;
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
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
