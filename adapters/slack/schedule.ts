// Times therapists type in `/lantern assign … at …` and `every … until …`, read in the clinic's
// zone (SLACK_TIMEZONE), with @date-fns/tz for the zone arithmetic (clock changes included).
import { TZDate } from "@date-fns/tz";

export interface LocalDate {
  y: number;
  m: number;
  d: number;
}

const DAY_NAMES = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
/** How many jobs one `every` may create: a year of daily check-ins. */
export const MAX_OCCURRENCES = 366;

/**
 * The instant a wall-clock time in `zone` names. In a spring-forward gap the time moves on by
 * the gap (02:30 that does not exist reads as 03:30); in a fall-back overlap it is the first
 * (daylight) one. @date-fns/tz does the zone arithmetic from the IANA data Intl carries.
 */
export function zonedToUtc(date: LocalDate, hour: number, minute: number, zone: string): Date {
  return new Date(new TZDate(date.y, date.m - 1, date.d, hour, minute, zone).getTime());
}

/** The calendar date in `zone` at an instant. */
export function localDate(at: Date, zone: string): LocalDate {
  const local = new TZDate(at.getTime(), zone);
  return { y: local.getFullYear(), m: local.getMonth() + 1, d: local.getDate() };
}

function addDays(date: LocalDate, days: number): LocalDate {
  const t = new Date(Date.UTC(date.y, date.m - 1, date.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

function weekday(date: LocalDate): number {
  return new Date(Date.UTC(date.y, date.m - 1, date.d)).getUTCDay();
}

function key(date: LocalDate): number {
  return date.y * 10_000 + date.m * 100 + date.d;
}

/** "2026-02-01" → a valid calendar date, or undefined. */
export function parseDate(text: string): LocalDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const date = { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
  const check = addDays(date, 0);
  return key(check) === key(date) ? date : undefined;
}

/** "15:00", "9:30", "3pm", "9:15am" → hours and minutes. */
export function parseClock(text: string): { hour: number; minute: number } | undefined {
  const match = /^(\d{1,2})(?::(\d{2}))?\s*(am|pm)?$/i.exec(text.trim());
  if (!match) return undefined;
  let hour = Number(match[1]);
  const minute = Number(match[2] ?? 0);
  const half = match[3]?.toLowerCase();
  if (!half && match[2] === undefined) return undefined;
  if (half) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (half === "pm" ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return undefined;
  return { hour, minute };
}

/**
 * When `at …` means, or an error for the person:
 * `2026-01-05 15:00`, `2026-01-05T15:00`, an ISO time with a zone (`…Z`, `…+01:00`),
 * `15:00` (today, or tomorrow if that has passed), `tomorrow 9am`, `in 2h` / `in 30m` / `in 3d`.
 */
export function parseWhen(text: string, now: Date, zone: string): Date | { error: string } {
  const input = text.trim().toLowerCase();
  const relative = /^in\s+(\d{1,4})\s*(m|min|mins|minutes?|h|hours?|d|days?)$/.exec(input);
  if (relative) {
    const unit =
      relative[2]?.[0] === "m" ? 60_000 : relative[2]?.[0] === "h" ? 3_600_000 : 86_400_000;
    return new Date(now.getTime() + Number(relative[1]) * unit);
  }
  if (/^\d{4}-\d{2}-\d{2}t\d{2}:\d{2}(:\d{2}(\.\d+)?)?(z|[+-]\d{2}:\d{2})$/.test(input)) {
    const ms = Date.parse(text.trim());
    if (!Number.isNaN(ms)) return new Date(ms);
  }
  const dated = /^(\d{4}-\d{2}-\d{2})[t\s]+(.+)$/.exec(input);
  const tomorrow = /^tomorrow\s+(.+)$/.exec(input);
  const today = localDate(now, zone);
  const date = dated ? parseDate(dated[1] ?? "") : tomorrow ? addDays(today, 1) : today;
  const clock = parseClock(dated?.[2] ?? tomorrow?.[1] ?? input);
  if (!date || !clock)
    return {
      error: `I couldn't read the time "${text.trim()}". Try 2026-01-05 15:00, 15:00, tomorrow 9am or in 2h.`,
    };
  let at = zonedToUtc(date, clock.hour, clock.minute, zone);
  // A bare time that has passed today means tomorrow.
  if (!dated && !tomorrow && at <= now)
    at = zonedToUtc(addDays(today, 1), clock.hour, clock.minute, zone);
  return at;
}

/** `daily`, `weekday` (Monday to Friday) or a day's name (`monday`, `mon`). */
export function parseRepeat(text: string): ((date: LocalDate) => boolean) | undefined {
  const word = text.trim().toLowerCase();
  if (word === "daily" || word === "day") return () => true;
  if (word === "weekday" || word === "weekdays") return (d) => weekday(d) >= 1 && weekday(d) <= 5;
  const index = DAY_NAMES.findIndex(
    (name) => name === word || name.slice(0, 3) === word || `${name}s` === word,
  );
  return index < 0 ? undefined : (d) => weekday(d) === index;
}

/** Every matching day from today to `until` (inclusive) at the time, in the zone; future only. */
export function occurrences(
  matches: (date: LocalDate) => boolean,
  clock: { hour: number; minute: number },
  until: LocalDate,
  now: Date,
  zone: string,
): Date[] {
  const out: Date[] = [];
  for (let date = localDate(now, zone); key(date) <= key(until); date = addDays(date, 1)) {
    if (!matches(date)) continue;
    const at = zonedToUtc(date, clock.hour, clock.minute, zone);
    if (at > now) out.push(at);
    if (out.length > MAX_OCCURRENCES) break;
  }
  return out;
}

/** How a time reads back to the therapist: in the clinic's zone, with the zone named. */
export function formatWhen(at: Date, zone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone: zone,
    weekday: "short",
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZoneName: "short",
  }).format(at);
}
