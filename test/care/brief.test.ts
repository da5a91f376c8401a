import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, createApp } from "../../src/app.ts";
import { renderBrief, renderMeasuresReport } from "../../src/care/brief.ts";
import { EnvSchema } from "../../src/config/env.ts";
import type { ConversationState } from "../../src/engine/state.ts";
import { dosingAdvice, sentencesOf } from "../../src/flow/content-checks.ts";
import { FakeClock, RecordingChannel, RecordingNotifier } from "../support/recorders.ts";

// The brief is built from state made by the real flows through the real runtime (risk guard,
// actions, store), so a change in what a flow stores shows up here.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

class Patient {
  readonly app: App;
  readonly channel: RecordingChannel;
  readonly userId: string;
  #seq = 0;

  constructor(app: App, channel: RecordingChannel, userId: string) {
    this.app = app;
    this.channel = channel;
    this.userId = userId;
  }

  get id(): string {
    return `${this.channel.name}:${this.userId}`;
  }

  async start(flowId: string): Promise<void> {
    await this.#handle({ kind: "start", flowId });
  }

  /** One typed message per answer, in order. */
  async say(...texts: string[]): Promise<void> {
    for (const text of texts) await this.#handle({ kind: "text", text });
  }

  /** Run a flow start to finish and check it is done (nothing left waiting). */
  async run(flowId: string, ...answers: string[]): Promise<void> {
    await this.start(flowId);
    await this.say(...answers);
    const state = await this.state();
    expect(
      state.stack.map((f) => `${f.flowId}@${f.stepId}`),
      `${flowId} finished`,
    ).toEqual([]);
  }

  async state(): Promise<ConversationState> {
    const state = await this.app.runtime.store.loadConversation(this.id);
    if (!state) throw new Error(`no state for ${this.id}`);
    return state;
  }

  async #handle(rest: { kind: "start"; flowId: string } | { kind: "text"; text: string }) {
    this.#seq += 1;
    await this.app.runtime.handle({
      channel: this.channel.name,
      userId: this.userId,
      messageId: `${this.userId}-${this.#seq}`,
      ...rest,
    });
  }
}

const NO_RED_FLAGS = ["no", "no", "no", "no", "no", "no"];
/** PHQ-9 answers by label, from item values 0–3. */
const phq9 = (...values: number[]) =>
  values.map(
    (v) =>
      ["Not at all", "Several days", "More than half the days", "Nearly every day"][v] as string,
  );

const clock = new FakeClock("2026-01-05T09:00:00.000Z");
const channel = new RecordingChannel("console");
let app: App;
let state: ConversationState;
let boundaries: ConversationState;
let briefNow: Date;

beforeAll(async () => {
  const env = EnvSchema.parse({
    LANTERN_STORE: `sqlite://${join(mkdtempSync(join(tmpdir(), "lantern-brief-")), "s.sqlite")}`,
    LANTERN_PSEUDONYM_SALT: "brief-tests-salt-0123456789",
  });
  app = await createApp({ env, clock, channels: [channel], notifiers: [new RecordingNotifier()] });
  const p = new Patient(app, channel, "patient-1");

  // Day 0: preparation (intention), then a PHQ-9 with item 9 above 0, which starts the
  // C-SSRS screener (yes to 1 only: low) before the score is kept.
  await p.run(
    "prep-set-setting",
    "To meet my fear of the dark with curiosity",
    "Quiet",
    "Yes",
    "My blue blanket",
    "My sister",
    "Yes",
  );
  clock.advance(HOUR);
  await p.run(
    "phq9",
    ...phq9(2, 2, 2, 2, 2, 1, 1, 1, 1),
    "Somewhat difficult",
    "yes",
    "no",
    "no",
    "no",
  );

  // Session 1, checked in two days later.
  clock.advance(2 * DAY);
  await p.run(
    "post-session-checkin",
    ...NO_RED_FLAGS,
    "4",
    "3",
    "Yes",
    "5",
    "Nausea for about an hour",
    "nothing",
    "I am allowed to rest",
    "5",
    "6",
    "Okay",
    "no",
  );

  // Two weeks on: PHQ-9 (14 → 8) and a first GAD-7, then session 2's check-in.
  clock.advance(13 * DAY);
  await p.run("phq9", ...phq9(1, 1, 1, 1, 1, 1, 1, 1, 0), "Somewhat difficult");
  await p.run("gad7", ...phq9(2, 2, 1, 1, 1, 1, 1));
  clock.advance(DAY);
  await p.run(
    "post-session-checkin",
    ...NO_RED_FLAGS,
    "7",
    "6",
    "Partly",
    "2",
    "None",
    "A wave of sadness when the music changed",
    "I felt my grandmother near me and I was not afraid",
    "7",
    "4",
    "Well",
    "no",
  );

  // Session 3: chest pain, so the check-in stops after the red flag.
  clock.advance(14 * DAY);
  await p.run("post-session-checkin", "yes");
  clock.advance(2 * HOUR);
  briefNow = clock.now();
  state = await p.state();

  // A second patient whose PHQ-9 totals sit on band boundaries: 4, 9, 10, 15, 14.
  const b = new Patient(app, channel, "patient-2");
  for (const values of [
    [1, 1, 1, 1, 0, 0, 0, 0, 0],
    [1, 1, 1, 1, 1, 1, 1, 1, 1].map((v, i) => (i === 8 ? 0 : v + (i === 0 ? 1 : 0))),
    [2, 2, 1, 1, 1, 1, 1, 1, 0],
    [2, 2, 2, 2, 2, 2, 2, 1, 0],
    [2, 2, 2, 2, 2, 2, 1, 1, 0],
  ]) {
    clock.advance(7 * DAY);
    await b.run("phq9", ...phq9(...values), "Somewhat difficult");
  }
  boundaries = await b.state();
}, 60_000);

