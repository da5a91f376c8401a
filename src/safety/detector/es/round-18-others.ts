// Spanish self-harm, abuse, harm to others, medical red flags and misuse from the round-18
// tune sets (es round-17, intencion-8): a child or a partner hit with a belt or a cable, shut
// in without food, slapped, held by the neck, touched by an adult; hitting, burning or
// snapping oneself to feel pain; scissors in hand now; voices after a session; vomiting for
// days; and misuse questions (how much ketamine with alcohol or a benzo, how much before the
// k-hole, ketamine bought outside the clinic, a little more of the home dose).
import { any, type Rule, rule } from "../rules.ts";
import { BOOZE, OPTS } from "./round-13-words.ts";
import { esRule } from "./words.ts";

/** A child or a partner, as the one being hurt. */
const VICTIM =
  "(?:a )?(?:mi|su|tu) (?:\\w+ )?(?:hij[oa]|hijit[oa]|hermanit[oa]|herman[oa]|bebe|nin[oa]|niet[oa]|sobrin[oa]|espos[oa]|mujer|novi[oa]|pareja|mama)";
/** What a child is beaten with. */
const LASH = "(?:cinturon|cable|chancla|palo|cuerda|manguera|fajo|correa|vara|cinto|reata)";
/** The treatment, as a drug. */
const KETA = "(?:keta|ketamin[ae]|special k)";
/** Told as long past: a childhood, years ago. */
const LONG_AGO = /de (?:chiquit|nin|pequen)|cuando (?:era|yo era)|hace (?:\d+|muchos|varios) anos/;

