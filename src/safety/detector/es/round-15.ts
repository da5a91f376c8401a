// Spanish suicide and self-harm risk from the round-15 sets (es round-14, intencion-5), by
// phenomenon: thoughts of suicide come back ("pensé en el suicidio otra vez", "se me vino a la
// mente matarme"); leaving this life in slang ("hacer checkout de esta vida", "unalivearme",
// "m kiero matr"); clitic climbing ("me pienso suicidar"); "lo mejor sería que me muera";
// sleeping forever; nobody would notice; joining the dead ("(?<=me )quiero ir con él", "que Diosito
// me lleve"); the ease of a method ("sería tan fácil soltar el volante"); a method thought of
// ("pensé en tomarme todas las pastillas"); a box of pills swallowed; poison for tonight; a gun
// bought for oneself; at the edge with a thank-you; on the way with no return; a decision with a
// goodbye; the means in a shut room; lethality asked by effect ("¿duele o uno solo se duerme?");
// self-harm by burning, hitting oneself, starving as punishment, an overdose to punish, a cut
// to see how far.
import { any, type Rule, rule } from "../rules.ts";
import { MEDS, OPTS, Q } from "./round-13-words.ts";
import {
  EVERYDAY_CAUSE_ES,
  esRule,
  JOKE_ES,
  KILL_ME,
  MATAR,
  MORIR,
  SUICIDAR,
  SUICIDE_ES,
} from "./words.ts";

/** Killing oneself, dying or suicide, as the object of a thought. */
const DEATH_OBJ = `(?:el ${SUICIDE_ES}|${KILL_ME}|morirme|${SUICIDAR}me|mi muerte|quitarme la vida)`;
/** Long ago and over: a history, not a risk now. */
const LONG_AGO =
  /hace (?:\w+ ){0,2}(?:anos|decadas|mucho)|\ben (?:19|20)\d\d\b|cuando (?:era|tenia) |de (?:joven|adolescente|nina|nino)|ya lo supere|ya paso|ahora estoy bien/;
const UNLESS_EVERYDAY = new RegExp(`${JOKE_ES.source}|${EVERYDAY_CAUSE_ES.source}`);
/** Pills the treatment does not list but a patient has at home. */
const MEDS15 = `(?:${MEDS.slice(3, -1)}|ibuprofeno|aspirinas?|naproxeno|pastillas (?:pa|para) dormir|pastillas del dolor|pastillas de (?:la|mi) \\w+)`;

