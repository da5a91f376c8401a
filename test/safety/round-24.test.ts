import { describe } from "vitest";
import { itLeavesQuiet, itReads } from "../support/risk-readings.ts";

// What the round-24 retrain dropped, read by rules (lexicon-round-23.ts, es/round-23.ts), each
// with wording of its own beside its everyday look-alike.

describe("round-24 rules", () => {
  itReads([
    ["left the car on in the garage and closed the door, sitting in it now", "imminent", "suicide"],
    ["got the razor right now and i dont know if i can stop this time", "imminent", "self_harm"],
    ["lying in the tub with the blade. goodbye", "imminent", "suicide"],
    ["if a person took 40 tylenol would they die", "moderate", "suicide"],
    ["tengo las pastillas guardadas y un plan para el sabado", "high", "suicide"],
    ["ya deje la carta de despedida lista en el cajon", "high", "suicide"],
    ["se donde vive y tengo un cuchillo", "high", "harm_to_others"],
  ]);

  itLeavesQuiet([
    "turned the oven on and shut the windows, its freezing and the heat is out",
    "relaxing in the tub, shaved my legs with the new razor",
    "my dog ate 3 ibuprofen would he die? vet is closed",
    "looked up the train times behind my office for my commute",
    "picked up rope and a pulley to hang the kayak in the garage",
  ]);
});
