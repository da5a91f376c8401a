// Shared words of the round-13 Spanish rules (round-13.ts, round-13-more.ts).
import { JOKE_ES, PILLS_ES } from "./words.ts";

export const OPTS = { negatable: false, unless: JOKE_ES } as const;
export const Q = "(?:q|que)";
/** End of a clause: the words stop there. */
export const END = "(?= *(?:$|[.!?,;:…]|[\\ud800-\\udbff]|[\\u2600-\\u27bf]))";
export const DAY =
  "(?:el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|(?:este|el proximo|el otro) (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|fin(?: de semana)?)|manana|esta noche|hoy|(?:el|pal|para el) \\d{1,2}|el dia de mi cumple|en mi cumple|el finde|este finde|el fin de semana|este fin de semana)";
/** Where someone throws themself from or under (not "me tiró del pelo"). */
export const WHERE_FROM =
  "(?:(?:del|de la|desde el|desde la|desde|por la|por el) (?:\\w+ )?(?:puente|edificio|azotea|balcon|ventana|techo|piso|acantilado|barranco|viaducto|presa)|(?:a las|al|a la|bajo el|bajo un|debajo del) (?:\\w+ )?(?:vias|tren|metro|subte|rio|mar|camion|trailer|presa|barranco|vacio))";
export const LEAP = `(?:tiro|aviento|lanzo|arrojo|echo) ${WHERE_FROM}`;
/** Medicines, the treatment's forms included. */
export const MEDS = `(?:${PILLS_ES.slice(3, -1)}|lozenges?|troches?|trociscos?|tabletas|pastillitas|pastilla)`;
/** The treatment's own forms. */
export const TREAT =
  "(?:lozenges?|troches?|trociscos?|keta|ketamina|dosis|pastillas? de (?:la )?keta\\w*)";
export const BOOZE =
  "(?:vino|vino tinto|vinos|cervezas?|cheves?|chelas?|tequilas?|alcohol|whiskys?|ron|rones|vodkas?|mezcal|mezcales|pisco|fernet|tragos?|copas?|shots?|clonazepam|alprazolam|xanax|rivotril|diazepam|valium|lorazepam|porro|mota|marihuana|pastilla pa dormir)";
export const WEAPON =
  "(?:pistola|arma|revolver|escopeta|cuchillo|navaja|cuchilla|machete|bate|fierro|fusca|cuete)";
/** Someone close who might hurt the patient. */
export const CLOSE =
  "(?:mi|el|la) (?:novi[oa]|espos[oa]|marido|mujer|pareja|ex|hij[oa]|herman[oa]|papa|mama|padrastro|madrastra|suegr[oa]|cunad[oa]|cuidador[a]?)";
/** A coy disclaimer after a question: it is about me. */
export const DISCLAIM =
  /pregunt(?:o|ando) (?:por algo personal|por nada en especial|en serio|para mi|pa mi)|no (?:pregunto|es) (?:por|pa|para) (?:turismo|una tarea|la escuela|curiosidad)|es personal|no pregunten por que/;
