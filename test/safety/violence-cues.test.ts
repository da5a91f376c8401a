import { describe, expect, it } from "vitest";
import { detectRisk } from "../../src/safety/detect.ts";
import { rank } from "../../src/safety/types.ts";

// The round-22 harm-to-others classes (src/safety/detector/violence-cues.ts), by phenomenon:
// each shape with wording of its own, beside the everyday lines that share its words.
const reads = (text: string) => detectRisk(text);
const harmAt = (text: string) => {
  const r = reads(text);
  return r.categories.includes("harm_to_others") ? r.level : "none";
};

describe("harm to others: means, places, plans, euphemisms", () => {
  it.each([
    ["the antifreeze is in the garage for him, he drinks whatever i pour", "high"],
    ["bought duct tape and zip ties, scoped out the trail he runs", "high"],
    ["the bat is in my trunk and im waiting outside the office", "high"],
    ["i know which exit has no camera at the plant. im bringing everyone down with me", "high"],
    ["i made a plan for what im going to do to my brother in law", "high"],
    ["the lighter fluid is spread around his porch", "imminent"],
  ])("reads a concrete harm as %s -> %s", (text, level) => {
    expect(harmAt(text)).toBe(level);
  });

  it("reads an arm in hand with the person asleep nearby as high or above", () => {
    expect(rank(harmAt("shes asleep upstairs and i have the hammer"))).toBeGreaterThanOrEqual(
      rank("high"),
    );
  });

  it.each([
    "i keep thinking about making my landlord disappear",
    "i want to catch my ex alone and see how tough he really is",
    "thoughts of hurting people? i lied to my therapist. i have them",
  ])("reads an intent said sideways as moderate: %s", (text) => {
    expect(harmAt(text)).toBe("moderate");
  });

  it.each([
    "im hoping something terrible happens to my supervisor",
    "my uncle said hes going to shoot the neighbours dog and the neighbour",
  ])("reads a wish or another's threat as low: %s", (text) => {
    expect(rank(harmAt(text))).toBeGreaterThanOrEqual(rank("low"));
  });

  it("keeps a concrete plan under a joke, drops a joke with none", () => {
    expect(harmAt("lol i got the rat poison for him. jk... or am i")).toBe("high");
    expect(harmAt("lol im going to get my brother back for eating my fries")).toBe("none");
  });

  it.each([
    "got a nerf gun for him for his birthday, he loves it",
    "i keep her pills for her so she doesnt double up",
    "the news said someone brought a knife to the high school, nobody was hurt, my kid is shaken",
    "my cousin said hed make them pay but he meant in court, hes got a lawyer",
    "who would win, vader or kylo? settle this",
    "bought rope for a swing for the kids",
    "how do i get back at my brother in mario kart",
    "for a split second i pictured shoving my neighbour into the hedge. i wont, just tired",
  ])("leaves an everyday line below moderate harm: %s", (text) => {
    expect(rank(harmAt(text))).toBeLessThan(rank("moderate"));
  });
});

// Round 24 (violence-cues-more.ts and the round-24 abuse rules), each with its look-alikes.
describe("harm to others and abuse: arms not for their use, crowds, following, covert harm", () => {
  it.each([
    ["bought rat poison, and its not for rats", "high"],
    ["i know which door everyone comes in at the warehouse", "high"],
    ["checked what time the festival lets out and where the crowd bottlenecks", "high"],
    ["his daily route is mapped and i know where the cameras arent", "high"],
    ["could the cops tell if someone was pushed off a balcony", "high"],
    ["got her address and my uncles pistol, about 5 min out", "imminent"],
  ])("reads %s -> %s", (text, level) => {
    expect(harmAt(text)).toBe(level);
  });

  it("reads an arm kept loaded for if he comes back as high or above", () => {
    const text =
      "keep the shotgun loaded by the bed and its not for intruders. its for if he comes back";
    expect(rank(harmAt(text))).toBeGreaterThanOrEqual(rank("high"));
  });

  it("reads making someone sick asked as a method as moderate, and asked for safety as nothing", () => {
    expect(harmAt("which sprays can you mix to make someone really sick in a closed room")).toBe(
      "moderate",
    );
    expect(harmAt("what cleaners make someone sick if mixed by accident, asking for safety")).toBe(
      "none",
    );
  });

  it.each([
    "punched the door and wished it was my brothers face",
    "the thoughts keep telling me to hurt my coworker, i dont act on them but they come",
    "texting my attacker so he knows im coming for him",
  ])("reads an owned urge as moderate: %s", (text) => {
    expect(harmAt(text)).toBe("moderate");
  });

  it.each([
    "honestly the world would be better without my ex in it",
    "i hope my old boss gets in an accident, not that id do anything",
    "my uncle keeps saying hes going to shoot the neighbour",
    "lol i got the rat poison for him already. jk",
  ])("reads a wish, another's threat or a joke over a means at least low: %s", (text) => {
    expect(rank(harmAt(text))).toBeGreaterThanOrEqual(rank("low"));
  });

  it.each([
    "not for rats? the trap is for mice, we have a cat",
    "what time does the concert let out, i need to pick up my daughter",
    "my route to work is all mapped out on the new app",
    "could the cops tell my car was parked there? i got a ticket",
  ])("leaves an everyday line below moderate harm: %s", (text) => {
    expect(rank(harmAt(text))).toBeLessThan(rank("moderate"));
  });

  it("reads abuse heard now as high abuse, its signs told as low, and a play fight as none", () => {
    const now = reads("i can hear my stepdad beating my little sister upstairs right now");
    expect(now.categories).toContain("abuse");
    expect(rank(now.level)).toBeGreaterThanOrEqual(rank("high"));
    const signs = reads("my cousin has bruises again and says her husband was just drunk");
    expect(signs.categories).toContain("abuse");
    expect(
      reads("the kids are play fighting, i can hear my son hitting his brother with a pillow")
        .categories,
    ).not.toContain("abuse");
  });
});
