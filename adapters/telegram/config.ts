import { z } from "zod";
import { LanternError } from "#lantern";

// Telegram bot tokens look like 123456789:AA… (digits, a colon, 30+ url-safe characters).
const TOKEN = /^\d{3,}:[A-Za-z0-9_-]{20,}$/;
// Telegram accepts 1–256 characters A-Z, a-z, 0-9, _ and - for the webhook secret token.
const SECRET = /^[A-Za-z0-9_-]{16,256}$/;

/** Every environment variable the Telegram adapter reads; docs/telegram.md mirrors this. */
export const TelegramEnvSchema = z
  .object({
    TELEGRAM_BOT_TOKEN: z
      .string({ error: "is required (get one from @BotFather)" })
      .trim()
      .regex(TOKEN, "does not look like a bot token from @BotFather (123456789:AA…)"),
    /** Public HTTPS address Telegram posts updates to; long polling when absent. */
    TELEGRAM_WEBHOOK_URL: z
      .url({ protocol: /^https?$/, error: "must be a full http(s) URL" })
      .optional(),
    TELEGRAM_WEBHOOK_SECRET: z
      .string()
      .regex(SECRET, "must be 16–256 characters: letters, digits, _ and -")
      .optional(),
    /** Another Bot API server (self-hosted, or a local stand-in in tests). */
    TELEGRAM_API_ROOT: z.url({ error: "must be a full URL like http://localhost:8081" }).optional(),
    TELEGRAM_WEBHOOK_PORT: z.coerce
      .number({ error: "must be a port number" })
      .int()
      .min(0)
      .max(65_535)
      .default(8443),
  })
  .superRefine((env, ctx) => {
    if (env.TELEGRAM_WEBHOOK_URL && !env.TELEGRAM_WEBHOOK_SECRET)
      ctx.addIssue({
        code: "custom",
        path: ["TELEGRAM_WEBHOOK_SECRET"],
        message:
          "is required when TELEGRAM_WEBHOOK_URL is set (it proves updates come from Telegram)",
      });
  });
export type TelegramEnv = z.infer<typeof TelegramEnvSchema>;

/**
 * Read the Telegram settings, failing with one clear line per bad variable; the token's
 * value never appears in the message.
 */
export function loadTelegramEnv(env: NodeJS.ProcessEnv = process.env): TelegramEnv {
  // Empty strings (e.g. `TELEGRAM_WEBHOOK_URL=` in .env) mean "not set".
  const present = Object.fromEntries(
    Object.entries(env).filter(([key, value]) => key.startsWith("TELEGRAM_") && value !== ""),
  );
  const parsed = TelegramEnvSchema.safeParse(present);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
  throw new LanternError(
    "config.invalid",
    `Telegram configuration problem:\n${lines.join("\n")}\nFix these environment variables (or .env) and start again.`,
  );
}

/** True when a bot token is configured: the CLI starts Telegram only then. */
export { telegramConfigured } from "../configured.ts";
