import { afterEach, describe, expect, it } from "vitest";
import { SlackHarness } from "./slack-harness.ts";

// `/lantern dashboard` through a signed request: for the member's caseload, who is due a
// questionnaire (none in 14 days, or none since the last session before the next), who got
// worse (PHQ-9 +5 since the last session), who has open alerts; patients outside the caseload
// are left out.

const DAY = 86_400_000;
let h: SlackHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function patientWith(
  harness: SlackHarness,
  label: string,
  userId: string,
  user: Record<string, unknown>,
  alert = false,
) {
  const { patient, invite } = await harness.app.patients.create(label, "test");
  await harness.say(`/start ${invite.code}`, userId);
  // A risk message first: the runtime keeps the conversation it saves, so user.* is patched last.
  if (alert) await harness.say("I want to die", userId);
  const store = harness.app.runtime.store;
  const state = await store.loadConversation(`telegram:${userId}`);
  if (!state) throw new Error("no conversation");
  Object.assign(state.user, user);
  await store.saveConversation(state);
  return patient;
}

describe("/lantern dashboard", () => {
  it("lists open alerts, worsenings and due questionnaires for the member's caseload only", async () => {
    h = await new SlackHarness().boot();
    const now = h.clock.now().getTime();
    const at = (days: number) => new Date(now + days * DAY).toISOString();
    const m = (measure: string, total: number, days: number) => ({
      measure,
      total,
      band: "x",
      flags: [],
      answers: [],
      at: at(days),
    });
    await patientWith(h, "Worse", "tg-1", {
      sessions: [
        { number: 1, at: at(-10) },
        { number: 2, at: at(5) },
      ],
      measures: [
        m("phq9", 8, -12),
        m("phq9", 15, -2),
        m("gad7", 6, -2),
        m("peg", 4, -12),
        m("peg", 6, -2),
      ],
    });
    await patientWith(h, "Stale", "tg-2", { measures: [m("phq9", 9, -20)] }, true);
    await patientWith(h, "Between", "tg-3", {
      sessions: [
        { number: 1, at: at(-3) },
        { number: 2, at: at(4) },
      ],
      measures: [m("phq9", 6, -5), m("gad7", 5, -5)],
    });
    await patientWith(h, "Elsewhere", "tg-4", { measures: [m("phq9", 20, -30)] });
    for (const label of ["Worse", "Stale", "Between"]) await h.command(`caseload add ${label}`);

    const reply = await h.command("dashboard");
    expect(reply).toMatch(/^\*Measures dashboard: your caseload\* \(3\)/);
    expect(reply).not.toContain("Elsewhere");
    const section = (title: string) =>
      reply.split("\n\n").find((s) => s.startsWith(`*${title}*`)) ?? "";
    expect(section("Open alerts")).toMatch(/\(1\)\n• \*Stale\* \(`pt_[0-9a-f]+`\): 1 open alert$/);
    const worse = section("Worse");
    expect(worse).toContain("(1)");
    expect(worse).toContain("*Worse*");
    expect(worse).toContain("PHQ-9 rose (worse) 8 → 15 (+7) since the session on");
    expect(worse).toContain("PEG rose (worse) 4 → 6 (+50%)");
    const due = section("Due a questionnaire");
    expect(due).toContain("(2)");
    expect(due).toMatch(
      /\*Stale\*.*PHQ-9: none in the last 14 days \(last \d{4}-\d\d-\d\d\); GAD-7: never done/,
    );
    expect(due).toMatch(
      /\*Between\*.*PHQ-9: not done since the session on \d{4}-\d\d-\d\d, before session 2 on/,
    );
    expect(due).not.toContain("*Worse*");
  }, 30_000);

  it("counts no questionnaire as due for a patient who declined sharing, and says why", async () => {
    h = await new SlackHarness().boot();
    await patientWith(h, "Limited", "tg-1", { consent: false });
    await h.command("caseload add Limited");
    const reply = await h.command("dashboard");
    expect(reply).toContain(
      "*Due a questionnaire* (none in 14 days, or none since the last session before the next) (0)",
    );
    expect(reply).toContain("_1 declined sharing: no questionnaires are kept for them._");
  }, 30_000);

  it("shows everyone, and says so, to a member with no caseload", async () => {
    h = await new SlackHarness().boot();
    await patientWith(h, "Solo", "tg-1", {});
    const reply = await h.command("dashboard");
    expect(reply).toContain("*Measures dashboard: all patients* (1; none is assigned to you yet)");
    expect(reply).toMatch(/\*Solo\*.*PHQ-9: never done; GAD-7: never done/);
  }, 30_000);
});
