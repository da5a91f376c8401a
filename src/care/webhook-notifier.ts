import { createHmac, timingSafeEqual } from "node:crypto";
import type { Alert, Notifier } from "../channel.ts";
import type { Env } from "../config/env.ts";
import { type Clock, systemClock } from "../engine/types.ts";
import { LanternError } from "../errors.ts";

/** Request headers receivers check: the signature and the unix time (seconds) it covers. */
export const SIGNATURE_HEADER = "X-Lantern-Signature";
export const TIMESTAMP_HEADER = "X-Lantern-Timestamp";

/** `sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">`: what the receiver recomputes. */
export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

/**
 * For receivers: true when the signature matches and the timestamp (unix seconds) is within
 * `toleranceSec` of `now`, which stops replays of an old request.
 */
export function verifyWebhook(
  secret: string,
  timestamp: string,
  body: string,
  signature: string,
  options: { now?: Date; toleranceSec?: number } = {},
): boolean {
  const sent = Number(timestamp);
  const now = (options.now ?? new Date()).getTime() / 1000;
  if (!Number.isFinite(sent) || Math.abs(now - sent) > (options.toleranceSec ?? 300)) return false;
  const expected = Buffer.from(signWebhook(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export interface WebhookOptions {
  url: string;
  secret: string;
  name?: string;
  timeoutMs?: number;
  clock?: Clock;
}

/**
 * POSTs each alert as JSON to a URL, signed with a shared secret. Throws on a non-2xx answer,
 * a network error or a 10 s timeout, so the caller retries. Error messages never include the
 * URL (webhook URLs are often secrets themselves).
 */
export class WebhookNotifier implements Notifier {
  readonly name: string;
  readonly #url: string;
  readonly #secret: string;
  readonly #timeoutMs: number;
  readonly #clock: Clock;

  constructor(options: WebhookOptions) {
    this.name = options.name ?? "webhook";
    this.#url = options.url;
    this.#secret = options.secret;
    this.#timeoutMs = options.timeoutMs ?? 10_000;
    this.#clock = options.clock ?? systemClock;
  }

  async notify(alert: Alert): Promise<void> {
    const body = JSON.stringify(alert);
    const timestamp = String(Math.floor(this.#clock.now().getTime() / 1000));
    let response: Response;
    try {
      response = await fetch(this.#url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          [TIMESTAMP_HEADER]: timestamp,
          [SIGNATURE_HEADER]: signWebhook(this.#secret, timestamp, body),
        },
        body,
        signal: AbortSignal.timeout(this.#timeoutMs),
      });
    } catch (cause) {
      const timedOut = cause instanceof Error && cause.name === "TimeoutError";
      throw new LanternError(
        timedOut ? "webhook.timeout" : "webhook.network",
        timedOut ? `webhook ${this.name} timed out` : `webhook ${this.name} unreachable`,
        { cause },
      );
    }
    await response.body?.cancel().catch(() => {});
    if (!response.ok)
      throw new LanternError("webhook.status", `webhook ${this.name} answered ${response.status}`);
  }
}

/** The webhook from LANTERN_ALERT_WEBHOOK_URL/SECRET, or undefined when no URL is set. */
export function webhookFromEnv(
  env: Pick<Env, "LANTERN_ALERT_WEBHOOK_URL" | "LANTERN_ALERT_WEBHOOK_SECRET">,
): WebhookNotifier | undefined {
  const url = env.LANTERN_ALERT_WEBHOOK_URL;
  if (!url) return undefined;
  const secret = env.LANTERN_ALERT_WEBHOOK_SECRET;
  if (!secret)
    throw new LanternError(
      "config.invalid",
      "LANTERN_ALERT_WEBHOOK_URL is set but LANTERN_ALERT_WEBHOOK_SECRET is not: alerts must be signed",
    );
  return new WebhookNotifier({ url, secret });
}
