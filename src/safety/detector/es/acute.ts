import { any, type Rule } from "../rules.ts";
import { esRule, JOKE_ES, PILLS_ES } from "./words.ts";

// Spanish acute shapes from es round 8, by phenomenon (docs/risk-detector.md "Round 9"):
// standing at a height now, a lethal-dose or lethal-method question, a last day or a date
// "decided", joining a dead person, the act half done, and a weapon on the way to someone.
// Each shape is a noun class or a verb frame, not a line: wording nobody wrote yet fits too.

const OPTS = { negatable: false, unless: JOKE_ES } as const;
const HEIGHT =
  "(?:la azotea|el techo|el tejado|el puente|un puente|el balcon|la cornisa|el borde|el acantilado|la via|las vias|el ultimo piso|la terraza)";
/** Lethal as a goal: "letal", "mortal", "para no despertar", "que no se pueda salvar". */
const LETHAL =
  "(?:(?<!no (?:es|son|seria|serian) )(?:letal(?:es)?|mortal(?:es)?)|pa(?:ra)? (?:q |que )?no (?:despertar|volver|me salven|se pueda salvar|me puedan salvar)|y no (?:volver|despertar(?:me)?)|(?:danar|destruir|reventar) el higado|(?:y )?sin dolor de morir|pa(?:ra)? (?:q|que) (?:la caida )?(?:sea|quede) (?:segur[oa]|definitiv[oa]|sin vuelta atras)|(?:q|que) no tenga vuelta atras)";
const ASK = "(?:cuant[oa]s?|que tan|q tan|cual(?:es)?|que|q|como|donde|a (?:q|que) hora)";

export const SPANISH_ACUTE_RULES: Rule[] = [
  // Ketamine from a hidden stash or taken from the clinic: misuse, like "from elsewhere".
  esRule(
    "es.misuse.stash",
    "misuse",
    "moderate",
    "(?:me tome|me puse|use|me meti) (?:la |mi )?(?:ketamina|keta) (?:de (?:la|mi) reserva|que tenia (?:escondida|guardada))|(?:agarre|robe|me lleve|tome|saque) (?:dos|tres|unos|unas|varios|los|las|un|una) (?:viales|vial|frascos|frasco|ampolletas|ampollas|ampolla)(?: de (?:ketamina|keta))? (?:de la (?:bandeja|clinica|mesa|charola)|cuando (?:la enfermera|el doctor|la doctora|nadie))",
    OPTS,
  ),
  esRule(
    "es.suicide.imminent.height",
    "suicide",
    "imminent",
    `estoy (?:parad[oa] |sentad[oa] |de pie |subid[oa] )?(?:en|arriba de|al borde de) ${HEIGHT}(?: de [\\w ]{1,20}?)?,? (?:ahorita|ahora|ya no (?:puedo|aguanto)|y (?:ya no|no) (?:puedo|aguanto)|dile|diles|digan|despidete|mirando (?:para )?abajo|para saltar|a punto)`,
    OPTS,
  ),
  esRule(
    "es.suicide.lethal_question",
    "suicide",
    "high",
    `${any(
      `${ASK} [^.!?\\n]{0,70}${LETHAL}`,
      "(?:forma|manera|modo) (?:mas )?(?:rapida|facil|segura|indolora)[^.!?\\n]{0,25} de (?:morir|matarme|suicidarme)",
    )}`,
    {
      negatable: false,
      unless: new RegExp(
        `${JOKE_ES.source}|(?:mi|el|la) (?:psiquiatra|medic[oa]|doctor|doctora|enfermer[oa]) (?:me )?(?:explico|dijo)|documental|pelicula|serie|novela|covid|virus|cancer|enfermedad|gripe|bacteria|accidentes?|estadisticas?|porcentaje|(?:la|una) (?:mordida|picadura)`,
      ),
    },
  ),
  esRule(
    "es.suicide.last_day",
    "suicide",
    "high",
    `${any(
      "(?:hoy|manana|esta noche|el (?:\\w+|\\d+)(?: de \\w+)?) (?:es|sera) (?:mi ultimo dia|el dia|mi ultima noche)(?! (?:de|en|del|con|libre|de trabajo))[^.!?\\n]{0,10}(?:,? ya (?:lo )?(?:decidi|tengo (?:todo )?(?:organizado|listo|preparado|decidido)))",
      "(?:es|sera) mi ultimo dia(?! (?:de|en|del|con|libre))[,.]? ya (?:lo )?tengo (?:todo )?(?:organizado|listo|preparado|decidido)",
      "(?:voy a|quiero|me voy a) (?:reunirme|ir(?:me)?|estar) con (?:mi|mis) \\w+ (?:en el cielo|al cielo|alla arriba)|(?:quiero|voy a) irme con (?:el|ella) [^.!?\\n]{0,20}(?:cielo|muerte|murio)|(?:muerte|murio|fallecio)[^.!?\\n]{0,40}(?:quiero|voy a) irme con (?:el|ella)\\b(?! (?:de|a|al) )",
    )}`,
    OPTS,
  ),
  esRule(
    "es.suicide.imminent.half_taken",
    "suicide",
    "imminent",
    `(?:frasco|caja|bote|tira) de (?:${PILLS_ES}|pastillas)[^.!?\\n]{0,50}(?:ya )?me (?:tome|trague|he tomado) (?:la mitad|casi todas|casi todo|varias|muchas)`,
    OPTS,
  ),
  esRule(
    "es.harm_to_others.imminent.on_the_way",
    "harm_to_others",
    "imminent",
    "(?:tengo|llevo|agarre|traigo) (?:un|una|el|la) (?:cuchillo|pistola|arma|navaja|machete|escopeta|bate) y (?:ya )?(?:voy|me voy|estoy yendo|ya voy|ando yendo|voy camino) (?:para|pa|a) (?:la )?(?:casa|trabajo|donde)",
    OPTS,
  ),
  esRule(
    "es.harm_to_others.poison_for",
    "harm_to_others",
    "high",
    "(?:raticida|veneno|matarratas|cianuro|anticongelante|arsenico)[^.!\\n]{0,60}(?:es|seria) (?:para|pa) (?:mi|el|la) (?:suegr[oa]|espos[oa]|marido|mujer|ex|jefe|jefa|vecin[oa]|herman[oa]|cunad[oa]|padre|madre|papa|mama|novi[oa])",
    OPTS,
  ),
];
