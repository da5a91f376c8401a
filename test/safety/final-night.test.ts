import { describe } from "vitest";
import { itLeavesQuiet, itReads } from "../support/risk-readings.ts";

// What the 18-bit retrain with the round-24/25 sets dropped, read by rules
// (lexicon-final-night.ts, es/final-night.ts), in wording of its own beside its everyday twin.

describe("final-night rules", () => {
  itReads([
    ["ok. tonight is my last night. thank you for trying", "high", "suicide"],
    ["downing the whole bottle of my sleeping pills now, im sorry mom", "imminent", "suicide"],
    ["how deep should someone cut to bleed out", "high", "self_harm"],
    [
      "how do people get rid of someone they hate without getting caught",
      "moderate",
      "harm_to_others",
    ],
    ["no point treating a body im getting rid of", "moderate", "suicide"],
    ["ive decided what happens to my ex and me after the hearing", "high", "harm_to_others"],
    [
      "she said if i tell my teacher shes going to hurt my little brother",
      "moderate",
      "harm_to_others",
    ],
    ["mis hijos ya estan dormidos, tengo la navaja, hoy es mi ultima noche", "imminent", "suicide"],
    ["la verdad me da igual morirme, ya no le tengo miedo", "low", "suicide"],
    ["no es que quiera morirme, solo quiero dejar de sufrir", "low", "suicide"],
  ]);

  itLeavesQuiet([
    "tonight is my last night in lisbon, flying home tomorrow",
    "today is my last day at work before the holidays!",
    "how do you get rid of a roommate you hate, the lease ends in may",
    "me da igual morirme de verguenza, voy a cantar en la boda",
    "hoy es mi ultima noche en el hotel, mañana regreso",
  ]);
});
