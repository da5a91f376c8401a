import type { ClinicConfig } from "../config/clinic.ts";

/**
 * Values shipped in config/clinic.yaml that only stand in for the clinic's own facts. A clinic
 * that goes live with them tells patients "call your clinic on the clinic's phone number".
 */
const SHIPPED: Record<string, string> = {
  "clinic.name": "your clinic",
  "clinic.phone": "the clinic's phone number",
};

/** Wording that marks a value as a stand-in wherever it appears in the clinic section. */
const STAND_IN = /^(your |the clinic's |<|TODO\b|CHANGE ?ME\b|x{3,})/i;

/** `clinic.*` keys whose value is still a shipped stand-in, e.g. ["clinic.phone"]. */
export function clinicPlaceholders(config: Pick<ClinicConfig, "clinic">): string[] {
  const found: string[] = [];
  for (const [key, value] of Object.entries(config.clinic)) {
    const path = `clinic.${key}`;
    const text = value.trim();
    if (SHIPPED[path]?.toLowerCase() === text.toLowerCase() || STAND_IN.test(text))
      found.push(path);
  }
  return found;
}

/** The operator warning for these keys (never shown to patients), or undefined when none. */
export function placeholderWarning(file: string, keys: string[]): string | undefined {
  if (!keys.length) return undefined;
  return `${file} still has placeholder values for ${keys.join(", ")}: patients would read them as they are; set the clinic's real details before going live`;
}