afterAll(async () => {
  await app?.close();
});

/** The text outside the patient's quoted words: what Lantern itself wrote. */
function ownWords(text: string): string {
  return text.replace(/"[^"\n]*"/g, '""');
}

describe("renderBrief", () => {
  it("prints the patient's intention in their own words", () => {
    const brief = renderBrief(state, briefNow, { patientLabel: "Patient A" });
    expect(brief).toMatch(/^Pre-session brief: Patient A \(console:patient-1\)\n/);
    expect(brief).toContain(
      'Intentions\n- For the next session: "To meet my fear of the dark with curiosity"',
    );
  });

  it("lists the last check-ins most recent first with every item the physician asked for", () => {
    const brief = renderBrief(state, briefNow);
    const section = brief.slice(
      brief.indexOf("Last check-ins"),
      brief.indexOf("Experience across"),
    );
    expect(section).toContain("Last check-ins (most recent first, 3 of 3)");
    // Session 3 (red flag), then session 2, then session 1.
    const order = ["2026-02-04 (2 h ago)", "2026-01-21 (14 days ago)", "2026-01-07 (28 days ago)"];
    const at = order.map((d) => section.indexOf(d));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((x, y) => x - y)).toEqual(at);
    expect(section).toContain("- Red flag: chest pain; the rest of this check-in was not done");
    expect(section).toContain(
      "- Experience depth 7/10, dissociation 6/10, observing self: partly, fear 2/10",
    );
    expect(section).toContain("- Effects: none");
    expect(section).toContain('- Anything frightening: "A wave of sadness when the music changed"');
    expect(section).toContain(
      '- Insights, in their words: "I felt my grandmother near me and I was not afraid"',
    );
    expect(section).toContain("- Next day: mood 7/10, pain 4/10, sleep well");
    expect(section).toContain('- Effects: "Nausea for about an hour"');
    expect(section).toContain("- Anything frightening: nothing");
    expect(section).toContain("- Next day: mood 5/10, pain 6/10, sleep okay");
  });

  it("shows experience ratings across sessions as a compact series", () => {
    const brief = renderBrief(state, briefNow);
    expect(brief).toContain("- depth 4 → 7\n");
    expect(brief).toContain("- dissociation 3 → 6\n");
    expect(brief).toContain("- observing self yes → partly\n");
    expect(brief).toContain("- fear 5 → 2\n");
    expect(brief).toContain("- next-day mood 5 → 7\n");
    expect(brief).toContain("- next-day pain 6 → 4\n");
    // The red-flag check-in has no ratings and stays out of the series.
    expect(brief).toContain("- dates 2026-01-07 → 2026-01-21\n");
  });

  it("gives each measure's latest total, band and trend", () => {
    const brief = renderBrief(state, briefNow);
    expect(brief).toContain(
      "- PHQ-9: 8, mild (2026-01-20) ↓ -6 since 2026-01-05, a meaningful change; 14 → 8",
    );
    expect(brief).toContain("- GAD-7: 9, mild (2026-01-20) · first result");
  });

  it("collects red flags: check-in, PHQ-9 item 9 and the C-SSRS screener", () => {
    const brief = renderBrief(state, briefNow);
    const flags = brief.slice(brief.indexOf("Red flags"), brief.indexOf("Intentions"));
    expect(flags).toContain("- 2026-02-04 check-in: chest pain (medical red flag)");
    expect(flags).toContain(
      'PHQ-9 item 9 (thoughts of being better off dead or of self-harm): "Several days"',
    );
    expect(flags).toContain("- C-SSRS screener (2026-01-05): low");
    expect(flags).not.toContain("None recorded");
  });

  it("shows recent risk from the chat and an open safety episode", () => {
    const risky: ConversationState = {
      ...state,
      risk: {
        level: "high",
        at: "2026-02-04T20:00:00.000Z",
        recent: [
          { at: "2026-02-01T10:00:00.000Z", level: "concern" },
          { at: "2026-02-04T20:00:00.000Z", level: "high" },
        ],
      },
    };
    const flags = renderBrief(risky, briefNow);
    expect(flags).toContain("- Safety episode open: high since 2026-02-04 20:00");
    expect(flags.indexOf("2026-02-04 20:00 risk words in chat: high")).toBeLessThan(
      flags.indexOf("2026-02-01 10:00 risk words in chat: concern"),
    );
  });

  it("says plainly when there is nothing yet", () => {
    const empty: ConversationState = { ...state, user: {}, risk: { level: "none", recent: [] } };
    const brief = renderBrief(empty, briefNow);
    expect(brief).toContain("Red flags\n- None recorded.");
    expect(brief).toContain("Intentions\n- None written yet.");
    expect(brief).toContain("- No post-session check-in yet.");
    expect(brief).toContain("- No questionnaires yet.");
  });

  it("never suggests a dose: no sentence trips the dosing lexicon of flows check", () => {
    // Also at the extremes, where a careless summary might start recommending.
    const extreme: ConversationState = {
      ...state,
      user: {
        ...state.user,
        checkins: [
          {
            at: "2026-02-05T09:00:00.000Z",
            flow: "post-session-checkin",
            vars: { depth: 10, dissociation: 10, observing: "no", fear: 10, mood: 0, pain: 10 },
          },
        ],
      },
    };
    for (const text of [
      renderBrief(state, briefNow),
      renderBrief(extreme, briefNow),
      renderMeasuresReport(state, briefNow),
    ]) {
      const advice = sentencesOf(text)
        .map((s) => [s, dosingAdvice(s)])
        .filter(([, why]) => why !== undefined);
      expect(advice).toEqual([]);
      expect(ownWords(text)).not.toMatch(
        /\b(?:dose|doses|dosing|mg|ketamine|medication|increase|decrease|lower|raise|titrat\w*)\b/i,
      );
    }
  });
});

describe("renderMeasuresReport", () => {
  it("lists every result with date, total, band and arrow", () => {
    const report = renderMeasuresReport(state, briefNow);
    expect(report).toContain("PHQ-9 (2 results; meaningful change: 5 points)");
    expect(report).toContain("- 2026-01-05 10:00  14, moderate  ·; item 9 above 0");
    expect(report).toContain("- 2026-01-20 10:00  8, mild  ↓ -6");
    expect(report).toContain("GAD-7 (1 result; meaningful change: 4 points)");
    expect(report).toContain("- 2026-01-20 10:00  9, mild  ·");
  });

  it("follows bands and arrows at the boundaries (PHQ-9 4, 9, 10, 15, 14)", () => {
    const rows = renderMeasuresReport(boundaries, briefNow)
      .split("\n")
      .filter((l) => l.startsWith("- "))
      .map((l) => l.replace(/^- \S+ \S+ {2}/, ""));
    expect(rows).toEqual([
      "4, minimal  ·",
      "9, mild  ↑ +5", // exactly 5: meaningful
      "10, moderate  → +1", // a new band is not by itself a meaningful change
      "15, moderately severe  ↑ +5",
      "14, moderate  → -1",
    ]);
  });
});
