import { afterEach, describe, expect, it } from "vitest";
import { SlackHarness } from "./slack-harness.ts";

// `/lantern brief` through a signed request: a patient's own crisis request is a red flag even
// though its alert is at concern level, and the safety plan and session-day wishes stored in
// user.* (names from flows/safety-plan.yaml, prep-fear.yaml, prep-set-setting.yaml) are shown.

let h: SlackHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const lantern = (harness: SlackHarness, text: string) => harness.command(text);

describe("/lantern brief", () => {
  it("lists a concern-level crisis request under red flags; shows the safety plan and wishes", async () => {
    h = await new SlackHarness().boot();
    const { invite } = await h.app.patients.create("GH", "test");
    await h.say(`/start ${invite.code}`);
    const before = await lantern(h, "brief GH");
    expect(before).toMatch(/Red flags\n- None recorded\./);
    expect(before).toMatch(/Safety plan \(the patient's words\)\n- None saved yet\./);

    await h.say("crisis");
    const [id] = await h.app.escalations.openIds();
    const alert = (await h.app.escalations.get(id ?? ""))?.alert;
    expect(alert?.reason).toBe("crisis_request");
    expect(alert?.level).toBe("concern");

    // What the safety-plan and preparation flows store, as they store it.
    const store = h.app.runtime.store;
    const state = await store.loadConversation("telegram:tg-1");
    if (!state) throw new Error("no conversation");
    Object.assign(state.user, {
      plan_warning_signs: "I stop answering messages",
      plan_people: "my sister Ana",
      plan_saved: true,
      support_person: "Ana",
      hard_moment_help: "hold my hand and remind me to breathe",
      anchor: "I am safe. This will pass.",
    });
    await store.saveConversation(state);

    const brief = await lantern(h, "brief GH");
    expect(brief).toMatch(
      /Red flags\n- 2026-01-05 \d\d:\d\d the patient asked for crisis help \(alert level concern\)/,
    );
    expect(brief).toContain('- Warning signs: "I stop answering messages"');
    expect(brief).toContain('- People they can ask for help: "my sister Ana"');
    expect(brief).not.toContain("not finished and saved");
    expect(brief).toContain('- Support person: "Ana"');
    expect(brief).toContain(
      '- What staff should do in a hard moment: "hold my hand and remind me to breathe"',
    );
    expect(brief).toContain('- Anchor phrase: "I am safe. This will pass."');
  });
});
