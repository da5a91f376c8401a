import { describe, expect, it } from "vitest";
import { detectRisk } from "../../src/safety/detector/detect.ts";
import { normalise } from "../../src/safety/detector/normalise.ts";
import { atLeast, below } from "./risk-expect.ts";

// The round-15 mechanisms (docs/risk-detector.md, "Round 15"), each with the wording that
// must fire beside the wording that must stay quiet.

describe("round-15 detector mechanisms", () => {
  it("restores a starred-out risk word only when one word fits", () => {
    expect(normalise("s*icide is on my mind").text).toBe("suicide is on my mind");
    expect(normalise("im going to unal*ve myself").text).toBe("im going to unalive myself");
    expect(normalise("*sigh* back to work").text).toBe("*sigh* back to work");
    atLeast("s*icide is on my mind", "moderate", "suicide");
    atLeast("i want to k*ll myself", "moderate", "suicide");
  });

  it("reads researching ways, joining the dead and what one is living for", () => {
    atLeast("I have been researching ways. I won't say more than that.", "high", "suicide");
    below("researching ways to save money on groceries", "low");
    atLeast(
      "3 years since my mom passed. some days i think i should just join her",
      "low",
      "suicide",
    );
    below("my friends are at the pub, i should just join them", "low");
    atLeast("what am I even living for? nothing changes", "low", "suicide");
    below("i'm so tired i could sleep forever lol", "low");
    atLeast("i just want to sleep forever", "low", "suicide");
  });

  it("reads a fall, a drooping face and shaking after the dose as medical", () => {
    atLeast(
      "i fell in the shower after the dose and hit my head, theres a bump",
      "high",
      "medical",
    );
    atLeast("my face feels droopy on one side since the session", "high", "medical");
    atLeast(
      "i cant stop shaking and im sweating buckets hours after the dose",
      "moderate",
      "medical",
    );
    below("my vision went double for 40 min after the dose, then it cleared completely", "low");
    below("my session is friday and i'm so shaken by last night, i just can't stop shaking", "low");
  });

  it("keeps Spanish hair, kitchens, running and diets quiet beside the risk they resemble", () => {
    below("tengo ganas de cortarme el pelo", "low");
    atLeast("tengo ganas de cortarme otra vez", "moderate", "self_harm");
    below("el chef tiene el cuchillo en la mano", "low");
    atLeast("tengo el cuchillo en la mano y ya no puedo mas", "high", "suicide");
    below("me cuesta respirar cuando corro", "low");
    below("quiero castigarme con la dieta despues de las fiestas", "low");
    below("kmsss this homework", "low");
  });

  it("reads misspelt and emoji farewells", () => {
    atLeast("thinkin bout suiside", "moderate", "suicide");
    atLeast("i wnt to end my lyfe", "moderate", "suicide");
    atLeast("im going to jump of a brige", "moderate", "suicide");
    atLeast("🌉👋", "high", "suicide");
    below("had a bout of flu last week, better now", "low");
  });

  it("reads a hopeless phrase clarified as the job as concern, but not one meant", () => {
    below("i dont want to be here anymore. at this job i mean lol", "low");
    below("i can't do this anymore. the job, i mean, before anyone panics", "low");
    atLeast("i dont want to be here anymore. i mean it", "moderate", "suicide");
  });

  it("reads kms in a joke as a groan unless the joke is taken back", () => {
    below("kms 💀 this insurance form is 14 pages long", "low");
    atLeast("kms 😂 no but actually i keep thinking about it", "moderate", "suicide");
    atLeast("i'm going to stab her with the carving knife and i'm not even kidding", "moderate");
  });

  it("reads spiking a drink and a push with its outcome asked as harm to others", () => {
    atLeast(
      "what would happen if i put my sleeping pills in my wifes coffee",
      "high",
      "harm_to_others",
    );
    atLeast("if i push someone down the stairs will they die", "high", "harm_to_others");
    below("i put sugar in his coffee", "low");
    atLeast("the next time he touches my kid hes dead", "moderate", "harm_to_others");
    below("if he touches my fries again he's dead lol", "low");
  });

  it("treats a question about a lethal effect as high, and caffeine as no means", () => {
    atLeast("how many tylenol does it take to shut down your liver? for real", "high", "suicide");
    below("the lethal dose of caffeine is like 100 cups right? im on cup 5 lmao", "low");
  });

  it("reads the home lozenge off plan as misuse, and the plan itself as none", () => {
    atLeast(
      "took my home lozenge with nobody in the house even tho the plan says",
      "low",
      "misuse",
    );
    below("Took my lozenge as planned on my own", "low");
    below("Hiya, quick question about my home lozenges, I'll be missing one dose", "low");
    atLeast("just swallowed all 8 lozenges and half the vodka", "high", "misuse");
    atLeast("i did my lozenge then had a glass of wine", "moderate", "misuse");
    below("can i have a glass of wine with my dose?", "low");
  });

  it("lowers a long-ago attempt told as over to none", () => {
    below(
      "I tried to take my life in 1998. That is a long time ago now. I am well in myself.",
      "low",
    );
    atLeast("I tried to take my life last month and I still think about it", "moderate", "suicide");
  });

  it("raises a learned-only suicide reading when a time or means is named beside it", () => {
    const r = detectRisk("gonna take the long way out tonight if u know what i mean");
    const rules = r.evidence.map((e) => e.rule);
    // The rules alone read nothing; the scorer reads suicide and "tonight" frames it.
    expect(rules).toContain("learned.suicide");
    expect(rules).toContain("suicide.plan.timeline");
    expect(r.level).toBe("high");
    below("thinking about catching the bus into town tomorrow, the car is in the shop", "low");
  });
});
