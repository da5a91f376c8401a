import { z } from "zod";

const UNIT_MS = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 } as const;

/** A duration like "90s", "30m", "24h", "7d" or "2w", parsed to milliseconds. */
export const Duration = z
  .string()
  .regex(/^\d+(s|m|h|d|w)$/, 'a duration is a whole number and a unit: "30m", "24h", "7d"')
  .transform((text) => parseDuration(text));

/** Milliseconds in a duration string; throws on a malformed one (use `Duration` to validate). */
export function parseDuration(text: string): number {
  const unit = text.at(-1) as keyof typeof UNIT_MS;
  const factor = UNIT_MS[unit];
  if (factor === undefined) throw new Error(`not a duration: ${text}`);
  return Number(text.slice(0, -1)) * factor;
}
