import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One chat message as the client sent it. */
export interface SentMessage {
  role: string;
  content: string;
}

/** A request the server received, parsed. */
export interface ChatRequest {
  model: string;
  messages: SentMessage[];
  tools?: { type: string; function: { name: string; parameters?: unknown } }[];
  tool_choice?: unknown;
  response_format?: { type: string; json_schema?: { name: string } };
  [key: string]: unknown;
}

/**
 * What the server answers with:
 * - `text`: a plain assistant message;
 * - `structured`: an object, sent back the way the request asked for it (a tool call when
 *   tools were offered, else JSON in the message content);
 * - `raw`: exact content text (e.g. malformed JSON);
 * - `delayMs`: wait first (the client's timeout fires; the socket is dropped if it aborts);
 * - `status`: an HTTP error with an OpenAI-style error body.
 */
export interface ScriptedReply {
  text?: string;
  structured?: Record<string, unknown>;
  raw?: string;
  delayMs?: number;
  status?: number;
}

export type Script = (request: ChatRequest) => ScriptedReply | Promise<ScriptedReply>;

/** A local OpenAI-compatible server on 127.0.0.1 answering /v1/chat/completions from a script. */
export class FakeOpenAI {
  readonly requests: ChatRequest[] = [];
  #server: Server;
  #script: Script = () => ({ text: "" });
  #seq = 0;
  url = "";

  constructor() {
    this.#server = createServer((req, res) => {
      this.#handle(req, res).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: { message: String(error), type: "server_error" } }));
      });
    });
  }

  /** Start listening on a free loopback port; `url` is the base URL ending in /v1. */
  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.#server.listen(0, "127.0.0.1", resolve));
    const { port } = this.#server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}/v1`;
    return this;
  }

  async stop(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  /** Answer every following request with `script`; clears the recorded requests. */
  script(script: Script | ScriptedReply): void {
    this.requests.length = 0;
    this.#script = typeof script === "function" ? script : () => script;
  }

  /** The last request received (throws when there was none). */
  last(): ChatRequest {
    const request = this.requests.at(-1);
    if (!request) throw new Error("the fake OpenAI server received no request");
    return request;
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (req.method !== "POST" || !req.url?.endsWith("/chat/completions")) {
      res.writeHead(404, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { message: "not found", type: "invalid_request_error" } }));
      return;
    }
    const request = JSON.parse(Buffer.concat(chunks).toString("utf8")) as ChatRequest;
    request.messages = request.messages.map((m) => ({ role: m.role, content: textOf(m.content) }));
    this.requests.push(request);
    const reply = await this.#script(request);
    if (reply.delayMs) {
      const aborted = await waitOrClose(req, res, reply.delayMs);
      if (aborted) return;
    }
    if (reply.status && reply.status >= 400) {
      res.writeHead(reply.status, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { message: "scripted failure", type: "server_error" } }));
      return;
    }
    this.#seq += 1;
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify(completion(`chatcmpl-${this.#seq}`, request, reply)));
  }
}

function textOf(content: unknown): string {
  if (typeof content === "string") return content;
  if (Array.isArray(content))
    return content.map((part) => (part as { text?: string }).text ?? "").join("");
  return "";
}

/** Wait `ms`; true when the client went away first (the socket is then destroyed). */
function waitOrClose(req: IncomingMessage, res: ServerResponse, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    res.on("close", () => {
      clearTimeout(timer);
      resolve(!res.writableEnded);
    });
    req.socket.on("close", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

function completion(id: string, request: ChatRequest, reply: ScriptedReply) {
  const message: Record<string, unknown> = { role: "assistant", content: null };
  let finish = "stop";
  const tool = request.tools?.[0]?.function.name;
  if (reply.structured && tool) {
    message.tool_calls = [
      {
        id: `call_${id}`,
        type: "function",
        function: { name: tool, arguments: JSON.stringify(reply.structured) },
      },
    ];
    finish = "tool_calls";
  } else if (reply.structured) {
    message.content = JSON.stringify(reply.structured);
  } else {
    message.content = reply.raw ?? reply.text ?? "";
  }
  return {
    id,
    object: "chat.completion",
    created: Math.floor(Date.now() / 1000),
    model: request.model,
    choices: [{ index: 0, message, finish_reason: finish, logprobs: null }],
    usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
  };
}
