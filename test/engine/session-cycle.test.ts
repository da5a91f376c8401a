import { afterEach, describe, expect, it } from "vitest";
import { addSessionFor } from "../../src/runtime/sessions.ts";
import { bootHarness, fromPatient, savePatient, storedState } from "../support/app-harness.ts";
import type { TranscriptHarness } from "../support/transcript.ts";

// Two full session cycles through the real app (createApp, SQLite, config/clinic.yaml with its
// `sessions:` section, America/New_York) with a fake clock: the patient sets session 1 in plain
// words, the care team sets and then moves session 2, and the scheduler offers the right flow at
// each stage. The clinic is at UTC-5 in January and February.

let h: TranscriptHarness;
const conversation = () => `${h.channel.name}:${h.userId}`;

async function boot(): Promise<void> {
  // The real app: shipped flows, the real risk guard, config/clinic.yaml.
  h = await bootHarness();
  // An onboarded patient who shares with the care team and said "session coming up".
  await savePatient(h, { onboarded: true, consent: true, stage: "before" });
}

/** Move the fake clock to `iso` (UTC) and run one tick: due jobs fire. Returns what was said. */
async function until(iso: string): Promise<string> {
  const mark = h.channel.sent.length;
  const ms = Date.parse(iso) - h.clock.now().getTime();
  expect(ms, `clock moves forward to ${iso}`).toBeGreaterThanOrEqual(0);
  await h.advance(`${Math.round(ms / 1000)}s`);
  return said(mark);
}

function said(mark: number): string {
  return h.channel.sent
    .slice(mark)
    .map((s) => s.message.text)
    .join("\n---\n");
}

/** The patient types `text` (or presses the current question's button `choice`). */
async function patient(text: string, kind: "text" | "choice" = "text"): Promise<string> {
  const mark = h.channel.sent.length;
  const state = await h.runtime.store.loadConversation(conversation());
  const prompt = state?.stack.at(-1)?.waiting?.prompt ?? state?.menu?.prompt ?? "none";
  const base = fromPatient(h);
  await h.runtime.handle(
    kind === "text"
      ? { ...base, kind: "text", text }
      : { ...base, kind: "choice", choice: { prompt, id: text } },
  );
  return said(mark);
}

const state = () => storedState(h);

async function flow(): Promise<string> {
  return (await state()).stack.at(-1)?.flowId ?? "END";
}

async function menuIds(): Promise<string[]> {
  await patient("menu");
  return (await state()).menu?.choices.map((c) => c.id) ?? [];
}

function sessionJobs(number: number) {
  return h.runtime.scheduler
    .list({ channel: h.channel.name, userId: h.userId })
    .filter((j) => j.by === `session:${number}`)
    .map((j) => `${j.flowId}@${j.due}`)
    .sort();
}

/** Answer every question of the post-session check-in with no red flags, then skip the journal. */
async function answerCheckin(insight: string): Promise<string> {
  for (let i = 0; i < 6; i++) await patient("no", "choice");
  for (const answer of ["6", "3"]) await patient(answer);
  await patient("partly", "choice");
  await patient("2");
  await patient("none", "choice");
  await patient("no", "choice");
  await patient(insight);
  await patient("6");
  await patient("4");
  await patient("well", "choice");
  return patient("no", "choice");
}

afterEach(async () => {
  await h?.app.close();
});

