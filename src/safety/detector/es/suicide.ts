import type { RiskLevel } from "../../types.ts";
import { any, type Rule, rule } from "../rules.ts";
import {
  AQUI,
  DIE,
  DIE_IDIOM,
  DROP,
  EVERYDAY_CAUSE_ES,
  esRule,
  JOKE_ES,
  KILL_ME,
  MATAR,
  MORIR,
  PILLS_ES,
  QUIERO,
  SUICIDAR,
  SUICIDE_ES,
  VIVIR,
  VOY,
  WORK_IDIOM_ES,
} from "./words.ts";

// Spanish suicide rules, levels as in the English lexicon (C-SSRS): low a passive wish to be
// dead, moderate active thoughts, high intent, plan, goodbyes or a recent attempt, imminent
// means at hand or an act under way. Every rule is first person by its verb forms
// ("quiero morirme", not "quiere morirse"), so third-person reports do not match.

const OPTS = { negatable: false, unless: JOKE_ES } as const;
/** Hyperbole about a small thing ("el wifi va tan lento que me quiero morir") and a dated, resolved past. */
const SMALL_ES =
  /\b(?:wifi|internet|trafico|atasco|examen|reunion|cola|tan lent[oa])\b[^.!?\n]{0,25}que me (?:quiero|quisiera) morir|\ben (?:19|20)\d\d\b[^.!?\n]{0,40}\b(?:pero|y) (?:la terapia|el tratamiento|ya)|me (?:saco|sacaron|ayudo a salir) adelante/;
const OLD =
  // "hoy se cumplen 5 años de que intenté" is an anniversary (intencion-4 intD-015)
  /se cumplen (?:\w+ ){0,2}anos|hace (?:\w+ ){0,2}(?:anos|decadas|mucho)|\ben (?:19|20)\d\d\b|(?:\d+|\w+) anos despues|cuando (?:era|tenia) |de (?:joven|adolescente|nina|nino)|en el pasado|ya paso|ahora estoy (?:bien|mejor)/;
const RESOLVED = new RegExp(`${OLD.source}|ya no|pero no ahora|ya lo supere|eso quedo atras`);

/** An attempt dated years ago and told with the life since (round 7): concern, not risk now. */
const YEARS_AGO =
  /se cumplen (?:\w+ ){0,2}anos|hace (?:\w+ ){0,2}(?:anos|decadas)|cuando (?:era|tenia) (?:\d+|joven|adolescente|nina|nino)|en (?:19|20)\d\d/;
const SINCE =
  // "ya tengo 40 y estoy bien, nunca volví a pensarlo", "hoy estoy viva" (round-11 fBes-254)
  /ya tengo \d+|nunca volvi a pensarlo|hoy estoy viv[oa]|hoy tengo|ahora tengo|(?:hoy|ahora) estoy en otro lugar|(?:estoy|he estado) bien desde entonces|(?:hoy|ahora|ya) (?:estoy|me siento) (?:bien|mejor)|la terapia me (?:ha )?ayudado|\d+ anos despues|ahora,? (?:\d+ anos despues,? )?tengo|sali adelante|he estado bien|estoy casad[oa]|tengo (?:dos|tres|\d+) hij/;
function longAgo(text: string, from: number, to: number): RiskLevel {
  const near = text.slice(Math.max(0, from - 200), Math.min(text.length, to + 300));
  return YEARS_AGO.test(near) && SINCE.test(near) ? "concern" : "moderate";
}

/** The whole message dates the attempt years back and tells the life since, with nothing recent. */
function historyWithLifeSince(text: string): RiskLevel {
  return /hace (?:\w+ ){0,2}(?:anos|decadas)/.test(text) &&
    /desde entonces|no he vuelto a|me case|tengo (?:dos|tres|\d+) hij/.test(text) &&
    !/ayer|anoche|la semana pasada|este mes|hace (?:\w+ )?(?:dias|semanas|horas)/.test(text)
    ? "concern"
    : "high";
}

/** A wish told to a clinician and fading since ("le conté ... ya no lo pienso tanto"): concern. */
function toldAndFading(text: string, from: number, to: number): RiskLevel {
  const before = text.slice(Math.max(0, from - 80), from);
  const after = text.slice(to, to + 200);
  return /le (?:conte|dije|comente) (?:q|que)/.test(before) &&
    /ya no (?:lo )?(?:pienso|siento)(?: eso)?(?: tanto| como antes)?/.test(after)
    ? "concern"
    : "moderate";
}

