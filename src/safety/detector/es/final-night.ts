// Spanish risk the learned scorer read alone until its retrain with the round-24/25 sets
// dropped it: not caring whether one dies, with no fear of it left; and "no es que quiera
// morir, es que quiero dejar de sentir esto", the wish to stop feeling said beside dying. After
// the round-26 retrain: a cord tied and the chair set, the letter written and the day chosen
// (even with "jaja"), a will made and debts paid "cuando me vaya", ketamine saved to take all
// at once, "mañana a esta hora ya no voy a existir", not waking up wished beside cutting.
import type { Rule } from "../rules.ts";
import { OPTS } from "./round-13-words.ts";
import { esRule } from "./words.ts";

export const SPANISH_FINAL_NIGHT_RULES: Rule[] = [
  esRule(
    "es.suicide.final_night.indifferent_to_dying",
    "suicide",
    "low",
    "me (?:da|daria) (?:igual|lo mismo) (?:morirme|morir|si me muero|vivir o morir|si muero)(?! de (?:risa|hambre|sueno|verguenza|calor|frio))",
    OPTS,
  ),
  esRule(
    "es.suicide.final_night.stop_feeling",
    "suicide",
    "low",
    "no es que quiera (?:morir(?:me)?|matarme|suicidarme|desaparecer)[^.!?\\n]{0,30}(?:quiero|solo quiero) (?:dejar de (?:sentir|sufrir|existir)|que (?:pare|se acabe|termine))",
    OPTS,
  ),
  esRule(
    "es.suicide.final_night.cord_and_chair",
    "suicide",
    "imminent",
    "(?:cable|cuerda|soga|cinturon|lazo|mecate) (?:ya )?(?:atad[oa]|amarrad[oa]|list[oa]|colgad[oa])[^.!?\\n]{0,30}(?:la silla|el banco|la escalera|el banquito) (?:puesta|puesto|lista|listo|colocad[oa])",
    { negatable: false },
  ),
  esRule(
    "es.suicide.final_night.letter_and_day",
    "suicide",
    "high",
    "(?:ya )?tengo la carta (?:escrita|lista|hecha) y el dia (?:elegido|escogido|decidido|marcado)",
    { negatable: false },
  ),
  esRule(
    "es.suicide.final_night.affairs_in_order",
    "suicide",
    "high",
    "(?:hice|hize|firme|deje listo) (?:el |mi )?testamento[^\\n]{0,80}(?:cuando me vaya|no quiero dejar pendientes|pague (?:las|mis|todas las) deudas)",
    { negatable: false },
  ),
  esRule(
    "es.suicide.final_night.saving_to_take_all",
    "suicide",
    "high",
    "(?:juntando|guardando|ahorrando) (?:la|las|los|mis) (?:\\w+ )?(?:ketamina|ketamine|pastillas|pastis|pildoras|medicinas)[^\\n]{0,40}(?:tomarmela|tomarmelas|tomarmelos|tomarme) (?:toda|todas|todos)",
    { negatable: false },
  ),
  esRule(
    "es.suicide.final_night.this_time_tomorrow",
    "suicide",
    "high",
    "(?:manana|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)) a esta hora ya no (?:voy a existir|existire|voy a estar (?:aqui|viv[oa])|estare (?:aqui|viv[oa]))",
    OPTS,
  ),
  esRule(
    "es.suicide.final_night.not_waking",
    "suicide",
    "low",
    "(?:ganas|deseos) de (?:\\w+ ){0,6}?(?:y )?de no (?:despertar|volver a despertar|amanecer)",
    OPTS,
  ),
];
