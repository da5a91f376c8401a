// Over 300 lines because it is a lexicon table: one rule per phenomenon, each a list of the
// wordings that carry it; split further, one phenomenon's wordings would sit in two files.
// Spanish risk to and from others, medical signs and misuse from the round-15 sets (es round-14,
// intencion-5), by phenomenon: an urge to beat someone up ("partirle la cara", "le rompo
// algo"); gas opened on sleepers; a car run over someone; waiting outside with a weapon; how to
// make someone pass out (a neck, a drink); fear of what one might do after a fight; stalking by
// an ex; a carer who leaves one hungry or squeezes; money, phone and a smashed house controlled;
// a gun to the head; hiding from someone at the door; a child who shouts and scares; blood or
// pink in the urine and early bladder signs; a racing heart; a blood-pressure reading; a seizure
// witnessed; waking lost; seeing the dead awake the day after; treatment doses saved, taken more
// often, off schedule, run out early, several at once or mixed, bought outside the clinic;
// craving the session's feeling.

import { any, type Rule, rule } from "../rules.ts";
import { BOOZE, OPTS, Q, WEAPON } from "./round-13-words.ts";
import { EVERYDAY_CAUSE_ES, esRule, JOKE_ES, pressure } from "./words.ts";

const UNLESS_EVERYDAY = new RegExp(`${JOKE_ES.source}|${EVERYDAY_CAUSE_ES.source}`);
/** The treatment's own forms, misspellings included ("troscicos", "troscisos"). */
const TROCH =
  "(?:tro[sc]{1,3}i[sc]{1,3}os?|trosiscos?|troches?|lozenges?|keta|ketamina|ketamine|spravato|dosis)";
/** A treatment or clinic named somewhere in the message. */
const TREATMENT =
  /tro[sc]{1,3}i[sc]{1,3}o|troche|lozenge|\bketa|ketamin|spravato|sesion|tratamiento|dosis|clinica/;

