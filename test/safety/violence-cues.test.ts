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
