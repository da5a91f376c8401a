import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

// A stand-in for the Bot Connector service a Teams bot talks back to: it records every call
// (new posts, replies, updates) and answers like the real one, on loopback only.

export interface ConnectorCall {
  method: string;
  conversation: string;
  /** POST /activities/{replyTo}: a reply; PUT /activities/{id}: an update. */
  replyTo?: string;
  activityId?: string;
  /** The id this stand-in gave the activity. */
  id: string;
  authorization?: string;
  body: Record<string, unknown>;
}

const ROUTE = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/;

export class ConnectorStandIn {
  readonly calls: ConnectorCall[] = [];
  /** Answer the next N calls with 503. */
  failNext = 0;
  url = "";
  #server: Server | undefined;
  #seq = 0;

  async start(): Promise<this> {
    this.#server = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const match = ROUTE.exec((req.url ?? "").split("?")[0] ?? "");
      if (!match?.[1]) {
        res.statusCode = 404;
        return res.end();
      }
      if (this.failNext > 0) {
        this.failNext -= 1;
        res.statusCode = 503;
        return res.end(JSON.stringify({ error: { code: "ServiceUnavailable" } }));
      }
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}");
      const conversation = decodeURIComponent(match[1]);
      const target = match[2] ? decodeURIComponent(match[2]) : undefined;
      const isUpdate = req.method === "PUT";
      const id = isUpdate && target ? target : `act-${++this.#seq}`;
      this.calls.push({
        method: req.method ?? "?",
        conversation,
        ...(target && !isUpdate ? { replyTo: target } : {}),
        ...(target && isUpdate ? { activityId: target } : {}),
        id,
        ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
        body,
      });
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ id }));
    });
    await new Promise<void>((resolve) => this.#server?.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.#server?.close(() => resolve());
      this.#server?.closeAllConnections();
    });
  }

  /** New messages (POSTs), optionally in one conversation. */
  posts(conversation?: string): ConnectorCall[] {
    return this.calls.filter(
      (c) => c.method === "POST" && (!conversation || c.conversation === conversation),
    );
  }

  updates(): ConnectorCall[] {
    return this.calls.filter((c) => c.method === "PUT");
  }

  /** What a person would read: message text, or the text blocks and buttons of a card. */
  static render(call: ConnectorCall): string {
    const body = call.body as { text?: string; attachments?: { content?: unknown }[] };
    const parts: string[] = body.text ? [body.text] : [];
    for (const attachment of body.attachments ?? []) parts.push(cardText(attachment.content));
    return parts.join("\n");
  }

  /** Everything posted so far, rendered, from index `from` on. */
  texts(from = 0): string {
    return this.posts()
      .slice(from)
      .map((c) => ConnectorStandIn.render(c))
      .join("\n");
  }
}

function cardText(node: unknown): string {
  if (!node || typeof node !== "object") return "";
  if (Array.isArray(node)) return node.map(cardText).filter(Boolean).join("\n");
  const n = node as Record<string, unknown>;
  const own =
    n.type === "TextBlock"
      ? String(n.text)
      : n.type === "Action.Submit" || n.type === "Action.ShowCard"
        ? `[${String(n.title)}]`
        : n.type === "Input.ChoiceSet"
          ? (n.choices as { title: string }[]).map((c) => `(${c.title})`).join(" ")
          : n.type === "FactSet"
            ? (n.facts as { title: string; value: string }[])
                .map((f) => `${f.title}: ${f.value}`)
                .join("\n")
            : "";
  const children = ["body", "actions", "card"].map((k) => cardText(n[k])).filter(Boolean);
  return [own, ...children].filter(Boolean).join("\n");
}

/** The card buttons' submit data in a posted activity (what Teams would send back as `value`). */
export function submitData(call: ConnectorCall): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const walk = (node: unknown) => {
    if (!node || typeof node !== "object") return;
    if (Array.isArray(node)) return node.forEach(walk);
    const n = node as Record<string, unknown>;
    if (n.type === "Action.Submit" && n.data) out.push(n.data as Record<string, unknown>);
    for (const k of ["attachments", "content", "body", "actions", "card"]) walk(n[k]);
  };
  walk(call.body);
  return out;
}

/** Activities as Teams would send them to the bot, for tests. */
export class TeamsUser {
  readonly id: string;
  readonly conversation: string;
  readonly serviceUrl: string;
  #seq = 0;

  constructor(id: string, serviceUrl: string) {
    this.id = id;
    this.conversation = `a:personal-${id}`;
    this.serviceUrl = serviceUrl;
  }

  #base(type: string, extra: Record<string, unknown> = {}) {
    return {
      type,
      id: `${this.id}-in-${++this.#seq}`,
      channelId: "msteams",
      serviceUrl: this.serviceUrl,
      timestamp: new Date().toISOString(),
      locale: "en-US",
      from: { id: this.id, name: "Patient", aadObjectId: `aad-${this.id}` },
      recipient: { id: "28:lantern-bot", name: "Lantern" },
      conversation: { id: this.conversation, conversationType: "personal", tenantId: "tenant-1" },
      ...extra,
    };
  }

  message(text: string) {
    return this.#base("message", { text, textFormat: "plain" });
  }

  /** Pressing a card button: Teams sends the button's data as `value`, replying to the card. */
  submit(data: Record<string, unknown>, cardId: string) {
    return this.#base("message", { value: data, replyToId: cardId });
  }

  install() {
    return this.#base("conversationUpdate", {
      membersAdded: [{ id: "28:lantern-bot" }, { id: this.id }],
    });
  }
}

/** POST an activity to the bot; returns the HTTP status and body. */
export async function postActivity(
  botUrl: string,
  activity: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string }> {
  const response = await fetch(`${botUrl}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(activity),
  });
  return { status: response.status, body: await response.text() };
}
