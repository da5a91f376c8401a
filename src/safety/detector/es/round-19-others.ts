// Spanish self-harm, abuse, harm to others, medical red flags and misuse from the round-19
// tune sets (es round-18, intencion-9): a partner or a child thought to be hit (a black eye,
// bruises, "la castigan feo"), a child beaten with a belt; a weapon got with a target or a
// grievance, petrol at someone's house; a third party saying they will burn or hunt someone;
// losing control ("no sé de qué sería capaz", "no respondo"); the urge to throw or stab; missing
// cutting, staring at blades; urinary pain, tingling after a session; and misuse (raising the
// dose for a deeper trip, snorting it, mixing it with other drugs, a beer before a session).
import { any, type Rule, rule } from "../rules.ts";
import { OPTS } from "./round-13-words.ts";
import { esRule } from "./words.ts";

/** Someone close who could be the abuser. */
const ABUSER =
  "(?:el|la|su|mi) (?:novio|novia|esposo|esposa|marido|pareja|papa|mama|padrastro|madrastra|ex|tio|abuelo)";
/** What a child is beaten with. */
const LASH = "(?:cinturon|cable|chancla|palo|cuerda|manguera|fajo|correa|vara|cinto|reata)";
/** A weapon got hold of. */
const ARMS = "(?:pistola|arma|cuchillo|bat|bate|machete|fierro|navaja|escopeta|revolver)";
/** The treatment, as a drug. */
const KETA = "(?:keta|ketamin[ae]|special k)";
/** Told as long past: a childhood, years ago. */
const LONG_AGO = /de (?:chiquit|nin|pequen)|cuando (?:era|yo era)|hace (?:\d+|muchos|varios) anos/;

export const SPANISH_ROUND_19_OTHER_RULES: Rule[] = [
  rule(
    "es.abuse.r19.beaten",
    "abuse",
    "high",
    `(?:le|les) (?:pega|pego|pegaba|da|dio) a (?:mi|su|tu) \\w+(?: de \\d+ anos)? con (?:el|la|un|una) ${LASH}`,
    { negatable: false, unless: LONG_AGO },
  ),
  rule(
    "es.abuse.r19.suspected",
    "abuse",
    "low",
    any(
      `(?:creo|sospecho|parece|se me hace) (?:que|q) ${ABUSER} (?:le|la|lo|les) (?:pega|golpea|maltrata)`,
      "moretones[^\\n]{0,60}(?:la|lo|los|las) (?:castigan|golpean|pegan|maltratan)|(?:la|lo|los|las) castigan (?:bien |muy )?feo",
    ),
    { negatable: false, unless: LONG_AGO },
  ),
  esRule(
    "es.harm_to_others.r19.armed",
    "harm_to_others",
    "high",
    `(?:ya )?(?:consegui|compre|tengo|traigo|llevo) (?:una|un|la|el) ${ARMS}[^\\n]{0,80}(?:se salga con la suya|(?:lo|la|los) voy a esperar|se a (?:que|q) hora sale|me las va a pagar)`,
    OPTS,
  ),
  esRule(
    "es.harm_to_others.r19.fire",
    "harm_to_others",
    "imminent",
    "(?:tengo|traigo|consegui) (?:la |el )?(?:gasolina|thinner|diesel)[^\\n]{0,100}(?:con (?:ellos|ella|el|todos) adentro|enfrente de (?:la )?casa|afuera de (?:la )?casa)",
    OPTS,
  ),
  esRule(
    "es.harm_to_others.r19.third_party",
    "harm_to_others",
    "low",
    "(?:dice|anda diciendo|dijo|esta diciendo) (?:que|q) (?:va a|le va a) (?:ir a )?(?:quemar|matar|golpear|madrear|balear|apunalar|buscar a)[^\\n]{0,80}(?:en serio|enojad|trae algo|arma|pistola|cuchillo|esta semana)",
    OPTS,
  ),
  esRule(
    "es.harm_to_others.r19.lose_control",
    "harm_to_others",
    "low",
    any(
      "no se (?:ni )?de (?:que|q) (?:seria|soy|sea) capaz",
      "no respondo[^\\n]{0,30}no se (?:que|q) le voy a hacer",
      "(?:ganas de|quisiera) (?:aventarle|tirarle|lanzarle) algo a (?:mi|su|ese|esa|el|la) \\w+",
    ),
    OPTS,
  ),
  esRule(
    "es.harm_to_others.r19.stab_urge",
    "harm_to_others",
    "moderate",
    "(?:ganas de|quisiera|quiero) (?:chuzar|apunalar|acuchillar|picar|balear|darle un tiro|darle un plomazo) (?:al|a la|a ese|a esa) (?:man|tipo|vato|wey|cabron|idiota|\\w+) (?:que|q)",
    { negatable: false, unless: /jaja|jeje|xd|no literal|no voy a hacer nada|es un decir/ },
  ),
  esRule(
    "es.self_harm.r19.pull",
    "self_harm",
    "low",
    any(
      "extrano (?:la sensacion de |el )?(?:cortarme|rayarme|lastimarme|hacerme dano|quemarme)",
      "me quedo viendo (?:mucho |fijamente )?(?:las|la|el|los) (?:tijeras|navajas?|cuchillas?|cuchillos?|gillettes?)",
    ),
    OPTS,
  ),
  esRule(
    "es.medical.r19.bladder",
    "medical",
    "moderate",
    "orino (?:cada \\d+ minutos|a cada rato|sangre)|(?:tengo|siento|me da) (?:dolor|ardor) (?:al|cuando) orin\\w*|me (?:duele|arde) (?:al|cuando) orin\\w*|(?:tengo|veo|hay) sangre en (?:la|mi) orina",
    { negatable: false, unless: /si (?:alguna vez|algun dia|llego a|me llega)/ },
  ),
  esRule(
    "es.medical.r19.after_session",
    "medical",
    "low",
    "(?:hormigueo|entumid\\w*|adormecid\\w*)[^\\n]{0,40}(?:desde|despues de) la sesion[^\\n]{0,40}(?:horas|dias|normal)",
    OPTS,
  ),
  esRule(
    "es.misuse.r19.push",
    "misuse",
    "moderate",
    any(
      "(?:cuanto|que tanto) (?:mas )?(?:le )?(?:puedo|podria) subir (?:a )?la dosis",
      "(?:pa|para) (?:que|q) el viaje sea mas (?:profundo|fuerte|intenso)",
      "por la nariz[^\\n]{0,60}(?:pega|dosis|clinica|keta)",
      `${KETA} (?:se puede|puedo|se podra) mezclar con (?:g|ghb|coca|mdma|tusi|molly|extasis|cristal|hongos|lsd|popper|alcohol|chela|cerveza|trago)`,
    ),
    OPTS,
  ),
  esRule(
    "es.misuse.r19.drink",
    "misuse",
    "low",
    "me (?:tomo|echo) (?:una|un|unas|unos) (?:cervecita|cerveza|chela|trago|copa|copita|tequila|vino|whisky)s? antes de (?:la|cada|mis) sesion",
    OPTS,
  ),
];
