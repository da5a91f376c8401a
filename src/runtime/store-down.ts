import { conversationId } from "../engine/state.ts";
import type { Inbound } from "../engine/types.ts";
import { isLanternError } from "../errors.ts";
import { renderSlots } from "../prompts/templates.ts";
import type { Runtime } from "./runtime.ts";

/**
 * The store could not be reached: nothing was saved, so tell the patient to try again, with
 * crisis resources, straight through the channel (the outbox lives in the store). The error
 * is rethrown so the platform may redeliver the update.
 */
export async function storeDownReply(
  runtime: Runtime,
  inbound: Inbound,
  error: unknown,
): Promise<void> {
  runtime.logger?.error(
    { conversation: conversationId(inbound.channel, inbound.userId), err: error },
    "store unavailable: turn not run",
  );
  if (inbound.kind === "tick") return;
  const body =
    runtime.catalog.templatesFor(inbound.locale).get("system/store-down")?.body ??
    STORE_DOWN_FALLBACK;
  const text = renderSlots(body, runtime.services.globals?.(inbound.locale) ?? {});
  await runtime.channels
    .get(inbound.channel)
    ?.send(inbound.userId, {
      id: `down-${inbound.messageId}`,
      createdAt: runtime.clock.now().toISOString(),
      attempts: 0,
      kind: "message",
      text,
    })
    .catch((sendError: unknown) =>
      runtime.logger?.error({ err: sendError }, "could not send the store-down message"),
    );
}

/** Said when the store is down and even the template could not be read. */
const STORE_DOWN_FALLBACK =
  "Sorry, I can't reach my records right now, so I couldn't take that in. Please try again in a few minutes. If you are in danger, call {{crisis.emergency}} now, or reach {{crisis.line}}.";

/** A store or cross-process lock that could not be reached (not a bad record or a bug). */
export function isStoreFailure(error: unknown): boolean {
  if (isLanternError(error, "store.unavailable", "store.lock_timeout")) return true;
  // Driver errors that escaped an adapter's wrapping: by their code or class, never by message.
  const { code } = (error ?? {}) as { code?: unknown };
  // node-redis's error classes do not set `name`: their constructor names them.
  const className = (error as { constructor?: { name?: unknown } } | null)?.constructor?.name;
  return (
    (typeof code === "string" && DRIVER_OUTAGE_CODES.has(code)) ||
    (typeof className === "string" && DRIVER_OUTAGE_NAMES.has(className))
  );
}

const DRIVER_OUTAGE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EHOSTUNREACH",
]);
/** node-redis's connection errors. */
const DRIVER_OUTAGE_NAMES = new Set([
  "ClientClosedError",
  "ClientOfflineError",
  "SocketClosedUnexpectedlyError",
  "ConnectionTimeoutError",
]);
