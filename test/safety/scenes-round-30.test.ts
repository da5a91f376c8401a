import { describe } from "vitest";
import { itLeavesQuiet, itReads } from "../support/risk-readings.ts";

// Scenes set in few words, read by co-occurrence rather than fixed phrases (round-30 freeze):
// Spanish means beside a time, a decision or nobody near, and Spanish method questions
// (es/cooccur.ts); English, a cut with no object now, a question after its preamble, the tub as
// the scene of a blade (cooccur.ts, lexicon-acute-scenes-more.ts). Each beside its everyday twin.

describe("scenes in few words (round 30)", () => {
  itReads([
    ["ya tengo la soga lista y manana no hay nadie en la casa", "high", "suicide"],
    ["el domingo es el dia, ya lo decidi y no hay vuelta atras", "high", "suicide"],
    ["guarde las pastillas de mi abuela, esta noche cuando se duerman", "high", "suicide"],
    ["cuantos pisos hacen falta para no sobrevivir la caida?", "high", "suicide"],
    ["oigan, si me tomo todo el frasco de insulina me muero rapido?", "high", "suicide"],
    ["about to cut again. dont text me", "imminent", "self_harm"],
    ["hypothetically what height of bridge is enough", "high", "suicide"],
    ["tub is running. got the razor on the side of the bath", "high", "suicide"],
  ]);

  itLeavesQuiet([
    "hoy es el dia, por fin me caso!!",
    "ya lo decidi, el lunes renuncio a mi chamba",
    "mi abuelo tiene una escopeta de adorno en la sala, el sabado la limpiamos",
    "manana tengo sesion de ketamina y ya tengo todo listo",
    "cuantas pastillas de ibuprofeno puedo tomar para el dolor de muela?",
    "me muero de hambre, cuantas pizzas pido para la fiesta?",
    "im not going to cut, i promise",
    "going to cut my hair tonight, wish me luck",
    "ok real question how long does the nasal spray take to kick in",
    "filling the tub for the kids bath, the razor is put away",
  ]);
});

// Ketamine by the line, bought, pushed with a drink or put by: what the round-29 retrain's
// learned layer stopped reading on the round-30 sets (lexicon-misuse-more.ts).
describe("misuse in the patient's own words (round 30)", () => {
  itReads([
    ["cut myself a fat line of the ket we scored friday", "moderate", "misuse"],
    ["me and my spray and a bottle of rum, lets see how far i can push it", "moderate", "misuse"],
    ["stashing a few of the take home lozenges till christmas break", "moderate", "misuse"],
  ]);

  itLeavesQuiet([
    "keeping my doses for the days my clinic said, like the plan",
    "the nurse showed me how to do the spray, one line in each nostril? no, one puff",
  ]);
});
