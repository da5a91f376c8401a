import { describe, expect, it } from "vitest";
import { asksIfHuman, awayLongEnough, DISCLOSE_AFTER_MS } from "../../src/engine/disclosure.ts";
import { isPlainDistress } from "../../src/engine/distress.ts";
import { isMedicineQuestion } from "../../src/engine/medicine-question.ts";

describe("medicine questions", () => {
  it.each([
    "can I take my xanax before the session?",
    "is it ok to skip my meds",
    "Should I stop my antidepressant before ketamine",
    "how much ibuprofen can I take after",
    "¿puedo tomar mis pastillas antes de la sesión?",
  ])("asks: %s", (text) => expect(isMedicineQuestion(text)).toBe(true));

  it.each([
    "I took my meds this morning",
    "the session went well",
    "can I do the breathing again?",
    "my pill bottle is in the kitchen",
  ])("does not ask: %s", (text) => expect(isMedicineQuestion(text)).toBe(false));
});

describe("disclosure", () => {
  it.each([
    "are you a real person?",
    "Am I talking to a bot?",
    "am i chatting with a human",
    "is this a real person",
    "are you human",
    "¿eres una persona?",
    "¿hablo con un robot?",
  ])("asks if human: %s", (text) => expect(asksIfHuman(text)).toBe(true));

  it.each(["my therapist is a real person", "I feel like a robot today", "are you there?"])(
    "does not ask: %s",
    (text) => expect(asksIfHuman(text)).toBe(false),
  );

  it("counts 7 days away from the last message, not less", () => {
    const now = new Date("2026-12-08T12:00:00Z");
    expect(awayLongEnough("2026-12-01T12:00:00Z", now, DISCLOSE_AFTER_MS)).toBe(true);
    expect(awayLongEnough("2026-12-01T12:00:01Z", now, DISCLOSE_AFTER_MS)).toBe(false);
    expect(awayLongEnough(undefined, now, DISCLOSE_AFTER_MS)).toBe(false);
  });
});

describe("plain distress", () => {
  it.each(["I feel awful today", "rough day", "I'm struggling", "me siento fatal"])(
    "distress: %s",
    (text) => expect(isPlainDistress(text)).toBe(true),
  );
  it.each(["hello", "I feel better today", "good day"])("not distress: %s", (text) =>
    expect(isPlainDistress(text)).toBe(false),
  );
});
