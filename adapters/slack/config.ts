import { z } from "zod";
import { LanternError } from "#lantern";
import { slackConfigured } from "../configured.ts";

// Slack settings come from the environment like the rest of Lantern's; Slack is on when
// SLACK_BOT_TOKEN is set. Empty values count as unset so a blank line in .env does no harm.

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === "" ? undefined : v), schema.optional());

function validZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Every variable the Slack adapter reads; docs/slack.md's table mirrors this. */
export const SlackConfigSchema = z
  .object({
    SLACK_BOT_TOKEN: z.string().regex(/^xoxb-/, "a bot token (xoxb-…)"),
    /** Socket Mode when set: no public URL needed. */
    SLACK_APP_TOKEN: optional(z.string().regex(/^xapp-/, "an app-level token (xapp-…)")),
    /** Verifies every HTTP request; required in HTTP mode. */
    SLACK_SIGNING_SECRET: optional(z.string().min(8, "the app's signing secret")),
    /** Web API base URL (Slack's own `slackApiUrl` option); tests point it at loopback. */
    SLACK_API_URL: optional(z.url()),
    /** Channel id (C…) where alerts are posted. */
    SLACK_ALERT_CHANNEL: z.string().regex(/^[CG][A-Z0-9]+$/, "a channel id (C…)"),
    /** Members of this channel may run /lantern and see the App Home caseload. */
    SLACK_CARE_TEAM_CHANNEL: optional(z.string().regex(/^[CG][A-Z0-9]+$/, "a channel id (C…)")),
    /** Or: members of this user group (S…). */
    SLACK_CARE_TEAM_USERGROUP: optional(z.string().regex(/^S[A-Z0-9]+$/, "a user group id (S…)")),
    /** Mentioned when an alert is re-notified: a user (U…/W…), a user group (S…) or "here". */
    SLACK_ONCALL: optional(
      z.string().regex(/^([UWS][A-Z0-9]+|here|channel)$/, "a user id, user group id or here"),
    ),
    SLACK_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    /** How `/lantern assign … at 15:00` reads wall-clock times (IANA zone). */
    SLACK_TIMEZONE: z
      .string()
      .default("UTC")
      .refine(validZone, "an IANA time zone such as America/New_York"),
    /** For the Telegram deep link in `/lantern invite`. */
    TELEGRAM_BOT_USERNAME: optional(z.string().regex(/^\w{3,64}$/, "the bot's username")),
  })
  .superRefine((env, ctx) => {
    if (!env.SLACK_APP_TOKEN && !env.SLACK_SIGNING_SECRET)
      ctx.addIssue({
        code: "custom",
        path: ["SLACK_SIGNING_SECRET"],
        message: "required in HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)",
      });
  });
export type SlackConfig = z.infer<typeof SlackConfigSchema>;

/**
 * Slack settings from the environment: undefined when SLACK_BOT_TOKEN is not set (Slack off),
 * otherwise validated, failing with one line per bad variable. Secrets never appear in errors.
 */
export function slackConfigFromEnv(
  env: Record<string, string | undefined> = process.env,
): SlackConfig | undefined {
  if (!slackConfigured(env)) return undefined;
  const parsed = SlackConfigSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
  throw new LanternError("config.invalid", `Slack configuration problem:\n${lines.join("\n")}`);
}

/** The mrkdwn mention for SLACK_ONCALL: <@U…>, <!subteam^S…> or <!here>. */
export function oncallMention(oncall: string | undefined): string | undefined {
  if (!oncall) return undefined;
  if (oncall === "here" || oncall === "channel") return `<!${oncall}>`;
  return oncall.startsWith("S") ? `<!subteam^${oncall}>` : `<@${oncall}>`;
}
