// Spanish self-harm, harm to others, abuse, medical red flags and misuse from the round-17
// tune set (es round-16): acts told plainly (cuts made, a head hit against the wheel, a
// cigarette put out on the wrist); a gun carried, a threat kept ("y se lo cumplo"), a push
// that hurt; an abuser's threat reported ("dijo que si lo dejo me mata": the report is the
// point, so these rules skip GUARD's reported-speech drop); a dose doubled, mixed or hoarded.
import { any, type Rule, rule } from "../rules.ts";
import { OPTS } from "./round-13-words.ts";
import { esRule, JOKE_ES } from "./words.ts";

const PERSON =
  "(?:mi|a mi|al|a la) (?:\\w+ )?(?:mama|papa|jefe|jefa|suegra|suegro|esposa|esposo|mujer|marido|novia|novio|vecino|vecina|companero|companera|hermano|hermana|hijo|hija|ex|bebe)";

export const SPANISH_ROUND_17_OTHER_RULES: Rule[] = [
  esRule(
    "es.self_harm.r17.act",
    "self_harm",
    "moderate",
    any(
      "me hice (?:unos |unas |varios |varias )?(?:cortes|cortadas|heridas|quemaduras)",
      "(?:golpearme|me golpeo|me golpee|pegarme|me pego) (?:la cabeza )?(?:contra|con) (?:el volante|la pared|el piso|la puerta|el espejo)",
      "me muerdo (?:el brazo|la mano|los brazos|las manos)|me apague (?:un|el) cigarro en (?:la|mi) (?:muneca|brazo|mano|pierna)",
      "ganas de (?:rayarme|cortarme|quemarme) otra vez|(?:poner|meter) la mano en la estufa",
    ),
    OPTS,
  ),
  esRule(
    "es.self_harm.r17.means",
    "self_harm",
    "high",
    any(
      "(?:la|una) (?:cuchilla|navaja|hoja de afeitar) escondida",
      "el corte (?:de ayer |de anoche )?se (?:abrio|volvio a abrir)[^\\n]{0,60}(?:sangrar|sangra|puntos)",
    ),
    OPTS,
  ),
  esRule(
    "es.harm_to_others.r17.armed",
    "harm_to_others",
    "high",
    any(
      "le (?:meto|pego|doy) un (?:plomazo|balazo|plomo)|le (?:meto|pego|doy) un tiro (?!a puerta|al arco|al palo|a la porteria|libre|de esquina|desde)|traigo (?:la|una) (?:escuadra|pistola|fusca) cargada",
      "lo (?:quemo|mato) vivo[^\\n]{0,30}se lo cumplo",
      "compre un (?:bate|cuchillo|machete|arma)[^\\n]{0,80}(?:sale del|sale de|a las \\d+)",
      `(?:empuje|golpee|le pegue) ${PERSON}[^\\n]{0,20}(?:se cayo|se pego|sangr)`,
      "si me vuelve a dejar la mato|(?:la|lo) mato[^.\\n]{0,30}lo dije en serio",
      "se llevo el machete|(?:va a|fue a) buscar al que[^\\n]{0,40}(?:machete|pistola|arma|cuchillo)",
    ),
    { negatable: false, unless: JOKE_ES },
  ),
  esRule(
    "es.harm_to_others.r17.urge",
    "harm_to_others",
    "moderate",
    any(
      "(?:idea|ganas|pensando en serio en)[^.!?\\n]{0,20}(?:de )?(?:hacerle dano|darle su merecido|taparle la boca|agarrarme a golpes)",
    ),
    OPTS,
  ),
  esRule(
    "es.harm_to_others.r17.fantasy",
    "harm_to_others",
    "low",
    any(
      "me imagino (?:reventandole|partiendole|rompiendole|matandolo|matandola|golpeandolo|golpeandola|ahorcandolo|ahorcandola)",
      "(?:le echaria|echarle|le pondria) algo en (?:el|su) (?:cafe|comida|bebida|agua)[^.!?\\n]{0,30}(?:sufra|pague|se enferme)",
    ),
    { negatable: false },
  ),
  rule(
    "es.abuse.r17.reported",
    "abuse",
    "high",
    any(
      "(?:dijo|dice) (?:que )?si (?:lo|la) dejo me mata",
      "me (?:tiro|aventó|avento) (?:el|un) (?:plato|vaso|celular|control)[^.\\n]{0,20}(?:a la cabeza|en la cara)",
      "aprovecha (?:cuando|para)[^\\n]{0,40}(?:tocarme|manosearme|sacarme (?:plata|dinero))",
    ),
    { negatable: false },
  ),
  rule(
    "es.abuse.r17.control",
    "abuse",
    "moderate",
    any(
      "me tiene (?:el|mi) pasaporte|me (?:manda|va a mandar) deportar",
      "me controla? lo que (?:como|gasto|hago)[^\\n]{0,60}(?:me grita|me pega|no me deja)",
    ),
    { negatable: false },
  ),
  rule(
    "es.abuse.r17.now",
    "abuse",
    "imminent",
    "esta pateando la puerta[^\\n]{0,40}(?:me encerre|por favor|ayuda)",
    { negatable: false },
  ),
  esRule(
    "es.medical.r17.flag",
    "medical",
    "high",
    any(
      "orine con sangre|me sale con sangre|vomit\\w* (?:con )?sangre",
      "me dolio el pecho[^\\n]{0,70}(?:presion|todavia|sigo)",
      "no contesta (?:cuando le hablo)?[^\\n]{0,40}respira (?:bien despacito|raro|muy lento)",
    ),
    { ...OPTS, unless: /hace (?:\d+|dos|tres|unos) (?:anos|meses)|piedras|ya me operaron/ },
  ),
  esRule(
    "es.medical.r17.concern",
    "medical",
    "moderate",
    any(
      "no (?:he parado|paro) de vomitar",
      "(?:hinchado|hinchada) y roj[oa] donde me pusieron la via",
      "(?:esta|estoy|anda) confundid[oa][^\\n]{0,60}(?:no sabe (?:que|q) dia|repite)",
    ),
    OPTS,
  ),
  esRule(
    "es.misuse.r17.more",
    "misuse",
    "moderate",
    any(
      "la mezcle con (?:un |una |el |la )?(?:xanax|alcohol|alprazolam|clonazepam|rivotril|vino|cerveza|tequila)",
      "(?:fumando|fumo|me fumo) (?:un )?(?:porro|churro|toque|mota)[^\\n]{0,20}antes de las sesiones",
      "me (?:meto|tomo) las dos (?:de la semana )?(?:el mismo dia|juntas)",
      "me tome todo el paquete|me esnife|estoy guardando una (?:troche|dosis|pastilla)",
      "me tome una segunda (?:troche|dosis|pastilla)",
    ),
    OPTS,
  ),
];
