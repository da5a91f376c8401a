// Limited mode (issue 17 item 1): a patient who said no to sharing gets a short menu, and the
// care team's views (brief, measures report, Slack status, FHIR/JSON export, alerts) show
// nothing they wrote, only that they declined and the risk alerts. Runs the real app.
import { describe, expect, it } from "vitest";
import { renderStatus } from "../../adapters/slack/status.ts";
import { careActions } from "../../src/care/actions.ts";
import { renderBrief, renderMeasuresReport } from "../../src/care/brief.ts";
import { DECLINED_FLAG, DECLINED_NOTE } from "../../src/care/consent.ts";
import { exportPatient } from "../../src/cli/patient-export.ts";
import { fhirExport } from "../../src/cli/patient-fhir.ts";
import { type ConversationState, newState } from "../../src/engine/state.ts";
import { bootHarness, say } from "../support/app-harness.ts";

const NOW = new Date("2026-01-05T09:00:00.000Z");
const SECRET = "Tell Dana I am scared of the needle";

/** A conversation with every kind of shared answer, and the given sharing choice. */
function withAnswers(consent: boolean | undefined): ConversationState {
  const state = newState("console", "p1", NOW);
  state.user = {
    ...(consent === undefined ? {} : { consent }),
    plan_warning_signs: SECRET,
    plan_saved: true,
    support_person: "Dana",
    anchor: "I am safe here",
    intention: "to be kinder to myself",
    checkins: [{ at: NOW.toISOString(), flow: "post-session-checkin", vars: { insights: SECRET } }],
    measures: [
      {
        measure: "phq9",
        total: 14,
        band: "moderate",
        flags: [],
        answers: [2, 2, 2, 2, 2, 2, 1, 1, 0],
        at: NOW.toISOString(),
      },
    ],
  };
  state.risk.recent.push({ at: NOW.toISOString(), level: "moderate" });
  state.risk.recent.push({ at: "2026-01-04T09:00:00.000Z", level: "concern" });
  state.history.push({ at: NOW.toISOString(), from: "patient", text: SECRET });
  return state;
}

/** The real app; the risk guard stubbed to read "want to die" as moderate, or the real one. */
const harness = (stubs = true) =>
  bootHarness(stubs ? [{ match: "want to die", level: "moderate", categories: ["suicide"] }] : []);

describe("limited mode: the menu", () => {
  it("offers only crisis, safety plan, relaxation and grounding, the sharing choice and delete", async () => {
    const h = await harness();
    const state = newState(h.channel.name, h.userId, h.clock.now());
    state.user = { consent: false, onboarded: true };
    await h.runtime.store.saveConversation(state);
    await say(h, "menu");
    const ids = (h.channel.sent.at(-1)?.message.choices ?? []).map((c) => c.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        "crisis",
        "safety-plan",
        "paced-breathing",
        "grounding-54321",
        "consent",
        "delete-data",
      ]),
    );
    for (const closed of ["phq9", "gad7", "post-session-checkin", "thought-record", "prep-fear"])
      expect(ids).not.toContain(closed);
    await h.app.close();
  });

  it("keeps the full menu once the patient says yes (and before they choose)", async () => {
    const h = await harness();
    const state = newState(h.channel.name, h.userId, h.clock.now());
    state.user = { onboarded: true, stage: "any" };
    await h.runtime.store.saveConversation(state);
    await say(h, "menu");
    const ids = (h.channel.sent.at(-1)?.message.choices ?? []).map((c) => c.id);
    expect(ids).toContain("phq9");
    expect(ids).not.toContain("consent");
    await h.app.close();
  });
});

