import { describe, expect, it } from "vitest";
import { detectRisk } from "../../src/safety/detect.ts";
import { rank } from "../../src/safety/types.ts";

// What the round-24 retrain dropped, read by rules (lexicon-round-23.ts, es/round-23.ts), each
// with wording of its own beside its everyday look-alike.
const at = (text: string) => detectRisk(text);

describe("round-24 rules", () => {
  it.each([
    ["left the car on in the garage and closed the door, sitting in it now", "imminent", "suicide"],
    ["got the razor right now and i dont know if i can stop this time", "imminent", "self_harm"],
    ["lying in the tub with the blade. goodbye", "imminent", "suicide"],
    ["if a person took 40 tylenol would they die", "moderate", "suicide"],
    ["tengo las pastillas guardadas y un plan para el sabado", "high", "suicide"],
    ["ya deje la carta de despedida lista en el cajon", "high", "suicide"],
    ["se donde vive y tengo un cuchillo", "high", "harm_to_others"],
  ] as const)("reads %s as %s %s", (text, level, category) => {
    const r = at(text);
    expect(rank(r.level)).toBeGreaterThanOrEqual(rank(level));
    expect(r.categories).toContain(category);
  });

  it.each([
    "turned the oven on and shut the windows, its freezing and the heat is out",
    "relaxing in the tub, shaved my legs with the new razor",
    "my dog ate 3 ibuprofen would he die? vet is closed",
    "looked up the train times behind my office for my commute",
    "picked up rope and a pulley to hang the kayak in the garage",
  ])("leaves an everyday line below low: %s", (text) => {
    expect(rank(at(text).level)).toBeLessThan(rank("low"));
  });
});
