import { describe, expect, it } from "vitest";
import { detectRisk } from "../../src/safety/detector/detect.ts";
import type { RiskCategory, RiskLevel } from "../../src/safety/types.ts";

function expectRisk(text: string, level: RiskLevel, category?: RiskCategory) {
  const r = detectRisk(text);
  expect(r.level, text).toBe(level);
  if (category !== undefined) expect(r.categories, text).toContain(category);
  if (level === "none") expect(r.categories, text).toEqual([]);
}

describe("detectRisk: suicide levels", () => {
  it.each([
    ["i wish i was dead", "low"],
    ["some nights i hope i don't wake up", "low"],
    ["there's no reason to go on", "low"],
    ["i want to die", "moderate"],
    ["i really just want to kill myself", "moderate"],
    ["been having suicidal thoughts again", "moderate"],
    ["everyone would be better off without me", "moderate"],
    ["i'm going to kill myself", "high"],
    ["i want to die, tonight is the night", "high"],
    ["i've been stockpiling my pain meds", "high"],
    ["i tried to kill myself last week", "high"],
    ["i've said my goodbyes", "high"],
    ["i have the pills right here", "imminent"],
    ["i took all my pills", "imminent"],
    ["im standing on the bridge right now", "imminent"],
  ] as const)("%s -> %s", (text, level) => expectRisk(text, level, "suicide"));

  it("dates an attempt: long ago is moderate, recent is high", () => {
    expectRisk("i tried to kill myself when i was 19", "moderate", "suicide");
    expectRisk("i attempted suicide a few days ago", "high", "suicide");
  });

  it("needs a suicide frame before means and timelines count", () => {
    expectRisk("i bought a rope for the boat this weekend", "none");
    expectRisk("i have a gun for hunting", "none");
    expectRisk("i want to die. i bought a rope", "high", "suicide");
  });

  it("reports evidence with a stable rule id and the patient's own words", () => {
    const r = detectRisk("honestly i w@nt to d1e");
    expect(r.evidence[0]?.rule).toBe("suicide.ideation.want_die");
    expect(r.evidence[0]?.excerpt).toBe("w@nt to d1e");
  });
});

describe("detectRisk: other categories", () => {
  it.each([
    ["i cut myself last night", "high", "self_harm"],
    ["the urge to self harm is so strong", "moderate", "self_harm"],
    ["i cut too deep and it won't stop bleeding", "imminent", "self_harm"],
    ["i'm going to kill him", "high", "harm_to_others"],
    ["i want to hurt my boss", "moderate", "harm_to_others"],
    ["i have a gun and i'll use it on them", "imminent", "harm_to_others"],
    ["my partner hits me", "high", "abuse"],
    ["he threatened to kill me", "high", "abuse"],
    ["i'm not safe at home", "high", "abuse"],
    ["chest pain since the session", "high", "medical"],
    ["i can't catch my breath", "high", "medical"],
    ["i fainted in the kitchen", "high", "medical"],
    ["there's blood in my pee", "high", "medical"],
    ["still hallucinating two days after my session", "high", "medical"],
    ["my husband is unresponsive and not breathing", "imminent", "medical"],
  ] as const)("%s -> %s %s", (text, level, category) => expectRisk(text, level, category));

  it("does not flag expected post-dosing effects or accidents", () => {
    for (const text of [
      "bit nauseous and dizzy after the session",
      "blurry vision for a few hours, fine now",
      "so drowsy, napped all afternoon",
      "i cut myself shaving",
      "burned myself on the oven",
      "passed out on the couch at 8 lol",
    ]) {
      expectRisk(text, "none");
    }
  });

  it("marks distress as concern with no category", () => {
    const r = detectRisk("i feel so hopeless and nothing helps");
    expect(r.level).toBe("concern");
    expect(r.categories).toEqual([]);
  });
});

describe("detectRisk: negation scope", () => {
  it.each([
    "i'm not suicidal",
    "i would never kill myself",
    "i don't want to die",
    "i used to want to die, not anymore",
    "no thoughts of hurting myself",
    "i've never tried to kill myself",
    "suicidal thoughts? no, not at all",
    "no chest pain today",
  ])("%s -> none", (text) => expectRisk(text, "none"));

  it.each([
    ["i'm not okay, i want to die", "moderate"],
    ["im not okay i want to die", "moderate"],
    ["im not suicidal i just want to die", "moderate"],
    ["i don't want to live anymore", "moderate"],
    ["i can't stop thinking about killing myself", "moderate"],
    ["i never told anyone but i tried to kill myself last month", "high"],
  ] as const)("%s stays risk (%s)", (text, level) => expectRisk(text, level, "suicide"));
});

describe("detectRisk: third person, questions and idioms", () => {
  it.each([
    "my sister said she wants to die",
    "the character in the movie killed himself",
    'he kept saying "i want to kill myself" in the film',
    "my son told me he wants to hurt himself",
    "the nurse asked if i ever had suicidal thoughts",
  ])("%s -> none", (text) => expectRisk(text, "none"));

  it("caps general questions about the topic at concern", () => {
    expectRisk("is it normal to think about death during ketamine?", "concern");
    expectRisk("can ketamine cause suicidal thoughts?", "concern");
  });

  it.each([
    "this traffic is killing me",
    "i'm dying to see you",
    "killed it at work today",
    "i could kill for a coffee",
    "my feet are killing me",
    "dead tired",
    "i'd rather die than sing karaoke",
    "that cake was to die for",
    "drop dead gorgeous",
    "just killing time",
    "shoot me a text",
    "we were dying laughing",
    "bored to death",
    "overdosed on tv this weekend",
    "my mom is gonna kill me when she sees the car",
  ])("idiom: %s -> none", (text) => expectRisk(text, "none"));
});
