import { afterEach, describe, expect, it } from "vitest";
import { Caseloads } from "../../src/care/caseload.ts";
import { Notes } from "../../src/care/notes.ts";
import { deletePatient } from "../../src/cli/patient-delete.ts";
import { exportPatient } from "../../src/cli/patient-export.ts";
import { coursePatient } from "../care/brief-fixture.ts";
import { waitFor } from "../support/slack-api.ts";
import { ALERTS, SlackHarness, THERAPIST } from "./slack-harness.ts";

// Caseloads and notes through signed /lantern requests and the App Home event, against the
// local Web API stand-in: who looks after whom, the member's own first, alerts that mention the
// patient's clinicians, notes in the brief and the export.

const NURSE = "U0NURSE";
let h: SlackHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function enrol(harness: SlackHarness, label: string, userId: string) {
  const { patient, invite } = await harness.app.patients.create(label, "test");
  await harness.say(`/start ${invite.code}`, userId);
  return patient;
}

async function audit(harness: SlackHarness) {
  return harness.app.escalations.listAudit();
}

describe("/lantern caseload and patients", () => {
  it("adds and removes clinicians (idempotent, audited); patients lists the member's own first", async () => {
    h = await new SlackHarness().boot();
    const first = await enrol(h, "AB", "tg-1");
    const second = await enrol(h, "CD", "tg-2");

    // Slack escapes the mention when the command has should_escape: <@U…|name>.
    expect(await h.command(`caseload add CD <@${NURSE}|nurse>`)).toBe(
      `Added <@${NURSE}> to *CD* (\`${second.id}\`)'s clinicians. Now: <@${NURSE}>.`,
    );
    expect(await h.command("caseload add CD")).toContain(`Added <@${THERAPIST}>`);
    expect(await h.command("caseload add CD")).toContain("is already one of");

    const mine = await h.command("patients");
    expect(mine.indexOf("*Your caseload* (1)")).toBe(0);
    expect(mine.indexOf("*CD*")).toBeLessThan(mine.indexOf("*Other patients* (1)"));
    expect(mine.indexOf("*AB*")).toBeGreaterThan(mine.indexOf("*Other patients* (1)"));
    expect(mine).toContain(`<@${NURSE}>, <@${THERAPIST}>`);
    expect(mine).toContain(`*AB* (\`${first.id}\`): telegram · no clinician assigned`);

    expect(await h.command(`caseload remove CD ${NURSE}`)).toContain(
      `Removed <@${NURSE}> from *CD*`,
    );
    expect(await h.command(`caseload remove CD ${NURSE}`)).toContain("was not one of");
    expect(await h.command("caseload CD")).toContain("Usage:");
    expect(await h.command("caseload add nobody")).toContain('No patient "nobody"');

    const events = (await audit(h)).filter((e) => e.event.startsWith("caseload."));
    expect(events.map((e) => `${e.event} ${e.member} ${e.by}`)).toEqual([
      `caseload.added ${NURSE} slack:${THERAPIST}`,
      `caseload.added ${THERAPIST} slack:${THERAPIST}`,
      `caseload.removed ${NURSE} slack:${THERAPIST}`,
    ]);
  }, 30_000);

  it("an alert for the patient mentions their clinicians", async () => {
    h = await new SlackHarness().boot();
    await enrol(h, "EF", "tg-1");
    await h.command(`caseload add EF <@${NURSE}>`);
    await h.say("I want to die");
    const post = await waitFor(() =>
      h?.api.ok("chat.postMessage").find((m) => m.channel === ALERTS && Array.isArray(m.blocks)),
    );
    expect(JSON.stringify(post.blocks)).toContain(`Their clinicians: <@${NURSE}>`);
  }, 30_000);

  it("App Home shows the member's caseload first with text trends, and the dashboard", async () => {
    h = await new SlackHarness().boot();
    await enrol(h, "GH", "tg-1");
    await enrol(h, "IJ", "tg-2");
    const store = h.app.runtime.store;
    const state = await store.loadConversation("telegram:tg-2");
    if (!state) throw new Error("no conversation");
    Object.assign(state.user, { measures: coursePatient().user.measures });
    await store.saveConversation(state);
    await h.command("caseload add IJ");

    const published = await h.openHome();
    const view = JSON.stringify(published.view);
    expect(view).toContain("Your caseload (1)");
    expect(view.indexOf("*IJ*")).toBeLessThan(view.indexOf("Other patients (1)"));
    expect(view).toContain("PHQ-9 17→13→8 ▆▄▃");
    expect(view).toContain("Measures dashboard");
    expect(view).toContain("*Your caseload* (1)");
    expect(view).toContain("App Home images need a public URL");
  }, 30_000);
});

describe("/lantern note", () => {
  it("adds an audited note (no text in the audit) that the brief and the export show", async () => {
    h = await new SlackHarness().boot();
    const patient = await enrol(h, "Kim L", "tg-1");
    const reply = await h.command('note "Kim L" Asked about the "ride home" rule;  call Tuesday');
    expect(reply).toMatch(/^Note `note_[0-9a-f]+` added to \*Kim L\*/);

    const [event] = (await audit(h)).filter((e) => e.event === "note.added");
    expect(event).toMatchObject({ patient: patient.id, by: `slack:${THERAPIST}` });
    expect(JSON.stringify(event)).not.toContain("ride home");

    const brief = await h.command('brief "Kim L"');
    expect(brief).toContain(
      `Clinician notes (newest first)\n- 2026-01-05 09:00 <@${THERAPIST}>: "Asked about the "ride home" rule; call Tuesday"`,
    );

    const exported = await exportPatient(h.app.runtime.store, patient.id, { clock: h.clock });
    expect(exported.notes.map((n) => n.text)).toEqual([
      'Asked about the "ride home" rule;  call Tuesday',
    ]);
    expect(await h.command("note")).toContain("Usage:");
    expect(await h.command(`note "Kim L" ${"x".repeat(2001)}`)).toContain(
      "at most 2000 characters",
    );

    // Deleting the patient's data takes their notes and caseload entry too.
    await h.command('caseload add "Kim L"');
    const store = h.app.runtime.store;
    expect(await new Caseloads(store).of(patient.id)).toEqual([THERAPIST]);
    await deletePatient(store, patient.id, { clock: h.clock });
    expect(await new Notes(store).list(patient.id)).toEqual([]);
    expect(await new Caseloads(store).of(patient.id)).toEqual([]);
  }, 30_000);
});
