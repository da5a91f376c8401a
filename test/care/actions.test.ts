import { describe, expect, it } from "vitest";
import { careActions, HISTORY_KEEP } from "../../src/care/actions.ts";
import { newState } from "../../src/engine/state.ts";
import type { ActionContext } from "../../src/engine/types.ts";

const now = new Date("2026-01-05T09:00:00.000Z");
const actions = careActions();

function context(flowId = "post-session-checkin"): ActionContext {
  const state = newState("test", "p1", now);
  state.seq = 7;
  state.stack.push({
    id: "f-1",
    flowId,
    hash: "h",
    version: 1,
    stepId: "save",
    vars: { mood: 6, sleep: "badly" },
    startedAt: now.toISOString(),
  });
  return { state, now, flowId };
}

function run(name: string, args: Record<string, unknown>, ctx = context()) {
  const action = actions[name];
  if (!action) throw new Error(`no action ${name}`);
  return action(args, ctx);
}

describe("care actions", () => {
  it("care.notify emits one care.notify effect with a per-turn id; none sends nothing", () => {
    const result = run("care.notify", { level: "high", reason: "cssrs" });
    expect(result.effects).toEqual([
      {
        name: "care.notify",
        args: expect.objectContaining({
          alert_id: "care-test:p1-7-post-session-checkin",
          level: "high",
          reason: "cssrs",
          categories: ["suicide"],
          flags: [],
        }),
      },
    ]);
    expect(run("care.notify", { level: "none" }).effects).toBeUndefined();
    const bad = run("care.notify", { level: "very" });
    expect(bad.effects?.[0]?.args).toMatchObject({ level: "moderate", flags: ["level_invalid"] });
  });

  it("care.notify with unless_alerted skips when the guard queued an alert this turn", () => {
    const ctx = context("crisis");
    expect(
      run("care.notify", { level: "concern", unless_alerted: true }, ctx).effects,
    ).toHaveLength(1);
    ctx.state.outbox.push({
      id: "alert-1",
      createdAt: now.toISOString(),
      attempts: 0,
      kind: "alert",
      alert: { level: "high", categories: [], flags: [], evidence: [] },
    });
    expect(
      run("care.notify", { level: "concern", unless_alerted: true }, ctx).effects,
    ).toBeUndefined();
    expect(run("care.notify", { level: "concern" }, ctx).effects).toHaveLength(1);
  });

  it("risk.set_level patches user.risk_level and rejects unknown levels", () => {
    expect(run("risk.set_level", { level: "moderate" }).user).toMatchObject({
      risk_level: "moderate",
    });
    expect(() => run("risk.set_level", { level: "bad" })).toThrow(/level/);
  });

  it("safety_plan.save keeps the plan from user.plan_* and shares it", () => {
    const ctx = context("safety-plan");
    ctx.state.user.plan_reason = "my daughter";
    const result = run("safety_plan.save", {}, ctx);
    expect(result.user?.plan_saved).toBe(true);
    expect(result.user?.safety_plan).toMatchObject({
      reason: "my daughter",
      coping: "",
      saved_at: now.toISOString(),
    });
    expect(result.effects?.[0]?.name).toBe("safety_plan.shared");
  });

  it("schedule.followup computes when, and rejects a bad duration", () => {
    const result = run("schedule.followup", { flow: "integration-journal", after: "1d" });
    expect(result.effects).toEqual([
      {
        name: "schedule.followup",
        args: { flow: "integration-journal", after: "1d", at: "2026-01-06T09:00:00.000Z" },
      },
    ]);
    expect(() => run("schedule.followup", { flow: "x", after: "soon" })).toThrow();
  });

  it("checkin.save and journal.save append the running flow's vars as dated entries", () => {
    const ctx = context();
    ctx.state.user.checkins = [{ at: "earlier" }];
    const result = run("checkin.save", {}, ctx);
    expect(result.user?.checkins).toEqual([
      { at: "earlier" },
      { at: now.toISOString(), flow: "post-session-checkin", vars: { mood: 6, sleep: "badly" } },
    ]);
    ctx.state.user.journal = Array.from({ length: HISTORY_KEEP }, (_, i) => i);
    const journal = run("journal.save", {}, ctx).user?.journal as unknown[];
    expect(journal).toHaveLength(HISTORY_KEEP);
    expect(journal.at(-1)).toMatchObject({ flow: "post-session-checkin" });
  });

  it("measures.score scores exactly and keeps the history", () => {
    const result = run("measures.score", { measure: "phq9", answers: [1, 1, 1, 1, 1, 0, 0, 0, 1] });
    expect(result.value).toMatchObject({
      measure: "phq9",
      total: 6,
      band: "mild",
      flags: ["phq9_item9_positive"],
    });
    expect(result.user?.measures).toHaveLength(1);
    expect(() => run("measures.score", { measure: "phq9", answers: [1, 2] })).toThrow();
  });
});

describe("careEffects", () => {
  it("turns a care.notify effect into an alert for any notifier, with the conversation", async () => {
    const { careEffects } = await import("../../src/care/escalations.ts");
    const got: Record<string, unknown>[] = [];
    const handlers = careEffects({ name: "x", notify: async (a) => void got.push(a) });
    const ctx = context("phq9");
    const effect = run("care.notify", { level: "moderate", reason: "phq9_item9" }, ctx)
      .effects?.[0];
    // care.notify does not use the runtime; it only needs the stored effect and state.
    await handlers["care.notify"]?.(effect?.args ?? {}, ctx.state, {
      id: "fx-1",
      runtime: {} as never,
    });
    expect(got).toEqual([
      expect.objectContaining({
        id: "care-test:p1-7-phq9",
        conversation: "test:p1",
        level: "moderate",
      }),
    ]);
  });
});
