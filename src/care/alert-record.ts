import { z } from "zod";
import { Alert } from "./alerts.ts";

// What the store keeps per alert (`alert:<id>`), and how an alert already sent without the
// store (a Telegram outage alert) is adopted by the tracked alert its replayed message raises.

const Delivery = z.object({
  target: z.string(),
  role: z.enum(["primary", "backup"]),
  attempts: z.number().int(),
  lastError: z.string().optional(),
  lastAttemptAt: z.string().optional(),
  deliveredAt: z.string().optional(),
});

/** What the store keeps per alert (`alert:<id>`): deliveries, acknowledgement, resolution, backup. */
export const AlertRecord = z.object({
  alert: Alert,
  status: z.enum(["open", "delivered", "acknowledged", "resolved"]),
  createdAt: z.string(),
  /** Keyed "<role>:<notifier name>". */
  deliveries: z.record(z.string(), Delivery),
  acknowledged: z.object({ by: z.string(), at: z.string() }).optional(),
  resolved: z.object({ by: z.string(), at: z.string(), note: z.string() }).optional(),
  escalatedAt: z.string().optional(),
  escalationReason: z.enum(["unacknowledged", "undelivered"]).optional(),
  /** The untracked alert (sent while the store was down) this record is the tracked version of. */
  untracked: z.object({ id: z.string(), at: z.string() }).optional(),
});
export type AlertRecord = z.infer<typeof AlertRecord>;

/** An alert sent straight to primary targets while the store was down. */
export interface UntrackedAlert {
  /** The raw id it was sent under (e.g. "outage:telegram:901:1234"). */
  rawId: string;
  /** When it was sent, and the primary targets (notifier names) that took it. */
  at: string;
  targets: string[];
}

/**
 * Mark the primaries that already have the untracked alert as delivered, so the tracked
 * record does not send it to them again; targets that missed it still get it.
 */
export function adoptUntracked(record: AlertRecord, sent: UntrackedAlert, id: string): void {
  record.untracked = { id, at: sent.at };
  for (const target of sent.targets)
    record.deliveries[`primary:${target}`] = {
      target,
      role: "primary",
      attempts: 0,
      deliveredAt: sent.at,
    };
}