export const SPANISH_ROUND_15_MORE_RULES: Rule[] = [
  // --- Harm to others ---
  esRule(
    "es.harm_to_others.r15.beat_up",
    "harm_to_others",
    "moderate",
    any(
      "(?:partirle|romperle|reventarle|quebrarle|madrearle) (?:la cara|la madre|el hocico|la boca|la jeta|los dientes|la cabeza|algo)",
      "(?<=me le )(?:quiero|voy a) (?:ir|echar|aventar) encima",
      "(?<=(?:le|les) )(?:rompo|parto|reviento|quiebro) (?:algo|la cara|la madre|el hocico|la jeta|la cabeza)",
    ),
    {
      ...OPTS,
      unless: new RegExp(
        `${UNLESS_EVERYDAY.source}|a besos|en el partido|en la cancha|al futbol|fifa|videojuego|el juego|en linea|jugando|la play|xbox|partida`,
      ),
    },
  ),
  esRule(
    "es.harm_to_others.r15.gas_sleepers",
    "harm_to_others",
    "imminent",
    "(?<=(?:les|le) )(?:abro|voy a abrir|dejo abierto|voy a dejar abierto) el gas",
    OPTS,
  ),
  esRule(
    "es.harm_to_others.r15.run_over",
    "harm_to_others",
    "high",
    "(?<=(?:le|les) )(?:paso|echo|aviento|voy a pasar|voy a echar|voy a aventar) (?:el carro|la camioneta|el coche|la troca|el auto) (?:por )?encima|(?<=(?:lo|la|los) )atropello (?:cuando|a la salida|saliendo)",
    OPTS,
  ),
  esRule(
    "es.harm_to_others.r15.weapon_waiting",
    "harm_to_others",
    "imminent",
    `(?:estoy|ando) (?:afuera|fuera|enfrente|frente|a la salida) (?:de|del) [^.!?\\n]{0,30}con (?:la|el|una|un|mi) ${WEAPON}`,
    { ...OPTS, unless: /cazar|cacer|campo de tiro|para defenderme|seguridad|guardia|vigilante/ },
  ),
  esRule(
    "es.harm_to_others.r15.ambush",
    "harm_to_others",
    "high",
    "(?<=(?:lo|la|los) )(?:espero|voy a esperar|agarro|voy a agarrar|voy a cazar) (?:afuera|a la salida|saliendo|en la salida) (?:de|del)",
    { ...OPTS, requires: new RegExp(WEAPON) },
  ),
  esRule(
    "es.harm_to_others.r15.knock_out",
    "harm_to_others",
    "high",
    any(
      `(?:apretar|ahorcar|estrangular|presionar)[^.!?\\n]{0,40}(?:pa|para) (?:${Q} )?(?:alguien|una persona|el|ella|se) (?:se )?(?:desmaye|quede inconsciente|quede fuera|deje de respirar)`,
      `ponerle [^.!?\\n]{0,30}en (?:la|su) (?:bebida|comida|cafe|vaso|trago|copa|jugo|refresco)[^.!?\\n]{0,40}(?:pa|para) (?:${Q} )?(?:quede|caiga|se duerma|no se despierte)`,
    ),
    { ...OPTS, unless: /jaja|xd|😂|anestesi|veterinari|cirugia|pelicula|serie|novela/ },
  ),
  esRule(
    "es.harm_to_others.r15.fear_own_violence",
    "harm_to_others",
    "moderate",
    `(?<=me (?:da|dio) )miedo lo ${Q} (?:le )?(?:puedo|pueda|podria|soy capaz de) hacer(?:le|les)?|(?<=me )quede con ganas de mas`,
    { ...OPTS, requires: /empuj|pegue|golpee|ahorque|pelea|pleito|rabia|coraje/ },
  ),

  // --- Abuse ---
  esRule(
    "es.abuse.r15.stalked",
    "abuse",
    "moderate",
    any(
      "(?<=(?:mi ex|mi expareja|mi exnovi[oa]|mi exmarido|mi exespos[oa]|el|ella) me )(?:sigue|persigue|anda siguiendo|esta siguiendo|vigila|espia|acosa)(?! (?:en|por) (?:instagram|redes|tiktok|twitter|ig|face))(?! (?:queriendo|gustando|cayendo|debiendo|ayudando))",
      "(?:estaba|esta|estuvo) parad[oa] afuera de (?:mi casa|la clinica|mi trabajo|el trabajo|la escuela)",
    ),
    { ...OPTS, unless: /jaja|xd|😂|me sigue en|me sigue la corriente/ },
  ),
  esRule(
    "es.abuse.r15.carer_neglect",
    "abuse",
    "moderate",
    any(
      "(?<=me )(?:dejo|deja|dejaba) sin (?:comer|comida|agua|mis medicinas|las medicinas|banarme)",
      "(?<=me )(?:apreto|apreta|jalo|jala|pellizca|pellizco|jaloneo|jalonea) (?:el brazo|los brazos|la mano|la muneca) (?:tan )?fuerte",
      "(?:tengo|(?<=me )dejo) (?:los dedos|moretones|marcas) (?:marcados|en el brazo|en los brazos)",
      `(?<=me )grita (?:si|cuando) le pido ${Q} me (?:lleve|ayude|de)`,
    ),
    {
      ...OPTS,
      unless: /jaja|xd|😂|dieta|ayuno|en ayunas|el doctor|la enfermera|la presion|la vacuna/,
    },
  ),
  esRule(
    "es.abuse.r15.money_phone",
    "abuse",
    "moderate",
    any(
      `(?:controla|maneja|(?<=se )queda con) (?:toda )?(?:la plata|el dinero|mi dinero|mi plata|mi sueldo|mi cheque|mi pension|las tarjetas|mi tarjeta)(?=[^.!?\\n]{0,60}(?:le tengo ${Q} pedir|no me da|me revisa|ni (?:pa|para)))`,
      "(?<=me )revisa el (?:celular|telefono|cel)[^.!?\\n]{0,40}(?:con quien|quien me|a quien)",
      "(?<=se )(?:pone loco|enoja|pone como loco)[^.!?\\n]{0,20}(?:y )?rompe cosas",
    ),
    { ...OPTS, unless: /jaja|xd|😂|porque yo se lo pedi|le pedi (?:q|que) me ayud/ },
  ),
  esRule(
    "es.abuse.r15.gun_to_head",
    "abuse",
    "high",
    "(?<=me )(?:puso|pone|apunto|apunta|encanono|encanona) (?:con )?(?:la|una|el|un|su) (?:pistola|arma|cuchillo|navaja|revolver|escopeta)(?: en (?:la cabeza|el cuello|la cara|la garganta|el pecho))?",
    { ...OPTS, unless: /pelicula|serie|juego|de juguete|agua/ },
  ),
  esRule(
    "es.abuse.r15.hiding_now",
    "abuse",
    "imminent",
    "escondid[oa] (?:en|debajo)|(?<=me )escondi (?:en|debajo)|(?<=me )encerre en el bano",
    {
      ...OPTS,
      requires: new RegExp(
        `me va a matar|golpeando la puerta|tumbar la puerta|quiere entrar|con un ${WEAPON}`,
      ),
      unless: /escondidas|escondite|jugando|sorpresa/,
    },
  ),
  esRule(
    "es.abuse.r15.shouts_fear",
    "abuse",
    "low",
    `(?<=me )grita (?:mucho|todo el tiempo|siempre|cuando|si)[^.!?\\n]{0,60}(?:me da miedo|le tengo miedo|tengo miedo)`,
    OPTS,
  ),

  // --- Medical ---
  esRule(
    "es.medical.r15.blood_urine",
    "medical",
    "moderate",
    any(
      "sangre en (?:la|el) (?:pipi|orina|pis|miados)",
      `(?<=(?:la|el) )(?:pipi|orina|pis|agua) (?:esta |estaba |sale |salio )?(?:rosad(?:it)?[oa]|roja|con sangre|como con sangre)|(?<=(?:esta|estaba) )rosadita`,
      "orino sangre|(?<=me )(?:ardio|arde) (?:muchisimo )?al orinar",
    ),
    { ...OPTS, unless: /betabel|remolacha|jamaica|tinte/ },
  ),
  esRule(
    "es.medical.r15.bladder_early",
    "medical",
    "low",
    "(?:molestia|presion|dolor|ardor) (?:abajo en la panza|en la vejiga|en el bajo vientre|en la parte baja de la panza)|(?:voy|ir) al bano (?:mas seguido|a cada rato|cada media hora)",
    { ...OPTS, requires: TREATMENT },
  ),
  esRule(
    "es.medical.r15.heart_racing",
    "medical",
    "low",
    "(?:corazon|ticker|pulso) (?:va |esta |anda )?(?:brincando|acelerad[oa]|a mil|como caballo desbocado|desbocado|muy rapido|latiendo (?:muy )?(?:rapido|fuerte|raro))|(?<=(?:siento|tengo) )palpitaciones",
    {
      ...OPTS,
      // Lasting or coming back (a racing heart once, with nerves or a nightmare, is everyday).
      requires:
        /a ratos|todo el dia|desde (?:ayer|el tratamiento|la sesion)|no (?:para|se calma|se me quita)|(?:varias|muchas) horas|lleva (?:\w+ )?(?:horas|dias|todo)|cada rato/,
      unless:
        /crush|partido|gol|concierto|enamorad|emocion|de amor|examen|entrevista|cafe|corri|corriendo|gym|ejercicio|pesadilla|sonando|susto|aniversario|despierto sudando/,
      refine: (t, from, to) =>
        /todo el dia|desde (?:ayer|el tratamiento|la sesion)|no (?:para|se calma)|horas|dias/.test(
          t.slice(Math.max(0, from - 40), to + 80),
        )
          ? "moderate"
          : "low",
    },
  ),
  esRule(
    "es.medical.r15.pressure",
    "medical",
    "moderate",
    "(?:salio|marca|marco|presion|tension)(?: (?:de|en|me))?(?: salio)? \\d{2,3} ?(?:/|sobre|x|con) ?\\d{2,3}",
    { ...OPTS, requires: /presion|tension/, refine: pressure },
  ),
  rule(
    "es.medical.r15.seizure",
    "medical",
    "high",
    "(?<!no )(?:(?:tuve|tuvo)|(?<=(?:me|le) )(?:dio|dieron)) (?:como )?(?:una |unas )?(?:convulsion(?:es)?|ataque epileptico)",
    { negatable: false, unless: /jaja|xd|😂|cuando (?:era|tenia)|hace (?:\w+ )?anos|de nin[oa]/ },
  ),
  rule(
    "es.medical.r15.lost_on_waking",
    "medical",
    "moderate",
    "(?<=no (?:la|lo|los|las) )reconoci|(?<=no )(?:sabia|supe) (?:donde estaba|quien era) cuando desperte",
    { ...OPTS, requires: TREATMENT },
  ),
  rule(
    "es.medical.r15.seen_awake",
    "medical",
    "moderate",
    "(?<=no )era (?:un )?sueno|estaba (?:bien )?despiert[oa]",
    {
      ...OPTS,
      // Something seen or heard, and a dose or session named; a dream told as a dream is not this.
      requires:
        /^(?=[\s\S]*(?:^|\s)(?:vi|veo|escuche|escucho|oi|oigo) )(?=[\s\S]*(?:sesion|dosis|tratamiento|keta|tro[sc]{1,3}i[sc]{1,3}o))/,
      unless: /en el sueno|\bsone\b|sonando|pesadilla/,
    },
  ),

  // --- Misuse of the treatment ---
  esRule(
    "es.misuse.r15.saving_doses",
    "misuse",
    "moderate",
    `(?:guardando|juntando|acumulando|ahorrando|escondiendo)(?:me|les)? (?:los |las |mis |unos |unas )?${TROCH}`,
    { ...OPTS, unless: /devolver|desechar|tirarlos|caducad|vencid/ },
  ),
  esRule(
    "es.suicide.r15.saving_to_take",
    "suicide",
    "high",
    `(?:guardando|juntando|acumulando|ahorrando|escondiendo) (?:los |las |mis )?${TROCH}[^.!?\\n]{0,50}(?:tomarmel[oa]s todos|tomarmel[oa]s todas|todos juntos|todos de una|de golpe)`,
    OPTS,
  ),
  esRule(
    "es.misuse.r15.dose_off_plan",
    "misuse",
    "low",
    any(
      `(?<=me )(?:tome|meti|trague) (?:el|la|un|una|mi|otro|otra|la otra mitad del?) ${TROCH}[^.!?\\n]{0,50}(?:en vez del?|en lugar del?|sin esperar|antes de tiempo|no me tocaba|fuera del plan|como dice el plan|se me cruzaron)`,
      `(?:parti|corte) el ${TROCH} (?:en dos|a la mitad)[^.!?\\n]{0,80}(?:el plan|la receta|la doctora|el doctor) (?:decia|dice|dijo)`,
    ),
    OPTS,
  ),
  esRule(
    "es.misuse.r15.dose_more_often",
    "misuse",
    "moderate",
    any(
      "(?:(?<=he )estado|estoy|ando) tomando (?:uno|una) (?:diario|al dia|cada dia|diaria)",
      `(?<=(?:lo|la|los|las) )(?:rellenaran|surtieran|dieran|rellenen|surtan) antes`,
      `(?<=me )(?:acabe|termine|gaste) (?:los|las|mis|toda la|todo el|todos los) ${TROCH}[^.!?\\n]{0,40}(?:y apenas|antes de tiempo|de la semana|del mes)`,
      `(?<=(?:otra|una|dos) )(?:pastilla|dosis|trocisco|pastillita) de mas`,
      `(?<=me )pase con (?:la|el) ${TROCH}`,
    ),
    {
      ...OPTS,
      requires:
        /tro[sc]{1,3}i[sc]{1,3}o|troche|lozenge|\bketa|ketamin|dosis|dolor|pastilla|farmacia/,
    },
  ),
  esRule(
    "es.misuse.r15.stacked",
    "misuse",
    "high",
    `(?<=me )(?:tome|meti|trague|puse) (?:como )?(?:\\d|dos|tres|cuatro|cinco|seis) ${TROCH} (?:juntos|de una|de golpe|al mismo tiempo|y (?:un|una|unos|unas) (?:${BOOZE}))`,
    OPTS,
  ),
  rule(
    "es.medical.r15.stacked_numb",
    "medical",
    "high",
    "(?<=no (?:me )?)siento las piernas|(?<=no me )puedo (?:parar|mover|levantar)|(?<=no )puedo (?:pararme|moverme|levantarme)",
    { ...OPTS, requires: new RegExp(`juntos|de golpe|de mas|mezcl|${BOOZE}`) },
  ),
  esRule(
    "es.misuse.r15.outside_supply",
    "misuse",
    "moderate",
    any(
      `(?<=(?:la|lo|las|los) )(?:consigo|compro|consegui|compre|saco) (?:por fuera|en la calle|con un conocido|con un dealer|por mi cuenta)`,
      `(?:keta|ketamina|k) [^.!?\\n]{0,30}aparte de (?:la clinica|las sesiones|mis sesiones|lo de la clinica)`,
      `keta (?:${Q} )?(?:compre|consegui)`,
    ),
    { ...OPTS, requires: TREATMENT },
  ),
  esRule(
    "es.misuse.r15.craving",
    "misuse",
    "low",
    `(?:sensacion|efecto|viaje) (?:de|en) (?:la|las) (?:sesion|sesiones|keta|dosis)[^.!?\\n]{0,30}(?:la|lo) extrano|extrano (?:la sensacion|el efecto|el viaje) (?:de|en) (?:la|las) (?:sesion|keta|dosis)`,
    // Missed but waited for as told: concern, not a craving acted on.
    { ...OPTS, unless: /espero mi turno|como me dijeron|pero espero/ },
  ),
];