describe("limited mode: what the care team sees", () => {
  it("a risk alert still goes out, says sharing was declined, and carries only the risk message", async () => {
    const h = await harness();
    const state = newState(h.channel.name, h.userId, h.clock.now());
    state.user = { consent: false, onboarded: true };
    state.history.push({ at: h.clock.now().toISOString(), from: "patient", text: SECRET });
    await h.runtime.store.saveConversation(state);
    await say(h, "i want to die");
    const alert = h.notifier.alerts.at(-1);
    expect(alert?.flags).toContain(DECLINED_FLAG);
    expect(alert?.context).toEqual([]);
    expect(JSON.stringify(alert)).not.toContain("needle");
    expect(alert?.excerpt).toBeDefined();
    await h.app.close();
  });

  it("an alert for a patient who shares keeps its conversation context", async () => {
    const h = await harness();
    const state = newState(h.channel.name, h.userId, h.clock.now());
    state.user = { consent: true, onboarded: true };
    await h.runtime.store.saveConversation(state);
    await say(h, "i want to die");
    const alert = h.notifier.alerts.at(-1);
    expect(alert?.flags).not.toContain(DECLINED_FLAG);
    expect(((alert?.context ?? []) as unknown[]).length).toBeGreaterThan(0);
    await h.app.close();
  });

  it("the brief and the measures report say so and show nothing the patient wrote", () => {
    const brief = renderBrief(withAnswers(false), NOW, { patientLabel: "J.D." });
    expect(brief).toContain(DECLINED_NOTE);
    expect(brief).toContain("risk words in chat: moderate");
    expect(brief).not.toContain("concern"); // concern never alerts, so it is not listed
    for (const secret of ["needle", "Dana", "I am safe here", "kinder", "PHQ-9"])
      expect(brief).not.toContain(secret);
    expect(renderMeasuresReport(withAnswers(false), NOW)).toContain("No questionnaires yet.");
    // The same state with sharing on shows them: the check above can fail.
    const shared = renderBrief(withAnswers(true), NOW);
    expect(shared).toContain("needle");
    expect(shared).toContain("Dana");
    expect(shared).not.toContain(DECLINED_NOTE);
    expect(renderBrief(withAnswers(undefined), NOW)).toContain("Dana");
  });

  it("/lantern status says sharing was declined and lists no flows or measures", () => {
    const patient = {
      id: "pt_1",
      label: "J.D.",
      links: [{ channel: "console", userId: "p1" }],
    } as never;
    const status = renderStatus(patient, withAnswers(false));
    expect(status).toContain("Sharing: declined");
    expect(status).not.toMatch(/PHQ9|Measures|Last check-in/);
    expect(renderStatus(patient, withAnswers(true))).toContain("PHQ9");
  });

  it("the FHIR export leaves the questionnaires out; the JSON export names the choice", async () => {
    const h = await harness();
    const store = h.runtime.store;
    const { patient, invite } = await h.app.patients.create("J.D.");
    await h.app.patients.redeem(invite.code, "console", "p1");
    await store.saveConversation(withAnswers(false));
    expect(await fhirExport(store, patient.id)).not.toContain("QuestionnaireResponse");
    expect((await exportPatient(store, patient.id)).conversations[0]?.sharing).toBe("no");
    await store.saveConversation(withAnswers(true));
    expect(await fhirExport(store, patient.id)).toContain("QuestionnaireResponse");
    await h.app.close();
  });

  it("a questionnaire scored in limited mode is shown to the patient, not stored", () => {
    const score = careActions()["measures.score"];
    if (!score) throw new Error("no measures.score action");
    const answers = [1, 1, 1, 1, 1, 1, 1, 1, 0];
    const declined = score({ measure: "phq9", answers }, {
      state: withAnswers(false),
      now: NOW,
      flowId: "phq9",
    } as never);
    expect((declined.value as { total: number }).total).toBe(8);
    expect(declined.user).toBeUndefined();
    const shared = score({ measure: "phq9", answers }, {
      state: withAnswers(true),
      now: NOW,
      flowId: "phq9",
    } as never);
    expect(Array.isArray(shared.user?.measures)).toBe(true);
  });
});

describe("limited mode: the language model", () => {
  it("writes no clinician summary from a patient who declined sharing", async () => {
    const { generatedSummary } = await import("../../src/care/brief-inputs.ts");
    let sent = 0;
    const summariser = {
      summarise: async () => {
        sent += 1;
        return { text: "summary" };
      },
    } as never;
    expect(await generatedSummary(summariser, withAnswers(false))).toBeUndefined();
    expect(sent).toBe(0);
    expect(await generatedSummary(summariser, withAnswers(true))).toBe("summary");
    expect(sent).toBe(1);
  });
});

describe("limited mode: the caseload dashboard", () => {
  it("calls out no measure change for a patient who declined sharing", async () => {
    const { calledOutChanges } = await import("../../src/care/changes.ts");
    const twoResults = (consent: boolean) => {
      const state = withAnswers(consent);
      const first = (state.user.measures as Record<string, unknown>[])[0] as Record<
        string,
        unknown
      >;
      state.user.measures = [
        { ...first, total: 4, band: "minimal", at: "2025-12-01T09:00:00.000Z" },
        first,
      ];
      return state;
    };
    expect(calledOutChanges(twoResults(true), NOW).length).toBeGreaterThan(0);
    expect(calledOutChanges(twoResults(false), NOW)).toEqual([]);
  });
});

describe("limited mode: Slack App Home", () => {
  it("shows no measure trends for a patient who declined sharing", async () => {
    const { textTrends } = await import("../../adapters/slack/charts.ts");
    expect(textTrends(withAnswers(true))).toContain("14");
    expect(textTrends(withAnswers(false))).toBe("");
  });
});
