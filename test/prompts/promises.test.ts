// Every promise kept (issue 17 item 2): a flow or template that tells the patient their care team
// sees, reads or gets something must be listed here with the code path that shows it to them,
// and that path is run: a conversation goes through the real app (test/transcripts files, so
// the same turns the flow's own test checks), then the brief, the alert or the notice is read
// for the patient's actual answer. A new promise with no entry fails the first test; an entry
// whose path no longer shows the answer fails its check.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { renderBrief } from "../../src/care/brief.ts";
import { DECLINED_NOTE } from "../../src/care/consent.ts";
import { PLAN_SHARED_TEXT } from "../../src/care/notices.ts";
import { MESSAGE_SENT_TEXT } from "../../src/care/team-message.ts";
import type { ConversationState } from "../../src/engine/state.ts";
import { newState } from "../../src/engine/state.ts";
import type { RiskGuard } from "../../src/engine/types.ts";
import { Transcript, TranscriptHarness } from "../support/transcript.ts";

const ROOT = join(import.meta.dirname, "../..");

/** Words that promise the team sees something (English and Spanish), on patient-facing text. */
const PROMISE =
  /care team can (see|read)|(they|team|doctor|therapist)[^.]{0,40}\bwill (see|read)|\bI'm sharing\b|shared with your care team|su equipo( de atención)? (verá|leerá|podrá ver)|\b(lo|la|los|las) verán\b|\bleerán?\b|compartir con su equipo|compartirá con su equipo|share (them|it) with your care team|(las|lo) comparto con su equipo|compartirlas con su equipo/i;

/** Matches that are not about the care team, each with the reason. */
const NOT_PROMISES: { file: string; text: RegExp; why: string }[] = [
  {
    file: "flows/prep-fear.yaml",
    text: /What others will see/,
    why: "the patient's worry about people at the session, a menu label",
  },
];

type Check = () => Promise<void>;

/**
 * A guard that finds no risk, for the paths that are not about risk (brief, notice): what the
 * brief shows must not hang on the detector's reading of "walk the dog". The alert paths run
 * the real guard (or the transcript's own stubs).
 */
const QUIET: RiskGuard = {
  check: async () => ({ assessment: { level: "none", categories: [], evidence: [] } }),
};

/** Run a transcript file's turns through the real app (its assertions are its own test's job). */
async function run(file: string, guard?: RiskGuard): Promise<TranscriptHarness> {
  const t = Transcript.parse(parse(readFileSync(join(ROOT, file), "utf8")));
  const h = new TranscriptHarness(t, guard);
  await h.boot();
  const id = `${h.channel.name}:${h.userId}`;
  if (Object.keys(t.user_vars).length || t.locale) {
    const state = newState(h.channel.name, h.userId, h.clock.now());
    state.user = { ...t.user_vars, onboarded: true };
    if (t.locale) state.locale = t.locale;
    await h.runtime.store.saveConversation(state);
  }
  const base = { channel: h.channel.name, userId: h.userId };
  if (t.flow)
    await h.runtime.handle({ ...base, messageId: h.nextId(), kind: "start", flowId: t.flow });
  for (const step of t.turns) {
    if (step.advance) await h.advance(step.advance);
    const u = step.user;
    if (u === undefined) continue;
    const state = await h.runtime.store.loadConversation(id);
    const prompt = state?.stack.at(-1)?.waiting?.prompt ?? state?.menu?.prompt ?? "none";
    await h.runtime.handle(
      typeof u === "string"
        ? { ...base, messageId: h.nextId(), kind: "text", text: u }
        : "choice" in u
          ? { ...base, messageId: h.nextId(), kind: "choice", choice: { prompt, id: u.choice } }
          : { ...base, messageId: h.nextId(), kind: "text", text: u.edited, edited: true },
    );
  }
  return h;
}

async function stateOf(h: TranscriptHarness): Promise<ConversationState> {
  const state = await h.runtime.store.loadConversation(`${h.channel.name}:${h.userId}`);
  if (!state) throw new Error("no conversation");
  return state;
}

/** The brief shows each of these user.* answers, as the patient gave them. */
function briefShows(file: string, keys: string[]): Check {
  return async () => {
    const h = await run(file, QUIET);
    const state = await stateOf(h);
    const brief = renderBrief(state, h.clock.now());
    for (const key of keys) {
      const value = state.user[key];
      expect(typeof value, `${file}: user.${key} stored`).toBe("string");
      expect(brief, `${file}: the brief shows user.${key}`).toContain(String(value));
    }
    await h.app.close();
  };
}

