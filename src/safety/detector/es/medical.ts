import { any, type Rule, rule } from "../rules.ts";
import { esRule, KETAMINE_ES } from "./words.ts";

// Spanish medical red flags after a dosing session (docs/clinical.md), at least high; someone
// unconscious or not breathing is imminent. Expected effects (mild nausea, dizziness,
// drowsiness for a few hours) have no rule on purpose.
// Misuse (more ketamine than prescribed, ketamine from elsewhere, cravings to redose) uses the
// "misuse" category, moderate like the English lexicon-misuse.ts: the physician is alerted.

const LAUGH =
  // grief: "extraño tanto a mi mamá que me cuesta respirar" (intencion-4 intD-195)
  /extrano tanto|de (?:la )?tristeza|risa|reir|jaja|jeje|😂|🤣|ejercicio|correr|cuando corro|al correr|subir escaleras|gimnasio|gym|nariz tapada|vaso de agua|congestion|mocos|de calor|en (?:trabajo|deudas|papeles)/;
const STILL =
  "(?:no se (?:me )?(?:va|quita|pasa)|sigue|sigo|todavia|aun|desde (?:la sesion|ayer|anoche|el tratamiento|la infusion|el \\w+)|(?:un|dos|tres|varios|\\d+) dias|al dia siguiente|horas despues|no mejora)";

