import { describe, expect, it } from "vitest";
import { detectRisk } from "../../src/safety/detector/detect.ts";
import { rank } from "../../src/safety/types.ts";

// Assertions on the rule layer's own evidence (not only the final level), so a raise from the
// learned scorer cannot hide a rule that stopped firing or started over-firing.
function ruleLevel(text: string, rule: string): string {
  const hit = detectRisk(text).evidence.find((e) => e.rule === rule);
  return hit?.level ?? "none";
}

describe("the word 'suicidal'", () => {
  it.each([
    "i'm suicidal",
    "feeling suicidal again",
    "suicidal thoughts won't stop",
    "the suicidal thoughts are back and worse than before",
    "why am i so suicidal all the time",
    "suicidal and alone at 3am",
    "being alone makes me suicidal",
    "my suicidal urges are getting stronger",
    "suicidal",
  ])("reads a present first-person state as moderate: %s", (text) => {
    expect(ruleLevel(text, "suicide.ideation.suicidal_word")).toBe("moderate");
  });

  it.each([
    "suicidal ideation rates rose among teens last year",
    "my friend is suicidal and i don't know what to do",
    "this exam makes me suicidal lol",
    "this traffic is making me suicidal",
    "suicidal levels of boredom at work today",
    "if i have to sit through another meeting i'll be suicidal",
    "the main character in the novel is suicidal",
    "what does suicidal ideation mean",
    "is it normal to feel suicidal after ketamine?",
    "that was a suicidal back pass from the defender",
    "cutting the budget again would be politically suicidal",
    "that squirrel is suicidal, it ran right under my car",
    "suicidal thoughts are a known risk of some antidepressants",
  ])("keeps news, others, hyperbole, fiction and topic questions below low: %s", (text) => {
    expect(rank(ruleLevel(text, "suicide.ideation.suicidal_word") as never)).toBeLessThan(
      rank("low"),
    );
  });
});

describe("wordings the fresh sets showed missing", () => {
  it.each([
    ["i want to go be with my dad", "suicide.indirect.reunion", "moderate"],
    ["i miss my mum, i want to go be with her", "suicide.indirect.reunion", "moderate"],
    ["bye everyone, i love you", "suicide.indirect.farewell_love", "high"],
    ["after today you won't hear from me again", "suicide.indirect.never_hear_again", "high"],
    ["i'm craving more", "misuse.craving_bare", "moderate"],
    ["I'll get my brother to hurt him", "harm_to_others.delegated", "high"],
    ["someone should shoot up that school", "harm_to_others.someone_should", "moderate"],
    ["someone should burn that place down", "harm_to_others.someone_should", "moderate"],
    ["they pumped my stomach on wednesday", "suicide.attempt.stomach_pumped", "high"],
    ["eid ot gniog mi", "evasion.reversed", "moderate"],
    ["\u202eeid ot gniog mi", "evasion.reversed", "moderate"],
  ])("%s -> %s at %s", (text, rule, level) => {
    expect(ruleLevel(text, rule)).toBe(level);
  });

  it.each([
    "i can't wait to be with my mom again when she visits next week",
    "bye everyone, see you tomorrow at the session",
    "you won't hear from me again until monday, i'm off camping",
    "i'm craving more chocolate",
    "i'm going to ask my dad to talk to him",
    "someone should kill that spider",
    "someone should take out the trash",
    "!yadhtrib yppah",
  ])("stays quiet on the look-alike: %s", (text) => {
    const r = detectRisk(text);
    const rules = r.evidence.filter((e) => rank(e.level) >= rank("low")).map((e) => e.rule);
    expect(rules.filter((id) => !id.startsWith("learned"))).toEqual([]);
  });

  it("reads a long post of burden, entrapment and goodbye without a keyword as moderate", () => {
    const post =
      "Nothing has changed and nothing is going to. I feel trapped in my own life. I've been a burden to my parents for years. I'm tired, really tired, in a way sleep doesn't fix. I've said what I needed to say to the people who matter. It's time to rest.";
    expect(ruleLevel(post, "suicide.accumulated")).toBe("moderate");
  });

  it("keeps ordinary long venting about pain at none or concern", () => {
    const vent =
      "My back has been awful this week. The pain was a nine out of ten on Tuesday and I couldn't get out of bed. I'm so tired of this pain, it's exhausting. I cried in the shower because I was frustrated. My husband made dinner and we watched a film. I have physio on Friday and I'm hoping the new stretches help. I just needed to vent, thanks for listening.";
    expect(ruleLevel(vent, "suicide.accumulated")).toBe("none");
    const rules = detectRisk(vent).evidence.filter((e) => rank(e.level) >= rank("low"));
    expect(rules.filter((e) => !e.rule.startsWith("learned"))).toEqual([]);
  });
});