/** The last check-in's answers in the patient's words are in the brief. */
function briefShowsCheckin(file: string, keys: string[]): Check {
  return async () => {
    const h = await run(file, QUIET);
    const state = await stateOf(h);
    const checkins = state.user.checkins as { vars: Record<string, unknown> }[];
    const brief = renderBrief(state, h.clock.now());
    for (const key of keys) {
      // The newest check-in that has it (a red-flag check-in stops before most questions).
      const value = checkins.findLast((c) => typeof c.vars[key] === "string")?.vars[key];
      expect(typeof value, `${file}: check-in ${key} stored`).toBe("string");
      expect(brief, `${file}: the brief shows the check-in's ${key}`).toContain(String(value));
    }
    await h.app.close();
  };
}

/** Running it raises a care-team alert (with this reason, when given). */
function alerts(file: string, reason?: string): Check {
  return async () => {
    const h = await run(file);
    expect(h.notifier.alerts.length, `${file}: an alert reached the care team`).toBeGreaterThan(0);
    if (reason) expect(h.notifier.alerts.map((a) => a.reason)).toContain(reason);
    await h.app.close();
  };
}

/** The safety plan: in the brief's "Safety plan" section, and a notice to the team. */
const safetyPlan: Check = async () => {
  await briefShows("test/transcripts/safety/safety-plan.yaml", [
    "plan_warning_signs",
    "plan_coping",
    "plan_people",
    "plan_professionals",
    "plan_environment",
  ])();
  const h = await run("test/transcripts/safety/safety-plan.yaml", QUIET);
  expect(h.notifier.notices.map((n) => n.kind)).toEqual(["safety_plan.shared"]);
  expect(h.notifier.notices[0]?.text).toBe(PLAN_SHARED_TEXT);
  // A notice, not an alert: nothing to acknowledge, no backup called.
  expect(h.notifier.alerts).toEqual([]);
  await h.app.close();
};

const checkin = briefShowsCheckin("test/transcripts/content/post-session-checkin.yaml", [
  "effects",
  "insights",
]);
const screener = alerts("test/transcripts/safety/screener-low.yaml", "cssrs");
const screenerIncomplete = alerts("test/transcripts/safety/screener-incomplete.yaml");
const crisisRequest = alerts("test/transcripts/safety/crisis-command-mid-flow.yaml");
const riskWords = alerts("test/transcripts/safety/crisis-from-risk-words.yaml");
const prepFear = briefShows("test/transcripts/content/prep-fear.yaml", [
  "anchor",
  "hard_moment_help",
]);
const setSetting = briefShows("test/transcripts/content/prep-set-setting.yaml", [
  "intention",
  "support_person",
  "comfort_items",
]);

/** The flare plan: every field, in the patient's words, in the brief's "Flare plan" section. */
const flarePlan: Check = async () => {
  const file = "test/transcripts/content/flare-plan.yaml";
  const h = await run(file, QUIET);
  const state = await stateOf(h);
  const plan = state.user.flare_plan as Record<string, string>;
  const brief = renderBrief(state, h.clock.now());
  for (const key of ["signs", "pace", "soothe", "reach_out", "kind_words"]) {
    expect(typeof plan[key], `${file}: flare_plan.${key} stored`).toBe("string");
    expect(brief, `${file}: the brief shows flare_plan.${key}`).toContain(plan[key]);
  }
  await h.app.close();
};

/** The sharing choice: yes shows the answers (the check-in path); no shows only the note. */
const sharingChoice: Check = async () => {
  await checkin();
  const h = await run("test/transcripts/engine/consent-command.yaml", QUIET);
  const state = await stateOf(h);
  expect(state.user.consent).toBe(false);
  expect(renderBrief(state, h.clock.now())).toContain(DECLINED_NOTE);
  await h.app.close();
};

