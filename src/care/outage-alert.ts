import type { Notifier, RaisedAlert } from "../channel.ts";
import { LanternError } from "../errors.ts";
import { buildAlert, type ExcerptMode } from "./alerts.ts";

/**
 * An alert while the store is down: built as the care team's alert (pseudonym, the clinic's
 * excerpt setting) and sent to every primary target at once, flagged `untracked` (no stored
 * record, no backup escalation). Throws if no target took it; else returns the names of
 * those that did, so the tracked alert raised on replay can adopt it.
 */
export async function alertWithoutStore(
  targets: readonly Notifier[],
  raw: RaisedAlert,
  options: { salt: string; excerpt?: ExcerptMode | undefined; now?: Date },
): Promise<string[]> {
  const alert = buildAlert(raw, {
    salt: options.salt,
    excerpt: options.excerpt ?? "redacted",
    now: options.now ?? new Date(),
  });
  const failed: string[] = [];
  for (const target of targets) {
    try {
      await target.notify({ ...alert, flags: [...alert.flags, "untracked"] });
    } catch {
      failed.push(target.name);
    }
  }
  if (failed.length === targets.length)
    throw new LanternError(
      "escalation.delivery_failed",
      `outage alert not delivered: ${failed.join(", ")}`,
    );
  return targets.map((t) => t.name).filter((name) => !failed.includes(name));
}
