import { describe } from "vitest";
import { itLeavesQuiet, itReads } from "../support/risk-readings.ts";

// Acute scenes in a few words (lexicon-acute-scenes.ts, cooccur.ts's means at hand or with
// nobody near, es/final-night.ts), in wording of their own beside their everyday twins.

describe("acute scene rules", () => {
  itReads([
    ["the rifle is in my hand. wife is at her sisters till sunday", "high", "suicide"],
    ["rope tied to the beam in the garage. house to myself tonight", "high", "suicide"],
    ["just cut and the bleeding wont stop, getting dizzy", "imminent", "self_harm"],
    ["swallowed the rest of my oxy. feel myself fading. sorry", "imminent", "suicide"],
    ["final message. thank you for everything you did", "high", "suicide"],
    ["at the subway platform and i cant do this anymore", "imminent", "suicide"],
    ["left my note and im driving out to the cliffs now", "imminent", "suicide"],
    ["heating up the paperclip again", "imminent", "self_harm"],
    ["rat poison is already in his coffee, hes drinking it", "imminent", "harm_to_others"],
    ["on my way to the old office with my brothers rifle", "imminent", "harm_to_others"],
    ["shes pounding on the door yelling shes going to kill me", "imminent", "abuse"],
    ["ive been raped, last weekend, i cant stop shaking", "high", "abuse"],
    ["what would happen if i took my whole bottle of gabapentin", "high", "suicide"],
    [
      "hice mi testamento y pague mis deudas, cuando me vaya no quiero dejar pendientes",
      "high",
      "suicide",
    ],
    ["el viernes a esta hora ya no voy a estar aqui", "high", "suicide"],
  ]);

  itLeavesQuiet([
    "cleaning my dads shotgun on my lap for hunting season",
    "moms at church till noon so i have the house to myself, gonna bake",
    "on the train platform, next one in 4 min, see you at the session",
    "loaded the dishwasher, waiting for her to get home",
    "the dog got the pillow while we were asleep",
    "took all the laundry upstairs, sorry about the noise",
    "just took my dose and i can feel it kicking in, bye for now",
    "my grandma keeps letters with the will in the safe",
    "put the tracker on her phone with her permission for the hike",
    "i was raped 20 years ago, worked through it in therapy, doing ok now",
  ]);
});