/** A message for the team: its words in the brief (limited mode too), and one notice, no alert. */
function teamMessage(file: string, words: string): Check {
  return async () => {
    const h = await run(file, QUIET);
    const brief = renderBrief(await stateOf(h), h.clock.now());
    expect(brief, `${file}: the brief shows the message`).toContain(words);
    expect(h.notifier.notices.map((n) => n.text)).toEqual([MESSAGE_SENT_TEXT]);
    expect(h.notifier.alerts).toEqual([]);
    await h.app.close();
  };
}
const messageTeam: Check = async () => {
  await teamMessage(
    "test/transcripts/engine/message-team.yaml",
    "Could we move my next appointment to the afternoon?",
  )();
  await teamMessage(
    "test/transcripts/engine/message-team-limited.yaml",
    "Please call me about my ride home",
  )();
};

/** Each file that makes a promise, what shows it to the team, and the check that runs it. */
const KEPT: Record<string, { shows: string; check: Check }> = {
  "flows/safety-plan.yaml": {
    shows: "brief 'Safety plan' + safety_plan.shared notice",
    check: safetyPlan,
  },
  "flows/es/safety-plan.yaml": { shows: "the same flow in Spanish", check: safetyPlan },
  "flows/prep-fear.yaml": { shows: "brief 'Wishes for the session day'", check: prepFear },
  "flows/flare-plan.yaml": { shows: "brief 'Flare plan'", check: flarePlan },
  "prompts/prep/set-setting-plan.md": { shows: "brief wishes and intentions", check: setSetting },
  "prompts/integrate/checkin-intro.md": { shows: "brief 'Last check-ins'", check: checkin },
  "prompts/es/integrate/checkin-intro.md": { shows: "brief 'Last check-ins'", check: checkin },
  "prompts/integrate/checkin-thanks.md": { shows: "brief 'Last check-ins'", check: checkin },
  "prompts/es/integrate/checkin-thanks.md": { shows: "brief 'Last check-ins'", check: checkin },
  "prompts/start/who-reads.md": { shows: "the brief (with consent)", check: checkin },
  "flows/onboarding.yaml": { shows: "the brief, or only the declined note", check: sharingChoice },
  "flows/consent.yaml": { shows: "the brief, or only the declined note", check: sharingChoice },
  "flows/es/consent.yaml": { shows: "the same flow in Spanish", check: sharingChoice },
  "flows/crisis-screener.yaml": { shows: "care.notify alert (cssrs)", check: screener },
  "flows/es/crisis-screener.yaml": { shows: "care.notify alert", check: screenerIncomplete },
  "prompts/safety/who-is-told.md": { shows: "crisis_request alert", check: crisisRequest },
  "prompts/es/safety/who-is-told.md": { shows: "crisis_request alert", check: crisisRequest },
  "prompts/safety/alert-sent.md": { shows: "the risk guard's alert", check: riskWords },
  "flows/message-team.yaml": {
    shows: "brief 'Messages for the care team' + team_message.sent notice",
    check: messageTeam,
  },
  "prompts/es/safety/alert-sent.md": { shows: "the risk guard's alert", check: riskWords },
};

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => ext.test(f) && !f.startsWith("llm"))
    .map((f) => join(dir, f));
}

/** Patient-facing text of a file: templates without their front matter, flows without comments. */
function patientText(file: string): string {
  const raw = readFileSync(join(ROOT, file), "utf8");
  if (file.endsWith(".md")) return raw.replace(/^---[\s\S]*?\n---\n/, "");
  return raw
    .split("\n")
    .filter((line) => !/^\s*#/.test(line) && !/^\s*description:/.test(line))
    .join("\n");
}

function promising(file: string): boolean {
  let text = patientText(file);
  for (const n of NOT_PROMISES.filter((n) => n.file === file)) text = text.replace(n.text, "");
  return PROMISE.test(text);
}

describe("promises to the patient about the care team", () => {
  const all = [...files("flows", /\.ya?ml$/), ...files("prompts", /\.md$/)];

  it("every flow and template that promises the team sees something is listed with its code path", () => {
    expect(all.length).toBeGreaterThan(50);
    const unlisted = all.filter((f) => promising(f) && !(f in KEPT));
    expect(unlisted, "promises with no code path listed in KEPT").toEqual([]);
  });

  it("every listed file still makes a promise (so the list only holds real ones)", () => {
    const stale = Object.keys(KEPT).filter((f) => !all.includes(f) || !promising(f));
    expect(stale).toEqual([]);
  });

  for (const [file, { shows, check }] of Object.entries(KEPT)) {
    it(`${file}: ${shows}`, check, 60_000);
  }
});