export const SPANISH_ROUND_15_RULES: Rule[] = [
  // --- Thoughts of suicide, back again or on the mind ---
  esRule(
    "es.suicide.r15.thought_back",
    "suicide",
    "moderate",
    any(
      `(?:pense|volvi a pensar|(?<=me )puse a pensar|estuve pensando|ando pensando|(?<=me la )paso pensando) (?:otra vez |de nuevo |mucho |seriamente )?en ${DEATH_OBJ}`,
      `(?<=me )(?:vino|viene|vuelve|volvio|cruzo|cruza|metio|mete) (?:otra vez |de nuevo )?(?:(?:a|por) la (?:mente|cabeza) )?(?:la idea de |el pensamiento de )?${DEATH_OBJ}`,
      `(?:tengo|traigo) la (?:mente|cabeza) en eso (?:otra vez|de nuevo)[^.!?\\n]{0,40}(?:pa|para) siempre`,
      `salir(?:me)? de todo (?:esto )?(?:pa|para) siempre|(?:hacer|hacerle) (?:checkout|check out|log ?out) (?:de|a) (?:esta|la|mi) vida|(?:bajarme|salirme|salir|irme) de esta vida`,
    ),
    {
      ...OPTS,
      // An era told as over ("tuve una época", "ya estoy en tratamiento y vamos mejorando").
      unless: new RegExp(
        `${UNLESS_EVERYDAY.source}|${LONG_AGO.source}|tuve una epoca|pregunt\\w* si|le dije (?:q|que) no|en (?:esa|aquella) epoca|vamos mejorando|ya estoy mejor`,
      ),
    },
  ),
  esRule(
    "es.suicide.r15.slang_wish",
    "suicide",
    "moderate",
    any(
      // "m kiero matr": the clitic cut to one letter, the verb misspelt.
      `m (?:kiero|qiero|kero|quiero|kisiera|quisiera) (?:${MATAR}|${MORIR}|${SUICIDAR})`,
      "(?:unalivearme|unalivarme|unalaivarme|hacerme (?:el )?unalive|unalive(?:ar)? me)",
    ),
    { ...OPTS, unless: UNLESS_EVERYDAY },
  ),
  // "me pienso suicidar": the clitic climbs before the verb of intent.
  esRule(
    "es.suicide.r15.clitic_intent",
    "suicide",
    "high",
    `(?<=me )(?:pienso|planeo|tengo pensado|tengo planeado|decidi) (?:${MATAR}|${SUICIDAR}|quitar la vida|ahorcar|colgar|envenenar)`,
    { ...OPTS, unless: UNLESS_EVERYDAY },
  ),
  esRule(
    "es.suicide.r15.best_if_dead",
    "suicide",
    "moderate",
    any(
      `(?<=lo )mejor (?:es|seria|sera|va a ser) (?:${Q} )?(?:yo )?(?:me mate|me muera|me suicide|me quite la vida|ya no este|no este|matarme|morirme|suicidarme|desaparecer(?:me)? (?:para siempre|del todo|del mapa)|apagarme del todo|no existir|dejar de existir)`,
      `mejor me (?:desaparezco|desaparesco|borro) del mapa|(?:ni quien|nadie) me (?:extrane|extranaria|va a extranar|eche de menos|echaria de menos|va a echar de menos)`,
      `(?<=si me )muero (?:manana|hoy|esta noche|ahorita)?,? nadie (?:se entera|se enteraria|se da cuenta|se daria cuenta|lo nota|lo notaria|me extranaria|me busca)`,
    ),
    { ...OPTS, unless: new RegExp(`${JOKE_ES.source}|de la verguenza|del oso`) },
  ),
  // "ya no pienso seguir mucho tiempo": the "no" is the phenomenon, so no negation guard.
  rule(
    "es.suicide.r15.not_going_on",
    "suicide",
    "high",
    "(?<=ya no )(?:pienso|planeo|quiero|voy a) seguir (?:mucho tiempo|mucho mas|por mucho tiempo|aqui mucho|viviendo mucho)",
    { ...OPTS, unless: UNLESS_EVERYDAY },
  ),
  esRule(
    "es.suicide.r15.sleep_forever",
    "suicide",
    "low",
    any(
      "(?<=(?:ganas de|quiero|quisiera|gustaria|ojala pudiera|querer) (?:irme a )?)dormir(?:me)? (?:pa|para) siempre",
      "(?<=(?:querer|quiero|quisiera|ganas de|gustaria|ojala pudiera) )dormir(?:me|te|se)? y no (?:volver a )?despertar(?:me|te|se)? (?:nunca|jamas|mas)",
      `siento ${Q} me estoy apagando`,
    ),
    {
      ...OPTS,
      unless: new RegExp(`${UNLESS_EVERYDAY.source}|vacaciones|siesta|fin de semana|domingo`),
    },
  ),
  // Joining the dead: only where a death is named.
  esRule(
    "es.suicide.r15.join_dead",
    "suicide",
    "moderate",
    any(
      "(?<=me )quiero ir con (?:el|ella|mi \\w+|ellos)(?! (?:de|a|al|en|pal|pa) )",
      `(?<=yo tambien me )vaya (?:para|pa) (?:alla|el cielo)`,
      "quiero (?:estar|reunirme) con (?:el|ella|mi \\w+) (?:en el cielo|alla arriba|del otro lado)",
    ),
    { ...OPTS, requires: /muert|murio|fallec|cementerio|lapida|difunt|se me fue|descans|cielo/ },
  ),
  esRule(
    "es.suicide.r15.god_take_me",
    "suicide",
    "low",
    `(?:dios|diosito) (?:santo )?(?:ya )?(?:me (?:deberia|tendria|debe|tiene|podria)|deberia|tendria) (?:de |que )?(?:llevar|recoger)|(?<=(?:que|q|ojala) )(?:dios|diosito) (?:ya )?me (?:lleve|recoja|llevara|recogiera)`,
    {
      ...OPTS,
      unless: /ojala (?:dios|diosito) me (?:lleve|recoja) (?:con bien|de regreso)|a casa con bien/,
    },
  ),
  esRule(
    "es.suicide.r15.easy_method",
    "suicide",
    "moderate",
    `seria (?:tan |muy |bien )?facil (?:soltar el volante|dar(?:me)? un volantazo|no frenar|meterme (?:al|bajo el|debajo del|en el) \\w+|(?:saltar|tirarme|aventarme|lanzarme) (?:del|de la|desde|al|a las) (?:\\w+ )?(?:puente|edificio|azotea|balcon|ventana|techo|piso|acantilado|vias|tren|metro|vacio)|cruzarme|acabar con todo|tomarme todas|dejar de respirar|no despertar|${KILL_ME})`,
    { ...OPTS, unless: UNLESS_EVERYDAY },
  ),
  esRule(
    "es.suicide.r15.method_thought",
    "suicide",
    "high",
    `(?:pense|pensaba|estuve pensando|(?<=se me )ocurrio|estuve a punto de|casi) (?:en )?(?:tomarme|tragarme|beberme) (?:todas|todos|toda|todo|la caja|el frasco|el bote) (?:las |los |mis |de )?(?:${MEDS15}|veneno)`,
    { ...OPTS, unless: new RegExp(`${JOKE_ES.source}|${LONG_AGO.source}|vitaminas|gomitas`) },
  ),
  esRule(
    "es.suicide.r15.box_swallowed",
    "suicide",
    "high",
    `(?<=me )(?:tome|trague|meti) (?:casi )?(?:tod[oa] |toda la |todo el |medi[oa] )?(?:el |la |un |una )?(?:caja|frasco|bote|blister|tira|puno|punado|paquete)(?: entera| entero)? de (?:${MEDS15})`,
    {
      ...OPTS,
      requires:
        /^(?![\s\S]*(?:hace (?:mucho|\w+ anos|anos)|en (?:19|20)\d\d|cuando (?:era|tenia)))/,
      unless: new RegExp(
        `${JOKE_ES.source}|castig|pa (?:q|que) me doliera|para que me doliera|vitaminas|gomitas`,
      ),
    },
  ),
  esRule(
    "es.suicide.r15.poison_tonight",
    "suicide",
    "imminent",
    `voy a (?:tomarme|tragarme|beberme|tomar|tragar) (?:el|un|una|la) (?:veneno|raticida|matarratas|cloro|anticongelante|acido|insecticida)`,
    { ...OPTS, unless: /jaja|xd|😂|mata ratas pa|pa las ratas del|para las cucarachas/ },
  ),
  esRule(
    "es.suicide.r15.gun_for_me",
    "suicide",
    "high",
    `(?:comprando|compre|consegui|voy a comprar|(?<=me )(?:vendieron|vende|va a vender)|(?<=le )compro) (?:una|un|la|el) (?:pistola|arma|revolver|escopeta|fusca)[^.!?\\n]{0,50}(?:es (?:pa|para) mi|no (?:pa|para) nadie mas|(?:pa|para) usarla (?:yo|en mi))`,
    { ...OPTS, unless: /defender|proteger|seguridad|cacer|cazar|tiro deportivo|campo de tiro/ },
  ),
  // At the water or the edge, with a thank-you or an apology; on the way with no return.
  esRule(
    "es.suicide.r15.edge_goodbye",
    "suicide",
    "imminent",
    any(
      `(?:estoy|ando|llegue|(?<=me )sente|(?<=me )pare) (?:en|a|sobre|arriba de) (?:las rocas|el malecon|el muelle|la escollera|el risco|la barranca|el barranco|el puente|la azotea|las vias|el acantilado)(?: del? (?:la )?[\\w-]+)?[^!?\\n]{0,60}(?:perdon (?:mami|mama|papi|papa|a todos)|gracias por (?:todo|escucharme|todo este tiempo)|solo queria (?:decir|despedirme)|adios|los quiero|no me busquen)`,
      `(?:voy|ando|estoy) (?:camino|en camino|rumbo) (?:al|a la|a las|hacia el|hacia la) (?:puente|azotea|vias|presa|acantilado|malecon|muelle|rio|mar|viaducto)(?: de(?:l| la)? [\\w-]+)?[^.!?\\n]{0,30}(?:no (?:pienso|voy a) (?:volver|regresar)|no vuelvo|no regreso|sin regreso)`,
    ),
    {
      ...OPTS,
      unless:
        /jaja|xd|😂|😍|amig[oa]s|fotos?|selfie|vista|atardecer|paseo|pescar|pescando|turista|vacaciones|concierto|la fiesta/,
    },
  ),
  esRule(
    "es.suicide.r15.decided_goodbye",
    "suicide",
    "high",
    `(?<=ya lo )(?:decidi|tengo decidido)(?=[^!?\\n]{0,60}(?:gracias por todo|perdon(?:en)?|los quiero|adios|🖤|no me busquen))|solo me (?:queda|falta) despedirme(?! de (?:la|el|mi|los) (?:clinica|trabajo|equipo|grupo|oficina))`,
    { ...OPTS, unless: /jaja|xd|😂|boda|me caso|me mudo|mudanza|viaje|renuncio|trabajo nuevo/ },
  ),
  esRule(
    "es.suicide.r15.means_shut_room",
    "suicide",
    "high",
    `(?:estoy|ando|sigo|(?<=me )meti) (?:encerrad[oa] )?en (?:el bano|el cuarto|mi cuarto|la recamara|el closet|el carro) con (?:la|el|una|un|mis|las|los) (?:navaja|cuchilla|gillette|rastrillo|pastillas|soga|cuerda|pistola|arma|${MEDS})`,
    {
      ...OPTS,
      unless: /jaja|xd|😂|afeitar|rasurar|depilar|cocin|pelando|cebolla/,
      requires: /hacerlo|no puedo mas|ya no aguanto|adios|matarme|cortarme|terminar|acabar|perdon/,
    },
  ),
  esRule(
    "es.suicide.r15.lethality_effect",
    "suicide",
    "high",
    any(
      `(?:duele|sufre uno|(?<=se )(?:sufre|siente algo)) o (?:uno |una )?(?:solo |nomas )?(?:se duerme|te duermes|se queda dormid[oa])`,
      `(?<=el )(?:gas|carbon|anafe|bracero|motor)[^.!?\\n]{0,50}(?:cuarto|bano|garaje) cerrado[^.!?\\n]{0,40}(?:duele|se duerme|cuanto tarda|es rapido)`,
    ),
    {
      ...OPTS,
      unless:
        /calentador|fuga|el tecnico|la estufa no prende|olor a gas en (?:el|la) (?:edificio|calle)/,
    },
  ),

  // --- Self-harm ---
  esRule(
    "es.self_harm.r15.burn",
    "self_harm",
    "imminent",
    `(?:calente|estoy calentando|caliento|calento) (?:el|la|un|una) (?:cuchillo|cuchara|navaja|fierro|clip|moneda|encendedor|plancha)[^.!?\\n]{0,60}(?:me (?:lo|la) (?:voy a )?(?:poner|pegar|pasar)|(?:pa|para) (?:quemarme|marcarme))|(?<=me )voy a quemar (?:la|el|mi|los) (?:pierna|brazo|piel|mano|brazos|piernas|muneca)`,
    { ...OPTS, unless: /tortilla|comida|pan\b|mantequilla|queso|chocolate|cera|sin querer|cocin/ },
  ),
  esRule(
    "es.self_harm.r15.hit_self",
    "self_harm",
    "moderate",
    `(?<=me )(?:pego|golpeo|doy golpes|cacheteo) (?:yo mism[oa] )?(?:en|contra) (?:las piernas|los brazos|la cabeza|la cara|el pecho|la pared|los muslos)(?: con (?:la|el|un|una) \\w+)?[^.!?\\n]{0,30}(?:hasta (?:q|que)|cuando (?:saco|hago|me equivoco|fallo)|por (?:burr[oa]|tont[oa])|me lo merezco)`,
    OPTS,
  ),
  esRule(
    "es.self_harm.r15.starve_punish",
    "self_harm",
    "moderate",
    `(?:(?:dejar|dejo|deje) de comer|(?<=no )(?:comer|voy a comer)|matarme de hambre)[^.!?\\n]{0,30}(?:hasta (?:q|que) me (?:duela|desmaye|enferme|caiga)|(?:pa|para) castigarme|como castigo|me lo merezco)`,
    { ...OPTS, unless: /ayuno|dieta|analisis|la cirugia|la sesion|la endoscopia|en ayunas/ },
  ),
  esRule(
    "es.self_harm.r15.overdose_punish",
    "self_harm",
    "high",
    `(?:tome|trague) (?:un|una) (?:puno|punado|caja|frasco|bote|monton) de \\w+[^.!?\\n]{0,60}(?:castigarme|(?:pa|para) (?:q|que) me doliera|lastimarme|hacerme dano)`,
    OPTS,
  ),
  esRule(
    "es.suicide.r15.cut_further",
    "suicide",
    "high",
    `(?:cortar|corte|corto|cortarme)[^.!?\\n]{0,50}(?:pa|para) ver si (?:podia|puedo|podria) (?:llegar mas (?:lejos|hondo|profundo)|llegar hasta el final|no despertar|morirme)`,
    OPTS,
  ),
];
