import { TZDate, tzOffset } from "@date-fns/tz";
// The two parsers Lantern speaks, not chrono-node's index (it loads all 16 locales, ~260 modules).
import * as chronoEn from "chrono-node/en";
import * as chronoEs from "chrono-node/es";
import type { SessionsConfig } from "../config/sessions.ts";
import { nextSession, sessionsOf, setNextSession } from "../engine/sessions.ts";
import type { Action } from "../engine/types.ts";
import { formatSessionTime } from "./session-time.ts";
import { contentActions } from "./sessions-content.ts";

export { formatSessionTime } from "./session-time.ts";

// Session dates in plain words ("next tuesday 9am", "10 december 9:30", "el martes a las 9",
// ISO) read in the clinic's time zone, and the actions the session flows call.

/** Sessions further ahead than this are surely a typo (a year, not a month). */
const MAX_AHEAD_MS = 366 * 86_400_000;

export type ParsedWhen = { at: Date } | { error: "unclear" | "no_time" | "past" | "too_far" };

/**
 * A session time from words, read in `zone` (DST-safe: the wall-clock fields are placed in the
 * zone for that date, not with today's offset). A day without a time is `no_time`.
 */
export function parseSessionTime(
  text: string,
  now: Date,
  zone: string,
  locale?: string,
): ParsedWhen {
  const parser = locale?.toLowerCase().startsWith("es") ? chronoEs : chronoEn;
  const reference = { instant: now, timezone: tzOffset(zone, now) };
  const [result] = parser.parse(text, reference, { forwardDate: true });
  if (!result) return { error: "unclear" };
  const start = result.start;
  if (!start.isCertain("hour")) return { error: "no_time" };
  const explicitOffset = start.isCertain("timezoneOffset");
  const at = explicitOffset
    ? start.date()
    : new Date(
        new TZDate(
          start.get("year") ?? now.getUTCFullYear(),
          (start.get("month") ?? 1) - 1,
          start.get("day") ?? 1,
          start.get("hour") ?? 0,
          start.get("minute") ?? 0,
          zone,
        ).getTime(),
      );
  if (at.getTime() <= now.getTime()) return { error: "past" };
  if (at.getTime() - now.getTime() > MAX_AHEAD_MS) return { error: "too_far" };
  return { at };
}

/**
 * Session actions, for `EngineServices.actions`:
 * - `session.set {text}`: the patient's next session from their words; the value is the time as
 *   the patient reads it, or "" when it could not be read (the flow asks again). The jobs for it
 *   (reminder, check-in, questionnaires) follow through the `sessions.sync` effect.
 * - `session.next`: the next session's time in words, or "" when none is set.
 * And the between-session content's actions (src/care/sessions-content.ts).
 */
export function sessionActions(config: SessionsConfig): Record<string, Action> {
  const zone = config.timezone;
  return {
    ...contentActions(),
    "session.set": (args, { state, now }) => {
      const parsed = parseSessionTime(String(args.text ?? ""), now, zone, state.locale);
      if ("error" in parsed) return { value: "" };
      const sessions = setNextSession(sessionsOf(state.user), parsed.at, now);
      return {
        value: formatSessionTime(parsed.at, zone, state.locale),
        user: { sessions },
        effects: [{ name: "sessions.sync", args: {} }],
      };
    },
    "session.next": (_args, { state, now }) => {
      const next = nextSession(sessionsOf(state.user), now);
      return { value: next ? formatSessionTime(new Date(next.at), zone, state.locale) : "" };
    },
  };
}
