import { type Clock, LanternError } from "#lantern";

// `lantern chat --clock <time>` (issue 17): a clock the operator moves by hand, to walk a patient
// through whole session cycles in minutes. Only the terminal builds one, and only with --clock,
// so `/advance` is never a command on a real platform (there it is an ordinary message).

const UNITS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
const ADVANCE = /^\s*\/advance\s+(\d+)\s*([mhdw])\s*$/i;
const SHOW = /^\s*\/clock\s*$/i;

/** "2026-12-01T09:00" (UTC unless it names an offset) -> a time; throws on anything else. */
export function parseClockStart(text: string): Date {
  const iso = /[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text}Z`;
  const at = /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(text) ? Date.parse(iso) : Number.NaN;
  if (!Number.isFinite(at))
    throw new LanternError(
      "cli.usage",
      `--clock wants a time like 2026-12-01T09:00 (UTC) or 2026-12-01T09:00-05:00, not "${text}"`,
    );
  return new Date(at);
}

/** A clock that stands still until advanced. */
export class SettableClock implements Clock {
  #now: number;

  constructor(start: Date) {
    this.#now = start.getTime();
  }

  now(): Date {
    return new Date(this.#now);
  }

  advance(ms: number): void {
    this.#now += ms;
  }
}

/** "2026-12-01 09:00 UTC". */
export function clockLine(clock: Clock): string {
  return `${clock.now().toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/**
 * A terminal line that drives the clock: `/advance 1d` (m, h, d or w) moves it and returns the
 * milliseconds moved; `/clock` returns 0. Anything else is a message for Lantern: undefined.
 */
export function clockCommand(line: string): number | undefined {
  if (SHOW.test(line)) return 0;
  const match = ADVANCE.exec(line);
  if (!match) return undefined;
  return Number(match[1]) * (UNITS[(match[2] ?? "").toLowerCase()] ?? 0);
}
