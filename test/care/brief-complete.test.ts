import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditLog } from "../../src/care/audit.ts";
import { renderBrief } from "../../src/care/brief.ts";
import { crisisRequestsOf, generatedSummary } from "../../src/care/brief-inputs.ts";
import {
  adherenceLines,
  journalLines,
  planRedFlags,
  sessionLines,
} from "../../src/care/brief-plans.ts";
import { calledOutChanges, changeLine } from "../../src/care/changes.ts";
import { PNG_SIGNATURE } from "../../src/care/charts/render.ts";
import { Notes } from "../../src/care/notes.ts";
import { Patients } from "../../src/care/patients.ts";
import { type CliIO, runBrief } from "../../src/cli/brief.ts";
import { conversationId } from "../../src/engine/state.ts";
import { stateCodec } from "../../src/engine/stored-state.ts";
import { createLlmServices } from "../../src/llm/index.ts";
import { GENERATED_MARK } from "../../src/llm/summarise.ts";
import { openKeyv } from "../../src/store/open.ts";
import { Store } from "../../src/store/store.ts";
import { FakeOpenAI } from "../support/openai-server.ts";
import { coursePatient, day, NOW } from "./brief-fixture.ts";

// The brief's sections for the dosing team, built directly from stored user.*, and the
// `lantern brief` CLI on a real SQLite file: crisis requests, notes, --out PNG/HTML and the
// generated summary against the local OpenAI-compatible stand-in.

const m = (measure: string, total: number, at: string) => ({
  measure,
  total,
  band: "x",
  flags: [],
  answers: [],
  at,
});

describe("brief sections", () => {
  it("states the session number and date, and says when none is recorded", () => {
    expect(sessionLines(coursePatient(), NOW)).toEqual([
      "- Next: session 3 on 2026-02-21 09:00 UTC (in 1 day)",
      "- Last: session 2 on 2026-01-26",
    ]);
    expect(sessionLines(coursePatient({ sessions: [] }), NOW)).toEqual([
      "- No session dates recorded in Lantern",
    ]);
  });

  it("calls out PHQ-9 by 5 and PEG by 30% since the last session, not smaller changes", () => {
    const changes = calledOutChanges(coursePatient(), NOW);
    expect(changes.map(changeLine)).toEqual([
      "PHQ-9 fell (better) 13 → 8 (-5) since the session on 2026-01-26: a change of 5 points or more",
      "PEG fell (better) 6.7 → 4.3 (-36%) since the session on 2026-01-26: a change of 30% or more",
    ]);
    // GAD-7 13 -> 9 is 4 points: below the call-out. PEG 10 -> 7 is exactly 30%; 10 -> 7.1 is not.
    const edge = (to: number) =>
      calledOutChanges(
        coursePatient({ sessions: [], measures: [m("peg", 10, day(0)), m("peg", to, day(3))] }),
        NOW,
      );
    expect(edge(7).map((c) => c.since)).toEqual(["the result on 2026-01-05"]);
    expect(edge(7.1)).toEqual([]);
    // A result only from before the last session: nothing "since" it to call out.
    const before = coursePatient({
      measures: [m("phq9", 20, day(0)), m("phq9", 5, day(2))],
      sessions: [{ number: 1, at: day(10) }],
    });
    expect(calledOutChanges(before, NOW).map((c) => c.since)).toEqual(["the result on 2026-01-05"]);
  });

  it("red-flags no ride home and no support person; a planned ride is no flag", () => {
    expect(planRedFlags(coursePatient({ support_person: "none yet" }))).toEqual([
      "- No ride home planned (their last answer in Set and setting)",
      "- No support person for the session day yet",
    ]);
    expect(planRedFlags(coursePatient({ ride_home: true }))).toEqual([]);
  });

  it("reports lifestyle goals, the last review and pacing adherence, in the patient's words", () => {
    expect(adherenceLines(coursePatient({ pacing_flare: true, lifestyle_review: "hard" }))).toEqual(
      [
        '- Lifestyle goals: sleep "no screens 30 minutes before bed"; movement "a 10-minute walk"',
        "- Last weekly review of the goals: it was hard",
        '- Pacing: "walking", 12 min per session, 4 sessions a week planned',
        "- Last pacing check-in: 3 of 4 planned sessions done; reported a flare from the activity",
      ],
    );
    expect(
      adherenceLines(
        coursePatient({ goal_sleep: undefined, goal_movement: undefined, pacing_minutes: 0 }),
      ),
    ).toEqual([]);
  });

  it("quotes the newest journal entries first", () => {
    const state = coursePatient();
    (state.user.journal as unknown[]).push({
      at: day(30),
      flow: "integration-journal",
      vars: { meaning: "Less alone" },
    });
    expect(journalLines(state).slice(0, 2)).toEqual(["2026-02-04", '- Meaning: "Less alone"']);
  });

  it("puts it all in the text brief without advice words", () => {
    const brief = renderBrief(coursePatient(), NOW, { notes: ['- 2026-02-19 10:00 U1: "Called"'] });
    for (const heading of [
      "Session",
      "Changes since the last session",
      "Between sessions: lifestyle goals and pacing",
      "Journal insights",
      "Clinician notes",
    ])
      expect(brief).toContain(`\n\n${heading}`);
    expect(brief).not.toMatch(/\b(increase|decrease|dose|dosing|should take)\b/i);
  });
});

