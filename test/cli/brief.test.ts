import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { Patients } from "../../src/care/patients.ts";
import { type CliIO, runBrief } from "../../src/cli/brief.ts";
import { runMeasuresReport } from "../../src/cli/measures-report.ts";
import { stateCodec } from "../../src/engine/stored-state.ts";
import { openKeyv } from "../../src/store/open.ts";
import { Store } from "../../src/store/store.ts";

// State comes from the real terminal chat (`lantern chat`, piped: one message per line) on a
// temporary SQLite file; the report commands then read that file through LANTERN_STORE.

const dir = mkdtempSync(join(tmpdir(), "lantern-cli-brief-"));
const file = join(dir, "lantern.sqlite");
const env = { LANTERN_STORE: `sqlite://${file}` };
const DATE = String.raw`\d{4}-\d{2}-\d{2}`;
let patientId = "";
let unlinkedId = "";

/** `lantern chat --user u --flow <flow>`, one line per answer. */
function chat(flow: string, lines: string[]): string {
  return execFileSync(process.execPath, ["bin/lantern.js", "chat", "--user", "u", "--flow", flow], {
    input: `${lines.join("\n")}\n`,
    env: { ...process.env, ...env },
    encoding: "utf8",
  });
}

function capture(extra: Partial<CliIO> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    stdout: { write: (s: string) => out.push(s) },
    stderr: { write: (s: string) => err.push(s) },
    env,
    ...extra,
  };
  return { io, out: () => out.join(""), err: () => err.join("") };
}

beforeAll(async () => {
  chat("prep-set-setting", [
    "Feel safe enough to let go",
    "3",
    "1",
    "My own pillow",
    "My partner",
    "yes",
  ]);
  const checkin = ["no", "no", "no", "no", "no", "no", "6", "4", "partly", "3", "A bit dizzy"];
  const said = chat("post-session-checkin", [
    ...checkin,
    "The music got loud for a moment",
    "I can put the heavy bag down",
    "7",
    "3",
    "well",
    "no",
  ]);
  expect(said).toContain("I've saved your check-in");
  // PHQ-9 by number (1 = "Not at all"): totals 11 (moderate), then 6 (mild); the last answer
  // is the unscored closing item ("how difficult").
  expect(chat("phq9", "3 3 3 2 2 2 2 2 1 2".split(" "))).toContain("Your score was 11");
  expect(chat("phq9", "2 2 2 2 2 2 1 1 1 2".split(" "))).toContain("Your score was 6");

  // A patient record linked to the terminal user, and one never linked.
  const store = new Store(await openKeyv(env.LANTERN_STORE), { codec: stateCodec });
  const patients = new Patients(store);
  const { patient, invite } = await patients.create("Patient K");
  expect((await patients.redeem(invite.code, "console", "u")).ok).toBe(true);
  patientId = patient.id;
  unlinkedId = (await patients.create("Patient Z")).patient.id;
  await store.close();
}, 90_000);

describe("runBrief", () => {
  it("prints the brief for a terminal user id: intention, check-in items, measure trend", async () => {
    const c = capture();
    expect(await runBrief(["--user", "u"], c.io)).toBe(0);
    const brief = c.out();
    expect(brief).toContain("Pre-session brief: Patient K (console:u)");
    expect(brief).toContain('- For the next session: "Feel safe enough to let go"');
    expect(brief).toContain(
      "- Experience depth 6/10, dissociation 4/10, observing self: partly, fear 3/10",
    );
    expect(brief).toContain('- Effects: "A bit dizzy"');
    expect(brief).toContain('- Anything frightening: "The music got loud for a moment"');
    expect(brief).toContain('- Insights, in their words: "I can put the heavy bag down"');
    expect(brief).toContain("- Next day: mood 7/10, pain 3/10, sleep well");
    expect(brief).toMatch(
      new RegExp(`- PHQ-9: 6, mild \\(${DATE}\\) ↓ -5 since ${DATE}, a meaningful change; 11 → 6`),
    );
    expect(brief).toContain("Red flags\n- None recorded.");
    expect(c.err()).toBe("");
  });

  it("finds the same conversation by conversation id and by patient id", async () => {
    const byConversation = capture({ now: () => new Date("2030-01-01T00:00:00Z") });
    const byPatient = capture({ now: () => new Date("2030-01-01T00:00:00Z") });
    expect(await runBrief(["--user", "console:u"], byConversation.io)).toBe(0);
    expect(await runBrief(["--user", patientId], byPatient.io)).toBe(0);
    expect(byPatient.out()).toContain("Prepared 2030-01-01 00:00 UTC");
    expect(byPatient.out()).toBe(byConversation.out());
  });

  it("fails with exit code 1 and a clear message for an unknown user", async () => {
    const c = capture();
    expect(await runBrief(["--user", "nobody"], c.io)).toBe(1);
    expect(c.out()).toBe("");
    expect(c.err()).toBe(
      'lantern brief: unknown user "nobody": no conversation console:nobody in the store\n',
    );
    const missing = capture();
    expect(await runBrief(["--user", "pt_00000000"], missing.io)).toBe(1);
    expect(missing.err()).toContain("no patient with that id");
  });

  it("fails with exit code 1 for a patient who has not chatted yet", async () => {
    const c = capture();
    expect(await runBrief(["--user", unlinkedId], c.io)).toBe(1);
    expect(c.err()).toContain(`patient ${unlinkedId} has no conversation yet`);
  });

  it("fails with exit code 1, creating nothing, when the configured store does not exist", async () => {
    const gone = join(dir, "missing", "lantern.sqlite");
    const c = capture({ env: { LANTERN_STORE: `sqlite://${gone}` } });
    expect(await runBrief(["--user", "u"], c.io)).toBe(1);
    expect(c.err()).toContain(`no Lantern store at ${gone}`);
  });

  it("needs --user (usage, exit code 2)", async () => {
    const c = capture();
    expect(await runBrief([], c.io)).toBe(2);
    expect(c.err()).toContain("Usage: lantern brief --user ID");
    const bad = capture();
    expect(await runBrief(["--user", "u", "--dose"], bad.io)).toBe(2);
  });
});

describe("runMeasuresReport", () => {
  it("prints each result with date, total, band and arrow", async () => {
    const c = capture();
    expect(await runMeasuresReport(["--user", "console:u"], c.io)).toBe(0);
    const report = c.out();
    expect(report).toContain("PHQ-9 (2 results; meaningful change: 5 points)");
    expect(report).toMatch(new RegExp(`- ${DATE} \\d\\d:\\d\\d {2}11, moderate {2}·\\n`));
    expect(report).toMatch(new RegExp(`- ${DATE} \\d\\d:\\d\\d {2}6, mild {2}↓ -5\\n`));
    expect(report).not.toContain("GAD-7");
  });

  it("fails with exit code 1 for an unknown user", async () => {
    const c = capture();
    expect(await runMeasuresReport(["--user", "telegram:42"], c.io)).toBe(1);
    expect(c.err()).toBe(
      'lantern measures report: unknown user "telegram:42": no conversation telegram:42 in the store\n',
    );
  });
});
