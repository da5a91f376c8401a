// Spanish suicide risk the learned scorer read alone until its retrain on rounds 12-20 (the
// rules now read these tune lines themselves): a blade at hand "no para cortarme ... para
// terminar", a wished-for heart attack in one's sleep, and wanting to sleep forever; after the
// round-22 retrain, a gun bought "y los dos sabemos pa que es", a son who thinks of killing
// himself locked in his room now, and wanting to vanish "del mundo".
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
  esRule(
    "es.suicide.r22.gun_we_know",
    "suicide",
    "high",
    "(?:compre|consegui|tengo|saque) (?:un|una|el|la) (?:arma|pistola|escopeta|revolver|cuete)[^\\n]{0,80}(?:(?:los dos|ambos|tu|todos|ustedes) sab(?:emos|es|en) (?:pa|para) (?:que|q) es|no es (?:pa|para) (?:seguridad|defensa|protegerme))",
    OPTS,
  ),
  esRule(
    "es.suicide.r22.third_person_now",
    "suicide",
    "low",
    "mi (?:hij[oa]|herman[oa]|espos[oa]|marido|pareja|novi[oa]|amig[oa]|mama|papa|sobrin[oa]|prim[oa]|vecin[oa])(?: de \\d+)? (?:me )?(?:dijo|dice|conto|escribio) (?:q|que) (?:a veces |ya |todavia )?(?:piensa|pensaba|quiere|queria) (?:en )?(?:matarse|suicidarse|quitarse la vida|morirse)[^\\n]{0,60}(?:ahorita|ahora mismo|esta encerrad[oa]|se encerro)",
    { negatable: false },
  ),
  esRule(
    "es.suicide.r22.vanish",
    "suicide",
    "moderate",
    "quiero desaparecer (?:de este mundo|del mundo|para siempre)",
  ),
];
