import { sessionsOf as engineSessions } from "../../engine/sessions.ts";
import type { ConversationState } from "../../engine/state.ts";
import { BANDS, DEFAULT_PCL5_CUTOFF, MEASURES } from "../../measures/score.ts";
import type { MeasureId } from "../../measures/types.ts";
import { checkinsOf, measuresOf, rating } from "../brief-data.ts";

// What the charts draw, read from a conversation: one series per measure and per post-session
// rating, each with its scale, severity bands and the dosing-session markers. Pure data: the
// spec builders (spec.ts) and the text alternative (text.ts) both start from here.

/** One plotted value. */
export interface Point {
  at: string;
  value: number;
}

/** A shaded y range with its name (a published severity band, or a cut-off region). */
export interface BandRange {
  from: number;
  to: number;
  label: string;
}

/** A vertical rule on the time axis: a dosing session (or, without sessions, a check-in). */
export interface Marker {
  at: string;
  label: string;
}

export interface ChartSeries {
  id: string;
  title: string;
  /** The scale's top (the measure's maximum total, or 10 for ratings). */
  max: number;
  points: Point[];
  bands: BandRange[];
  /** How to read the scale, shown under the title. */
  note: string;
}

/** Scheduled (not cancelled) dosing sessions in user.sessions, oldest first (src/engine/sessions.ts). */
export function sessionsOf(state: ConversationState): { at: string; number: number }[] {
  return engineSessions(state.user)
    .filter((s) => s.status === "scheduled")
    .map((s) => ({ at: s.at, number: s.number }));
}

/**
 * Markers for the time axis: past dosing sessions ("S1", "S2", …) when user.sessions has any,
 * otherwise the post-session check-in dates ("C1", …), since each follows a session; then the
 * next booked session ("S3 (next)"), so the chart shows how close it is.
 */
export function markersOf(state: ConversationState, now: Date): Marker[] {
  const sessions = sessionsOf(state);
  const t = now.getTime();
  const past = sessions.filter((s) => Date.parse(s.at) <= t);
  const next = sessions.find((s) => Date.parse(s.at) > t);
  const before = past.length
    ? past.map((s) => ({ at: s.at, label: `S${s.number}` }))
    : checkinsOf(state).map((c, i) => ({ at: c.at, label: `C${i + 1}` }));
  return next ? [...before, { at: next.at, label: `S${next.number} (next)` }] : before;
}

function bandsOf(id: MeasureId): BandRange[] {
  const bands = BANDS[id];
  if (bands) {
    let from = 0;
    return bands.map((b) => {
      const range = { from, to: b.max, label: b.label };
      from = b.max;
      return range;
    });
  }
  if (id === "pcl5")
    return [
      { from: 0, to: DEFAULT_PCL5_CUTOFF, label: "below cut-off" },
      {
        from: DEFAULT_PCL5_CUTOFF,
        to: 80,
        label: `provisional PTSD cut-off (${DEFAULT_PCL5_CUTOFF}+)`,
      },
    ];
  return [];
}

const MAX: Record<MeasureId, number> = { phq9: 27, gad7: 21, pcl5: 80, peg: 10 };

/** One series per measure that has results, in the fixed order PHQ-9, GAD-7, PCL-5, PEG. */
export function measureSeries(state: ConversationState): ChartSeries[] {
  return [...measuresOf(state)].map(([id, results]) => ({
    id,
    title: `${MEASURES[id].title} total`,
    max: MAX[id],
    points: results.map((r) => ({ at: r.at, value: r.total })),
    bands: bandsOf(id),
    note: id === "peg" ? "0–10, higher is worse" : `0–${MAX[id]}, higher is worse`,
  }));
}

/** The post-session check-in's 0–10 ratings (flows/post-session-checkin.yaml). */
export const RATINGS = [
  ["depth", "Experience depth"],
  ["dissociation", "Dissociation"],
  ["fear", "Fear"],
  ["mood", "Next-day mood"],
  ["pain", "Next-day pain"],
] as const;

/** One series per rating with at least one answer; unanswered ratings are gaps, not zeros. */
export function ratingSeries(state: ConversationState): ChartSeries[] {
  const checkins = checkinsOf(state);
  return RATINGS.map(([key, title]) => ({
    id: key,
    title: `${title} (check-in)`,
    max: 10,
    points: checkins.flatMap((c) => {
      const value = rating(c.vars[key]);
      return value === undefined ? [] : [{ at: c.at, value }];
    }),
    bands: [],
    note: "0–10, as the patient rated it",
  })).filter((s) => s.points.length > 0);
}

/**
 * Every chart for a conversation: measures first, then the check-in ratings. None when the
 * patient declined sharing (user.consent false: limited mode, src/engine/consent.ts).
 */
export function allSeries(state: ConversationState): ChartSeries[] {
  if (state.user.consent === false || state.user.consent === "false") return [];
  return [...measureSeries(state), ...ratingSeries(state)];
}
