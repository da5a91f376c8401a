import { any, type Rule, rule } from "../rules.ts";
import { esRule, JOKE_ES } from "./words.ts";

// Spanish self-harm, harm-to-others and abuse shapes from es round 9, by phenomenon
// (issues 15 and 19): self-harm in everyday verbs (a head against the wall,
// biting "hasta sacar sangre", "para que me doliera", pulling hair with a bald patch), urges
// to hit or strangle someone and intrusive images, threats sworn with a known address or a
// weapon, poison or "something" put in a drink, a lethal-blow question, someone tied up at
// home; abuse told plainly (burned with cigarettes, "me sigue pegando", "me acosa").

const HARM_UNLESS = new RegExp(
  `${JOKE_ES.source}|a (?:besos|abrazos|cosquillas)|de (?:risa|un susto)|pelicula|serie|novela|videojuego|juego|partido|boxeo|karate|judo|lucha libre|sparring|entrenamiento`,
);
const WEAPON =
  "(?:arma|pistola|cuchillo|machete|navaja|bate|escopeta|fierro|tubo|martillo|revolver)";
/** Another person, after "a": a relative, a partner, a named role. */
const SOMEONE =
  "(?:mi|mis|su|sus|el|la|los|las|ese|esa|este|esta) (?:\\w+ )?(?:hij[oa]s?|bebe|nin[oa]s?|espos[oa]|marido|mujer|novi[oa]|pareja|ex|jefe|jefa|herman[oa]s?|padre|madre|papa|mama|padrastro|madrastra|suegr[oa]|vecin[oa]s?|compa(?:nero|nera)?s?|tipo|vato|wey|cunad[oa]|prim[oa]|tio|tia|roommate)";
/** Gerunds of hurting someone, with "-lo/-la" attached. */
const HURTING =
  "(?:tirandol|ahogandol|sacudiendol|golpeandol|apunalandol|acuchillandol|matandol|estrangulandol|lastimandol|ahorcandol|empujandol|asfixiandol)[oa]s?";

