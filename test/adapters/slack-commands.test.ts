import { afterEach, describe, expect, it } from "vitest";
import { commandBody, postSigned } from "../support/slack-api.ts";
import { SECRET, SlackHarness, STRANGER, THERAPIST } from "./slack-harness.ts";

// /lantern over HTTP mode on loopback: signed requests only, care-team members only, and
// assignments delivered by the durable scheduler (after a fake-clock advance and a restart).

let h: SlackHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** Run a slash command as Slack would and return the ephemeral reply text. */
const lantern = (harness: SlackHarness, text: string, user = THERAPIST) =>
  harness.command(text, user);

/** Invite a patient by command and redeem the code on the (Telegram) patient channel. */
async function enrol(harness: SlackHarness, label: string, userId = "tg-1"): Promise<string> {
  const reply = await lantern(harness, `invite ${label}`);
  const code = /code: `([A-Z0-9]+)`/.exec(reply)?.[1];
  expect(code).toBeDefined();
  await harness.say(`/start ${code}`, userId);
  return code ?? "";
}

describe("/lantern", () => {
  it("rejects a badly signed request and a stale timestamp; runs nothing for them", async () => {
    h = await new SlackHarness().boot();
    const body = commandBody("invite Forged", THERAPIST, h.api.responseUrl());
    const forged = await postSigned(h.url, SECRET, body, "application/x-www-form-urlencoded", {
      secret: "not-the-signing-secret",
    });
    expect(forged.status).toBe(401);
    const stale = await postSigned(h.url, SECRET, body, "application/x-www-form-urlencoded", {
      timestamp: Math.floor(Date.now() / 1000) - 10 * 60,
    });
    expect(stale.status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(h.api.responses).toHaveLength(0);
    expect(await h.app.patients.list()).toHaveLength(0);
    // The same request, correctly signed now, works.
    expect(await lantern(h, "invite Real")).toContain("One-time code");
  });

  it("politely refuses someone outside the care-team channel", async () => {
    h = await new SlackHarness().boot();
    const reply = await lantern(h, "patients", STRANGER);
    expect(reply).toContain("Sorry, Lantern's commands are only for the clinic's care team");
    expect(h.api.ok("conversations.members").length).toBeGreaterThan(0);
    expect(await lantern(h, "invite X", STRANGER)).toContain("only for the clinic's care team");
    expect(await h.app.patients.list()).toHaveLength(0);
  });

  it("invite gives a one-time code and the Telegram deep link; patients and flows list them", async () => {
    h = await new SlackHarness().boot();
    const reply = await lantern(h, "invite JD-01");
    const code = /code: `([A-Z0-9]+)`/.exec(reply)?.[1];
    expect(reply).toContain(`https://t.me/lantern_clinic_bot?start=${code}`);
    expect(reply).toContain(`start ${code}`);
    const [patient] = await h.app.patients.list();
    expect(patient?.label).toBe("JD-01");
    expect(patient?.createdBy).toBe(`slack:${THERAPIST}`);
    expect(await lantern(h, "patients")).toContain("invite not redeemed");
    await h.say(`/start ${code}`);
    expect(await lantern(h, "patients")).toMatch(/JD-01.*telegram/);
    const flows = await lantern(h, "flows");
    expect(flows).toContain("`paced-breathing`");
    expect(flows).not.toContain("`crisis`");
    expect(await lantern(h, "nonsense")).toContain("Lantern commands");
  });

  it("assign … at fires after a fake-clock advance, once; unassign cancels; every … until is idempotent", async () => {
    h = await new SlackHarness().boot();
    await enrol(h, "AB");
    const before = h.patientChannel.sent.length;
    const reply = await lantern(h, "assign AB paced-breathing at 2026-01-05 15:00");
    expect(reply).toContain("Scheduled `paced-breathing`");
    expect(h.app.runtime.scheduler.list()).toHaveLength(1);
    await h.advance(5 * 3_600_000); // 14:00: not yet
    expect(h.patientChannel.sent.length).toBe(before);
    await h.advance(60 * 60_000 + 1_000);
    const delivered = h.patientChannel.texts().slice(before).join("\n");
    expect(delivered.toLowerCase()).toContain("breath");
    expect(h.app.runtime.scheduler.list()).toHaveLength(0);
    const after = h.patientChannel.sent.length;
    await h.advance(60_000);
    expect(h.patientChannel.sent.length).toBe(after);

    const every = await lantern(
      h,
      "assign AB thought-record every weekday at 18:00 until 2026-01-16",
    );
    expect(every).toContain("10 new starts"); // it is past 15:00 on Mon 5 Jan: 18:00 that day … Fri 16 Jan
    expect(
      await lantern(h, "assign AB thought-record every weekday at 18:00 until 2026-01-16"),
    ).toContain("Nothing changed: all 10 starts");
    expect(h.app.runtime.scheduler.list()).toHaveLength(10);
    expect(await lantern(h, "unassign AB thought-record")).toContain("Cancelled 10");
    expect(h.app.runtime.scheduler.list()).toHaveLength(0);
    expect(await lantern(h, "assign AB crisis now")).toContain("safety flow");
    expect(await lantern(h, "assign AB paced-breathing at yesterday-ish")).toContain(
      "couldn't read the time",
    );
  });

  it("assign … at survives a restart: a new app on the same SQLite file delivers it", async () => {
    h = await new SlackHarness().boot();
    await enrol(h, "CD");
    expect(await lantern(h, "assign CD paced-breathing at 2026-01-05 12:30")).toContain(
      "Scheduled",
    );
    await h.shutdown();
    await h.boot();
    expect(h.app.runtime.scheduler.list()).toHaveLength(1);
    const before = h.patientChannel.sent.length;
    await h.advance(4 * 3_600_000);
    expect(h.patientChannel.texts().slice(before).join("\n").toLowerCase()).toContain("breath");
    expect(h.app.runtime.scheduler.list()).toHaveLength(0);
  });

  it("assign now starts the flow at once; status shows stage, flows and measures with a trend", async () => {
    h = await new SlackHarness().boot();
    await enrol(h, "EF");
    const before = h.patientChannel.sent.length;
    expect(await lantern(h, "assign EF paced-breathing now")).toContain("Started");
    expect(h.patientChannel.sent.length).toBeGreaterThan(before);
    const [patient] = await h.app.patients.list();
    const link = patient?.links[0];
    const id = `${link?.channel}:${link?.userId}`;
    const state = await h.app.runtime.store.loadConversation(id);
    if (!state) throw new Error("no state");
    state.user.stage = "after";
    state.user.checkins = [
      { at: "2026-01-04T10:00:00.000Z", flow: "post-session-checkin", vars: {} },
    ];
    const phq = (at: string, total: number) => ({
      measure: "phq9",
      total,
      band: "moderate",
      flags: [],
      answers: [],
      at,
    });
    state.user.measures = [phq("2025-12-20T10:00:00.000Z", 14), phq("2026-01-03T10:00:00.000Z", 8)];
    await h.app.runtime.store.saveConversation(state);
    const status = await lantern(h, "status EF");
    expect(status).toContain("Stage: after");
    expect(status).toContain("post-session-checkin");
    expect(status).toContain("Last check-in: 2026-01-04 10:00");
    expect(status).toContain("PHQ9: 14 → 8 ↓ (-6, meaningful)");
    expect(await lantern(h, "status nobody")).toContain('No patient "nobody"');
    const brief = await lantern(h, "brief EF");
    expect(brief).toContain("Pre-session brief");
    expect(brief).toContain("EF");
  });
});
