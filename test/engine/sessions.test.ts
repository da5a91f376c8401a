import { describe, expect, it } from "vitest";
import { SessionsConfig } from "../../src/config/sessions.ts";
import {
  addSession,
  phaseOf,
  type Session,
  sessionsOf,
  setNextSession,
  stageOfPhase,
} from "../../src/engine/sessions.ts";

// The cycle the menu follows: preparing -> dosing day -> after -> integrating -> preparing.

const config = SessionsConfig.parse({ timezone: "America/New_York" });
const s = (
  number: number,
  at: string,
  status: "scheduled" | "cancelled" = "scheduled",
): Session => ({
  number,
  at,
  status,
});
const at = (iso: string) => new Date(iso);

describe("phaseOf", () => {
  const two = [s(1, "2026-01-12T14:00:00.000Z"), s(2, "2026-02-10T14:00:00.000Z")];

  it("walks a cycle of two sessions", () => {
    const phase = (iso: string) => phaseOf(two, at(iso), { config });
    expect(phase("2026-01-05T09:00:00Z")).toBe("preparing");
    // 00:30 on the 12th in New York is already the dosing day (05:30 UTC).
    expect(phase("2026-01-12T05:30:00Z")).toBe("dosing_day");
    expect(phase("2026-01-12T04:30:00Z")).toBe("preparing"); // 23:30 on the 11th there
    expect(phase("2026-01-12T15:00:00Z")).toBe("after");
    expect(phase("2026-01-15T13:59:00Z")).toBe("after"); // just inside 3 days
    expect(phase("2026-01-15T14:01:00Z")).toBe("integrating");
    expect(phase("2026-01-27T13:00:00Z")).toBe("integrating"); // 14 days + 1 h before session 2
    expect(phase("2026-01-27T15:00:00Z")).toBe("preparing");
    expect(phase("2026-02-10T13:00:00Z")).toBe("dosing_day");
    expect(phase("2026-02-12T00:00:00Z")).toBe("after");
    expect(phase("2026-03-01T00:00:00Z")).toBe("integrating");
  });

  it("ignores cancelled sessions and falls back to user.stage without sessions", () => {
    expect(
      phaseOf([s(1, "2026-01-12T14:00:00.000Z", "cancelled")], at("2026-01-12T15:00:00Z"), {
        config,
        stage: "before",
      }),
    ).toBe("preparing");
    expect(phaseOf([], at("2026-01-01T00:00:00Z"), { stage: "after" })).toBe("integrating");
    expect(phaseOf([], at("2026-01-01T00:00:00Z"), { stage: "any" })).toBeUndefined();
  });

  it("maps phases to the flows' menu stages", () => {
    expect(stageOfPhase("preparing")).toBe("before");
    expect(stageOfPhase("dosing_day")).toBe("before");
    expect(stageOfPhase("after")).toBe("after");
    expect(stageOfPhase("integrating")).toBe("after");
    expect(stageOfPhase(undefined)).toBe("any");
  });
});

describe("adding and moving sessions", () => {
  it("numbers new sessions, moves a numbered one, and is idempotent for the same time", () => {
    let list = addSession([], { at: at("2026-01-12T14:00:00Z"), by: "cli:a" });
    list = addSession(list, { at: at("2026-02-10T14:00:00Z") });
    expect(list.map((x) => [x.number, x.at])).toEqual([
      [1, "2026-01-12T14:00:00.000Z"],
      [2, "2026-02-10T14:00:00.000Z"],
    ]);
    expect(addSession(list, { at: at("2026-02-10T14:00:00Z") })).toEqual(list);
    const moved = addSession(list, { at: at("2026-02-11T14:00:00Z"), number: 2 });
    expect(moved.map((x) => x.at)).toEqual([
      "2026-01-12T14:00:00.000Z",
      "2026-02-11T14:00:00.000Z",
    ]);
  });

  it("the patient's 'next session' moves the upcoming one, or adds one after the last", () => {
    const list = [s(1, "2026-01-12T14:00:00.000Z")];
    const moved = setNextSession(list, at("2026-01-13T14:00:00Z"), at("2026-01-05T00:00:00Z"));
    expect(moved).toEqual([
      { number: 1, at: "2026-01-13T14:00:00.000Z", status: "scheduled", by: "patient" },
    ]);
    const added = setNextSession(list, at("2026-02-10T14:00:00Z"), at("2026-01-20T00:00:00Z"));
    expect(added.map((x) => x.number)).toEqual([1, 2]);
  });

  it("reads stored sessions defensively, sorted by time", () => {
    const user = {
      sessions: [
        s(2, "2026-02-10T14:00:00.000Z"),
        { number: "x" },
        s(1, "2026-01-12T14:00:00.000Z"),
      ],
    };
    expect(sessionsOf(user).map((x) => x.number)).toEqual([1, 2]);
    expect(sessionsOf({ sessions: "nope" })).toEqual([]);
  });
});
