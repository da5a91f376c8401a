import { afterEach, describe, expect, it } from "vitest";
import { SlackHarness } from "./slack-harness.ts";

// `/lantern session` over HTTP mode on loopback: the care team sets and moves a dosing session,
// and the durable scheduler then sends the clinic's rules the evening before (18:00 in New York).

let h: SlackHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe("/lantern session", () => {
  it("sets a session, moves it, lists it, and the reminder reaches the patient", async () => {
    h = await new SlackHarness().boot(); // fake clock: Monday 2026-01-05 09:00 UTC
    const reply = await h.command("invite JD-01");
    const code = /code: `([A-Z0-9]+)`/.exec(reply)?.[1];
    await h.say(`/start ${code}`);

    const set = await h.command("session JD-01 january 12 9am");
    expect(set).toContain("Session 1 for *JD-01*");
    expect(set).toContain("Monday, January 12 at 9:00 AM (America/New_York)");
    expect(set).toContain("Sunday, January 11 at 6:00 PM: `session-reminder`");
    const moved = await h.command("session JD-01 #1 2026-01-13T09:00");
    expect(moved).toContain("Tuesday, January 13 at 9:00 AM");
    const link = (await h.app.patients.list())[0]?.links[0];
    const jobs = h.app.runtime.scheduler.list(link as { channel: string; userId: string });
    expect(jobs.filter((j) => j.flowId === "session-reminder").map((j) => j.due)).toEqual([
      "2026-01-12T23:00:00.000Z",
    ]);
    expect(await h.command("session JD-01")).toBe(
      "Session 1: Tuesday, January 13 at 9:00 AM (America/New_York)",
    );
    expect(await h.command("session JD-01 someday")).toContain("could not read a date and time");
    expect(await h.command("session Nobody january 20 9am")).toContain('No patient "Nobody"');

    // Two days before, the questionnaires; the patient stops them.
    await h.advance(Date.parse("2026-01-11T14:05:00Z") - h.clock.now().getTime());
    expect(h.patientChannel.texts().join("\n")).toContain("Question 1 of 9");
    await h.say("stop");
    // The evening before (18:00 in New York = 23:00 UTC), the clinic's rules reach the patient.
    const before = h.patientChannel.sent.length;
    await h.advance(Date.parse("2026-01-12T23:00:30Z") - h.clock.now().getTime());
    const said = h.patientChannel.texts().slice(before).join("\n");
    expect(said).toContain("Your session is Tuesday, January 13 at 9:00 AM");
    expect(said).toContain("Don't eat for 4 hours");
    await h.say("no");

    // Cancelled: the check-in and integration prompts for it are removed, the session stays listed.
    expect(await h.command("session JD-01 cancel")).toContain("Which session?");
    expect(await h.command("session JD-01 #1 cancel")).toContain(
      "cancelled; its reminders are removed",
    );
    expect(h.app.runtime.scheduler.list(link as { channel: string; userId: string })).toEqual([]);
    expect(await h.command("session JD-01")).toBe(
      "Session 1: Tuesday, January 13 at 9:00 AM (America/New_York), cancelled",
    );
    expect(await h.command("session JD-01 #4 cancel")).toContain("has no session 4");
  });
});
