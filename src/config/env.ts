import { existsSync } from "node:fs";
import { isIP } from "node:net";
import { z } from "zod";
import { LanternError } from "../errors.ts";

const flag = z
  .enum(["true", "false", "1", "0", "yes", "no", ""])
  .default("false")
  .transform((v) => v === "true" || v === "1" || v === "yes");

const HOSTNAME =
  /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;

/**
 * The interface every HTTP listener binds (Telegram webhook, Slack HTTP receiver, Teams):
 * loopback unless a deployment says otherwise (0.0.0.0 or :: behind a TLS proxy).
 */
export const ListenHost = z.preprocess(
  // Empty (a blank line in .env) means unset.
  (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
  z
    .string()
    .trim()
    .refine((v) => isIP(v) !== 0 || (HOSTNAME.test(v) && !/^[\d.]+$/.test(v)), {
      error: "an interface address like 127.0.0.1, 0.0.0.0 or ::",
    })
    .default("127.0.0.1"),
);

/** Every environment variable Lantern reads; README's configuration table mirrors this. */
export const EnvSchema = z.object({
  LANTERN_STORE: z.string().min(1).default("sqlite://./data/lantern.sqlite"),
  LANTERN_FLOWS: z.string().min(1).default("./flows"),
  LANTERN_PROMPTS: z.string().min(1).default("./prompts"),
  LANTERN_CLINIC: z.string().min(1).default("./config/clinic.yaml"),
  LANTERN_LOCALE: z
    .string()
    .regex(/^[a-z]{2}(-[A-Z]{2})?$/, "a locale like en-US")
    .default("en-US"),
  LANTERN_FIRST_FLOW: z.string().default("onboarding"),
  /** flows check: a flow or template with no translation yet is an error, not a warning (docs/i18n.md). */
  LANTERN_I18N_STRICT: flag,
  /** Where HTTP listeners bind; see ListenHost. */
  LANTERN_HOST: ListenHost,
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Off by default: patient text never reaches logs unless a clinic turns this on to debug. */
  LANTERN_LOG_PATIENT_TEXT: flag,
  /** Care-team alerts go here as signed JSON (src/care/webhook-notifier.ts); needs the secret. */
  LANTERN_ALERT_WEBHOOK_URL: z.url().optional(),
  LANTERN_ALERT_WEBHOOK_SECRET: z.string().min(16, "at least 16 characters").optional(),
  /** How much patient text an alert carries: full, redacted (matched words only) or none. */
  LANTERN_ALERT_EXCERPT: z.enum(["full", "redacted", "none"]).default("redacted"),
  /** Salt for the patient pseudonym on alerts (HMAC of the conversation id); keep it secret. */
  LANTERN_PSEUDONYM_SALT: z.string().min(16, "at least 16 characters").optional(),
  /** Encrypts stored patient data (AES-256-GCM): 32 bytes, base64 or hex. See docs/operations.md. */
  LANTERN_DATA_KEY: z.string().optional(),
  /** Earlier keys, comma-separated, still able to read old records during a rotation. */
  LANTERN_DATA_KEY_OLD: z.string().optional(),
});
export type Env = z.infer<typeof EnvSchema>;

/**
 * Read configuration from the environment (and `.env` if present), failing with one clear
 * line per bad or missing variable.
 */
export function loadEnv(env: NodeJS.ProcessEnv = process.env, dotenv = ".env"): Env {
  if (env === process.env && existsSync(dotenv)) process.loadEnvFile(dotenv);
  const parsed = EnvSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
  throw new LanternError(
    "config.invalid",
    `Configuration problem:\n${lines.join("\n")}\nFix these environment variables (or .env) and start again.`,
  );
}

/**
 * LANTERN_HOST from `env`, checked (127.0.0.1 when unset or empty).
 *
 * @example
 * server.listen(port, listenHost(process.env));
 */
export function listenHost(env: Record<string, string | undefined> = process.env): string {
  const parsed = ListenHost.safeParse(env.LANTERN_HOST);
  if (parsed.success) return parsed.data;
  throw new LanternError(
    "config.invalid",
    `Configuration problem:\n  LANTERN_HOST: ${parsed.error.issues[0]?.message ?? "invalid"}`,
  );
}