describe("lantern brief (CLI) with crisis requests, notes, --out and the generated summary", () => {
  const dir = mkdtempSync(join(tmpdir(), "lantern-brief-out-"));
  const file = join(dir, "lantern.sqlite");
  const salt = "brief-cli-salt-0123456789";
  const env = {
    LANTERN_STORE: `sqlite://${file}`,
    LANTERN_PSEUDONYM_SALT: salt,
    LANTERN_PROMPTS: "./prompts",
  };
  const llm = new FakeOpenAI();
  let patientId = "";

  beforeAll(async () => {
    await llm.start();
    const store = new Store(await openKeyv(env.LANTERN_STORE), { codec: stateCodec });
    const clock = { now: () => NOW };
    const state = coursePatient();
    await store.saveConversation(state);
    const patients = new Patients(store, clock);
    const { patient, invite } = await patients.create("Patient A");
    await patients.redeem(invite.code, state.channel, state.userId);
    patientId = patient.id;
    await new Notes(store, clock).add(patient.id, "slack:U0DOC", "Discussed the drive home");
    const { pseudonym } = await import("../../src/care/alerts.ts");
    await new AuditLog(store, clock).append({
      event: "alert.created",
      alert: "a1",
      reason: "crisis_request",
      level: "concern",
      patient: pseudonym(conversationId(state.channel, state.userId), salt),
    });
    expect(await crisisRequestsOf(store, clock, pseudonym(state.id, salt))).toHaveLength(1);
    await store.close();
  });
  afterAll(() => llm.stop());

  function capture(extra: NodeJS.ProcessEnv = {}) {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIO = {
      stdout: { write: (s: string) => out.push(s) },
      stderr: { write: (s: string) => err.push(s) },
      env: { ...env, ...extra },
      now: () => NOW,
    };
    return { io, out: () => out.join(""), err: () => err.join("") };
  }

  it("prints crisis requests and notes, and writes a PNG (mode 600) with --out", async () => {
    const png = join(dir, "brief.png");
    const c = capture();
    expect(await runBrief(["--user", patientId, "--out", png], c.io)).toBe(0);
    expect(c.out()).toMatch(
      /Red flags\n- 2026-02-20 10:00 the patient asked for crisis help \(alert level concern\)/,
    );
    expect(c.out()).toContain('- 2026-02-20 10:00 slack:U0DOC: "Discussed the drive home"');
    expect(c.out()).not.toContain(GENERATED_MARK);
    const bytes = readFileSync(png);
    expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(statSync(png).mode & 0o777).toBe(0o600);
    expect(c.err()).toMatch(/wrote .*brief\.png \(9 charts, \d+ KB\)/);
  }, 30_000);

  it("writes the whole brief with inline SVG as HTML; refuses another extension (exit 2)", async () => {
    const html = join(dir, "brief.html");
    expect(await runBrief(["--user", patientId, "--out", html], capture().io)).toBe(0);
    const text = readFileSync(html, "utf8");
    expect(text).toContain("<svg");
    expect(text).toContain("No ride home planned");
    const bad = capture();
    expect(await runBrief(["--user", patientId, "--out", join(dir, "brief.pdf")], bad.io)).toBe(2);
    expect(bad.err()).toContain("--out must name a .png or .html file");
  }, 30_000);

  it("adds the generated summary only with LANTERN_LLM_SEND_PATIENT_TEXT=true, keeping verbatim quotes only", async () => {
    const model = { OPENAI_BASE_URL: llm.url, OPENAI_API_KEY: "test", LANTERN_MODEL: "test-model" };
    expect(
      createLlmServices({ ...model, LANTERN_PROMPTS: "./prompts" })?.summariser,
    ).toBeUndefined();
    const without = capture(model);
    expect(await runBrief(["--user", patientId], without.io)).toBe(0);
    expect(without.out()).not.toContain(GENERATED_MARK);
    expect(llm.requests).toHaveLength(0);

    llm.script({
      structured: {
        summary: "Two sessions so far. Lower fear at the second check-in.",
        themes: ["self-compassion"],
        quotes: [
          { at: day(23), quote: "I can be gentle with myself" },
          { at: day(23), quote: "I am completely healed" },
        ],
      },
    });
    const withFlag = capture({ ...model, LANTERN_LLM_SEND_PATIENT_TEXT: "true" });
    expect(await runBrief(["--user", patientId], withFlag.io)).toBe(0);
    const out = withFlag.out();
    expect(out).toContain(`${GENERATED_MARK} (1 journal entries, 2 check-ins; model test-model)`);
    expect(out).toContain(`- "I can be gentle with myself" (journal, ${day(23)})`);
    expect(out).not.toContain("completely healed");
    expect(out).toContain("(1 suggested quote(s) left out: not found in the entries.)");
    expect(llm.requests).toHaveLength(1);
  }, 30_000);

  it("goes out without a summary when the model fails", async () => {
    llm.script({ status: 500 });
    const services = createLlmServices({
      OPENAI_BASE_URL: llm.url,
      OPENAI_API_KEY: "t",
      LANTERN_MODEL: "m",
      LANTERN_LLM_SEND_PATIENT_TEXT: "true",
      LANTERN_PROMPTS: "./prompts",
    });
    expect(await generatedSummary(services?.summariser, coursePatient(), 3000)).toBeUndefined();
  }, 30_000);
});
