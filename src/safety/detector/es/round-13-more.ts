// The round-13 Spanish rules for self-harm, abuse, harm to others, misuse and medical red
// flags (round-13.ts has the suicide ones and says where they come from).
import { any, type Rule } from "../rules.ts";
import { BOOZE, CLOSE, OPTS, Q, TREAT, WEAPON } from "./round-13-words.ts";
import { esRule } from "./words.ts";

export const SPANISH_ROUND_13_MORE_RULES: Rule[] = [
  esRule(
    "es.self_harm.r13.acts",
    "self_harm",
    "moderate",
    any(
      // Burning oneself.
      "me (?:queme|quemo|he quemado|estoy quemando|sigo quemando)(?: \\w+){0,3}? con (?:el|un|los|unos|mis) (?:encendedor|cigarro|cigarros|cerillos?|fosforos?|mechero|vela|plancha)",
      "me (?:queme|he quemado) (?:el|la|los|las|mi|mis) (?:brazo|brazos|pierna|piernas|piel|muslo|muslos|muneca|munecas|mano|manos)(?: \\w+){0,2}? (?:con|varias veces|a proposito)",
      "me (?:hice|hago|he hecho) (?:\\w+ )?quemaduras",
      // Hitting oneself to injury.
      "me (?:pegue|pego|golpee|golpeo|di|doy) (?:en la cara|en la cabeza|la cabeza|contra la pared|contra el piso|contra la puerta|punetazos|golpes|cabezazos) (?:\\w+ ){0,4}?(?:hasta|con el puno|con los punos|a proposito)",
      // Done to feel, to cope or to punish.
      `me (?:corto|corte|cortaba|lastimo|hago dano|hice dano|quemo|queme|pego|rasguno|arano) (?:\\w+ ){0,3}?(?:pa|para) (?:no pensar|sentir (?:algo|otra cosa|dolor)|calmarme|castigarme|desahogarme)`,
      `(?:a proposito|adrede|de proposito) (?:pa|para) (?:sentirme mal|castigarme|lastimarme|hacerme dano|sufrir|${Q} me doliera|${Q} me duela)`,
      "(?:llevo|tengo|ya van) (?:\\w+ ){0,2}?(?:dias?|semanas?) sin comer a proposito|(?:dejo|deje) de comer a proposito",
      // The urge, back.
      "(?<!(?:no|nunca|sin|ni) (?:\\w+ )?)(?:las )?ganas (?:otra vez |de nuevo |fuertes |enormes )?de (?:volver a )?(?:cortarme|quemarme|lastimarme|pegarme)",
    ),
    {
      ...OPTS,
      unless:
        /jaja|jeje|xd|😂|cocin|comal|aceite|sarten|horno|estufa|planchando|sin querer|accidente|tortillas|el sol|playa|porque no le|me dijo|el pelo|el cabello|el fleco|flequillo|las unas|la barba|el cabello/,
    },
  ),
  esRule(
    "es.self_harm.r13.wound",
    "self_harm",
    "high",
    any(
      "me (?:queme|quemo|he quemado|hice \\w+ quemaduras|corte)[^!?\\n]{0,120}(?:pus|infectad[oa]s?|ampollas? (?:grandes|enormes)|se ve blanca|se ven rojas|no para de sangrar)",
      "me (?:queme|he quemado) con cigarros",
    ),
    {
      ...OPTS,
      unless: /jaja|jeje|xd|😂|cocin|comal|aceite|sarten|horno|sin querer|accidente|porque no le/,
    },
  ),

  // --- Abuse ---
  esRule(
    "es.abuse.r13.severe",
    "abuse",
    "high",
    any(
      // Strangling.
      "me (?:agarro|agarra|apreto|aprieta|tomo|sujeto|estrangulo|estrangula) (?:del|el|por el|de la) (?:cuello|garganta)",
      // A weapon shown or held to the patient.
      `me (?:amenazo|amenaza|amenazaba|apunto|apunta|enseno|ensena|mostro|saco) (?:con )?(?:el|la|un|una|su) ${WEAPON}`,
      `me (?:dijo|dice|ha dicho|amenazo) ${Q} si (?:no )?(?:vuelvo|regreso|lo dejo|la dejo|me voy|le digo|hablo|lo denuncio|la denuncio|cuento)[^.!?\\n]{0,30}me (?:mata|va a matar|matara|mataria)`,
      // Locked in.
      "me (?:encierra|encerro|tiene encerrad[oa]|dejo encerrad[oa]|deja encerrad[oa]) (?:con llave )?(?:en|dentro de) (?:el|la|mi|su) (?:cuarto|casa|bano|recamara|habitacion|sotano)",
      // Hurt for a chore not done.
      "me (?:quemo|pego|golpeo|jalo|empujo|cacheteo|avento)[^.!?\\n]{0,50}porque no le (?:planche|lave|hice|servi|cocine|conteste|di|pedi|avise|obedeci)",
    ),
    OPTS,
  ),
  esRule(
    "es.abuse.r13.escalation",
    "abuse",
    "high",
    "la proxima (?:vez )?(?:no falla|es la cara|sera la cara|va a ser la cara|sera peor)",
    { ...OPTS, requires: /amenaz|me dijo|dijo que|cuchillo|pistola|me pego|me quemo|me golpeo/ },
  ),
  esRule(
    "es.abuse.r13.control",
    "abuse",
    "moderate",
    any(
      // Phone, keys, money, papers, aids or medicines taken or watched.
      "(?<!se )me (?:quita|quito|esconde|escondio|retiene|retuvo) (?:el|la|los|las|mi|mis) (?:cel|celular|telefono|llaves|tarjeta|tarjetas|dinero|plata|sueldo|pasaporte|papeles|documentos|medicinas|andador|baston|silla de ruedas)(?![. ]{0,4}(?:pa|para) (?:ponerle|cambiarle|arreglarlo|arreglarla|cargarlo|cargarla|configurarlo|instalarle|actualizarlo|revisarle))", // not taken to fit a screen protector
      "(?:revisa|checa|revisaba|me revisa) (?:mi|el) (?:cel|celular|telefono|whatsapp|correo|mensajes)(?: \\w+){0,3}? (?:todas las noches|todos los dias|siempre|cada)",
      `${CLOSE} (?:\\w+ ){0,2}?no me deja (?:salir|trabajar|ver a|hablar con|ir a|venir a|estudiar|manejar|tener)`,
      `(?:le tengo ${Q}|tengo ${Q}) (?:dar(?:le)?|ensenar(?:le)?|mostrar(?:le)?|pedir(?:le)?) (?:el ticket|los tickets|cuentas|permiso|el recibo)`,
      `si (?:falta|me gasto|gasto) (?:un peso|algo|dinero)[^.!?\\n]{0,20}me (?:grita|pega|insulta|castiga)`,
      `no me deja (?:dormir|comer|salir) hasta ${Q} (?:le )?pid(?:o|a) perdon`,
      // Hit, slapped, squeezed to marks.
      "me (?:da|dio|daba|dan) (?:de )?(?:cachetadas|bofetadas|punetazos|patadas|cachetazos|chingadazos|madrazos)",
      "me (?:aprieta|apreto|agarra|agarro|jala|jalo) (?:el brazo|los brazos|del pelo|del brazo|la muneca)[^.!?\\n]{0,30}(?:marcas|moretones|morados)",
      // Stalked and threatened.
      "me (?:manda|mando|mandaba|envia|envio|sigue mandando) (?:mensajes|audios) (?:\\w+ )?(?:amenazandome|amenazantes|de amenaza|con amenazas)",
      "(?:me espera|me esperaba|estaba esperandome|me estaba esperando) (?:afuera|afuera de|en la puerta de) (?:mi |el |del )?(?:trabajo|casa|escuela|la clinica)",
      // A carer withholding food or the toilet.
      "no me (?:da|dan|daba) (?:de comer|la comida|mis medicinas|mis pastillas|agua) (?:si no|hasta|cuando)",
      "me deja(?:n)? sol[oa] (?:\\w+ ){0,4}?sin poder (?:ir al bano|moverme|comer|levantarme)",
    ),
    {
      ...OPTS,
      unless:
        /jaja|jeje|xd|😂|para (?:bajarme|ponerme|instalarme|arreglarme|cargarlo|configurar)|una app|cuando era (?:chic|nin|peque)|cuando tenia \d+|de (?:nin|chic|adolescente)[oa]s?/,
    },
  ),

  // --- Harm to others ---
  esRule(
    "es.harm_to_others.r13.means",
    "harm_to_others",
    "high",
    any(
      // Poison for a person.
      `(?:veneno|raticida|cianuro|arsenico|anticongelante)(?: para ratas)?[^.!?\\n]{0,60}(?:a una persona|a alguien|a un adulto|a mi \\w+|${Q} le haga efecto|${Q} se muera)`,
      `(?:veneno|sustancia|droga)s? (?:${Q} )?no se (?:detecta|detectan|nota|encuentra) en (?:una |la |los |un |el )?(?:autopsia|analisis|examen|examenes|estudios|toxicologico)`,
      `(?:poner|ponerle|echar|echarle|meter|meterle|se le puede poner|le puedo (?:poner|echar)) (?:algo|veneno|raticida|pastillas|cloro) (?:en|a) (?:la|el|su) (?:comida|cafe|bebida|te|agua|refresco|sopa|plato|trago)(?: de alguien)?[^.!?\\n]{0,30}sin ${Q} se (?:note|den cuenta|de cuenta)`,
      // The best way to hurt someone for good.
      "(?:la )?(?:mejor )?(?:forma|manera) de (?:pegarle|golpearle|golpear|noquear|lastimar)(?:le)? a (?:alguien|una persona|un \\w+)[^.!?\\n]{0,30}(?:no se levante|no se vuelva a levantar|no despierte)",
      // Knowing the target's hours, to ambush.
      `(?:se|sabemos|ya se|ya sabemos) (?:a ${Q} hora|donde) (?:sale|llega|vive|trabaja|deja|estaciona|pasa)[^!?\\n]{0,60}(?:me las (?:paga|va a pagar|pagara)|lo vamos a esperar|la vamos a esperar|le vamos a dar|me la (?:paga|va a pagar))`,
      `(?:le|les) (?:vamos|voy) a dar su merecido`,
      `(?:lo|la|los) (?:vamos|voy) a esperar (?:\\w+ ){0,3}?con (?:los|unos|el|un|mi) (?:bates|palos|fierros|cuchillos|pistolas|${WEAPON})`,
      // A weapon bought quietly to settle something.
      `(?:como|donde) (?:consigo|compro|puedo conseguir|puedo comprar|se consigue) (?:un|una) (?:arma|pistola|revolver|cuete|fusca)[^.!?\\n]{0,30}sin (?:${Q} me pidan )?(?:papeles|registro|permiso|licencia|documentos)`,
      // With a weapon, at the door, thinking of the blow.
      `(?:con|agarre|baje con|sali con) (?:el|la|un|una) (?:bate|cuchillo|pistola|arma|machete|martillo)[^.!?\\n]{0,120}(?:pensando en|con ganas de|dispuest[oa] a) (?:romperle|partirle|matarlo|matarla|golpearlo|golpearla|pegarle|abrirle)`,
    ),
    {
      ...OPTS,
      unless:
        /jaja|jeje|xd|😂|⚽|equipo|partido|rival|cancha|juego|videojuego|pelicula|serie|novela/,
    },
  ),
  esRule(
    "es.harm_to_others.r13.now",
    "harm_to_others",
    "imminent",
    any(
      `(?:voy|vamos|ya voy|estoy|ando) (?:en camino |rumbo |camino )?(?:a|hacia|pa|para|afuera de|fuera de|frente a) (?:la )?(?:casa|trabajo|oficina|escuela|depa|departamento) (?:de|del) (?:\\w+ ){1,3}?con (?:el|la|un|una|mi) ${WEAPON}`,
      `(?:tengo|traigo) (?:el|la|un|una|mi) ${WEAPON}[^.!?\\n]{0,40}(?:estoy|ando) (?:afuera|fuera|enfrente) de su (?:casa|trabajo|escuela|oficina)`,
      `(?:afuera|fuera|enfrente) de su (?:casa|trabajo|escuela|oficina)[^.!?\\n]{0,40}con (?:el|la|un|una|mi) ${WEAPON}`,
    ),
    OPTS,
  ),
  esRule(
    "es.harm_to_others.r13.urges",
    "harm_to_others",
    "moderate",
    any(
      "(?:me dan|tengo|siento|ando con|traigo) (?:muchas )?ganas de (?:atropellar|empujar|ahorcar|apunalar|acuchillar|madrear|golpear|ahogar|envenenar|matar|romperle (?:la cara|la cabeza|la madre)|partirle (?:la cara|la madre)|pegarle|darle un balazo|balacear) (?:a|al)(?= )",
      "(?:me imagino|imagino|fantaseo con|sueno con) (?:empujando|matando|golpeando|apunalando|atropellando|ahorcando|envenenando|quemando|pegandole|ahogando|estrangulando|empujar|matar|golpear|atropellar|ahorcar|envenenar) (?:a|al)(?= )",
      "casi le (?:suelto|pego|doy|meto|rompo) (?:un )?(?:golpe|madrazo|punetazo|trancazo|putazo|la cara) a",
      "pensando en (?:romperle|partirle|abrirle) (?:la cabeza|la cara|la madre|el craneo)",
    ),
    { ...OPTS, unless: /jaja|jeje|xd|😂|🙃|zombis|juego|videojuego|pelicula|serie|al que invento/ },
  ),

  // --- Misuse: doses beyond or beside the plan ---
  esRule(
    "es.misuse.r13.beyond",
    "misuse",
    "moderate",
    any(
      // Mixed with alcohol or sedatives.
      `(?:el|la|los|las|mi|mis) ${TREAT}(?: \\w+){0,3}? (?:con|y luego|y despues|junto con|mezclad[oa]s? con) (?:\\w+ ){0,3}?${BOOZE}`,
      `mezcle (?:la|el|mi|los|las) (?:\\w+ ){0,2}?con (?:un |una |el |la |unos |unas )?${BOOZE}`,
      // Redosing, extra, double.
      `(?:me eche|me tome|me meti|me puse) otr[oa] (?:pastillita|pastilla|lozenge|troche|trocisco|dosis|tableta)(?: de (?:la )?(?:keta|ketamina))?[^.!?\\n]{0,50}(?:porque|pq|porq|ya van|no me hizo|no hizo|no sentia|no senti)`,
      `me (?:tome|meti|puse|eche) mas (?:${TREAT}|de la cuenta|de lo (?:indicado|${Q} me toca|recetado))`,
      `me tome (?:dos|2|tres|3) ${TREAT} en (?:vez|lugar) de (?:uno|una|1)`,
      // Stockpiled treatment doses.
      `(?:guardando|juntando|acumulando) (?:las |los |mis )?${TREAT}`,
      `${TREAT} ${Q} (?:tengo|tenia) (?:guardad[oa]s|juntad[oa]s|escondid[oa]s)`,
      // Ketamine from outside the program.
      "(?:le )?compre (?:un poco de |unos? |mas )?(?:keta|ketamina)|(?:el|un|mi) dealer[^.!?\\n]{0,40}(?:keta|ketamina)",
      "me meti (?:keta|ketamina)[^.!?\\n]{0,40}(?:aparte|ademas|fiesta|amigos)",
      "me (?:estoy dando|doy|meto|echo) (?:mis |unos? )?(?:toques|toquecitos|pases|lineas|rayas|poquitos?)[^.!?\\n]{0,30}(?:entre sesiones|por mi cuenta|fuera de la clinica|sin receta|fines? de semana)",
      `(?:le )?(?:robe|robo|agarre|saque|quite) (?:unos |unas |dos |tres |las |los )?${TREAT} (?:a|de) (?:mi|mis|su|la|el) \\w+`,
    ),
    OPTS,
  ),
  esRule(
    "es.misuse.r13.off_plan",
    "misuse",
    "low",
    any(
      // The dose taken at another time than the plan.
      `me (?:tome|puse|meti) (?:la|el|mi) (?:pastilla|dosis|lozenge|troche|trocisco|tableta)(?: de la semana| de hoy| de manana)? (?:como )?(?:\\w+ ){0,3}?(?:antes de lo ${Q}|tarde|mas tarde|un dia antes|un dia despues|dos dias antes|en la tarde y no|en la noche y no|en la manana y no|antes de la hora)`,
      "(?:como )?(?:uno|una) y medi[oa](?= *(?:$|[.!?,;]| creo))",
    ),
    {
      ...OPTS,
      requires: /lozenge|troche|trocisco|dosis|pastilla|plan|hoja|tocaba/,
      unless: /presion|anticonceptiv|colesterol|tiroides|vitamina|antibiotico|la de la azucar/,
    },
  ),

  // --- Medical: after a dose ---
  esRule(
    "es.medical.r13.mild",
    "medical",
    "low",
    any(
      "(?:molestia|ardor|dolor|me arde|me ardio|me duele|ardio|presion|punzadas)(?: \\w+){0,3}? (?:al orinar|al hacer pipi|al mear|cuando orino|en la vejiga)",
      "(?:me quedo|sigo con|todavia (?:tengo|veo)|aun (?:tengo|veo)|sigo viendo) (?:\\w+ ){0,3}?(?:vision (?:borrosa|doble|nublada)|borroso|doble)",
      "palpitaciones|taquicardia",
    ),
    {
      ...OPTS,
      requires: /sesion|dosis|lozenge|troche|keta|tratamiento|desde el|desde hace|orinar|vejiga/,
      unless:
        /si (?:me |alguna vez |llego a |siento|tengo|noto)|dijo (?:que|q) si|avise si|en caso de|riesgo|documental|se me quito|normal,/,
    },
  ),
  esRule(
    "es.medical.r13.serious",
    "medical",
    "moderate",
    any(
      `(?:orino|orinar|mear|hago pipi)(?: \\w+){0,2}? (?:como si (?:fuera|fueran) (?:vidrio|vidrios|cuchillas|fuego|lija|navajas)|con sangre)|(?:mear|orinar) me (?:duele|arde) como`,
      "presion (?:de )?(?:1[6-9]\\d|2\\d\\d) (?:sobre |/ ?)\\d+|me dio (?:la presion )?(?:1[6-9]\\d|2\\d\\d) sobre \\d+",
      "me perdi (?:manejando|caminando|en el camino) (?:a|de|rumbo a) (?:mi )?casa",
      "desde (?:la|las) sesion(?:es)? no me acuerdo",
    ),
    OPTS,
  ),
  esRule(
    "es.medical.r13.seizure",
    "medical",
    "high",
    "(?:tuve|me dio|me dieron) (?:una |unas )?(?:convulsion|convulsiones|ataque epileptico|crisis convulsiva)|(?:estaba|estuve) convulsionando",
    OPTS,
  ),
];
