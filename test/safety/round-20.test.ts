import { describe, it } from "vitest";
import { atLeast, below } from "./risk-expect.ts";

// The round-20 shapes (docs/risk-detector.md, "Round 20"), each beside an everyday twin.

describe("round-20 detector shapes", () => {
  it("reads passive wishes and a burden with no death word, at low", () => {
    atLeast("honestly i hope my heart just gives out one night", "low", "suicide");
    atLeast("everyone would carry on fine without me, maybe better", "low", "suicide");
    atLeast("i feel like a dead weight on my family since the accident", "low", "suicide");
    below("the team would carry on fine without me for a week, going camping", "low");
  });

  it("reads means stocked, a hospital visit after an attempt, a goodbye, the act under way", () => {
    atLeast("i have about 40 percs stashed in my gym bag. just in case", "high", "suicide");
    atLeast("ended up in the er on friday after i swallowed the bottle", "high", "suicide");
    atLeast("goodbye. thank you for everything you tried", "high", "suicide");
    atLeast("sitting with my feet over the edge of the parking garage", "imminent", "suicide");
    below("sitting with my feet over the edge of the dock, fishing with my dad", "low");
    below("i tried to end my life in 2004. stable for years now and glad im still here", "low");
  });

  it("reads self-harm by its marks and tools, and misuse as buying or a week at once", () => {
    atLeast("there are 9 new cuts on my thigh since sunday", "high", "self_harm");
    atLeast("stubbed a cigarette out on my wrist after the call", "high", "self_harm");
    atLeast(
      "my plug can get ketamine by friday, way cheaper than the clinic",
      "moderate",
      "misuse",
    );
    atLeast("took the whole months supply of lozenges at once an hour ago", "high", "misuse");
    below("cut my thumb chopping onions, blood everywhere but fine", "low");
  });

  it("reads abuse now and voices ordering harm to another", () => {
    atLeast("he kicked the door in and grabbed my throat", "high", "abuse");
    atLeast("the voices keep telling me to hurt my neighbour", "high", "harm_to_others");
    below("my mom locked me out once as a kid, we laugh about it now", "moderate");
  });

  it("keeps a grumble, a flop and a lie-in out", () => {
    below("kms if i have to listen to this hold music again", "low");
    below("going to throw myself onto the sofa and not move", "low");
    below("i could sleep forever on sundays", "low");
  });
});

describe("a history told as over (modifiers.ts isHistoryOver)", () => {
  it("keeps the learned reading when the present is told beside an old, settled fact", () => {
    atLeast(
      "my back injury was 8 years ago and i made peace with it. but lately the thought of ending it sits with me most days. no plan, it just keeps coming back and it scares me how normal it feels",
      "low",
      "suicide",
    );
  });
});
