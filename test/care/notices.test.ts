// The safety plan is shared (issue 17 item 2): safety_plan.shared has a handler that sends a
// non-urgent notice (not an alert) to each notifier that takes notices, once per target, and
// nothing when the patient declined sharing.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { noticeText } from "../../adapters/slack/notifier.ts";
import { deliverNotice, PLAN_SHARED_TEXT } from "../../src/care/notices.ts";
import type { CareNotice } from "../../src/channel.ts";
import { newState } from "../../src/engine/state.ts";
import { stateCodec } from "../../src/engine/stored-state.ts";
import { openKeyv } from "../../src/store/open.ts";
import { Store } from "../../src/store/store.ts";
import { RecordingNotifier } from "../support/recorders.ts";
import { Transcript, TranscriptHarness } from "../support/transcript.ts";

const NOTICE: CareNotice = {
  id: "N-0123456789AB",
  kind: "safety_plan.shared",
  patient: "P-3F9A2C",
  subject: { record: "pt_1a2b3c4d" },
  see: "/lantern brief pt_1a2b3c4d",
  text: PLAN_SHARED_TEXT,
  at: "2026-01-05T09:00:00.000Z",
};

const ANSWERS = ["signs", "walk", "park", "Sam", "Dr O", "lock it away", "my dog"];

async function planRun(consent: boolean) {
  const h = new TranscriptHarness(
    Transcript.parse({ turns: [], stubs: { risk: [{ match: "never-matches", level: "none" }] } }),
  );
  await h.boot();
  const state = newState(h.channel.name, h.userId, h.clock.now());
  state.user = { consent, onboarded: true };
  await h.runtime.store.saveConversation(state);
  const base = { channel: h.channel.name, userId: h.userId };
  await h.runtime.handle({ ...base, messageId: h.nextId(), kind: "start", flowId: "safety-plan" });
  for (const text of ANSWERS)
    await h.runtime.handle({ ...base, messageId: h.nextId(), kind: "text", text });
  return h;
}

describe("safety plan shared", () => {
  it("a saved plan sends one notice, no alert, and no patient text in it", async () => {
    const h = await planRun(true);
    expect(h.notifier.notices).toHaveLength(1);
    const notice = h.notifier.notices[0] as CareNotice;
    expect(notice).toMatchObject({ kind: "safety_plan.shared", text: PLAN_SHARED_TEXT });
    expect(notice.id).toMatch(/^N-[0-9A-F]{12}$/);
    expect(notice.patient).toMatch(/^P-[0-9A-F]{6}$/);
    for (const answer of ANSWERS) expect(JSON.stringify(notice)).not.toContain(answer);
    expect(h.notifier.alerts).toEqual([]);
    const state = await h.runtime.store.loadConversation(`${h.channel.name}:${h.userId}`);
    expect(state?.outbox.filter((i) => i.kind === "effect")).toEqual([]);
    await h.app.close();
  });

  it("in limited mode the plan is kept for the patient and the team is not told", async () => {
    const h = await planRun(false);
    expect(h.notifier.notices).toEqual([]);
    const state = await h.runtime.store.loadConversation(`${h.channel.name}:${h.userId}`);
    expect(state?.user.plan_saved).toBe(true);
    await h.app.close();
  });

  it("a target that failed is tried again; one that had it is not sent it twice", async () => {
    const store = new Store(await openKeyv("memory://"), { codec: stateCodec });
    const ok = new RecordingNotifier("ok");
    const flaky = new RecordingNotifier("flaky");
    const failing = { name: "flaky", notice: async () => Promise.reject(new Error("down")) };
    const alertsOnly = new RecordingNotifier("alerts-only");
    Object.defineProperty(alertsOnly, "notice", { value: undefined });
    await expect(
      deliverNotice(store, [ok, { ...failing, notify: async () => {} }, alertsOnly], NOTICE),
    ).rejects.toThrow(/not delivered to flaky/);
    await deliverNotice(store, [ok, flaky, alertsOnly], NOTICE);
    expect(ok.notices).toHaveLength(1);
    expect(flaky.notices).toHaveLength(1);
    expect(alertsOnly.notices).toHaveLength(0);
    await store.close();
  });

  it("Slack shows it as one plain line that says who and where to read it", () => {
    expect(noticeText(NOTICE)).toBe(
      "📋 pt_1a2b3c4d (P-3F9A2C) shared their safety plan. Details: `/lantern brief pt_1a2b3c4d`",
    );
  });

  it("the flow says 'sharing' only on the shared path, and 'not shared' on the private one", () => {
    const flow = parse(readFileSync("flows/safety-plan.yaml", "utf8")) as {
      steps: { id: string; say?: unknown }[];
    };
    const sharing = flow.steps.filter((s) => /shar/i.test(JSON.stringify(s.say ?? "")));
    expect(sharing.map((s) => s.id).sort()).toEqual(["about_private", "about_shared", "saved"]);
  });
});
