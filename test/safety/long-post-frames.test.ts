import { describe } from "vitest";
import { itLeavesQuiet, itReads } from "../support/risk-readings.ts";

// Long posts' everyday frames around risk words (posts-12, tune): crying "where you cant
// breathe", someone who "thought id hurt myself", seconds of not knowing where one is after a
// nightmare, scars covered for years and shown now, a grumble with its nuisance first, and a
// past habit of saying "i want to die". Each beside the risk it must not hide.
describe("long-post frames", () => {
  itLeavesQuiet([
    "i sobbed so hard i couldnt breathe, but it was the good kind of release after the session",
    "my husband heard the crash and thought id hurt myself, it was just the shelf lol",
    "woke up from the nightmare and for a few seconds i didnt know where i was, then i saw the lamp",
    "ive always covered my old scars, long sleeves in summer, the lot. today i didnt.",
    "if i have to sit through one more budget meeting im gonna kms. joking, its fine",
    "for years whenever the pain flared id say i want to die, and now i notice it and breathe",
  ]);
  itReads([
    ["if i have to live one more day with this pain i will kill myself", "high", "suicide"],
    [
      "since the session yesterday i still dont know where i am, everything is confused",
      "high",
      "medical",
    ],
    ["i cant breathe and my chest is tight since the dose", "high", "medical"],
    ["i hurt myself again last night, the cuts are deep", "high", "self_harm"],
    ["wearing long sleeves in this heat again because of the new cuts", "moderate", "self_harm"],
  ]);
});