/** A death wish quoted as a song, a meme or someone else's line, or said of embarrassment or prices. */
const LYRIC_OR_MEME_ES =
  '(?:cancion|rola|letra|meme|dice mi|como chiste)[^.!?\\n]{0,40}"[^"]{0,40}(?:morir|morirme)|"[^"]{0,40}(?:morir|morirme)[^"]{0,30}"[^.!?\\n]{0,20}(?:dice|de los|de la|como chiste)|me quiero morir,? (?:que verguenza|con los precios|literal,)';

export const SPANISH_SUICIDE_RULES: Rule[] = [
  esRule(
    "es.suicide.imminent.act",
    "suicide",
    "imminent",
    `${any(
      `(?:ya )?me (?:tome|he tomado|acabo de tomar|estoy tomando|trague|he tragado) (?:todas|todas mis|todos|un monton de|muchas|muchos|la caja de|el bote de|el frasco de|(?:\\d+|veinte|treinta|cincuenta)) (?:las |los |mis )?(?:${PILLS_ES}|pastillas)`,
      `tengo (?:todas )?(?:las|mis) ${PILLS_ES} (?:${AQUI}|listas|en la mano|conmigo|delante|preparadas|contadas)`,
      "estoy (?:en el|arriba del|al borde del) (?:puente|tejado|techo|borde|balcon|acantilado)(?: para| y voy| a punto)",
      "(?:ya )?(?:tengo|me puse) la (?:cuerda|soga) (?:en el cuello|lista|atada)",
      // A ligature tied to a fixed point, any material (round 8: a belt on the closet door).
      "(?:ya )?(?:tengo|puse|deje|amarre|ate|colgue) (?:el|la|un|una|mi) (?:cinturon|cuerda|soga|sabana|cable|corbata|lazo|mecate) (?:amarrad[oa] |atad[oa] |colgad[oa] )?(?:en|a|al|del|de) (?:la |el )?(?:puerta|viga|closet|ropero|techo|ventilador|barandal|regadera|arbol|perchero|lampara)",
      "me estoy (?:matando|muriendo) (?:ahora|ya)|estoy a punto de (?:matarme|suicidarme|hacerlo|saltar|tirarme)",
    )}`,
    OPTS,
  ),
  esRule(
    "es.suicide.intent",
    "suicide",
    "high",
    `${any(
      `(?:(?:ya )?tengo (?:todo )?(?:preparado|listo|planeado|pensado) para|(?:me )?${VOY} a|ya voy a|hoy voy a|esta noche voy a|he decidido|decidi|estoy decidid[oa] a|estoy list[oa] para|pienso|planeo|tengo pensado|tengo planeado) ${KILL_ME}`,
      `me ${VOY} a (?:${MATAR}|${SUICIDAR}|quitar la vida|ahorcar|colgar(?![.…, ]{0,5}(?:los|las|el|la|unos?|unas?|mis) (?:cuadros?|cortinas?|ropa|toallas?|fotos?|repisas?|lamparas?|adornos|luces|hamaca|tele|espejo))|envenenar|morir hoy|(?:tirar|aventar|lanzar|arrojar) ${DROP})`,
      `(?:hoy|esta noche|manana|ya) me (?:mato${WORK_IDIOM_ES}|suicido|suicide|quito la vida)`,
      `(?:me )?${VOY} a (?:tomar|tragar)(?:me)? (?:todas|todas mis|todos|un monton de|la caja de|el bote de|el frasco de) (?:las |los |mis )?${PILLS_ES}`,
      `(?:ya )?(?:se|he pensado|tengo pensado|planee|estoy planeando) (?:como|cuando|donde) (?:hacerlo|${KILL_ME}|lo voy a hacer|me voy a matar)`,
      "(?:ya )?(?:me despedi|me he despedido|me estoy despidiendo) de (?:todos|todo el mundo|mi familia|mis hijos|mi madre|mi mama|mis amigos|ti|ustedes)|(?:esta es|este es) mi (?:despedida|ultimo mensaje)(?! (?:de hoy|de esta noche|del dia|por hoy|hasta manana))|adios para siempre|(?:solo )?(?:queria|quiero|vengo a) despedirme(?! de (?:la|el|mi|los) (?:clinica|terapeuta|doctor|doctora|trabajo|grupo|equipo)| del (?:grupo|equipo|programa|protocolo|curso|tratamiento|foro))",
      // Means in hand and "doing it" with a time, as in English (suicide.means.ready).
      `(?:tengo|ya tengo) (?:las |mis |todas las |suficientes )?${PILLS_ES} (?:aqui |listas |conmigo )?y (?:lo voy a hacer|voy a hacerlo|lo hago) (?:esta noche|hoy|ahora|ya|mas tarde)`,
      // Collecting pills, as "saving up my pills" in English (suicide.plan.preparation); "tengo
      // guardadas mis pastillas" (stored) is everyday and stays out.
      `(?:he estado|estoy|llevo (?:\\w+ )?(?:dias|semanas|meses|semana|mes)) (?:juntando|acumulando|ahorrando) (?:mis |las |unas |todas las |muchas )?${PILLS_ES}|(?:he juntado|he acumulado|ya junte|ya acumule) (?:todas )?(?:mis |las |unas |muchas |suficientes )?${PILLS_ES}`,
      "(?:(?:les?|te) )?(?:deje|he dejado|escribi|he escrito|estoy escribiendo) (?:unas |las |mis |una |la |mi )?cartas?(?: de despedida| (?:para|a) (?:mis hijos|mi familia|todos|mi madre|mi esposa|mi esposo|mis padres|mi hija|mi hijo)| explicando| por si)|carta de despedida(?! (?:a|para) (?:la persona|el que|la que|quien) (?:que )?(?:era|fui))|(?:regale|he regalado|estoy regalando) (?:todas )?mis cosas|(?:deje|he dejado|dejo) (?:todo )?(?:arreglado|en orden) (?:para cuando|por si)|(?:hice|he hecho) (?:mi )?testamento (?:y|para)",
      "(?:pronto|muy pronto|dentro de poco|despues de hoy|despues de esta noche) (?:ya )?no (?:sere|voy a ser|vas a tener|van a tener) (?:una |un )?(?:carga|problema|molestia)|ya no (?:sere|voy a ser) (?:una )?carga (?:para nadie|por mucho tiempo)",
    )}`,
    { ...OPTS, unless: new RegExp(`${OPTS.unless.source}|${EVERYDAY_CAUSE_ES.source}`) },
  ),
  esRule(
    "es.suicide.attempt.recent",
    "suicide",
    "high",
    `(?:intente|he intentado|trate de|volvi a intentar) (?:${KILL_ME}|quitarme la vida|suicidarme|hacerlo otra vez|ahorcarme)`,
    // Told as history with the life since ("hace veintidós años ... desde entonces"): concern.
    { ...OPTS, unless: OLD, refine: historyWithLifeSince },
  ),
  esRule(
    "es.suicide.attempt.past",
    "suicide",
    "moderate",
    `(?:intente|he intentado|trate de|volvi a intentar) (?:${KILL_ME}|quitarme la vida|suicidarme)|(?:tuve|hice) un intento de ${SUICIDE_ES}`,
    {
      ...OPTS,
      refine: longAgo,
      // Long ago and over: "hace 12 años ..., hoy estoy estable" (unless a "pero" follows).
      unless: new RegExp(
        `${OPTS.unless.source}|hace (?:\\d+|muchos|varios) anos[^\\n]{0,80}(?:hoy|ahora|actualmente) (?:ya )?(?:estoy|me siento|me encuentro) (?:muy )?(?:estable|bien|feliz|tranquil[oa])(?![^\\n]{0,80}(?:pero|aunque|otra vez|de nuevo|volvi))`,
      ),
    },
  ),
  esRule(
    "es.suicide.wish_active",
    "suicide",
    "moderate",
    `${any(
      `${QUIERO} (?:\\w+ )?(?:${KILL_ME}|${DIE}${DIE_IDIOM}|morir ya|irme de este mundo|dejar de existir|desaparecer para siempre|no existir)`,
      `me (?:${QUIERO}|quisiera|dan ganas de) (?:${MATAR}|${SUICIDAR}|${MORIR}${DIE_IDIOM}|quitar la vida|ir de este mundo|ahorcar|(?:tirar|aventar|lanzar|arrojar) ${DROP})`,
      `(?:pienso|estoy pensando|he pensado|he estado pensando|pensando|sigo pensando|no dejo de pensar|no puedo dejar de pensar) (?:mucho |todo el tiempo |seguido |seriamente |a veces |otra vez |de nuevo |cada vez mas |mucho mas |mas )?en (?:${KILL_ME}|${DIE}${DIE_IDIOM}|el ${SUICIDE_ES}|quitarme la vida|la muerte|mi muerte)`,
      `(?<!(?:tiene|tienen|tenia|tenian|ha tenido|han tenido|tuvo|tuvieron|reduce|reducen|reducir|sobre|los|las|la) )(?:pensamientos|ideas|ideacion|impulsos|ganas) (?:de |de la )?${SUICIDE_ES}|(?:me siento|estoy|ando|me pongo|me he sentido) (?:muy |bien |algo |un poco )?${SUICIDE_ES}`,
      `(?:ya )?no ${QUIERO} (?:seguir )?(?:${VIVIR}|viviendo|estar viv[oa]|seguir aqui|estar aqui|existir|seguir en este mundo)(?! (?:de quincena|de renta|con (?:mis|mi) |en (?:este|esta|ese|esa) ))|no tengo (?:ganas|razones|motivos) (?:de|para) (?:${VIVIR}|seguir viviendo)|sin ganas de ${VIVIR}|(?:ya )?no quiero despertar(?:me)? (?:mas|nunca)`,
      "(?:todos|mi familia|mis hijos|el mundo|la gente|ellos|mi pareja|mi esposa|mi esposo|mis padres|todo el mundo)? ?(?:estarian|estaria|vivirian|serian|seria|estaran) (?:mucho |tanto |mas )*(?:mejor|felices|feliz|tranquil[oa]s?|en paz) sin mi|mejor (?:estarian|estaria|vivirian) sin mi",
      // "ganas de morirme de la risa" is laughter (DIE_IDIOM)
      `(?:ganas|deseos) de (?:morirme${DIE_IDIOM}|morir ya|matarme|no estar)`,
      // The thoughts come back: "volvieron los pensamientos de suicidio como hace años".
      `(?:volvieron|regresaron|han vuelto|han regresado|vuelven|regresan) (?:otra vez |de nuevo )?(?:los |las |mis )?(?:pensamientos|ideas|ganas|impulsos) (?:de |de la )?(?:${SUICIDE_ES}|${KILL_ME}|${DIE}${DIE_IDIOM}|morir)`,
      `(?:los |las |mis )(?:pensamientos|ideas|ganas|impulsos) (?:de |de la )?(?:${SUICIDE_ES}|${KILL_ME}|${DIE}${DIE_IDIOM}|morir) (?:(?!del |de )\\w+ ){0,3}?(?:volvieron|regresaron|han vuelto|han regresado|vuelven|regresan|estan de vuelta)`,
      // Burden, as "nobody would miss me" in English (suicide.indirect.burden).
      "(?:nadie|ni uno) me (?:extranaria|extranara|va a extranar|echaria de menos|va a echar de menos)",
    )}`,
    {
      ...OPTS,
      refine: toldAndFading,
      // Told to a doctor and fading since ("ya no lo pienso tanto").
      unless: new RegExp(
        `${
          new RegExp(
            // a cat's look "como si quisiera matarme"; "pero tampoco quiero morir" (round-11, intencion-4)
            // a child's phase, "de lo mal que me fue" (round-16 intG-062, intG-164)
            `(?:hij[oa]|nin[oa]) (?:esta|anda) en (?:la|una|su) fase|de lo mal (?:q|que) me fue|como si (?:me )?quisiera|tampoco quiero morir|${JOKE_ES.source}|${SMALL_ES.source}|ya no lo pienso(?: tanto| como antes)?|ya no pienso en eso|(?:escribio|escribe|dijo|mando|puso|decia|publico|posteo) "|${LYRIC_OR_MEME_ES}`,
          ).source
        }|${EVERYDAY_CAUSE_ES.source}`,
      ),
    },
  ),
  esRule(
    "es.suicide.passive",
    "suicide",
    "low",
    `${any(
      "ojala (?:no (?:despertar|despierte|me despierte|despertara|me despertara|amanecer|amanezca)|(?:me )?(?:muera|muriera|morir)|estuviera muert[oa]|estar muert[oa]|no existiera|no haber nacido|me atropelle|me de algo)",
      "(?:preferiria|prefiero|quisiera|quiero|me gustaria|deseo|desearia) no (?:despertar|volver a despertar)(?! (?:a (?:nadie|mis? |tus? |sus? |los |las |la gente)|al (?:bebe|nino|nina|perro|vecino)))|(?:quisiera|quiero|me gustaria|deseo|desearia) (?:dormir(?:me)?|acostarme) y no (?:despertar|volver a despertar)(?:me)?|no (?:despertar(?:me)?|volver a despertar) nunca",
      "(?:estaria|estare|seria) mejor muert[oa]|(?:mejor|preferiria|prefiero) (?:estar )?muert[oa]|no me importaria (?:morir|morirme|no despertar)",
      "no le (?:veo|encuentro) (?:sentido|caso|razon) a (?:la vida|vivir|seguir|nada)|(?:estoy )?cansad[oa] de vivir|(?:para que|pa que) seguir (?:viviendo|aqui)|la vida no (?:vale la pena|tiene sentido)",
      "(?:ya )?no (?:aguanto|soporto|puedo) mas(?! (?:este|esta|el|la|los|las|con el|con la|con este|con esta|con estos|con estas|con mi jefe|con el trabajo|de|a|que|tiempo|horas|calor))|ya no puedo con (?:esto|mi vida|la vida)|no puedo seguir asi|por si (?:acaso )?(?:esta noche |hoy |un dia )?ya no (?:aguanto|puedo mas)|quiero desaparecer(?![.…, ]{1,5}(?:(?:pero )?en plan|(?:pero )?(?:irme|me voy) a vivir|de (?:las |los |todos los |todas las )?(?:redes|grupos|chats?|instagram|facebook|tiktok|whatsapp)|un tiempo|unos dias|una temporada|un rato|el fin de semana|de vacaciones|a una cabana|a la playa))|(?:me gustaria|quisiera) desaparecer|soy una carga",
    )}`,
    {
      ...OPTS,
      unless: new RegExp(
        `${OPTS.unless.source}|${EVERYDAY_CAUSE_ES.source}|mataste de risa|me muero de (?:la )?risa|sentido a seguir con (?:la|el|los|las|mi|mis) \\w+`,
      ),
    },
  ),
  esRule(
    "es.suicide.topic",
    "suicide",
    "concern",
    `(?:antes )?(?:queria|quise|pensaba en) (?:${KILL_ME}|${DIE}${DIE_IDIOM})`,
    { negatable: false, unless: RESOLVED },
  ),
];

/** Means, timelines and "doing it": they count only next to suicide or self-harm risk. */
export const SPANISH_FRAME_RULES: Rule[] = [
  rule(
    "es.suicide.plan.means",
    "suicide",
    "imminent",
    `(?:tengo|ya tengo|compre|consegui|junte|he juntado|guarde|he guardado|estoy juntando|cuento|conte) (?:aqui |ya )?(?:las |todas las |mis |unas |muchas |suficientes |el |la |una |un )?(?:${PILLS_ES}|cuerda|soga|pistola|arma|navaja|cuchilla|cuchillas|veneno|carbon)`,
    { frame: "means", negatable: false },
  ),
  rule(
    "es.suicide.plan.means_seen",
    "suicide",
    "imminent",
    "(?:la|su|mi|una) (?:pistola|arma|escopeta|navaja|cuerda|soga)[^.!?\\n]{0,40}(?:y )?(?:la estoy (?:viendo|mirando)|no dejo de (?:verla|mirarla)|la tengo (?:enfrente|al lado|en la mano))",
    { frame: "means", negatable: false },
  ),
  rule(
    "es.suicide.plan.timeline",
    "suicide",
    "high",
    "esta noche|hoy mismo|ahora mismo|este fin de semana|manana (?:por la noche|temprano)|cuando (?:todos|mi familia|los ninos|mis hijos|mi esposo|mi esposa) (?:se duerman|esten dormidos|se vayan|no esten)|cuando me quede sol[oa]|despues de (?:la|mi) (?:proxima )?sesion",
    { frame: "timeline", negatable: false },
  ),
  rule(
    "es.suicide.plan.action",
    "suicide",
    "high",
    "(?:lo voy a|voy a|ya voy a|por fin voy a) hacer(?:lo)?(?= *(?:$|[.!?,;]| hoy| esta noche| ya| pronto))|voy a hacerlo|hoy lo hago|esta (?:vez|noche) (?:si )?lo hago|ya lo (?:decidi|tengo decidido)|(?:ya )?se como (?:hacerlo|lo voy a hacer)|ya se como|(?:tengo|ya tengo) (?:un|el|todo) plan(?:eado)?|ya tengo todo (?:planeado|listo|preparado)|(?:pronto|esta noche|hoy) (?:todo )?(?:se acaba|termina todo|acabara todo)",
    { frame: "action", negatable: false },
  ),
];
