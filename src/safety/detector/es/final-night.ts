// Spanish risk the learned scorer read alone until its retrain with the round-24/25 sets
// dropped it: not caring whether one dies, with no fear of it left; and "no es que quiera
// morir, es que quiero dejar de sentir esto", the wish to stop feeling said beside dying.
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
];