export const SPANISH_MEDICAL_RULES: Rule[] = [
  rule(
    "es.medical.imminent.unresponsive",
    "medical",
    "imminent",
    any(
      "(?:ya )?no (?:respira|esta respirando|reacciona|responde|despierta|se despierta)(?! bien por la nariz| por la nariz)",
      "(?:esta|quedo|se quedo) inconsciente|no (?:puedo|podemos|consigo) despertarl[oa]|(?:tiene|esta teniendo|le dio|me dio|tengo) (?:una )?convulsi(?:on|ones)|esta convulsionando|(?:labios|cara) (?:morad[oa]s?|azul(?:es)?)|se me cierra la garganta",
    ),
    { negatable: false },
  ),
  esRule(
    "es.medical.chest",
    "medical",
    "high",
    `${any(
      "dolor (?:fuerte )?(?:en el|de|del) pecho|me duele (?:mucho )?el pecho|(?:opresion|presion|punzadas?|peso|tension) en el pecho|el pecho me (?:duele|aprieta|arde)|(?:dolor|hormigueo|adormecimiento) (?:en|del) (?:el )?brazo izquierdo|(?:creo que )?(?:me esta dando|tengo|tuve) un infarto",
    )}`,
    {
      negatable: false,
      unless:
        // sadness "como un peso en el pecho" (round-11 fBes-193)
        /como un (?:peso|nudo|hueco) en el pecho|me (?:dio|va a dar) un infarto (?:cuando|de la risa|del susto)|casi me da un infarto/,
    },
  ),
  esRule(
    "es.medical.breathing",
    "medical",
    "high",
    `(?:no puedo respirar|no podia respirar|me cuesta (?:mucho )?respirar|me falta el aire|falta de aire|dificultad para respirar|me ahogo(?! en)|me estoy ahogando(?! en (?:correos|emails|mails|trabajo|deudas|papeles|ropa|tareas|deberes|facturas|mensajes))|no me entra (?:el )?aire|respiro con dificultad|casi no puedo respirar|(?:tengo|tiene|tenia|tenía|con|mi|su|siento) (?:la )?respiracion (?:muy )?(?:lenta|superficial|rara)|respira (?:muy )?(?:lento|raro))`,
    { negatable: false, unless: LAUGH },
  ),
  esRule(
    "es.medical.fainting",
    "medical",
    "high",
    `(?:me desmaye|me he desmayado|me desmayo|me desvaneci|perdi el conocimiento|perdi la conciencia|casi me desmayo|me voy a desmayar|siento que me voy a desmayar|se desmayo|me caí desmayad[oa]|me cai desmayad[oa])`,
    {
      negatable: false,
      // Already seen and explained by a doctor (stress, exhaustion, heat).
      unless:
        /de tanto (?:estres|trabajo|calor)|el (?:medico|doctor|doctora) (?:me )?dijo (?:q|que) (?:es|era|fue) (?:agotamiento|estres|cansancio|el calor|anemia|la presion baja|deshidratacion)|de la risa|jaja|de aburrimiento|en el sofa|en la cama|de sueno|hace (?:\w+ )?(?:anos|mucho)|cuando (?:era|tenia) |(?:un|una|mi|el|la|su) (?:companer[oa]|amig[oa]|herman[oa]|tia|tio|mama|papa|abuel[oa]|hij[oa]|vecin[oa]|senora?|primo|prima|jefe|jefa) se desmayo/,
    },
  ),
  esRule(
    "es.medical.urinary",
    "medical",
    "high",
    `(?:sangre en (?:la |mi )?orina|orino sangre|orina con sangre|hago pis con sangre|pis con sangre|orina (?:roja|rosada|color rojo|oscura con sangre)|(?:dolor|ardor|me arde|me duele|quema|me quema|pica) (?:mucho )?(?:al|cuando) (?:orinar|orino|hago pis)|no puedo orinar|no puedo hacer pis|dolor (?:en la|de) vejiga|me duele (?:mucho )?la vejiga|ganas de orinar (?:todo el tiempo|a cada rato|cada \\d+ minutos))`,
    // A doctor's "if you ever get ...": advice, not a symptom now.
    {
      negatable: false,
      unless:
        /si (?:alguna vez|algun dia|llego a|llegara a) (?:tengo|tuviera|tener|siento|sintiera|noto)/,
    },
  ),
  esRule(
    "es.medical.confusion",
    "medical",
    "high",
    `(?:(?:confusion|confundid[oa]|desorientad[oa]|desorientacion)[^.!?\\n]{0,40}${STILL}|${STILL}[^.!?\\n]{0,20}(?:muy )?(?:confundid[oa]|desorientad[oa])|no se (?:me )?(?:quita|pasa|va) la (?:confusion|desorientacion)|no se donde estoy|no reconozco (?:a mi|a nadie|donde))`,
    { negatable: false },
  ),
  esRule(
    "es.medical.headache",
    "medical",
    "high",
    `(?:el )?peor dolor de cabeza|dolor de cabeza (?:muy fuerte|insoportable|terrible|horrible|tremendo|espantoso)|(?:la cabeza me va a explotar|me va a explotar la cabeza)`,
    { negatable: false, unless: /jaja|😂/ },
  ),
  esRule(
    "es.misuse.extra",
    "misuse",
    "moderate",
    `${any(
      `(?:me )?(?:tome|he tomado|use|me puse|me meti|me administre) (?:mas|el doble de|una dosis extra de|otra dosis de|dos dosis de|dosis extra de|de mas)(?: \\w+){0,2} ${KETAMINE_ES}|(?:me )?(?:pase|excedi|sobrepase) (?:de )?(?:la|mi) dosis`,
      `(?:tome|use|me meti) ${KETAMINE_ES} (?:de mas|extra|por mi cuenta|sin receta|sin que (?:me )?(?:lo )?(?:sepa|supiera) la clinica|en casa sin)`,
      `(?:consegui|compre|me dieron|me pasaron|tengo) (?:mas )?${KETAMINE_ES}(?: \\w+){0,3} (?:de otra parte|en la calle|de un amigo|por internet|de un dealer|de un camello|sin receta|de otro sitio|de otro lado)|${KETAMINE_ES} de (?:otra parte|la calle|otro lado|otro sitio)`,
    )}`,
    // a friend's use told with worry (round-16 esG-239: "mi amiga dice que toma ketamina de la calle")
    {
      negatable: false,
      unless:
        /(?:mi|su) (?:amig[oa]|herman[oa]|hij[oa]|prim[oa]|vecin[oa]|novi[oa]),? (?:dice (?:q|que) )?(?:toma|usa|compra|consigue)/,
    },
  ),
  esRule(
    "es.misuse.craving",
    "misuse",
    "moderate",
    `${any(
      `(?:ganas|antojo|deseo|necesidad|ansias) de (?:mas )?${KETAMINE_ES}|(?:ganas|antojo|deseo|necesidad|ansias) de (?:volver a )?(?:tomar|usar|meterme)(?: mas)?(?: ${KETAMINE_ES}|(?= *(?:$|[.!?,;]| ya| otra vez| antes)))`,
      `(?:no puedo dejar de pensar en|pienso todo el tiempo en|necesito) (?:la )?(?:${KETAMINE_ES}|otra dosis|mas ${KETAMINE_ES})|quiero (?:mas|otra dosis de) ${KETAMINE_ES}`,
    )}`,
    { negatable: false },
  ),
];

/** Pain that "is killing" the patient: distress, concern at most. */
export const SPANISH_DISTRESS_RULES: Rule[] = [
  esRule(
    "es.distress.pain",
    "distress",
    "concern",
    `(?:me (?:esta )?mata(?:ndo)? (?:este|el|tanto) dolor|el dolor me (?:esta )?mata(?:ndo)?|(?:ya )?no aguanto (?:mas )?(?:este|el|tanto) dolor|estoy desesperad[oa]|me siento sin esperanza|no tengo esperanza|he perdido la esperanza)`,
    { negatable: false },
  ),
];
