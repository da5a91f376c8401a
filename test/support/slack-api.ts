import { createHmac } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

// A stand-in for Slack's Web API on 127.0.0.1: records every call, answers like Slack for the
// methods Lantern uses, and fails on purpose (429 with Retry-After, 500, a whole outage).
// It also takes response_url posts (`/respond/<n>`), so slash-command replies are recorded.

export interface SlackCall {
  method: string;
  args: Record<string, unknown>;
  /** False when the stand-in failed the call on purpose. */
  ok: boolean;
  status: number;
}

export interface PostedMessage {
  channel: string;
  ts: string;
  text?: string;
  thread_ts?: string;
  metadata?: { event_type?: string; event_payload?: Record<string, unknown> };
  blocks?: unknown[];
}

type Failure = { status: 429; retryAfter: number } | { status: 500 | 503 };

function parseBody(raw: string, type: string | undefined): Record<string, unknown> {
  if (type?.includes("application/json"))
    return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    // The WebClient sends arrays and objects (blocks, metadata) as JSON strings.
    out[key] = /^[[{]/.test(value) ? safeJson(value) : value;
  }
  return out;
}

function safeJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

async function readBytes(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The file in an upload: the first part of a multipart/form-data body (as the WebClient sends it), else the body. */
function fileBytes(body: Buffer, type: string | undefined): Buffer {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(type ?? "");
  const mark = boundary?.[1] ?? boundary?.[2];
  if (!mark) return body;
  const start = body.indexOf("\r\n\r\n", body.indexOf(`--${mark}`));
  const end = body.indexOf(`\r\n--${mark}`, start);
  return start < 0 || end < 0 ? body : body.subarray(start + 4, end);
}

/** A file sent to an upload_url that files.getUploadURLExternal handed out. */
export interface UploadedFile {
  fileId: string;
  filename: string;
  bytes: Buffer;
}

export class SlackApiStandIn {
  readonly calls: SlackCall[] = [];
  /** What was posted to response_urls, in order. */
  readonly responses: Record<string, unknown>[] = [];
  /** Messages in each channel, as conversations.history returns them. */
  readonly history = new Map<string, PostedMessage[]>();
  /** Bytes posted to upload URLs (files.uploadV2 step 2), in order. */
  readonly uploads: UploadedFile[] = [];
  readonly #uploadNames = new Map<string, string>();
  members: Record<string, string[]> = {};
  usergroups: Record<string, string[]> = {};
  /** Every Web API call answers 503 while true. */
  outage = false;
  readonly #failures = new Map<string, Failure[]>();
  #server: Server | undefined;
  #seq = 0;
  #respond = 0;
  base = "";

  async start(): Promise<string> {
    this.#server = createServer(async (req, res) => {
      const bytes = await readBytes(req);
      const raw = bytes.toString("utf8");
      const path = new URL(req.url ?? "/", "http://x").pathname;
      if (path.startsWith("/upload/")) {
        const fileId = path.slice("/upload/".length);
        const file = fileBytes(bytes, req.headers["content-type"]);
        this.uploads.push({ fileId, filename: this.#uploadNames.get(fileId) ?? "", bytes: file });
        res.writeHead(200).end(`OK - ${bytes.length}`);
        return;
      }
      if (path.startsWith("/respond/")) {
        this.responses.push(parseBody(raw, req.headers["content-type"]));
        res.writeHead(200).end("ok");
        return;
      }
      const method = path.replace(/^\/api\//, "");
      const args = parseBody(raw, req.headers["content-type"]);
      const failure = this.outage
        ? ({ status: 503 } as const)
        : this.#failures.get(method)?.shift();
      if (failure) {
        this.calls.push({ method, args, ok: false, status: failure.status });
        const headers: Record<string, string> =
          failure.status === 429 ? { "Retry-After": String(failure.retryAfter) } : {};
        res.writeHead(failure.status, headers).end(failure.status === 429 ? "" : "unavailable");
        return;
      }
      this.calls.push({ method, args, ok: true, status: 200 });
      res
        .writeHead(200, { "Content-Type": "application/json" })
        .end(JSON.stringify(this.#answer(method, args)));
    });
    await new Promise<void>((resolve) => this.#server?.listen(0, "127.0.0.1", resolve));
    const { port } = this.#server.address() as AddressInfo;
    this.base = `http://127.0.0.1:${port}/`;
    return `${this.base}api/`;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.#server?.closeAllConnections();
      this.#server?.close(() => resolve());
    });
  }

  /** Fail the next `times` calls of `method`. */
  fail(method: string, failure: Failure, times = 1): void {
    const queue = this.#failures.get(method) ?? [];
    for (let i = 0; i < times; i++) queue.push(failure);
    this.#failures.set(method, queue);
  }

  /** A fresh response_url for a slash command or interaction. */
  responseUrl(): string {
    this.#respond += 1;
    return `${this.base}respond/${this.#respond}`;
  }

  /** Successful calls of one method. */
  ok(method: string): Record<string, unknown>[] {
    return this.calls.filter((c) => c.method === method && c.ok).map((c) => c.args);
  }

  attempts(method: string): number {
    return this.calls.filter((c) => c.method === method).length;
  }

  #answer(method: string, args: Record<string, unknown>): Record<string, unknown> {
    const channel = String(args.channel ?? "");
    switch (method) {
      case "auth.test":
        return {
          ok: true,
          user_id: "UBOT",
          bot_id: "BBOT",
          team_id: "T1",
          user: "lantern",
          url: "https://x.slack.com/",
        };
      case "chat.postMessage": {
        // Like Slack's: wall-clock seconds, unique microseconds.
        this.#seq += 1;
        const ts = `${Math.floor(Date.now() / 1000)}.${String(this.#seq).padStart(6, "0")}`;
        // A user id as channel means the DM with that user.
        const target = channel.startsWith("U") ? `D${channel.slice(1)}` : channel;
        const message: PostedMessage = {
          channel: target,
          ts,
          ...(typeof args.text === "string" ? { text: args.text } : {}),
          ...(typeof args.thread_ts === "string" ? { thread_ts: args.thread_ts } : {}),
          ...(args.metadata
            ? { metadata: args.metadata as NonNullable<PostedMessage["metadata"]> }
            : {}),
          ...(Array.isArray(args.blocks) ? { blocks: args.blocks } : {}),
        };
        // Thread replies show in history only when broadcast, as in Slack.
        if (!message.thread_ts || args.reply_broadcast === true || args.reply_broadcast === "true")
          this.history.set(target, [...(this.history.get(target) ?? []), message]);
        return { ok: true, channel: target, ts, message };
      }
      case "chat.update":
        return { ok: true, channel, ts: args.ts };
      case "chat.postEphemeral":
        return { ok: true, message_ts: `${Math.floor(Date.now() / 1000)}.999999` };
      case "files.getUploadURLExternal": {
        this.#seq += 1;
        const fileId = `F${String(this.#seq).padStart(8, "0")}`;
        this.#uploadNames.set(fileId, String(args.filename ?? ""));
        return { ok: true, upload_url: `${this.base}upload/${fileId}`, file_id: fileId };
      }
      case "files.completeUploadExternal": {
        const files = Array.isArray(args.files)
          ? (args.files as { id: string; title?: string }[])
          : [];
        return { ok: true, files: files.map((f) => ({ id: f.id, title: f.title ?? "" })) };
      }
      case "conversations.open":
        // The DM with a user: D + the user id's rest, as chat.postMessage's DM target above.
        return { ok: true, channel: { id: `D${String(args.users ?? "").slice(1)}` } };
      case "views.publish":
      case "views.open":
        return { ok: true, view: { id: "V1" } };
      case "conversations.members":
        return {
          ok: true,
          members: this.members[channel] ?? [],
          response_metadata: { next_cursor: "" },
        };
      case "usergroups.users.list":
        return { ok: true, users: this.usergroups[String(args.usergroup)] ?? [] };
      case "conversations.history": {
        const oldest = Number(args.oldest ?? 0);
        const messages = (this.history.get(channel) ?? [])
          .filter((m) => Number(m.ts) >= oldest)
          .map((m) => (args.include_all_metadata ? m : { ...m, metadata: undefined }))
          .reverse();
        return { ok: true, messages, has_more: false, response_metadata: { next_cursor: "" } };
      }
      default:
        return { ok: true };
    }
  }
}

/** Slack's v0 request signature: `v0=` + HMAC-SHA256(secret, "v0:<ts>:<body>"). */
export function slackSignature(secret: string, timestamp: string, body: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

export interface SignOptions {
  /** Unix seconds; default now. */
  timestamp?: number;
  /** Sign with this secret instead (a forged request). */
  secret?: string;
}

/** POST to the app's Slack endpoint as Slack would, signed. */
export async function postSigned(
  url: string,
  secret: string,
  body: string,
  contentType: "application/x-www-form-urlencoded" | "application/json",
  options: SignOptions = {},
): Promise<Response> {
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  return fetch(url, {
    method: "POST",
    headers: {
      "content-type": contentType,
      "x-slack-request-timestamp": timestamp,
      "x-slack-signature": slackSignature(options.secret ?? secret, timestamp, body),
    },
    body,
  });
}

/** A slash command body, form-encoded as Slack sends it. */
export function commandBody(
  text: string,
  user: string,
  responseUrl: string,
  channel = "C0CARE",
): string {
  return new URLSearchParams({
    token: "legacy",
    team_id: "T1",
    team_domain: "clinic",
    channel_id: channel,
    channel_name: "care",
    user_id: user,
    user_name: user.toLowerCase(),
    command: "/lantern",
    text,
    api_app_id: "A1",
    response_url: responseUrl,
    trigger_id: "trigger-1",
  }).toString();
}

/** An interaction (block_actions, view_submission) body: `payload=<json>`. */
export function interactionBody(payload: Record<string, unknown>): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** A block_actions payload for a button press on a message. */
export function buttonPress(options: {
  user: string;
  actionId: string;
  value: string;
  channel: string;
  message: { ts: string; text?: string; blocks?: unknown[] };
  responseUrl: string;
  label?: string;
}): Record<string, unknown> {
  return {
    type: "block_actions",
    team: { id: "T1", domain: "clinic" },
    user: { id: options.user, team_id: "T1" },
    api_app_id: "A1",
    token: "legacy",
    trigger_id: `trigger-${options.actionId}`,
    container: { type: "message", message_ts: options.message.ts, channel_id: options.channel },
    channel: { id: options.channel },
    message: {
      type: "message",
      ts: options.message.ts,
      text: options.message.text ?? "",
      blocks: options.message.blocks ?? [],
    },
    response_url: options.responseUrl,
    actions: [
      {
        type: "button",
        action_id: options.actionId,
        block_id: "b1",
        value: options.value,
        text: { type: "plain_text", text: options.label ?? options.actionId },
        action_ts: `${Date.now() / 1000}`,
      },
    ],
  };
}

/** An Events API envelope. */
export function eventBody(event: object, id = `Ev${Math.random().toString(36).slice(2)}`): string {
  return JSON.stringify({
    token: "legacy",
    team_id: "T1",
    api_app_id: "A1",
    type: "event_callback",
    event_id: id,
    event_time: Math.floor(Date.now() / 1000),
    event,
  });
}

/** Wait until `check` returns something truthy (the app answers Slack before it finishes). */
export async function waitFor<T>(
  check: () => T | undefined | false,
  timeoutMs = 5_000,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > end) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
