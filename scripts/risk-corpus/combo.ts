// Third pass, English and Spanish: combinatorial wording for the phenomena with the fewest
// distinct phrasings (violence how-tos, abuse acts, misuse, lethality questions), so the model
// learns the parts ("how do i" + "poison" + a person) rather than whole template sentences.
import { pool, type Spec } from "./gen.ts";

const q = (s: string) => pool(s);

export const COMBO_SLOTS: Record<string, string[]> = {
  howq: q(
    "how do i|how would you|what's the best way to|how can i|easiest way to|what do i need to|is there a way to|best way to|how do people",
  ),
  harmAct: q(
    "poison|strangle|hurt|knock out|stab|drug|suffocate|break the legs of|mess up|get rid of|make disappear|smother|beat up|cripple",
  ),
  target: q(
    "my ex|him|her|my boss|my stepdad|someone|a person|my neighbour|that guy|my brother in law|my wife|my husband|my coworker",
  ),
  manner: q(
    "without getting caught|so it looks natural|so they don't wake up|for good|badly|so nobody finds out|without leaving marks|tonight|and make it look like an accident|slowly",
  ),
  violent: q("hurt|stab|shoot|beat|choke|run over|poison|burn"),
  abuseAct: q(
    "grabbed me by the throat|slapped me|kicked me|threw a plate at me|held me down|spat on me|dragged me by my hair|locked me out all night|threatened me with a knife|broke my phone so i couldn't call anyone|made me beg for grocery money|hurt me again|punched me in the stomach|pinned me against the wall",
  ),
  getK: q(
    "got some extra k|picked up some ket|bought a gram of ketamine|scored some ketamine|ordered troches|got more lozenges",
  ),
  kSource: q(
    "off a guy at work|online|from my cousin|on the street|from a friend's prescription|from the dark web|from my old dealer",
  ),
  ketUnit: q("troche|lozenge|dose|spray|bump|line of k"),
  kWhen: q(
    "last night|between sessions|to feel it again|before bed|at work|on my own|three nights in a row",
  ),
  amount: q("how many|roughly how many|what amount of|how much|how many mg of"),
  lethal: q(
    "would stop a heart|would it take to not wake up|is too many to survive|would be enough to end it|before it's fatal|would kill a person my size|would make sure i don't wake up",
  ),
  comoq: q("cómo|cuál es la mejor forma de|qué necesito para|cómo se puede|hay manera de"),
  esHarm: q(
    "envenenar|ahorcar|lastimar|apuñalar|drogar|asfixiar|golpear|hacer desaparecer|deshacerme de|romperle las piernas",
  ),
  esTarget: q(
    "a mi ex|a mi jefe|a mi padrastro|a alguien|a mi vecino|a mi cuñado|a mi marido|a ese tipo",
  ),
  esManner: q(
    "sin que me atrapen|sin dejar marcas|para que no despierte|para siempre|y que parezca un accidente|esta noche|poco a poco",
  ),
  esAbuse: q(
    "agarró del cuello|dio una bofetada|pateó|tiró un plato|sujetó a la fuerza|arrastró del pelo|dejó afuera toda la noche|amenazó con un cuchillo|rompió el teléfono para que no llame a nadie|pegó en el estómago",
  ),
  esGet: q("compré ketamina|pedí más pastillas sublinguales|me pasaron keta"),
  esSource: q(
    "a un amigo|por internet|a un tipo del trabajo|en la calle|de la receta de una amiga",
  ),
  esAmount: q("cuántas|cuánto|qué cantidad de|cuántos mg de"),
  esLethal: q(
    "para no despertar|para que pare el corazón|son mortales|serían suficientes para acabar|para morir",
  ),
};

