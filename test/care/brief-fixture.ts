import type { ConversationState } from "../../src/engine/state.ts";
import { newState } from "../../src/engine/state.ts";

// A patient two sessions into a KAP course, as the flows store it in user.* (names from
// flows/*.yaml and src/care/actions.ts): measures, check-ins, sessions, preparation answers,
// lifestyle and pacing, journal. Test data only: no real patient's words.

export const NOW = new Date("2026-02-20T10:00:00.000Z");
const START = Date.parse("2026-01-05T09:00:00.000Z");
export const day = (n: number, hour = 0) =>
  new Date(START + n * 86_400_000 + hour * 3_600_000).toISOString();

function measure(id: string, total: number, band: string, at: string, answers: number[] = []) {
  return { measure: id, total, band, flags: [], answers, at };
}

/** A conversation with a full course so far; `patch` overrides user.* fields. */
export function coursePatient(patch: Record<string, unknown> = {}): ConversationState {
  const state = newState("telegram", "tg-7", new Date(day(-10)));
  state.updatedAt = NOW.toISOString();
  Object.assign(state.user, {
    sessions: [
      { number: 1, at: day(7), status: "scheduled" },
      { number: 2, at: day(21), status: "scheduled" },
      { number: 3, at: day(47), status: "scheduled" },
    ],
    measures: [
      measure("phq9", 17, "moderately severe", day(0)),
      measure("phq9", 13, "moderate", day(14)),
      measure("phq9", 8, "mild", day(35)),
      measure("gad7", 13, "moderate", day(0)),
      measure("gad7", 9, "mild", day(35)),
      measure("pcl5", 44, "n/a", day(1)),
      measure("pcl5", 31, "n/a", day(36)),
      measure("peg", 6.7, "n/a", day(1)),
      measure("peg", 4.3, "n/a", day(36)),
    ],
    checkins: [
      {
        at: day(8),
        flow: "post-session-checkin",
        vars: {
          depth: 6,
          dissociation: 5,
          fear: 4,
          mood: 6,
          pain: 5,
          observing: "partly",
          sleep: "okay",
        },
      },
      {
        at: day(22),
        flow: "post-session-checkin",
        vars: {
          depth: 8,
          dissociation: 6,
          fear: 2,
          mood: 7,
          pain: 3,
          observing: "yes",
          sleep: "well",
        },
      },
    ],
    journal: [
      {
        at: day(23),
        flow: "integration-journal",
        vars: {
          came_up: "A memory of my grandmother's kitchen",
          emotions: "hopeful",
          meaning: "I can be gentle with myself",
          action: "Call my sister on Sunday",
        },
      },
    ],
    support_person: "my sister Ana",
    hard_moment_help: "Hold my hand and remind me to breathe",
    anchor: "I am safe. This will pass.",
    ride_home: false,
    goal_sleep: "no screens 30 minutes before bed",
    goal_movement: "a 10-minute walk",
    lifestyle_set: true,
    lifestyle_review: "some",
    pacing_activity: "walking",
    pacing_minutes: 12,
    pacing_sessions: 4,
    pacing_done: 3,
    pacing_flare: false,
    ...patch,
  });
  return state;
}
