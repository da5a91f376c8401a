// Hard negatives, fourth pass (issue 15, false alarms): everyday decisions, absences, purchases
// with a stated purpose and "suicidal" said of other people's stunts, in English and Spanish.
// Written for the learned scorer's corpus; the tune set test/fixtures/risk/tune/tune-7-negatives
// was written separately, and none of its lines is copied here.
import { pool, type Spec } from "./gen.ts";

const q = (s: string) => pool(s);

/** Slot values for EN_NEG3 and ES_NEG3. */
export const NEG3_SLOTS: Record<string, string[]> = {
  choice: q(
    "the blue sofa|the new phone|the paint for the bedroom|which school for my son|the job offer|the tiles for the bathroom|selling the car|getting a puppy|taking the train instead of driving|a shorter haircut|going vegetarian|the evening course|the baby's name|which flat to rent|the venue|the dress|the cheaper laptop|the garden shed|switching banks|the second-hand bike",
  ),
  when3: q(
    "next week|this weekend|on monday|from the 3rd to the 10th|for a few days|until the 20th|over the holidays|tomorrow|in june|for two weeks",
  ),
  reason3: q(
    "i'm on holiday in portugal|i'm visiting my parents|i'm at a conference|work is sending me to berlin|it's my sister's wedding|we're camping with the kids|i'm having my knee done|i'm on a training course|we're at the coast|my cousin is getting married",
  ),
  bought3: q("bought|picked up|got|grabbed|ordered"),
  item3: q(
    "a box of paracetamol|some ibuprofen|cough syrup|plasters|a thermometer|vitamins|a length of rope|a tarp|a pulley|bungee cords|a ladder|a bread knife|a bag of charcoal|a toolbox|hay fever tablets|a first aid kit",
  ),
  why3: q(
    "the kids have colds|for the camping trip|to hang the bikes in the shed|for the move|for the allotment|for the barbecue|for the first aid box|for the van|so the boxes don't slide around|for my hay fever|for the fishing weekend",
  ),
  stunt: q(
    "climbers who skip the oxygen|people who cycle on that road|base jumpers|free divers|people who swim out past the buoys|drivers in that city|people who eat the hottest wings|skiers who go off piste alone",
  ),
  doing: q(
    "eating that chilli whole|cycling on the ring road|swimming in that current|climbing without a rope|driving there in rush hour|going out in this storm|running a marathon untrained|opening the fridge at midnight",
  ),
  choiceEs: q(
    "el sofá azul|el móvil nuevo|la pintura del dormitorio|el colegio de mi hijo|la oferta de trabajo|los azulejos del baño|vender el coche|adoptar un perro|ir en tren|cortarme el pelo|hacerme vegetariana|el curso de tarde|el nombre del bebé|el piso de alquiler|el vestido",
  ),
  reasonEs: q(
    "estoy de vacaciones en galicia|voy a ver a mis padres|tengo un congreso|me voy de viaje de trabajo|es la boda de mi hermana|nos vamos de acampada|me operan de la rodilla|tengo un curso|estamos en la playa",
  ),
  whenEs: q(
    "la semana que viene|este fin de semana|el lunes|del 3 al 10|unos días|hasta el 20|en navidad|mañana",
  ),
  finalWhy: q(
    "i won't need anything after that|it's better for everyone if i'm gone|i've said what i needed to say|nobody will have to worry about me again|i'm done with living|i'm going to end it|there's no point going on|i won't be coming back",
  ),
  deathUse: q(
    "to end my life|to hang myself|so i can do it this weekend|for when i'm ready to go|to take them all at once|because i don't want to be here anymore",
  ),
  letters: q(
    "the letters are written|i've written the letters|the notes are done|i finished the letters to my kids|everyone's letter is sealed|the goodbye letters are in the drawer",
  ),
  forAfter: q(
    "for after|for when i'm gone|so they understand|for them to find|for afterwards|for when it's over",
  ),
  byeEs: q(
    "a dormir|me voy a la cama|buenas noches|hasta mañana|mañana sigo|mañana te cuento|descansad|chao",
  ),
};

export const EN_NEG3: Spec[] = [
  {
    set: "neg-decisions",
    level: "none",
    categories: [],
    count: 200,
    templates: q(
      "i've made up my mind about {choice}|made up my mind: {choice}|my mind is made up, {choice} it is|i've decided on {choice}|finally decided, {choice}|ok i've made my decision, {choice}|we made up our minds about {choice}|i'm going with {choice}, decision made",
    ),
  },
  {
    set: "neg-away",
    level: "none",
    categories: [],
    count: 200,
    templates: q(
      "i won't be around {when3}, {reason3}|i won't be here {when3} because {reason3}|not around {when3}, {reason3}|heads up, i won't be around {when3}, {reason3}|{reason3}, so i won't be around {when3}|i'll be gone {when3}, {reason3}",
    ),
  },
  {
    set: "neg-purchases",
    level: "none",
    categories: [],
    count: 220,
    templates: q(
      "{bought3} {item3} and {item3}, {why3}|{bought3} {item3} {why3}|just {bought3} {item3}, {why3}|i {bought3} {item3} and {item3} {why3}",
    ),
  },
  {
    set: "neg-stunts",
    level: "none",
    categories: [],
    count: 160,
    templates: q(
      "{stunt} are suicidal|{stunt} are suicidal, respect though|{doing} is suicidal|{doing} would be suicidal|honestly {doing} is suicidal lol|{stunt} must be suicidal",
    ),
  },
];

/** The risk twins of EN_NEG3's wordings, so the negatives cannot silence the words themselves. */
export const EN_TWINS3: Spec[] = [
  {
    set: "risk-twins-decisions",
    level: "high",
    categories: ["suicide"],
    count: 120,
    templates: q(
      "i've made up my mind, {finalWhy}|my mind is made up, {finalWhy}|i won't be around {when3}, {finalWhy}|i won't be here {when3}, {finalWhy}|{bought3} {item3} {deathUse}|{letters}, {forAfter}|{letters} {forAfter}",
    ),
  },
];

export const ES_NEG3: Spec[] = [
  {
    set: "es-neg-decisions",
    level: "none",
    categories: [],
    count: 160,
    templates: q(
      "ya lo he decidido: {choiceEs}|lo tengo decidido, {choiceEs}|me decidí por {choiceEs}|por fin decidido, {choiceEs}|no estaré {whenEs}, {reasonEs}|{reasonEs}, así que no estaré {whenEs}|este es mi último mensaje de hoy, {byeEs}|mi último mensaje por hoy, {byeEs}|último mensaje de la noche, {byeEs}",
    ),
  },
];
