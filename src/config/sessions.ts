import { z } from "zod";
import { Duration } from "../flow/duration.ts";

// The session cycle's timing (config/clinic.yaml `sessions:`): when the dosing-day reminder,
// the post-session check-in, the questionnaires and the weekly integration prompts are offered.
// Read by src/engine/sessions.ts (the menu's phase) and src/runtime/sessions.ts (the jobs).

/** An IANA time zone this Node knows ("America/New_York"); Intl throws on an unknown one. */
const TimeZone = z.string().refine((zone) => {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, "an IANA time zone like America/New_York or UTC");

/** A clock time "18:00" as minutes after midnight. */
const ClockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time like "18:00"')
  .transform((text) => Number(text.slice(0, 2)) * 60 + Number(text.slice(3)));

const FlowId = z.string().regex(/^[a-z0-9-]+$/, "a flow id");

export const SessionsConfig = z.object({
  /** The clinic's zone: session times the patient types, and the reminder's "18:00", are read in it. */
  timezone: TimeZone.default("UTC"),
  /** The evening before a session: the clinic's rules for the day (fasting, ride home, what to bring). */
  reminder: z
    .object({
      enabled: z.boolean().default(true),
      /** Clinic time on the day before the session. */
      time: ClockTime.prefault("18:00"),
      flow: FlowId.default("session-reminder"),
    })
    .prefault({}),
  /** The post-session check-in, offered this long after the session starts. */
  checkin: z
    .object({
      enabled: z.boolean().default(true),
      after: Duration.prefault("24h"),
      flow: FlowId.default("post-session-checkin"),
    })
    .prefault({}),
  /** Questionnaires offered before each session (measurement-based care), one after the other. */
  measures: z
    .object({
      enabled: z.boolean().default(true),
      before: Duration.prefault("2d"),
      flows: z.array(FlowId).default(["phq9", "gad7", "peg"]),
    })
    .prefault({}),
  /** Weekly integration prompts after a session, until the next one comes near. */
  integration: z
    .object({
      enabled: z.boolean().default(true),
      every: Duration.prefault("7d"),
      count: z.number().int().min(0).max(12).default(3),
      flow: FlowId.default("integration-weekly"),
    })
    .prefault({}),
  /** How long after a session starts the menu shows the check-in first ("after"). */
  after_window: Duration.prefault("3d"),
  /** How long before a session the preparation flows come back ("preparing"). */
  prep_window: Duration.prefault("14d"),
});
export type SessionsConfig = z.infer<typeof SessionsConfig>;

/** Defaults, for code paths without a clinic file (tests, the bare engine). */
export const DEFAULT_SESSIONS: SessionsConfig = SessionsConfig.parse({});

/** Every flow the cycle may start, for the flows check and the engine's "start when idle" rule. */
export function sessionFlows(config: SessionsConfig): string[] {
  return [
    config.reminder.flow,
    config.checkin.flow,
    ...config.measures.flows,
    config.integration.flow,
  ];
}