describe("the session cycle, two sessions", () => {
  it("offers measures, the reminder, the check-in and integration around each session", async () => {
    await boot(); // Monday 2026-01-05 09:00 UTC

    // --- Session 1, set by the patient in plain words ---
    await patient("menu");
    expect(await patient("session-next", "choice")).toContain("When is your next session?");
    const confirmed = await patient("next monday 9am");
    expect(confirmed).toContain("Monday, January 12 at 9:00 AM");
    expect(confirmed).toContain("the evening before");
    await patient("no", "choice");
    const sessions = (await state()).user.sessions as { number: number; at: string }[];
    expect(sessions).toEqual([
      { number: 1, at: "2026-01-12T14:00:00.000Z", status: "scheduled", by: "patient" },
    ]);
    expect(sessionJobs(1)).toEqual([
      "gad7@2026-01-10T14:01:00.000Z",
      "integration-weekly@2026-01-19T14:00:00.000Z",
      "integration-weekly@2026-01-26T14:00:00.000Z",
      "integration-weekly@2026-02-02T14:00:00.000Z",
      "peg@2026-01-10T14:02:00.000Z",
      "phq9@2026-01-10T14:00:00.000Z",
      "post-session-checkin@2026-01-13T14:00:00.000Z",
      // The evening before, 18:00 in New York.
      "session-reminder@2026-01-11T23:00:00.000Z",
    ]);
    // Preparing: the preparation flows are in the menu, the check-in is not.
    let menu = await menuIds();
    expect(menu).toContain("prep-expectations");
    expect(menu).not.toContain("post-session-checkin");

    // --- Two days before: the questionnaires, one after the other ---
    expect(await until("2026-01-10T14:05:00Z")).toContain("Question 1 of 9");
    expect(await flow()).toBe("phq9");
    for (let i = 0; i < 9; i++) await patient("a0", "choice");
    // PHQ-9 done: the GAD-7 that waited starts by itself, then the PEG.
    expect(await flow()).toBe("gad7");
    for (let i = 0; i < 7; i++) await patient("a0", "choice");
    expect(await flow()).toBe("peg");

    // --- The evening before: the clinic's rules (the patient was idle) ---
    await patient("stop");
    const reminder = await until("2026-01-11T23:00:30Z");
    expect(reminder).toContain("Your session is Monday, January 12 at 9:00 AM");
    expect(reminder).toContain("Don't eat for 4 hours");
    expect(reminder).toContain("drive you home");
    expect(reminder).toContain("What to bring");
    await patient("no", "choice");

    // --- Dosing day, before the session: preparation ---
    await until("2026-01-12T12:00:00Z"); // 07:00 in New York
    menu = await menuIds();
    expect(menu).toContain("prep-expectations");
    expect(menu).not.toContain("integration-journal");

    // --- The day after: the check-in is offered without asking ---
    expect(await until("2026-01-13T14:00:30Z")).toContain("safety questions");
    expect(await flow()).toBe("post-session-checkin");
    expect(await answerCheckin("I can be gentle with my body")).toContain("Take good care");
    menu = await menuIds();
    expect(menu).toContain("integration-journal");
    expect(menu).not.toContain("prep-expectations");

    // --- A week after: integration, built on the patient's own words ---
    const weekly = await until("2026-01-19T14:00:30Z");
    expect(weekly).toContain('you wrote: "I can be gentle with my body"');
    await patient("I rest before I am exhausted");
    await patient("That my body is not my enemy");
    expect(await patient("A short walk on Sunday")).toContain("saved this in your journal");

    // --- Session 2, set by the care team; then moved a day: rescheduled, never doubled ---
    await addSessionFor(
      h.runtime,
      conversation(),
      { at: new Date("2026-02-09T14:00:00Z"), by: "cli:test" },
      h.app.runtime.services.sessions ?? (undefined as never),
    );
    const before = sessionJobs(2);
    expect(before).toHaveLength(8);
    await addSessionFor(
      h.runtime,
      conversation(),
      { at: new Date("2026-02-10T14:00:00Z"), number: 2, by: "cli:test" },
      h.app.runtime.services.sessions ?? (undefined as never),
    );
    const moved = sessionJobs(2);
    expect(moved).toHaveLength(8);
    expect(moved).toContain("session-reminder@2026-02-09T23:00:00.000Z");
    expect(moved).toContain("post-session-checkin@2026-02-11T14:00:00.000Z");
    expect(moved.some((j) => j.includes("2026-02-10T23:00"))).toBe(false);
    // Same again: nothing new.
    await addSessionFor(
      h.runtime,
      conversation(),
      { at: new Date("2026-02-10T14:00:00Z"), number: 2, by: "cli:test" },
      h.app.runtime.services.sessions ?? (undefined as never),
    );
    expect(sessionJobs(2)).toEqual(moved);

    // Integration continues in week 2 (session 2 is still 15 days away).
    expect(await until("2026-01-26T14:00:30Z")).toContain("weekly check-in");
    await patient("stop");
    menu = await menuIds();
    expect(menu).not.toContain("prep-expectations");

    // --- Two weeks before session 2: preparation is back in the menu ---
    await until("2026-01-27T15:00:00Z");
    menu = await menuIds();
    expect(menu).toContain("prep-expectations");
    expect(menu).toContain("prep-fear");

    // Week 3's integration prompt still comes, then the measures before session 2.
    expect(await until("2026-02-02T14:00:30Z")).toContain("weekly check-in");
    await patient("stop");
    expect(await until("2026-02-08T14:05:00Z")).toContain("Question 1 of 9");
    await patient("stop");

    // --- A patient mid-flow gets the reminder when their flow ends ---
    await until("2026-02-09T22:55:00Z");
    await patient("menu");
    await patient("paced-breathing", "choice");
    expect(await flow()).toBe("paced-breathing");
    const during = await until("2026-02-09T23:00:30Z");
    expect(during).not.toContain("Don't eat");
    expect(await flow()).toBe("paced-breathing");
    await patient("5");
    await patient("done", "choice");
    const after = await patient("3");
    expect(after).toContain("Your session is Tuesday, February 10 at 9:00 AM");
    expect(after).toContain("Don't eat for 4 hours");
    expect(await flow()).toBe("session-reminder");
    await patient("no", "choice");
    // The questionnaires the patient stopped yesterday do not start by themselves now: they
    // wait in the menu, marked.
    expect(await flow()).toBe("END");
    await patient("menu");
    expect((await state()).menu?.choices.slice(0, 2).map((c) => c.label)).toEqual([
      "★ Anxiety questionnaire (GAD-7)",
      "★ Pain questionnaire (PEG)",
    ]);

    // --- The day after session 2: its check-in ---
    expect(await until("2026-02-11T14:00:30Z")).toContain("safety questions");
    expect(await flow()).toBe("post-session-checkin");
  });
});
