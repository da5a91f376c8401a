// `lantern chat --clock` (issue 17, "Done when"): two full session cycles walked in the terminal
// with a fake clock. The real CLI is spawned (bin/lantern.js, SQLite store, config/clinic.yaml's
// sessions: America/New_York, so 9 am clinic time is 14:00 UTC in December and January), the
// patient sets each session in plain words, and `/advance` moves the clock and runs the
// scheduler's due jobs. Each stage's output (between two "(clock: …)" lines) is checked.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { cliSandbox } from "../support/cli.ts";

/**
 * From a session's questionnaire day to its check-in: the three questionnaires stopped, then
 * 33 h on the evening before (18:00 New York = 23:00 UTC) the clinic's rules ("no"), then 39 h on
 * the day after (14:00 UTC) the check-in, stopped.
 */
const MEASURES_TO_CHECK_IN = ["stop", "stop", "stop", "/advance 33h", "no", "/advance 39h", "stop"];

const WALK = [
  // Tuesday 1 December: onboarding first (a new patient's menu goes there: the sharing
  // question), then session 1 set by the patient from onboarding's "coming up" offer.
  "menu",
  "English",
  "yes",
  "My next session is coming up",
  "My next session",
  "10 December 9am",
  "no",
  // Two days before (8 December, 14:00 UTC): the questionnaires; the evening before, the
  // clinic's rules; the day after (11 December 14:00 UTC), the check-in.
  "/advance 7d",
  "/advance 6h",
  ...MEASURES_TO_CHECK_IN,
  "menu",
  // A week after: weekly integration; preparation is not in the menu.
  "/advance 6d",
  "stop",
  "menu",
  // Session 2 set: 7 January.
  "My next session",
  "7 January 9am",
  "no",
  // Two weeks before session 2 (24 December): preparation is back beside integration week 2.
  "/advance 7d",
  "stop",
  "menu",
  "/advance 7d",
  "stop",
  // Measures before session 2 (5 January), its reminder, its check-in, its integration.
  "/advance 5d",
  ...MEASURES_TO_CHECK_IN,
  "/advance 6d",
  "stop",
  "/clock",
];

/** The output after each "(clock: …)" line, keyed by the time it shows ("2026-12-08 15:00"). */
function stages(output: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of output.split(/^\(clock: /m).slice(1))
    map.set(part.slice(0, 16), (map.get(part.slice(0, 16)) ?? "") + part.slice(16));
  return map;
}

describe("lantern chat --clock", () => {
  it("walks two session cycles: measures, reminder, check-in, integration, preparation again", () => {
    const { env } = cliSandbox("lantern-clock-");
    const run = spawnSync(
      process.execPath,
      ["bin/lantern.js", "chat", "--clock", "2026-12-01T09:00"],
      { env, input: `${WALK.join("\n")}\n`, encoding: "utf8", timeout: 120_000 },
    );
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const at = stages(run.stdout);
    const stage = (time: string) => {
      const text = at.get(time);
      expect(text, `a stage at ${time}`).toBeDefined();
      return text ?? "";
    };

    // Start: onboarding's sharing question, then session 1 saved, in clinic time.
    expect(stage("2026-12-01 09:00")).toContain("Is it okay with you that I save your answers");
    expect(stage("2026-12-01 09:00")).toContain("Thursday, December 10 at 9:00 AM");
    expect(stage("2026-12-08 09:00")).not.toContain("Question 1 of 9"); // not due yet
    expect(stage("2026-12-08 15:00")).toContain("Question 1 of 9");
    const reminder = stage("2026-12-10 00:00");
    expect(reminder).toContain("Your session is Thursday, December 10 at 9:00 AM");
    expect(reminder).toContain("Don't eat for 4 hours");
    const checkin = stage("2026-12-11 15:00");
    expect(checkin).toContain("This check-in helps your doctor");
    expect(checkin).toContain("Have you had any chest pain?");
    // After the session: the check-in is in the menu, preparation is not.
    expect(checkin).toContain("Check in after your session");
    expect(checkin).not.toContain("What to expect at a session");
    const week1 = stage("2026-12-17 15:00");
    expect(week1).toContain("your weekly check-in after your session");
    expect(week1).not.toContain("What to expect at a session");
    expect(week1).toContain("Thursday, January 7 at 9:00 AM");
    // Two weeks before session 2: integration week 2, and preparation back in the menu.
    const week2 = stage("2026-12-24 15:00");
    expect(week2).toContain("your weekly check-in after your session");
    expect(week2).toContain("What to expect at a session");
    expect(stage("2026-12-31 15:00")).toContain("your weekly check-in after your session");
    // Session 2's cycle: measures, reminder, check-in, integration.
    expect(stage("2027-01-05 15:00")).toContain("Question 1 of 9");
    const reminder2 = stage("2027-01-07 00:00");
    expect(reminder2).toContain("Your session is Thursday, January 7 at 9:00 AM");
    expect(reminder2).toContain("Don't eat for 4 hours");
    expect(stage("2027-01-08 15:00")).toContain("Have you had any chest pain?");
    expect(stage("2027-01-14 15:00")).toContain("your weekly check-in after your session");
    // Nothing fired early: no reminder or check-in text before its time.
    expect(stage("2026-12-08 15:00")).not.toContain("Don't eat");
    // `/clock` shows the time without moving it.
    expect(run.stdout.trimEnd().endsWith("(clock: 2027-01-14 15:00 UTC)")).toBe(true);
  }, 150_000);

  it("without --clock, /advance is an ordinary message (never a command on a platform)", () => {
    const { env } = cliSandbox("lantern-clock-");
    const run = spawnSync(process.execPath, ["bin/lantern.js", "chat"], {
      env,
      input: "menu\n/advance 1d\n",
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain("(clock:");
    // Lantern answered it as a message (a new patient's first one starts onboarding).
    expect(run.stdout).toContain("Which language would you like me to write in?");
  }, 90_000);

  it("a bad --clock stops with a plain error", () => {
    const { env } = cliSandbox("lantern-clock-");
    const run = spawnSync(process.execPath, ["bin/lantern.js", "chat", "--clock", "tomorrow"], {
      env,
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--clock wants a time like 2026-12-01T09:00");
  }, 90_000);

  it("--help documents --clock and /advance", () => {
    const run = spawnSync(process.execPath, ["bin/lantern.js", "chat", "--help"], {
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.stdout).toContain("--clock TIME");
    expect(run.stdout).toContain("/advance 1d");
  }, 90_000);
});
