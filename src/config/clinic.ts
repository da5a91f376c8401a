import { readFile } from "node:fs/promises";
import { z } from "zod";
import { LanternError } from "../errors.ts";
import { parseDuration } from "../flow/duration.ts";
import { formatProblem } from "../flow/problems.ts";
import { parseYamlSource } from "../flow/source.ts";
import { ClinicTranslations } from "./clinic-locale.ts";
import { SessionsConfig } from "./sessions.ts";

// Clinic configuration (config/clinic.yaml): the facts that differ between clinics and
// countries. Flows read them as {{clinic.*}} and {{crisis.*}}; nothing here is hard-coded.

const CrisisResources = z.object({
  /** Emergency number ("911"). */
  emergency: z.string().min(1),
  /** The crisis line to call or text ("988 (call or text)"). */
  line: z.string().min(1),
  text: z.string().min(1).optional(),
  /** A web chat, where the line has one ("chat en español en 988lifeline.org/es"). */
  chat: z.string().min(1).optional(),
  note: z.string().optional(),
});
export type CrisisResources = z.infer<typeof CrisisResources>;

/** A duration ("5m", "4h") in ms, or "none" (null): no deadline. */
const Deadline = z.union([
  z.literal("none").transform(() => null),
  z
    .string()
    .regex(/^\d+(s|m|h|d|w)$/, 'a duration like "5m" or "4h", or "none"')
    .transform((text) => parseDuration(text)),
]);

/** When an unacknowledged alert goes to the backup notifiers (src/care/escalations.ts). */
export const EscalationConfig = z.object({
  /** Per level: how long the care team has to acknowledge before the backup is alerted. */
  ack_within: z
    .object({
      imminent: Deadline.prefault("5m"),
      high: Deadline.prefault("5m"),
      moderate: Deadline.prefault("60m"),
      low: Deadline.prefault("240m"),
      concern: Deadline.prefault("none"),
    })
    .prefault({}),
  /** Any level: if no primary notifier has delivered by then, the backup is alerted too. */
  undelivered_within: Deadline.prefault("15m"),
});
export type EscalationConfig = z.infer<typeof EscalationConfig>;

/** What a care-team alert shows (src/care/alerts.ts): who the patient is, how much conversation. */
export const AlertsConfig = z.object({
  /** name: display name and record id; record: the record id only; pseudonym: "P-3F9A2C" only. */
  identify: z.enum(["name", "record", "pseudonym"]).default("name"),
  /** How many recent messages (both sides) the thread under an alert shows; 0 for none. */
  context: z.number().int().min(0).max(50).default(10),
  /** The patient's words in that thread: full, only the matched risk words, or none. */
  quote: z.enum(["full", "redacted", "none"]).default("full"),
});
export type AlertsConfig = z.infer<typeof AlertsConfig>;

export const ClinicConfig = z.object({
  clinic: z.record(z.string(), z.string()),
  /** Crisis resources by locale ("en-US", "es-MX", "es"); the best match is used. */
  crisis: z
    .record(
      z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, "a locale like en-US or es"),
      CrisisResources,
    )
    .refine((r) => Object.keys(r).length > 0, "at least one locale"),
  care_team: z
    .object({
      /** What the patient is told about who sees an alert and how soon; must be true. */
      response_time: z.string().min(1),
      office_hours: z.string().min(1),
    })
    .default({
      response_time: "during office hours, usually within a few hours",
      office_hours: "weekdays 9 to 5",
    }),
  escalation: EscalationConfig.prefault({}),
  alerts: AlertsConfig.prefault({}),
  /** The "I am a program" notice again after this many days without a message (issue 17 item 7). */
  disclosure: z.object({ after_days_away: z.number().positive().max(365).default(7) }).prefault({}),
  /** The session cycle: reminders, check-ins, questionnaires (src/config/sessions.ts). */
  sessions: SessionsConfig.prefault({}),
  /** The clinic's descriptive facts per language (src/config/clinic-locale.ts). */
  translations: ClinicTranslations,
});
export type ClinicConfig = z.infer<typeof ClinicConfig>;

/** Load and validate the clinic file; errors name the file and line. */
export async function loadClinicConfig(file: string): Promise<ClinicConfig> {
  const text = await readFile(file, "utf8").catch((error: Error) => {
    throw new LanternError(
      "config.clinic_missing",
      `cannot read clinic config ${file}: ${error.message}`,
    );
  });
  const source = parseYamlSource(file, text);
  if (source.problems.length)
    throw new LanternError("config.clinic_invalid", source.problems.map(formatProblem).join("\n"));
  const parsed = ClinicConfig.safeParse(source.data);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) =>
      formatProblem({
        file,
        line: source.lineOf(issue.path),
        message: `${issue.path.join(".")}: ${issue.message}`,
      }),
    );
    throw new LanternError("config.clinic_invalid", lines.join("\n"));
  }
  return parsed.data;
}

/** Crisis resources for a locale: exact match, then language, then the first configured. */
export function crisisFor(config: ClinicConfig, locale: string | undefined): CrisisResources {
  const entries = config.crisis;
  const language = locale?.split("-")[0];
  return (
    (locale ? entries[locale] : undefined) ??
    (language ? entries[language] : undefined) ??
    (Object.values(entries)[0] as CrisisResources)
  );
}
