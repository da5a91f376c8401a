import { createHmac } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import {
  signWebhook,
  verifyWebhook,
  WebhookNotifier,
  webhookFromEnv,
} from "../../src/care/webhook-notifier.ts";
import type { Alert } from "../../src/channel.ts";

const SECRET = "webhook-secret-0123456789";

/** A few fields of an alert: the notifier sends whatever it is given, byte for byte. */
const only = (fields: Partial<Alert> & { id: string }) => fields as Alert;

interface Received {
  headers: IncomingMessage["headers"];
  body: string;
  valid: boolean;
}

let server: Server | undefined;

async function listen(
  reply: (req: IncomingMessage, res: ServerResponse, body: string) => void,
): Promise<{ url: string; received: Received[] }> {
  const received: Received[] = [];
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => {
      body += chunk;
    });
    req.on("end", () => {
      // The receiver's own check, independent of the code under test.
      const timestamp = String(req.headers["x-lantern-timestamp"]);
      const expected = `sha256=${createHmac("sha256", SECRET).update(`${timestamp}.${body}`).digest("hex")}`;
      received.push({
        headers: req.headers,
        body,
        valid: req.headers["x-lantern-signature"] === expected,
      });
      reply(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/alerts?token=url-secret`, received };
}

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

describe("WebhookNotifier", () => {
  it("POSTs the alert as signed JSON the receiver can verify", async () => {
    const { url, received } = await listen((_req, res) => res.writeHead(204).end());
    const notifier = new WebhookNotifier({ url, secret: SECRET });
    await notifier.notify(only({ id: "A-1", level: "high", patient: "P-ABCDEF" }));
    expect(received).toHaveLength(1);
    const [request] = received;
    expect(request?.valid).toBe(true);
    expect(request?.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(request?.body ?? "")).toEqual({
      id: "A-1",
      level: "high",
      patient: "P-ABCDEF",
    });
    const ts = String(request?.headers["x-lantern-timestamp"]);
    expect(Math.abs(Number(ts) - Date.now() / 1000)).toBeLessThan(60);
    expect(
      verifyWebhook(
        SECRET,
        ts,
        request?.body ?? "",
        String(request?.headers["x-lantern-signature"]),
      ),
    ).toBe(true);
    expect(
      verifyWebhook(
        "wrong-secret-0123456789",
        ts,
        request?.body ?? "",
        String(request?.headers["x-lantern-signature"]),
      ),
    ).toBe(false);
  });

  it("a non-2xx answer throws, without the (secret) URL in the message", async () => {
    const { url, received } = await listen((_req, res) => res.writeHead(500).end("boom"));
    const notifier = new WebhookNotifier({ url, secret: SECRET });
    const error = await notifier.notify(only({ id: "A-2" })).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "webhook.status" });
    expect(String((error as Error).message)).toContain("500");
    expect(String((error as Error).message)).not.toContain("url-secret");
    expect(received[0]?.valid).toBe(true);
  });

  it("a network error and a timeout throw", async () => {
    const { url } = await listen(() => {
      // never answers
    });
    const slow = new WebhookNotifier({ url, secret: SECRET, timeoutMs: 200 });
    await expect(slow.notify(only({ id: "A-3" }))).rejects.toMatchObject({
      code: "webhook.timeout",
    });
    const port = Number(new URL(url).port);
    server?.closeAllConnections();
    await new Promise<void>((resolve) => server?.close(() => resolve()));
    server = undefined;
    const down = new WebhookNotifier({ url: `http://127.0.0.1:${port}/`, secret: SECRET });
    await expect(down.notify(only({ id: "A-4" }))).rejects.toMatchObject({
      code: "webhook.network",
    });
  });

  it("replays outside the tolerance do not verify", () => {
    const ts = String(Math.floor(Date.now() / 1000) - 3600);
    const sig = signWebhook(SECRET, ts, "{}");
    expect(verifyWebhook(SECRET, ts, "{}", sig)).toBe(false);
    expect(verifyWebhook(SECRET, ts, "{}", sig, { toleranceSec: 7200 })).toBe(true);
  });

  it("from env: none without a URL, an error without a secret", () => {
    expect(webhookFromEnv({})).toBeUndefined();
    expect(() => webhookFromEnv({ LANTERN_ALERT_WEBHOOK_URL: "https://example.test/x" })).toThrow(
      /SECRET/,
    );
    expect(
      webhookFromEnv({
        LANTERN_ALERT_WEBHOOK_URL: "https://example.test/x",
        LANTERN_ALERT_WEBHOOK_SECRET: SECRET,
      })?.name,
    ).toBe("webhook");
  });
});
