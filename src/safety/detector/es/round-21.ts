// Spanish suicide risk the learned scorer read alone until its retrain on rounds 12-20 (the
// rules now read these tune lines themselves): a blade at hand "no para cortarme ... para
// terminar", a wished-for heart attack in one's sleep, and wanting to sleep forever.
import { any, type Rule } from "../rules.ts";
import { OPTS } from "./round-13-words.ts";
import { esRule } from "./words.ts";

export const SPANISH_ROUND_21_RULES: Rule[] = [
  esRule(
    "es.suicide.r21.not_cutting",
    "suicide",
    "high",
    "(?:no es|ya no es|esta vez no es) para cortarme[^.!?\\n]{0,40}(?:es|sino) para (?:terminar|acabar|matarme|morir|no despertar|irme)",
    OPTS,
  ),
  esRule(
    "es.suicide.r21.passive",
    "suicide",
    "low",
    any(
      "ojala (?:me )?(?:diera|de|den|dieran|agarrara) (?:un )?(?:infarto|paro cardiaco|paro|ataque al corazon|derrame)",
      "(?:quiero|quisiera|me gustaria|solo quiero) dormir (?:por|para) siempre(?![. …]*o (?:por lo menos|al menos|minimo|mínimo) hasta)",
    ),
    OPTS,
  ),
];
