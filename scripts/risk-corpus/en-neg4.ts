// Hard negatives, fifth pass (round 7): fear of dying said as a worry about a procedure or a
// journey ("I worry I won't wake up" after the anaesthetic) is not a wish to die; its twins
// ("I hope I won't wake up") are. English and Spanish. Written for the learned scorer's
// corpus; no line of a tune or fresh set is copied here.
import { pool, type Spec } from "./gen.ts";

const q = (s: string) => pool(s);

/** Slot values for FEAR_NEG and FEAR_TWINS. */
export const FEAR_SLOTS: Record<string, string[]> = {
  afterProc: q(
    "after the anaesthetic|from the sedation|after the infusion|after surgery tomorrow|after the procedure|from the general anaesthetic|after the op|when they put me under|after the colonoscopy|from the twilight sedation|tonight, my heart is racing|",
  ),
  during: q(
    "in surgery|during the op|on the table|on the flight|during the procedure|from an allergic reaction|in the mri|if my heart plays up|on the motorway in this snow",
  ),
  fearAsk: q(
    "is that normal|has anyone else felt this|how do i calm down|can someone reassure me|the nurse said it's common|i know it's silly|",
  ),
  afterEs: q(
    "de la anestesia|de la sedación|después de la operación|después de la infusión|mañana después de la cirugía|cuando me duerman|",
  ),
  hopeWhen: q("tomorrow|in the morning|tonight|ever again|after this|"),
};

export const FEAR_NEG: Spec[] = [
  {
    set: "neg-fear-of-dying",
    level: "none",
    categories: [],
    count: 160,
    templates: q(
      "i worry i won't wake up {afterProc}|i'm scared i won't wake up {afterProc}, {fearAsk}|what if i don't wake up {afterProc}|i'm afraid i'll die {during}, {fearAsk}|i keep worrying i won't wake up {afterProc}|scared i won't wake up {afterProc}|i'm terrified something will go wrong {during}|my biggest fear is not waking up {afterProc}|i worry i won't wake up|anxious i won't wake up {afterProc}, {fearAsk}",
    ),
  },
  {
    set: "es-neg-fear-of-dying",
    level: "none",
    categories: [],
    count: 80,
    templates: q(
      "me da miedo no despertar {afterEs}|tengo miedo de no despertar {afterEs}|y si no despierto {afterEs}|me preocupa no despertar {afterEs}, ¿es normal?|me asusta morirme en la operación|tengo pánico a la anestesia, me da miedo no despertar",
    ),
  },
];

/** The twins: the same words as a wish (passive ideation, low). */
export const FEAR_TWINS: Spec[] = [
  {
    set: "risk-twins-fear",
    level: "low",
    categories: ["suicide"],
    count: 100,
    templates: q(
      "i hope i won't wake up {hopeWhen}|i wish i wouldn't wake up {hopeWhen}|hoping i just don't wake up {hopeWhen}|i'd be glad if i didn't wake up {hopeWhen}|i pray i don't wake up {hopeWhen}|honestly i hope i don't wake up {afterProc}|part of me hopes i won't wake up {afterProc}",
    ),
  },
  {
    set: "es-risk-twins-fear",
    level: "low",
    categories: ["suicide"],
    count: 60,
    templates: q(
      "ojalá no despierte mañana|ojalá no despierte {afterEs}|quisiera no despertar {afterEs}|espero no despertar mañana|rezo para no despertar|a veces deseo no despertar",
    ),
  },
];
