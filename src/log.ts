import pino, { type Logger } from "pino";

/** Keys that may hold secrets or patient words; pino replaces their values. */
export const REDACT = [
  "text",
  "*.text",
  "token",
  "*.token",
  "secret",
  "*.secret",
  "authorization",
  "*.authorization",
  "headers.authorization",
  "excerpt",
  "*.excerpt",
];

/**
 * Structured logs (JSON lines). Patient text is redacted unless `patientText` is on;
 * secrets are always redacted.
 */
export function createLogger(options: {
  level: string;
  patientText?: boolean;
  destination?: number | string;
}): Logger {
  const paths = options.patientText
    ? REDACT.filter((p) => !p.endsWith("text") && !p.endsWith("excerpt"))
    : REDACT;
  return pino(
    { level: options.level, redact: { paths, censor: "[redacted]" }, base: { app: "lantern" } },
    pino.destination({ dest: options.destination ?? 2, sync: true }),
  );
}
