import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createAdaptorServer } from "@hono/node-server";
import type { Hono, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";

// The one HTTP framework the adapters' endpoints use (Telegram's webhook, Teams' /api/messages):
// Hono apps, served on node:http by @hono/node-server. Tests call an app in-process with
// `app.request()`; production listens with `listen`.

/** A body larger than `maxBytes` is refused (413) before it is read whole. */
export function limitBody(maxBytes: number): MiddlewareHandler {
  return bodyLimit({ maxSize: maxBytes, onError: (c) => c.text("request too large", 413) });
}

/** A listening server for a Hono app. */
export interface Listening {
  server: Server;
  /** The bound port (useful with port 0). */
  port: number;
  /** The bound address, e.g. 127.0.0.1 or ::. */
  address: string;
  close(): Promise<void>;
}

/**
 * Serve `app` on `port` and `host` (LANTERN_HOST reaches here; loopback when unset), resolving
 * once listening and rejecting if the port cannot be bound.
 */
export async function listen(app: Hono, port: number, host = "127.0.0.1"): Promise<Listening> {
  const server = createAdaptorServer({ fetch: app.fetch }) as Server;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const bound = server.address() as AddressInfo;
  return {
    server,
    port: bound.port,
    address: bound.address,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
