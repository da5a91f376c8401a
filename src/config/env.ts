import { existsSync } from "node:fs";
import { z } from "zod";
import { LanternError } from "../errors.ts";

const flag = z
  .enum(["true", "false", "1", "0", "yes", "no", ""])
  .default("false")
  .transform((v) => v === "true" || v === "1" || v === "yes");

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
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Off by default: patient text never reaches logs unless a clinic turns this on to debug. */
  LANTERN_LOG_PATIENT_TEXT: flag,
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
