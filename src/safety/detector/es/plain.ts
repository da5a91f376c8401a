import { any, type Rule } from "../rules.ts";
import { esRule, KETAMINE_ES } from "./words.ts";

// Plain Spanish words (round 6, issue 19 item 5): the writers who never saw the detector told
// risk in everyday verbs. Shapes, not lines, as in ../lexicon-plain.ts: means got or made
// ready, a plan with a day, an act "a propósito", a weapon taken to someone, ketamine from
// outside the clinic or beyond the dose, a lethal-dose question. Text is accent-folded.

const MEANS_ES =
  "(?:la cuerda|una cuerda|la soga|la pistola|una pistola|el arma|un arma|las pastillas|todas las pastillas|el frasco|las navajas|unas navajas|hojas de afeitar|un paquete de navajas)";
const WEAPON_ES = "(?:pistola|arma|cuchillo|machete|navaja|bate|martillo|galon|gasolina)";
const SOON_ES =
  "(?:esta noche|hoy|manana|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|el fin de semana|el \\d+|ahorita|ahora mismo|cuando (?:todos )?se duerman|cuando este sola|cuando este solo)";

export const SPANISH_PLAIN_RULES: Rule[] = [
  esRule(
    "es.abuse.plain",
    "abuse",
    "moderate",
    "me (?:toco|tocaba|agarro|manoseo|manoseaba|forzo|obligo) (?:\\w+ ){0,2}?(?:a la fuerza|sin (?:mi )?permiso|mis partes|por la fuerza)",
    { negatable: false },
  ),
  esRule(
    "es.suicide.plain_means",
    "suicide",
    "high",
    any(
      `(?:ya )?(?:amarre|colgue|compre|consegui|tengo|traigo|guarde|junte|escondi) ${MEANS_ES}[^\\n]{0,80}?(?:${SOON_ES}|decidir el dia|adios|ya decidi|ya lo decidi|esperando|(?:ya se|elegi|escogi) (?:en )?(?:que|cual) (?:arbol|puente|lugar|dia))`,
      `(?:ya )?(?:amarre|colgue) la (?:cuerda|soga)`,
      "(?:llegue a tener|tuve) las pastillas en la mano",
      `(?:ya )?decidi que (?:es|sera) ${SOON_ES}`,
    ),
    // an instrument string (round-16 esG-084: "la cuerda nueva pa la guitarra")
    { negatable: false, unless: /guitarra|violin|ukulele|charango|requinto/ },
  ),
  esRule(
    "es.suicide.plain_overdose_now",
    "suicide",
    "imminent",
    "(?:acabo de|ya) (?:tomarme|me tome|tome) (?:todas|todo el frasco|el bote|la caja|toda la caja)(?: \\w+){0,5}? (?:pastillas|receta|de dormir|entero|entera)",
    { negatable: false },
  ),
  esRule(
    "es.suicide.plain_method_question",
    "suicide",
    "moderate",
    any(
      "(?:cuantos|cuantas|cuanto|que dosis de) (?:\\w+ ){0,4}?(?:se necesitan?|necesito|hace falta) (?:\\w+ ){0,3}?(?:para que sea mortal|para morir|para no despertar|para matarme)",
      "(?:que altura|cuantos pisos) (?:\\w+ ){0,4}?para que (?:uno )?no (?:sobreviva|sobreviviera)",
      "si me tomo todas [^\\n]{0,50}?(?:me muero|me mato)",
    ),
    { negatable: false },
  ),
  esRule(
    "es.suicide.plain_passive",
    "suicide",
    "low",
    any(
      "mejor me muero(?! de (?:risa|verguenza|sueno|hambre|frio|calor))",
      "quisiera no estar|quisiera apagarme|apagarme un rato largo|(?:si|que) un camion se me atravesara|no vale la pena seguir(?: asi| viviendo| aqui)|soy un estorbo para (?:todos|mi familia|mis hijos)",
    ),
    { negatable: false, unless: /jaja|jeje|😂|🤣|de risa|verguenza/ },
  ),
  esRule(
    "es.self_harm.plain",
    "self_harm",
    "high",
    any(
      "(?:pienso|el plan es|voy a|quiero) cortarme (?:\\w+ ){0,3}?(?:profundo|hondo|esta vez|el sabado|esta noche|cuando)",
      "(?:tengo (?:el |un )?(?:urge|impulso|ganas) de|me dan ganas de) cortarme",
      "me (?:pegue|corte|queme|lastime|golpee|rasgue) (?:\\w+ ){0,8}?a proposito",
    ),
    { negatable: false, unless: /pelo|cabello|flequillo|barba|jaja/ },
  ),
  esRule(
    "es.harm_to_others.plain",
    "harm_to_others",
    "high",
    any(
      `(?:tengo|traigo|compre|consegui) (?:el|la|un|una|mi) ${WEAPON_ES}(?: \\w+){0,8}? (?:lo voy a|la voy a|voy a buscar|voy en camino|se acaba|le voy a)`,
      `(?:con el|con la|tengo el|tengo la) ${WEAPON_ES}(?:[ ,]+\\w+){0,6}?[ ,]+(?:lo voy a hacer|voy a hacerlo|ahorita|que salga)`,
      "(?:le voy a|voy a) (?:meter(?:le)? un tiro|echar(?:le)? gasolina)",
    ),
    { negatable: false, unless: /jaja|jeje|😂|🤣/ },
  ),
  esRule(
    "es.harm_to_others.plain_thoughts",
    "harm_to_others",
    "moderate",
    any(
      "(?:quiero|qiero|kiero|a veces quiero|ganas de) lastimar (?:a (?:mi|la|los|las|mis|el)|al)",
      "fantasias de (?:golpearlo|golpearla|matarlo|matarla|lastimarlo|lastimarla)",
      "pienso en (?:agarrarla|agarrarlo|golpearla|golpearlo)(?: \\w+){0,4}? (?:estrellarla|estrellarlo|contra)",
      "casi le (?:estrello|rompo|pego)",
    ),
    { negatable: false, unless: /jaja|jeje|😂|🤣/ },
  ),
  esRule(
    "es.misuse.plain",
    "misuse",
    "moderate",
    any(
      `(?:compre|consegui|me robe|me traje|me vendieron) (?:\\w+ ){0,4}?(?:${KETAMINE_ES}|ketamina)`,
      "(?:ketamina|keta) (?:\\w+ ){0,5}?y (?:la |lo )?acepte|(?:ketamina|keta|k) que (?:compre|consegui|me vendieron) (?:por fuera|con un amigo|en la calle|afuera)",
      "(?:ganas|muchas ganas) (?:todo el tiempo )?de (?:volver a usar|bolver a usar|usar otra vez)|la k me llama",
      "(?:sprays?|dosis) (?:mas|extra) (?:de la esketamina|de lo que me toca|de lo que me tocaba)|me tome una (?:diario|cada dia|todos los dias)",
      "(?:solo pienso en|no dejo de pensar en) (?:volver a la clinica pa(?:ra)? la siguiente dosis|la siguiente dosis)|me inyecte (?:\\w+ ){0,3}?(?:ketamina|el doble|toda)",
    ),
    { negatable: false },
  ),
  esRule(
    "es.medical.plain",
    "medical",
    "moderate",
    any(
      "sangre al hacer (?:pipi|pis)|orino con sangre|pipi con sangre",
      "sigo sin saber (?:donde estoy|que dia es)|me estoy poniendo morad[oa]",
    ),
    { negatable: false },
  ),
];