export const SPANISH_ACTS_RULES: Rule[] = [
  esRule(
    "es.self_harm.everyday_act",
    "self_harm",
    "moderate",
    any(
      "(?:me )?(?:pegue|pego|golpee|golpeo|di|doy|estrelle|estrello|azote|azoto|volvi a pegar|volvi a golpear|sigo pegando|sigo golpeando|me volvi a pegar|me volvi a golpear)(?: \\w+){0,2}? (?:la cabeza|en la cabeza|mi cabeza|la mano|el puno|los punos|las manos) contra (?:la pared|el piso|la puerta|la mesa|el espejo|el suelo|el muro)",
      "me \\w+(?: \\w+){0,8}? a proposito para (?:q|que) me (?:doliera|duela|sangrara|sangre|quedara marca|saliera sangre)",
      "para (?:q|que) me doliera (?:otra cosa|algo mas|algo|mas)",
      "(?:morderme|pellizcarme|rascarme|aranarme|rasgunarme|pegarme|golpearme|quemarme|cortarme|pincharme|me muerdo|me mordi|me rasco|me rasque|me arane|me pellizco)(?: \\w+){0,3}? hasta (?:sacar(?:me)? sangre|sangrar|que sangre|q sangre|que me salga sangre|q me salga sangre|dejarme marcas|que me (?:salio|saliera|salga) (?:un chichon|sangre|un moreton))",
      "hasta (?:q|que) me (?:salio|saliera|salga) (?:un chichon|sangre|un moreton)",
      "(?<!(?:papa|mama|padre|madre|padrastro|madrastra|esposo|marido|novio|novia|pareja|tio|tia|ex|el|ella|abuelo|abuela|hermano|hermana) )me (?:pego|pegue|golpeo|golpee|lastimo|quemo|muerdo|rasguno|rasco)\\b[^.!?\\n]{0,50}?(?:cuando me (?:da|dan|entra|siento) (?:la )?(?:ansiedad|crisis|panico|coraje|rabia|triste)|hasta (?:q|que) (?:salen|me salen|me sale|sale) (?:moretones|sangre|marcas)|me dej(?:a|an|o) marcas)",
      "(?:me estoy arrancando|me arranque|me sigo arrancando|sigo arrancandome|arrancarme) (?:el pelo|el cabello|la piel|las pestanas|las cejas|las costras)(?=[^\\n]{0,80}?(?:otra vez|calva|no puedo (?:dejar|parar)|hasta (?:sangrar|que)|a mechones|sin poder parar|cada vez))",
      "(?:pensamientos|ideas|impulsos) de (?:lastimarme|cortarme|hacerme dano|quemarme|golpearme)",
      "(?:necesito|quiero|busco) sentir dolor(?: fisico)? para (?:no sentir|olvidar|callar|sacar|dejar de sentir)",
      "(?:pedazos|vidrios|vidrio|cristales|navaja|cuchilla|hoja)[^.!?\\n]{0,40}?pensando en (?:usarl[oa]s?|cortarme|pasarmel[oa]s?)|pienso en pasarmel[oa] por",
    ),
    {
      negatable: false,
      gate: /contra|a proposito|doliera|hasta|arranc|arranq|lastimarme|cortarme|hacerme dano|quemarme|golpearme|sentir dolor|pensando en|pasarmel|marcas|ansiedad|crisis|panico|coraje|rabia|triste/,
      unless:
        /jaja|jeje|😂|sin querer|accidente|por error|me tropece|me cai|jugando|con este proyecto|con la tarea|con el trabajo|de la desesperacion por el|de tanto estudiar|pregunto si|le dije (?:q|que) no/,
    },
  ),
  esRule(
    "es.harm_to_others.urge",
    "harm_to_others",
    "moderate",
    any(
      `(?:ganas|tentacion|impulsos?)(?: enormes| tremendas| muy fuertes)? de (?:(?:golpear|sacudir|zarandear|ahorcar|estrangular|ahogar|apunalar|acuchillar|matar)l[oa]s?|agarrarl[oa]s? a golpes|(?:agarrar a golpes|golpear|pegarle|sacudir|zarandear|ahorcar|estrangular|ahogar|apunalar|acuchillar|matar) (?:a|al) (?:${SOMEONE}|alguien|bebe|nino|nina))`,
      `(?:ganas|me dan ganas|me dieron ganas) de (?:agarrar|agarrarl[oa]) a ${SOMEONE}[^.!?\\n]{0,10}? y (?:romperle|partirle|reventarle|golpearl[oa]|ahorcarl[oa])`,
      `me (?:imagino|imagine|imaginaba)(?: \\w+){0,2}? ${HURTING}|me (?:imagino|imagine)(?: \\w+){0,2}? (?:siguiendol[oa]|buscandol[oa]) y ${HURTING}`,
      "(?:lo|la|los|las|les) imagino muert[oa]s? (?:todos los dias|todo el tiempo|cada dia|siempre)",
      `(?:pienso|pensando|pense|he pensado) en (?:hacerle|hacerles) (?:algo|dano|pagar)(?: feo| malo)?[^.!?\\n]{0,20}?(?:para (?:q|que) (?:sufra|sufran|pague|paguen|sienta)|sufra)`,
      "(?:buscarl[oa]|encontrarl[oa]|esperarl[oa]) y (?:hacerle dano|matarl[oa]|golpearl[oa]|lastimarl[oa]|partirle)",
      "(?:pienso|pensar|pensando|pense) en matar a (?:mi|su|ese|esa|el|la) \\w+",
      `(?:le|te|les) voy a (?:partir|romper|reventar|quebrar|madrear) (?:la cara|la madre|la cabeza|el hocico|la boca|los dientes|las piernas|el alma)`,
      `(?:le|la|lo) (?:agarre|apriete|jale|sacudi)[^.!?\\n]{0,30}? y le deje (?:la |las |unas )?marcas?|(?:le di|le pegue|le solte) (?:una )?(?:cachetada|bofetada|patada|punetazo|golpe)(?: bien| muy)? fuerte`,
    ),
    {
      negatable: false,
      gate: /ganas|tentacion|impuls|imagin|hacerle|hacerles|buscarl|encontrarl|esperarl|matar|partir|romper|reventar|quebrar|madrear|marca|cachetada|bofetada|patada|punetazo|golpe/,
      unless: HARM_UNLESS,
    },
  ),
  esRule(
    "es.harm_to_others.sworn",
    "harm_to_others",
    "high",
    any(
      "(?:le |te |les )?juro(?: por dios)? (?:q|que) (?:lo|la|los|las|te) (?:mato|voy a matar|rajo|quiebro|desaparezco)",
      `ya se (?:donde vive|a (?:q|que) hora sale|donde trabaja|por donde (?:camina|pasa))[^\\n]{0,60}?(?:tengo|consegui|compre|traigo) (?:un|una|el|la|mi) ${WEAPON}`,
      `(?:esperarl[oa]|buscarl[oa]|encontrarl[oa]|caerle|ir por (?:el|ella))[^\\n]{0,60}?(?:consegui|tengo|compre|traigo) (?:un|una|el|la|mi) ${WEAPON}`,
      `(?:consegui|compre|tengo) (?:un|una|el|la) ${WEAPON}[^\\n]{0,60}?(?:esperarl[oa]|buscarl[oa]|caerle)`,
    ),
    {
      negatable: false,
      gate: /juro|vive|sale|trabaja|por donde|esperarl|buscarl|encontrarl|caerle|ir por/,
      unless: HARM_UNLESS,
    },
  ),
  esRule(
    "es.harm_to_others.howto",
    "harm_to_others",
    "high",
    any(
      "(?:q|que|algo|como) (?:le )?(?:puedo|podria|se puede)? ?(?:echar|poner|meter)(?:le)? (?:algo )?(?:al|a la|a su|en el|en la|en su) (?:cafe|bebida|comida|agua|refresco|te|vaso|sopa|jugo|plato|cerveza)[^.!?\\n]{0,40}?(?:para (?:q|que) (?:le de algo|se enferme|se muera|le haga dano|no despierte|se ponga mal)|sin (?:q|que) (?:se (?:note|de cuenta)|me descubran)|(?:q|que) no me descubran)",
      "(?:como|como le hago para|como puedo) envenenar a (?:\\w+ ){1,4}?(?:sin (?:q|que) (?:se (?:note|den cuenta|de cuenta)|me descubran))?",
      "para (?:q|que) parezca (?:un )?accidente si (?:alguien|el|ella|mi \\w+|una persona|un nino)",
      "(?:q|que) tan fuerte (?:tiene|debe) (?:q |que )?(?:ser|dar|pegar)[^.!?\\n]{0,30}? para matar a (?:alguien|una persona|un hombre|una mujer|mi \\w+)",
      "(?:dosis|cantidad)[^.!?\\n]{0,30}?(?:mata|matan|matar|matarian?) a (?:una persona|alguien|un adulto|un hombre|una mujer|un senor|una senora)[^\\n]{0,60}?(?:tengo acceso|mi (?:esposo|esposa|marido|mujer|suegr[oa]|padre|madre|jefe))",
    ),
    {
      negatable: false,
      gate: /echar|poner|meter|envenenar|tan fuerte|mata|accidente/,
      unless: new RegExp(
        `${HARM_UNLESS.source}|ratas|ratones|cucarachas|hormigas|plagas|termitas|chinches|moscas|mosquitos|caracoles|topos|pulgas|azucar|sabor|mas rico`,
      ),
    },
  ),
  esRule(
    "es.abuse.imminent.waiting_armed",
    "abuse",
    "imminent",
    `(?:esperando|afuera de mi casa|en la puerta)[^.!?\\n]{0,40}?con (?:un|una|el|la) ${WEAPON}[^\\n]{0,60}?(?:estoy (?:encerrad|escondid)[oa]|ahorita|ahora mismo)`,
    { negatable: false, unless: HARM_UNLESS },
  ),
  esRule(
    "es.harm_to_others.imminent.captive",
    "harm_to_others",
    "imminent",
    "tengo a (?:mi|la|el|su) \\w+ (?:amarrad|encerrad|atad|secuestrad|encadenad)[oa]s?",
    { negatable: false, unless: HARM_UNLESS },
  ),
  esRule(
    "es.abuse.ongoing",
    "abuse",
    "high",
    "me (?:sigue|siguen) (?:pegando|golpeando|violando|ahorcando|pateando)",
    { negatable: false, unless: /jaja|jeje|😂|el sol|la gripa|el calor|la alergia/ },
  ),
  esRule(
    "es.abuse.captive",
    "abuse",
    "high",
    "tengo a (?:mi|su) (?:espos[oa]|mujer|marido|novi[oa]|pareja|hij[oa]|herman[oa]|madre|padre|mama|papa) (?:amarrad|encerrad|atad|encadenad)[oa]s?",
    { negatable: false, unless: HARM_UNLESS },
  ),
  esRule(
    "es.abuse.told_plainly",
    "abuse",
    "moderate",
    any(
      "(?:mi|su) (?:papa|mama|padre|madre|padrastro|madrastra|espos[oa]|marido|novi[oa]|pareja|tio|tia|abuel[oa]|prim[oa]|herman[oa]|ex|suegr[oa]|jefe) me (?:quemaba|quemo|quema|pegaba|golpeaba|encerraba|encierra|amarraba|amarra|violaba|violo|tocaba|toco|sigue pegando|sigue golpeando|dejaba sin comer|deja sin comer)",
      "me (?:sigue|siguen) (?:tocando|amenazando)",
      "me (?:tiene|tienen) (?:amenazad[oa]|encerrad[oa]|vigilad[oa]|controlad[oa]|secuestrad[oa])|(?:publicar|subir|mandar|ensenar|difundir) mis fotos (?:intimas|desnud[oa]|privadas)",
      "me (?:amenazaba|amenaza|amenazo) con (?:hacerle dano|matar|pegarle|lastimar|quitarme) a (?:mi|mis)|me abusaba(?: sexualmente)?",
      "(?:abusaba|abusaban) de mi",
      "(?:q|que|quien|un tipo|un senor|un hombre|una mujer|alguien) me (?:acosa|acosaba|acoso|esta acosando)(?! (?:el|la) (?:trabajo|tarea|ansiedad|deuda|banco))",
      "(?:entra|se mete|entraba|se metia) a mi (?:cuarto|recamara|cama|pieza) (?:en las noches|de noche|cuando duermo|cuando estoy dormid[oa]|a escondidas)",
      "me (?:quemaba|quemaban) con (?:cigarros|cigarrillos|la plancha|agua caliente|un encendedor|colillas)",
    ),
    {
      negatable: false,
      gate: /quemab|quemo|quema|pegab|golpeab|encerrab|encierra|amarra|violab|violo|tocab|toco|pegando|golpeando|tocando|amenaz|violando|sin comer|abus|acos|encerrad|vigilad|controlad|secuestrad|fotos|cuarto|recamara|cama|pieza/,
      unless: /jaja|jeje|😂|la chancla y me rei|el sol|la comida|la sopa|el cafe/,
    },
  ),
];

/** A blade or means made ready: counted only next to self-harm or suicide risk. */
export const SPANISH_ACTS_FRAME_RULES: Rule[] = [
  rule(
    "es.self_harm.plan.blade_ready",
    "self_harm",
    "high",
    "(?:ya )?tengo (?:la|una|el|un|mi) (?:navaja|cuchilla|cuchillo|hoja de afeitar|rastrillo|tijera)s? (?:lista|listo|preparad[oa]|escondid[oa]|afilad[oa])",
    { frame: "means", negatable: false },
  ),
];
