import { describe } from "vitest";
import { itLeavesQuiet, itReads } from "../support/risk-readings.ts";

// What the learned scorer read alone before its 50-epoch retrain with the round-27/28 sets and
// no rule read (lexicon-medical, lexicon-escape, lexicon-own-aggression,
// lexicon-acute-scenes-more, es/held-more, es/suicide), and sport shooting kept quiet unless
// told as a cover (modifiers.ts), in wording of its own beside its everyday twin.

describe("rules for what the round-28 retrain could drop", () => {
  itReads([
    ["it stings each time i wee since the infusion", "high", "medical"],
    ["if i wasnt around maybe my family would be so much calmer", "low", "suicide"],
    ["my daughter mouthed off and i shoved her against the fridge", "moderate", "harm_to_others"],
    ["me dijo que soy suya y que si me ve con otro me mata, mi ex esta loco", "high", "abuse"],
    ["otra vez volvieron las ganas de morirme", "moderate", "suicide"],
    ["mis ideas de suicidio han vuelto esta semana", "moderate", "suicide"],
    ["i have decided my birthday is the day. the letters are written", "high", "suicide"],
    [
      "told my brother i wanted his rifle to go to the range. its in my closet now and i wont need it long",
      "moderate",
      "suicide",
    ],
  ]);

  itLeavesQuiet([
    "the toilet is down the hall, go before the session",
    "if i wasnt here the meeting would go smoother, my boss said",
    "i grabbed her by the collar to stop her running into the road",
    "we were wrestling on the floor and i pinned him, he laughed",
    "volvieron las ganas de morirme de la risa con ese video",
    "en la novela, los pensamientos de suicidio del personaje regresan",
    "ive decided saturday is the day i start running again",
    "heading to the shooting range with my uncle, first time holding a rifle",
  ]);
});