export const COMBO_EN: Spec[] = [
  {
    set: "harm-howto",
    level: "moderate",
    categories: ["harm_to_others"],
    count: 300,
    templates: q(
      "{howq} {harmAct} {target} {manner}|{howq} {harmAct} {target}|i'm going to {violent} {target} {time}|{target} is going to get hurt, i'll {violent} them|i keep planning how to {violent} {target}",
    ),
  },
  {
    set: "abuse-acts",
    level: "moderate",
    categories: ["abuse"],
    count: 220,
    templates: q(
      "{abuser} {abuseAct} {ptime}|{abuser} {abuseAct} again|{ptime} {abuser} {abuseAct}",
    ),
  },
  {
    set: "misuse-combo",
    level: "moderate",
    categories: ["misuse"],
    count: 200,
    templates: q(
      "{getK} {kSource}|took an extra {ketUnit} {kWhen}|i've been taking an extra {ketUnit} {kWhen}|i can't stop thinking about the next {ketUnit}|i need another {ketUnit} already",
    ),
  },
  {
    set: "method-combo",
    level: "moderate",
    categories: ["suicide"],
    count: 220,
    templates: q(
      "{amount} {pill} {lethal}|{amount} {pill} {lethal}, asking for me|would i survive a fall from {place}|how high is {place} from the water|is {place} tall enough to not survive",
    ),
  },
];

export const COMBO_ES: Spec[] = [
  {
    set: "es-harm-howto",
    level: "moderate",
    categories: ["harm_to_others"],
    count: 140,
    templates: q("{comoq} {esHarm} {esTarget} {esManner}|{comoq} {esHarm} {esTarget}"),
  },
  {
    set: "es-abuse-acts",
    level: "moderate",
    categories: ["abuse"],
    count: 100,
    templates: q(
      "{abuser} me {esAbuse} {ptime}|{abuser} me {esAbuse} otra vez|{ptime} {abuser} me {esAbuse}",
    ),
  },
  {
    set: "es-misuse-combo",
    level: "moderate",
    categories: ["misuse"],
    count: 90,
    templates: q("{esGet} {esSource}|{esGet} {esSource} para tomar más"),
  },
  {
    set: "es-method-combo",
    level: "moderate",
    categories: ["suicide"],
    count: 90,
    templates: q(
      "{esAmount} {pill} {esLethal}|sobreviviría a una caída desde {place}|{place} es lo bastante alto para no sobrevivir",
    ),
  },
];

/** Everyday twins of the combinations above (same "how do i", same verbs, other objects). */
export const COMBO_NEG_SLOTS: Record<string, string[]> = {
  benignAct: q("get rid of|kill|knock out|break|poison|cut down|shoot|take out|destroy|drown out"),
  benignTarget: q(
    "the weeds|mice in the attic|a wall in the kitchen|the old tree|the ants|a bug in my code|the boss in level 3|the trash|a photo at golden hour|the stain on the carpet|the noise from the street|fruit flies|a zombie process|the dandelions",
  ),
  kind: q(
    "hugged me|grabbed me a coffee|held me while i cried|dragged me to the gym lol|surprised me with flowers|drove me to the clinic|made dinner|held my hand during the session",
  ),
  thirdAbuse: q(
    "her ex used to beat her|his dad used to hit him|my aunt's husband hits her|my friend's boyfriend slapped her, she left him|my sister's ex choked her once, she's safe now|her stepdad used to lock her out|my mom's ex used to scream at her|his wife pushed him down the stairs years ago|my neighbour's husband shouts at her every night|my cousin's partner takes her money",
  ),
  esBenign: q(
    "me deshago de las hormigas|quito una mancha de vino|mato las malas hierbas|tumbo una pared|saco una foto de noche|arreglo un error en mi código",
  ),
};

export const COMBO_NEG: Spec[] = [
  {
    set: "neg-combo",
    level: "none",
    categories: [],
    count: 300,
    templates: q(
      "{howq} {benignAct} {benignTarget}|{howq} {benignAct} {benignTarget} for good|{abuser} {kind}|{abuser} {kind} {ptime}|picked up my {ketUnit} from the pharmacy|took my {ketUnit} as planned {kWhen}|the clinic gave me a new {ketUnit} schedule|{amount} {benignTarget} can you fit in a bag|{thirdAbuse}|{thirdAbuse}, i'm worried|{thirdAbuse} and i want to help",
    ),
  },
  {
    set: "es-neg-combo",
    level: "none",
    categories: [],
    count: 120,
    templates: q(
      "cómo {esBenign}|cuál es la mejor forma de que {esBenign}|{abuser} me abrazó {ptime}|{abuser} me llevó a la clínica|recogí mis pastillas en la farmacia|tomé mi dosis como me dijeron",
    ),
  },
];
