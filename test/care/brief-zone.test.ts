import { describe, expect, it } from "vitest";
import { clinicTime, sessionLines } from "../../src/care/brief-plans.ts";
import { newState } from "../../src/engine/state.ts";
import { cliSandbox, lantern } from "../support/cli.ts";

// Issue 17 QA item 6: the physician brief showed the next session in UTC ("03:30 UTC" for a
// 10:30 pm New York evening, on the next day's date). It shows the clinic's zone
// (config/clinic.yaml sessions.timezone) with the zone's name, in the terminal and Slack alike.

function withSession(at: string) {
  const state = newState("console", "zone", new Date("2026-12-01T12:00:00Z"));
  state.user.sessions = [{ number: 1, at, status: "scheduled", by: "patient" }];
  return state;
}

describe("brief session times in the clinic's zone", () => {
  it("shows the clinic's date and time, across midnight and daylight saving", () => {
    const now = new Date("2026-12-01T12:00:00Z");
    // 03:30 UTC on the 10th is 22:30 on the 9th in New York (EST, UTC-5).
    expect(sessionLines(withSession("2026-12-10T03:30:00.000Z"), now, "America/New_York")).toEqual([
      "- Next: session 1 on 2026-12-09 22:30 America/New_York (EST) (in 9 days)",
    ]);
    // Summer: UTC-4 (EDT).
    expect(clinicTime("2027-07-01T13:00:00.000Z", "America/New_York")).toBe(
      "2027-07-01 09:00 America/New_York (EDT)",
    );
    // East of UTC the day moves forward.
    expect(clinicTime("2026-12-10T23:30:00.000Z", "Europe/Madrid")).toBe(
      "2026-12-11 00:30 Europe/Madrid (GMT+1)",
    );
    // A past session's date is the clinic's day too.
    const later = new Date("2026-12-11T12:00:00Z");
    expect(
      sessionLines(withSession("2026-12-10T03:30:00.000Z"), later, "America/New_York"),
    ).toEqual(["- Last: session 1 on 2026-12-09"]);
    // No zone given: UTC, said so.
    expect(sessionLines(withSession("2026-12-10T03:30:00.000Z"), now)).toEqual([
      "- Next: session 1 on 2026-12-10 03:30 UTC (in 9 days)",
    ]);
  });

  it("`lantern brief` shows a session set with `lantern session` in clinic time", () => {
    const { env } = cliSandbox("lantern-brief-zone-");
    const chat = lantern(["chat", "--user", "zoe"], env, "hello\n1\n");
    expect(chat.status).toBe(0);
    // 22:30 clinic time, five days from now: the next UTC day.
    const d = new Date(Date.now() + 5 * 86_400_000);
    const day = d.toISOString().slice(0, 10);
    const added = lantern(["session", "add", "--patient", "zoe", "--at", `${day}T22:30`], env);
    expect(added.stderr).toBe("");
    const brief = lantern(["brief", "--user", "zoe"], env);
    expect(brief.stderr).toBe("");
    expect(brief.status).toBe(0);
    expect(brief.stdout).toMatch(
      new RegExp(`- Next: session 1 on ${day} 22:30 America/New_York \\((EST|EDT)\\)`),
    );
    expect(brief.stdout).not.toMatch(/session 1 on .* UTC/);
  });
});
