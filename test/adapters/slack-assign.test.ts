import { afterEach, describe, expect, it } from "vitest";
import { notAssignable } from "../../src/care/assign.ts";
import { SlackHarness } from "./slack-harness.ts";

// Assignment guards through signed /lantern requests: only patient-assignable flows, a true
// reply when the patient is mid-flow, and repeated schedules that say what changed.

let h: SlackHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const lantern = (harness: SlackHarness, text: string) => harness.command(text);

async function enrolled(harness: SlackHarness, label: string) {
  const { patient, invite } = await harness.app.patients.create(label, "test");
  await harness.say(`/start ${invite.code}`);
  return patient;
}

describe("assignment guards", () => {
  it("refuses data deletion and safety flows, and /lantern flows lists neither", async () => {
    h = await new SlackHarness().boot();
    await enrolled(h, "AB");
    const catalog = h.app.runtime.catalog;
    expect(notAssignable(catalog.get("delete-data") as never)).toContain("deletes");
    for (const id of ["delete-data", "crisis", "crisis-screener", "safety-plan"]) {
      const reply = await lantern(h, `assign AB ${id} now`);
      expect(reply).toContain(`\`${id}\``);
      expect(reply).not.toContain("Started");
      expect(reply).toMatch(/safety flow|deletes the patient's data/);
    }
    // Nothing was queued for the patient's menu either.
    const state = await h.app.runtime.store.loadConversation("telegram:tg-1");
    expect(state?.assigned ?? []).toEqual([]);
    const flows = await lantern(h, "flows");
    expect(flows).toContain("paced-breathing");
    expect(flows).not.toContain("delete-data");
    expect(flows).not.toContain("`crisis`");
  });

  it("assign now to a patient mid-flow says it waits (it does: offered first in their menu)", async () => {
    h = await new SlackHarness().boot();
    await enrolled(h, "CD");
    expect(await lantern(h, "assign CD paced-breathing now")).toContain("Started");
    const reply = await lantern(h, "assign CD thought-record now");
    expect(reply).toContain("in the middle of `paced-breathing`");
    expect(reply).toContain("was not started");
    const state = await h.app.runtime.store.loadConversation("telegram:tg-1");
    expect(state?.stack.at(-1)?.flowId).toBe("paced-breathing");
    expect(state?.assigned.map((a) => a.flowId)).toEqual(["thought-record"]);
    // The timed variant tells the clinician the same rule up front.
    expect(await lantern(h, "assign CD thought-record at 2026-01-06 10:00")).toContain(
      "does not interrupt it",
    );
  });

  it("repeating every daily changes nothing and says so; a longer range adds only the new days", async () => {
    h = await new SlackHarness().boot();
    await enrolled(h, "EF");
    const first = await lantern(h, "assign EF paced-breathing every daily until 2026-01-08");
    const n = Number(/: (\d+) new starts \(/.exec(first)?.[1]);
    expect(n).toBeGreaterThanOrEqual(3); // 6, 7, 8 January, and the 5th if 9:00 is still ahead
    expect(h.app.runtime.scheduler.list()).toHaveLength(n);
    const again = await lantern(h, "assign EF paced-breathing every daily until 2026-01-08");
    expect(again).toContain(`Nothing changed: all ${n} starts`);
    expect(h.app.runtime.scheduler.list()).toHaveLength(n);
    const longer = await lantern(h, "assign EF paced-breathing every daily until 2026-01-10");
    expect(longer).toContain(`2 new starts, ${n} already scheduled and left as they were`);
    expect(h.app.runtime.scheduler.list()).toHaveLength(n + 2);
    expect(await lantern(h, "assign EF paced-breathing at 2026-01-06 09:00")).toContain(
      "Nothing changed",
    );
  });
});
