import { afterEach, describe, expect, it } from "vitest";
import { PNG_SIGNATURE } from "../../src/care/charts/render.ts";
import { GENERATED_MARK } from "../../src/llm/summarise.ts";
import { coursePatient, day } from "../care/brief-fixture.ts";
import { FakeOpenAI } from "../support/openai-server.ts";
import { SlackHarness, THERAPIST } from "./slack-harness.ts";

// `/lantern brief` and `/lantern status` through signed requests: the text comes back
// ephemerally and the chart PNG goes to the member's DM through files.uploadV2 against the
// local Web API stand-in (getUploadURLExternal, the bytes, completeUploadExternal).

let h: SlackHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** A patient enrolled on the recording channel, with a course's worth of answers in user.*. */
async function enrolWithCourse(harness: SlackHarness, patch: Record<string, unknown> = {}) {
  const { patient, invite } = await harness.app.patients.create("GH", "test");
  await harness.say(`/start ${invite.code}`);
  const store = harness.app.runtime.store;
  const state = await store.loadConversation("telegram:tg-1");
  if (!state) throw new Error("no conversation");
  Object.assign(state.user, coursePatient(patch).user);
  await store.saveConversation(state);
  return patient;
}

describe("/lantern brief with charts", () => {
  it("uploads the chart PNG to the member's DM and says so; the text brief is complete", async () => {
    h = await new SlackHarness().boot();
    await h.advance(45 * 86_400_000); // the fake clock to after session 2 (fixture dates)
    await enrolWithCourse(h);
    const reply = await h.command("brief GH");

    expect(reply).toMatch(/Session\n- Next: session 3 on 2026-02-21/);
    expect(reply).toContain("- Last: session 2 on 2026-01-26");
    expect(reply).toContain("- PHQ-9 fell (better) 13 → 8 (-5) since the session on 2026-01-26");
    expect(reply).toContain("- No ride home planned");
    expect(reply).toContain("- Last pacing check-in: 3 of 4 planned sessions done; no flare");
    expect(reply).toContain('- Meaning: "I can be gentle with myself"');
    expect(reply).toContain("Charts (9) sent to you in a direct message from Lantern");

    const [ask] = h.api.ok("files.getUploadURLExternal");
    expect(ask?.filename).toMatch(/^lantern-brief-pt_[0-9a-f]+\.png$/);
    const [upload] = h.api.uploads;
    expect(upload?.bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(Number(ask?.length)).toBe(upload?.bytes.length);
    expect(h.api.ok("conversations.open")[0]?.users).toBe(THERAPIST);
    const [done] = h.api.ok("files.completeUploadExternal");
    expect(done?.channel_id).toBe("D0THERAPIST");
    expect(JSON.stringify(done?.files)).toContain(upload?.fileId);
    // The numbers in words go with the picture.
    expect(String(done?.initial_comment)).toContain(
      "PHQ-9 total (0–27, higher is worse): 2026-01-05 17 (moderately severe)",
    );
    // Nothing about the patient went to a shared channel.
    expect(h.api.ok("chat.postMessage")).toHaveLength(0);
  }, 30_000);

  it("uploads the chart with /lantern status too", async () => {
    h = await new SlackHarness().boot();
    await enrolWithCourse(h);
    const reply = await h.command("status GH");
    expect(reply).toContain("Status of *GH*");
    expect(reply).toContain("Charts (9) sent to you");
    expect(h.api.uploads).toHaveLength(1);
    expect(h.api.uploads[0]?.bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  }, 30_000);

  it("uploads nothing when there is nothing to chart", async () => {
    h = await new SlackHarness().boot();
    await enrolWithCourse(h, { measures: [], checkins: [] });
    const reply = await h.command("brief GH");
    expect(reply).not.toContain("Charts (");
    expect(h.api.attempts("files.getUploadURLExternal")).toBe(0);
  }, 30_000);

  it("sends no chart for a patient who declined sharing (limited mode)", async () => {
    h = await new SlackHarness().boot();
    await enrolWithCourse(h, { consent: false });
    const reply = await h.command("brief GH");
    expect(reply).toContain("declined sharing");
    expect(reply).not.toContain("PHQ-9");
    expect(await h.command("status GH")).not.toContain("Charts (");
    expect(h.api.attempts("files.getUploadURLExternal")).toBe(0);
  }, 30_000);

  it("still answers with the text when the upload fails", async () => {
    h = await new SlackHarness().boot();
    await enrolWithCourse(h);
    h.api.fail("files.getUploadURLExternal", { status: 500 }, 5);
    const reply = await h.command("brief GH");
    expect(reply).toContain("Pre-session brief: GH");
    expect(reply).toContain("The charts could not be sent this time");
    expect(h.api.uploads).toHaveLength(0);
  }, 30_000);

  it("adds the generated summary from the local model when patient text may be sent", async () => {
    const model = new FakeOpenAI();
    await model.start();
    const vars: Record<string, string> = {
      OPENAI_BASE_URL: model.url,
      OPENAI_API_KEY: "test",
      LANTERN_MODEL: "test-model",
      LANTERN_LLM_SEND_PATIENT_TEXT: "true",
    };
    const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
    Object.assign(process.env, vars);
    try {
      model.script({
        structured: {
          summary: "Two check-ins; fear went from 4 to 2.",
          themes: ["gentleness"],
          quotes: [{ at: day(23), quote: "gentle with myself" }],
        },
      });
      h = await new SlackHarness().boot();
      expect(h.app.summariser).toBeDefined();
      await enrolWithCourse(h);
      const reply = await h.command("brief GH");
      expect(reply).toContain(
        `${GENERATED_MARK} (1 journal entries, 2 check-ins; model test-model)`,
      );
      expect(reply).toContain(`- "gentle with myself" (journal, ${day(23)})`);
      expect(model.requests.length).toBeGreaterThan(0);
    } finally {
      for (const [k, v] of Object.entries(saved))
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      await model.stop();
    }
  }, 30_000);
});
