import { describe, expect, it } from "vitest";
import { matchChoice, parseAnswer } from "../../src/engine/answers.ts";
import type { AskStep } from "../../src/flow/schema.ts";

const ask = (step: Partial<AskStep>): AskStep => ({ ask: "?", expect: "text", ...step }) as AskStep;
const text = (t: string) => ({
  channel: "c",
  userId: "u",
  messageId: "1",
  kind: "text" as const,
  text: t,
});

describe("answers", () => {
  const choices = [
    { id: "walk", label: "Take a short walk" },
    { id: "rest", label: "Rest a while" },
  ];

  it("matches a choice by number, id, label or unique prefix", () => {
    expect(matchChoice(choices, "2")?.id).toBe("rest");
    expect(matchChoice(choices, "walk")?.id).toBe("walk");
    expect(matchChoice(choices, "rest a while")?.id).toBe("rest");
    expect(matchChoice(choices, "Take")?.id).toBe("walk");
    expect(matchChoice(choices, "3")).toBeUndefined();
    expect(matchChoice(choices, "ta")).toBeUndefined();
  });

  it("maps a typed number or label to the choice shown for tap-one-or-write-your-own", () => {
    const step = ask({
      expect: "text",
      choices: [
        { id: "near", label: "Sit near me" },
        { id: "space", label: "Give me space", value: "Give me space unless I ask" },
      ],
    });
    expect(parseAnswer(step, text("1"))).toEqual({ ok: true, value: "near" });
    expect(parseAnswer(step, text("2."))).toEqual({
      ok: true,
      value: "Give me space unless I ask",
    });
    expect(parseAnswer(step, text("give me space"))).toEqual({
      ok: true,
      value: "Give me space unless I ask",
    });
    // Free words stay free, even when they start like a label; a number outside the list too.
    expect(parseAnswer(step, text("Sit near me and hold my hand"))).toEqual({
      ok: true,
      value: "Sit near me and hold my hand",
    });
    expect(parseAnswer(step, text("3"))).toEqual({ ok: true, value: "3" });
    expect(parseAnswer(ask({ expect: "text" }), text("1"))).toEqual({ ok: true, value: "1" });
  });

  it("accepts US and UK spellings of a choice", () => {
    const traps = [
      { id: "catastrophising", label: "Catastrophising" },
      { id: "labelling", label: "Labelling" },
      { id: "overgeneralising", label: "Overgeneralising" },
    ];
    expect(matchChoice(traps, "catastrophizing")?.id).toBe("catastrophising");
    expect(matchChoice(traps, "Catastrophising")?.id).toBe("catastrophising");
    expect(matchChoice(traps, "labeling")?.id).toBe("labelling");
    expect(matchChoice(traps, "overgeneraliz")?.id).toBe("overgeneralising");
  });

  it("reads scales as whole numbers within range", () => {
    const step = ask({ expect: "scale" });
    expect(parseAnswer(step, text("7"))).toEqual({ ok: true, value: 7 });
    expect(parseAnswer(step, text("about 3/10"))).toEqual({ ok: true, value: 3 });
    expect(parseAnswer(step, text("11")).ok).toBe(false);
    expect(parseAnswer(step, text("6.5")).ok).toBe(false);
    expect(parseAnswer(step, text("no idea")).ok).toBe(false);
    expect(parseAnswer(ask({ expect: "scale", min: 0, max: 100 }), text("85"))).toEqual({
      ok: true,
      value: 85,
    });
  });

  it("reads yes and no in everyday words", () => {
    const step = ask({ expect: "yes_no" });
    for (const yes of ["yes", "Yeah", "yep I did", "ok"])
      expect(parseAnswer(step, text(yes))).toEqual({ ok: true, value: true });
    for (const no of ["no", "Nope", "not really"])
      expect(parseAnswer(step, text(no))).toEqual({ ok: true, value: false });
    expect(parseAnswer(step, text("maybe")).ok).toBe(false);
  });

  it("stores a choice's declared value", () => {
    const step = ask({
      expect: "choice",
      choices: [{ id: "several", label: "Several days", value: 1 }],
    });
    expect(parseAnswer(step, text("1"))).toEqual({ ok: true, value: 1 });
    expect(
      parseAnswer(step, { ...text(""), kind: "choice", choice: { prompt: "q", id: "several" } }),
    ).toEqual({ ok: true, value: 1 });
  });

  it("rejects empty text", () => {
    expect(parseAnswer(ask({}), text("   ")).ok).toBe(false);
  });
});

describe("scale buttons", () => {
  it("reads a pressed number as the answer when the question has no choices", () => {
    const step = { ask: "?", expect: "scale" } as AskStep;
    const press = (id: string) => ({
      channel: "c",
      userId: "u",
      messageId: "1",
      kind: "choice" as const,
      choice: { prompt: "q", id },
    });
    expect(parseAnswer(step, press("7"))).toEqual({ ok: true, value: 7 });
    expect(parseAnswer(step, press("12")).ok).toBe(false);
  });
});