export const SPANISH_ROUND_18_OTHER_RULES: Rule[] = [
  rule(
    "es.abuse.r18.beaten",
    "abuse",
    "high",
    any(
      `(?:le|les) (?:pego|pega|pegaba|pegue|dio|da|di) (?:${VICTIM} )?con (?:el|la|un|una) ${LASH}`,
      "(?:lo|la|los|las|me|nos) (?:encerro|encerraron|encierra|encierran)(?: en (?:el|un|su|mi) \\w+)?[^.\\n]{0,30}(?:sin comida|sin comer|sin agua|esta llorando|llorando)",
      "me (?:cacheteo|abofeteo|dio una cachetada|dio una bofetada|dio un punetazo|solto una cachetada)",
    ),
    { negatable: false, unless: LONG_AGO },
  ),
  rule(
    "es.abuse.r18.child_signs",
    "abuse",
    "moderate",
    any(
      "(?:lo|la) (?:esta|estan) tocando (?:el|la|su|un) (?:entrenador|maestro|profe|tio|padrastro|primo|vecino|abuelo|chofer)",
      "(?:mi|su) (?:hij[oa]|bebe|nin[oa]|hijit[oa])(?: de \\d+ anos)? tiene moretones[^\\n]{0,60}(?:dice que se cayo|no le creo|tengo miedo)",
    ),
    { negatable: false, unless: LONG_AGO },
  ),
  rule(
    "es.abuse.r18.now",
    "abuse",
    "imminent",
    "me (?:tiene|esta) agarrad[oa] (?:del|por el) cuello|me acaba de pegar[^\\n]{0,40}(?:escondid[oa]|cuello|ayuda)",
    { negatable: false },
  ),
  rule(
    "es.abuse.r18.heard",
    "abuse",
    "low",
    any(
      `(?:le|les) esta (?:pegando|golpeando) ${VICTIM}`,
      "se oyen (?:los )?(?:gritos y (?:los )?)?golpes",
      "si (?:me )?vuelve a (?:tocarme|tocar|pegarme)",
    ),
    { negatable: false },
  ),
  esRule(
    "es.harm_to_others.r18.hurt_child",
    "harm_to_others",
    "high",
    any(
      `le pegue ${VICTIM} con (?:el|la|un|una) ${LASH}`,
      "(?:lo|la) mato[^\\n]{0,20}(?:en serio)?[^\\n]{0,20}tengo (?:un|una) (?:cuchillo|navaja|pistola|arma)",
    ),
    OPTS,
  ),
  esRule(
    "es.harm_to_others.r18.threat",
    "harm_to_others",
    "moderate",
    any(
      "(?:la|lo) voy a desaparecer[^\\n]{0,30}en serio",
      "(?:se va a|me voy a|va a) desquitar con (?:el|la|ese|esa) (?:tipo|vato|wey|cabron|idiota|\\w+) (?:que|q)",
      "(?:me gustaria|quisiera|ojala) que (?:mi|el|la) (?:espos[oa]|marido|mujer|pareja|jefe|jefa|suegr[oa]) se (?:muriera|muera)",
    ),
    OPTS,
  ),
  esRule(
    "es.self_harm.r18.pain",
    "self_harm",
    "moderate",
    any(
      "me (?:pegue|golpee|cachetee|rasgune) (?:yo mism[oa]|a mi mism[oa])",
      "quiero (?:que me duela|sentir dolor)[^\\n]{0,40}(?:castigarme|merezco)|me merezco (?:el|sentir|este) dolor",
      "(?:pienso|pensando|pense|fantaseo) (?:mucho|seguido|todo el tiempo|a cada rato|otra vez) en (?:quemarme|cortarme|rayarme|lastimarme|golpearme)",
      "quemarme con (?:el|un|mi) (?:encendedor|cigarro|cerillo|fosforo|plancha)",
    ),
    OPTS,
  ),
  esRule(
    "es.self_harm.r18.urge",
    "self_harm",
    "low",
    "(?:pa|para) no (?:cortarme|rayarme|lastimarme|hacerme dano)|(?:una )?liga en la muneca[^\\n]{0,40}(?:trueno|truena|fuerte|ganas)",
    OPTS,
  ),
  esRule(
    "es.self_harm.r18.now",
    "self_harm",
    "imminent",
    "(?:con|tengo) (?:las|la|unas|una) (?:tijeras|navaja|cuchilla|gillette)[^\\n]{0,30}me quiero cortar(?: ya| ahorita| ahora)",
    OPTS,
  ),
  esRule(
    "es.self_harm.r18.voices",
    "self_harm",
    "high",
    "(?:voces|voz)[^\\n]{0,60}(?:me dicen|me dice) (?:que|q) me (?:haga dano|lastime|corte|mate|lance)",
    OPTS,
  ),
  esRule(
    "es.medical.r18.flag",
    "medical",
    "high",
    any(
      "(?:oyendo|escucho|oigo|escuchando) voces (?:desde|despues de) (?:la|las) (?:ultima )?sesion",
      "no puedo mantener los ojos abiertos[^\\n]{0,30}respiro|respiro (?:bien|muy) (?:lento|despacio)",
      "me (?:tome|trague) \\d+ pastillas[^\\n]{0,80}(?:me desperte|estomago|vomit)",
    ),
    OPTS,
  ),
  esRule(
    "es.medical.r18.concern",
    "medical",
    "moderate",
    any(
      "vomito hasta el agua|no retengo (?:ni )?(?:el agua|nada)",
      "(?:nauseas|vomit\\w*|mare\\w*)[^.\\n]{0,30}desde hace (?:dos|tres|\\d+|varios) dias[^\\n]{0,20}(?:despues de|desde) la sesion",
    ),
    OPTS,
  ),
  esRule(
    "es.misuse.r18.question",
    "misuse",
    "moderate",
    any(
      `cuant[oa]s? ${BOOZE} (?:me )?(?:puedo|podria|debo|deberia) (?:tomar|meter|mezclar)[^?\\n]{0,20}con (?:la|el) (?:keta|ketamin[ae]|troche|dosis)`,
      `mezcla\\w* (?:la )?${KETA} con ${BOOZE}[^\\n]{0,40}(?:mas rico|mas fuerte|pega mas|cuanto)`,
      `cuant[oa] ${KETA} (?:me puedo|puedo|tendria que|tengo que|necesito|deberia) (?:meter|tomar|meterme|tomarme)`,
      "(?:sin llegar al|antes del|antes de llegar al|justo antes del) k ?hole",
      `(?:comprar(?:le)?|conseguir|consegui|compre|pedirle) ${KETA}(?: \\w+){0,2} (?:a un|a una|con un|por fuera|en la calle|del barrio)`,
      "cuanto me (?:deberia|debo|tengo que) meter",
      "(?:le quiero|quiero|voy a) subir(?:le)? (?:la dosis )?(?:yo sol[oa]|por mi cuenta)",
      `me (?:lo|la|las|los) (?:tome|meti) con (?:la|el) ${KETA}`,
      "me voy a meter (?:todo )?lo (?:que|q) queda|me (?:eche|puse|aplique) el spray[^\\n]{0,20}(?:\\w+ veces|otra vez)",
      `(?:voy a|pienso|quiero) tomarme tod[oa]s? (?:junt[oa]s? )?(?:la|las|el|los) ${KETA} (?:que|q) (?:guarde|junte)`,
    ),
    OPTS,
  ),
  esRule(
    "es.misuse.r18.ask",
    "misuse",
    "low",
    any(
      "(?:tomar|tomarme|meterme|subirle)(?: un)? (?:poquito|poco|tantito) mas de (?:la|mi) dosis",
      `(?:ganas de|quiero|voy a) (?:probar|conseguir|comprar|tomar)(?: ${KETA})? por fuera`,
      "que pasa si me (?:tomo|meto) (?:\\d+|dos|tres|cinco|diez) veces la dosis",
    ),
    OPTS,
  ),
];
