// Over 300 lines because it is a lexicon table: one rule per phenomenon, each a list of the
// wordings that carry it; split further, one phenomenon's wordings would sit in two files.
// Spanish risk to and from others, medical signs and misuse from the held-apart sets turned
// tune (es round-13, intencion-4, round-11), by phenomenon. Others: wishing an ex harm;
// beating someone up in slang ("caerle a coñazos", "meterle un madrazo", imagined or urged);
// a victim's routine known with a weapon ready; hit slang ("me lo quiebro", "darle cuello",
// "al otro barrio", "lo vamos a bajar"); on the way or at the door with a weapon; fuel and a
// machete for a crowd; poison dosed into someone's food; "si me deja la mato... en serio".
// Abuse: a partner angry at therapy; a threat "si ... me mataba" or cornering with a knife;
// someone with a weapon and a cry for help; a carer who leaves one unwashed or unfed, a grip
// that bruises; someone tied to a chair; "me hacía cosas" remembered from childhood; GPS
// tracking. Medical: bladder signs (burning, often, blood, "vidrio molido"); a blood-pressure
// reading; vomiting that will not stop; the dead still seen hours after; confusion or not
// knowing people after a session; a blackout after mixing. Misuse: an instruction forgotten,
// a glass of wine on the day, a double dose, running out before the prescription, a benzo
// before the troche, the next day's dose taken, street ketamine, a seller sought, craving the
// next dose, an overdose on saved doses or mixed with drink.

import type { RiskLevel } from "../../types.ts";
import { any, type Rule, rule } from "../rules.ts";
import { BOOZE, MEDS, OPTS, Q, WEAPON } from "./round-13-words.ts";
import { EVERYDAY_CAUSE_ES, esRule, JOKE_ES, pressure } from "./words.ts";

const UNLESS_EVERYDAY = new RegExp(`${JOKE_ES.source}|${EVERYDAY_CAUSE_ES.source}`);
/** The treatment named somewhere in the message. */
const TREATMENT =
  /tro[sc]{1,3}i[sc]{1,3}o|troche|lozenge|\bketa|ketamin|spravato|sesion|tratamiento|dosis|clinica/;
const TROCH =
  "(?:tro[sc]{1,3}i[sc]{1,3}os?|troches?|lozenges?|keta|ketamina|dosis|pastillitas|pastillas)";
/** A weapon, fuel or a hired hand somewhere in the message. */
const ARMED = new RegExp(
  `${WEAPON}|bate|[9g]mm|fusca|cuete|gasolina|\\bfierro|ya hay con (?:que|q)`,
);
/** A weapon and a grudge both in the message (a bat taken to practice is neither). */
const ARMED_GRUDGE = new RegExp(
  `^(?=[\\s\\S]*(?:${ARMED.source}))(?=[\\s\\S]*(?:no se va de rositas|se lo debo|se va a ir|lo vamos|me las paga|la va a pagar|ya hay con|me robo|le pego|le hizo|maldit|cabron|guey|wey|bicho|no me importa lo que me pase|abuso|me violo|vengar|se lo merece|me jodio|listo|lista|cargad))`,
);
/** Games, sports and fiction: not a person hurt. */
const PLAY =
  /jaja|xd|😂|partido|cancha|futbol|fifa|videojuego|el juego|la play|xbox|partida|pelicula|serie|novela|libro/;

/** Laughing it off drops the match, unless the message says "en serio". */
function unlessLaughing(text: string): RiskLevel {
  return /jaja|xd|😂/.test(text) && !/en serio|no es broma/.test(text) ? "none" : "moderate";
}

export const SPANISH_HELD_MORE_RULES: Rule[] = [
  // --- Harm to others ---
  esRule(
    "es.harm_to_others.held.wish_harm",
    "harm_to_others",
    "low",
    "(?:ojala|ojala que|deseo que|quisiera que) (?:a )?(?:(?:mi ex|mi jefe|mi suegr[oa]|ese|esa|\\w+) )?(?:le|les) pase algo (?:feo|malo|grave|horrible)",
    { ...OPTS, unless: UNLESS_EVERYDAY },
  ),
  esRule(
    "es.harm_to_others.held.beat_slang",
    "harm_to_others",
    "moderate",
    "(?:caerle|caerles|agarrarlo|agarrarla|darle|darles|entrarle) (?:a )?(?:conazos|cachetadas|madrazos|golpes|palos|trompadas|putazos|vergazos|patadas|punetazos|chingadazos|mamporros|hostias|pinazos|cachazos|batazos)|(?:darle|darles|meterle|meterles|ponerle) (?:una )?(?:golpiza|paliza|madriza|putiza|verguiza|pela|chinga)",
    { ...OPTS, unless: PLAY },
  ),
  esRule(
    "es.harm_to_others.held.imagined_blow",
    "harm_to_others",
    "low",
    "(?<=(?:le|les) )(?:meto|doy|pego|suelto|rompo) un (?:madrazo|putazo|vergazo|chingadazo|conazo|punetazo|trancazo|cabezazo|sopapo|guantazo|hostion|pinazo|golpe)",
    { ...OPTS, requires: /imagino|fantaseo|se me antoja|ganas|pienso en|me imagino/, unless: PLAY },
  ),
  esRule(
    "es.harm_to_others.held.routine_armed",
    "harm_to_others",
    "high",
    `(?:ya )?se (?:a ${Q} hora|donde|por donde) (?:sale|llega|entra|aparca|estaciona|se queda|camina|pasa)|(?:ya )?tengo ubicado (?:al|a la|a ese|a esa)`,
    {
      ...OPTS,
      requires: ARMED_GRUDGE,
      unless: /beisbol|softbol|cazar|cacer|campo de tiro|jaja|xd|😂|el tren|el metro|el camion/,
    },
  ),
  esRule(
    "es.harm_to_others.held.hit_slang",
    "harm_to_others",
    "high",
    any(
      "(?<=me (?:lo|la) )quiebro",
      "(?:quebrarme|bajarme|echarme) (?:a ese|a esa|al|a la)",
      "(?:darle|le den|le dan|le van a dar|le voy a dar) (?:cuello|piso|chicharron)",
      "(?:se va a ir|lo mando|la mando|mandarlo|mandarla|lo voy a mandar) al otro barrio",
      "(?<=(?:lo|la) )vamos a (?:bajar|quebrar|despachar|levantar)",
    ),
    { ...OPTS, unless: /empresa|negocio|banco|quiebra|bolsa|jaja|xd|😂|la pelicula|la serie/ },
  ),
  esRule(
    "es.harm_to_others.held.armed_on_way",
    "harm_to_others",
    "imminent",
    `(?:voy|vamos) (?:en camino|pa(?:ra)? (?:alla|su casa)) con (?:la|el|mi|una|un) (?:${WEAPON}|fusca|[9g]mm|bate)|(?:estoy|toy|ando) (?:en|afuera de) (?:el|la) (?:portal|puerta|porton|zaguan|pasillo|entrada|estacionamiento) de su (?:casa|trabajo|depa|edificio) con (?:el|la|un|una|mi) (?:${WEAPON}|fusca|bate)`,
    {
      ...OPTS,
      unless:
        /cazar|cacer|campo de tiro|para defenderme|prestaste|presto|devolver|asado|carne|cocinar|pastel|jaja|xd|😂/,
    },
  ),
  esRule(
    "es.harm_to_others.held.fire_crowd",
    "harm_to_others",
    "high",
    "(?:les|los|le) voy a (?:dar candela|prender fuego|echar gasolina|rociar)|(?:ya tengo|tengo listo|compre) (?:el|un|una|la) (?:galon|bidon|garrafa|lata|botella) de (?:gasolina|nafta|thinner)",
    {
      ...OPTS,
      requires: /a todos|machete|que despues no digan|no avise|me jodio|la puerta de|se lo merecen/,
    },
  ),
  esRule(
    "es.harm_to_others.held.poison_food",
    "harm_to_others",
    "high",
    `(?:cuanto|cuanta|que tanto) (?:matarratas|raticida|veneno(?: de raton| pa ratas| para ratas)?|cloro|anticongelante)[^?!.\\n]{0,40}(?:echarle|ponerle|meterle) (?:a|en) (?:la|el|su) (?:sopa|comida|bebida|cafe|caldo|agua|jugo|refresco|plato|guiso|cerveza|trago)`,
    { ...OPTS, unless: /ratas en|ratones en|plaga|la bodega|jaja|xd|😂/ },
  ),
  esRule(
    "es.harm_to_others.held.hurting_child",
    "harm_to_others",
    "moderate",
    "(?<=(?:lo|la) )(?:agarre|jale|apriete|sacudi) (?:del|de los|el|los) (?:brazo|brazos|pelo|cabello) (?:tan |bien |muy )?fuerte (?:que|q) (?:le )?(?:deje|quedo|quedaron) marcas|(?<=(?:le|les) )(?:di|pegue|solte) (?:una )?(?:cachetada|bofetada|nalgada|cinturonazo)",
    {
      ...OPTS,
      requires: /mi hij|mi nin|mi bebe|rabia|coraje|no puedo controlar|miedo de mi/,
      unless: PLAY,
    },
  ),
  esRule(
    "es.harm_to_others.held.if_leaves",
    "harm_to_others",
    "moderate",
    `si (?:me|lo|la) (?:deja|engana|dejas|enganas|pone el cuerno|pone los cuernos) (?:la|lo|te) mato`,
    { negatable: false, requires: /en serio|no jugando|no es broma|no estoy jugando/ },
  ),

  // --- Abuse ---
  esRule(
    "es.abuse.held.therapy_anger",
    "abuse",
    "low",
    "(?:mi|el) (?:espos[oa]|marido|novi[oa]|pareja|mujer) se (?:enoja|molesta|encabrona|pone (?:como loc[oa]|furios[oa]|agresiv[oa])) (?:cuando|si|porque) (?:vengo|voy|vaya|venga) a (?:terapia|la clinica|consulta|la sesion|las sesiones)",
    {
      ...OPTS,
      requires:
        /se pone (?:furios|como loc|agresiv)|dice que|me dice|me grita|no me deja|me hace sentir|me prohibe|me amenaza|babosada|tonteria|pendejada|le ando contando/,
    },
  ),
  esRule(
    "es.abuse.held.threat_if",
    "abuse",
    "high",
    "(?<=me )dijo (?:que )?(?:[^.!?\\n]{0,60}? y que )?si [^.!?\\n]{0,80}(?:me mataba|me mata|me iba a matar|me va a matar|me mataria)|(?<=me )acorralo",
    {
      ...OPTS,
      requires: new RegExp(
        `mi ex|mi espos|mi marido|mi novi|mi pareja|mi papa|mi padrastro|${WEAPON}`,
      ),
    },
  ),
  esRule(
    "es.abuse.held.armed_help",
    "abuse",
    "imminent",
    `(?:tiene|trae|agarro|saco) (?:el|la|un|una) (?:${WEAPON}) (?:en la mano|en las manos)?`,
    {
      ...OPTS,
      requires: /auxilio|policia|911|me mata|me va a matar|estoy escondid|me encerre/,
      unless:
        /cortando|maleza|monte|pasto|lena|jardin|cocin|chef|picando|pelando|cebolla|verdura|la cena|carne|pollo|jaja|xd|😂/,
    },
  ),
  esRule(
    "es.abuse.held.carer_neglect",
    "abuse",
    "moderate",
    any(
      "(?<=me )(?:deja|dejo|dejaba|dejan|dejaron) sin (?:banar|banarme|cenar|comer|desayunar|almorzar|agua|medicina|mis pastillas)",
      "(?<=me )(?:jalo|jala|jaloneo|apreto|agarro|empujo) (?:del|de los|el|los) (?:brazo|brazos|pelo|cabello|muneca) (?:tan |bien |muy )?fuerte (?:que|q)",
    ),
    {
      ...OPTS,
      requires:
        /me cuida|cuidador|la senora|la muchacha|enfermera|mi (?:hij|herman|espos|marido|nuera|yerno|niet)|asilo|residencia|moret/,
      unless: /bebe|nino|nina|perro|gato|jugando|la dieta|jaja|xd|😂/,
    },
  ),
  esRule(
    "es.abuse.held.tied_up",
    "abuse",
    "moderate",
    "(?:amarrad[oa]|atad[oa]) (?:a|en) (?:la|una|su) (?:silla|cama|reja)",
    {
      ...OPTS,
      requires: /papa|mama|abuel|nino|nina|hij|senor|ancian|hermano|hermana/,
      unless: /del carro|sillita|silla de auto|del coche|juego|jugando|pelicula|jaja/,
    },
  ),
  esRule(
    "es.abuse.held.childhood_things",
    "abuse",
    "moderate",
    "(?<=me )(?:hacia|hizo|hacian|hicieron) cosas(?! (?:ricas|de comer|bonitas|chistosas|lindas|buenas|padres))",
    {
      ...OPTS,
      requires:
        /cuando (?:tenia|era)|de nina|de nino|anos|compadre|tio|padrastro|primo|vecino|me tocaba/,
    },
  ),
  esRule(
    "es.abuse.held.gps",
    "abuse",
    "moderate",
    "(?<=me )(?:rastrea|rastreaba|localiza|vigila|monitorea|checa) (?:con|por) (?:el|la|mi) (?:gps|ubicacion|celular|telefono|life360|localizador|rastreador)",
    {
      ...OPTS,
      requires: /si me desvio|si llego tarde|gritando|me rompio|me grita|me revisa|celos/,
      unless: /ver si estoy bien|por seguridad|cuando viajo|me cuida|jaja/,
    },
  ),

  // --- Medical ---
  esRule(
    "es.medical.held.bladder",
    "medical",
    "low",
    any(
      "(?:escozor|ardor|ardia|arde|me arde|duele|dolor) (?:al|cuando) (?:hacer pis|orinar|hacer del uno|mear|ir al bano)",
      "(?:ir|voy|ando yendo) al bano (?:un poco |mucho |muy )?mas seguido",
      "(?:orinar|orino|hacer pis|hago pis|meo|meando|mear) (?:un poco |mucho |muy )?mas seguido",
    ),
    {
      ...OPTS,
      unless:
        /(?:por|con) el frio|del frio|tomo (?:mas|mucha) agua|tomando (?:mas|mucha) agua|bebo (?:mas|mucha) agua|por unas horas|si alguna vez|embaraz|jaja|xd|😂/,
    },
  ),
  esRule(
    "es.medical.held.bladder_blood",
    "medical",
    "moderate",
    "(?:meando|meo|orinando|orino|hago pis|haciendo pis) (?:sangre|vidrio(?: molido)?|navajas|fuego)|(?:sangre|rojo|rosa) (?:en la|en el) (?:orina|pipi|pis)|(?:cada|como cada) (?:\\d+|diez|quince|veinte) (?:minutos|min) (?:tengo (?:que|q) ir|voy) al bano",
    { ...OPTS, unless: /jaja|xd|😂|remolacha|betabel|regla|menstru/ },
  ),
  rule(
    "es.medical.held.pressure",
    "medical",
    "moderate",
    "(?:presion|tension|la ta\\b|presion arterial)[^.!?\\n]{0,70}\\d{2,3} ?(?:/|sobre) ?\\d{2,3}",
    { negatable: false, refine: pressure, unless: /durante (?:la )?(?:infusion|sesion)/ },
  ),
  esRule(
    "es.medical.held.hurts_to_breathe",
    "medical",
    "moderate",
    "(?<=me )duele (?:al|cuando|para) respir\\w*|dolor (?:al|cuando) respir\\w*",
    { ...OPTS, unless: /risa|reir|ejercicio|correr|gym|gripa|gripe|resfriado|tos/ },
  ),
  esRule(
    "es.medical.held.vomiting",
    "medical",
    "moderate",
    "(?:no paro de|no dejo de|sigo) (?:vomitar|vomitando|guacarear|devolver)",
    {
      ...OPTS,
      requires: /desde (?:anoche|ayer|hace)|ni el agua|todo el dia|no me queda nada|horas|tiemblan/,
    },
  ),
  esRule(
    "es.medical.held.still_seeing",
    "medical",
    "moderate",
    "(?:sigo|seguia|sigue) (?:viendo|oyendo|escuchando) (?:a \\w+|cosas|gente|personas|voces|bichos)",
    {
      ...OPTS,
      requires:
        /murio|no esta|no hay nadie|no existe|no es real|me estoy asustando|me asusta|horas de la sesion|desde la sesion/,
      unless: /la serie|la novela|videos|el programa|los domingos|jaja/,
    },
  ),
  esRule(
    "es.medical.held.confused_after",
    "medical",
    "low",
    "(?:me siento|ando|estoy|sigo) (?:como )?(?:un )?(?:poco|poquito|medio|algo|bien|muy)? ?(?:confundid[oa]|desorientad[oa])",
    {
      ...OPTS,
      requires:
        /la sesion fue hace|desde la sesion|despues de la sesion|de la sesion|el troche|la dosis/,
      unless: /con (?:la|el|las|los) (?:tarea|instrucciones|horario|examen)|jaja/,
    },
  ),
  esRule(
    "es.medical.held.not_knowing",
    "medical",
    "moderate",
    "no sabia (?:quien|donde) (?:era|estaba)|no me reconocia|(?:hablaba|decia) cosas sin sentido|no sabe quien soy",
    { ...OPTS, requires: TREATMENT, unless: /jaja|borrach|la pelicula/ },
  ),
  esRule(
    "es.medical.held.blackout_mix",
    "medical",
    "moderate",
    "no me acuerdo de nada|no recuerdo nada|me desperte en el suelo|(?<=me )quede dormid[oa] en el (?:piso|suelo)",
    {
      ...OPTS,
      requires: new RegExp(
        `(?:${BOOZE}|xanax)[^.]{0,80}(?:troche|keta|dosis)|(?:troche|keta|dosis)[^.]{0,80}(?:${BOOZE}|xanax)`,
      ),
    },
  ),

  // --- Misuse ---
  esRule(
    "es.misuse.held.forgot_rule",
    "misuse",
    "low",
    `(?<=se me )olvido (?:${Q} )?no (?:debia|podia|tenia que|habia que)`,
    { ...OPTS, requires: TREATMENT },
  ),
  esRule(
    "es.misuse.held.wine_on_day",
    "misuse",
    "low",
    "(?:me tome|tome|me eche|bebi|me servi) (?:una|un|dos|unas|unos) (?:copa|copita|cerveza|chela|trago|vaso|shot)s?(?: de \\w+)? (?:el dia de|antes de|despues de|la noche de) (?:la )?(?:sesion|dosis|troche)",
    { ...OPTS, unless: /no (?:me )?tome|jaja/ },
  ),
  esRule(
    "es.misuse.held.double_dose",
    "misuse",
    "moderate",
    "(?:tomando|me tomo|me estoy tomando|tome|me tome|me pongo|me puse) (?:el doble|el triple|doble dosis|dos veces la dosis|mas de lo (?:recetado|indicado|que me dijeron))",
    {
      ...OPTS,
      requires: new RegExp(`${MEDS}|troche|dosis|medicina|gabapentina|pregabalina|\\bmg\\b`),
      unless:
        /me (?:lo )?(?:indico|indicaron|subio|subieron|receto)|me dijo el doctor|por indicacion|jaja/,
    },
  ),
  esRule(
    "es.misuse.held.running_out",
    "misuse",
    "moderate",
    "(?:ya )?(?:casi )?no me quedan[^.!?\\n]{0,40}(?:faltan|y falta) [^.!?\\n]{0,40}(?:receta|cita|sesion|consulta)",
    { ...OPTS, requires: /diario|a veces dos|mas seguido|floto|dos al dia|antes de tiempo/ },
  ),
  esRule(
    "es.misuse.held.benzo_before",
    "misuse",
    "moderate",
    "(?:me tome|tome|me he tomado) (?:un|una|dos|otro|otra) (?:orfidal|lexatin|tranxilium|trankimazin|xanax|alprazolam|clonazepam|rivotril|diazepam|valium|lorazepam|bromazepam|zolpidem|stilnox)",
    {
      ...OPTS,
      requires: /troche|keta|sesion|dosis/,
      unless: /me (?:lo )?(?:indico|receto|dijo que)|jaja/,
    },
  ),
  esRule(
    "es.misuse.held.next_day_dose",
    "misuse",
    "moderate",
    "(?:me tome|tome|me puse|me meti) (?:tambien )?(?:la|el|la dosis|el troche) (?:del|de el) (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|otro dia|dia siguiente)",
    { ...OPTS, requires: TREATMENT },
  ),
  esRule(
    "es.misuse.held.street",
    "misuse",
    "moderate",
    "(?:keta|ketamina|troches?)[^.!?\\n]{0,10} (?:que|q) (?:pille|compre|consegui|me vendieron|me pasaron) (?:en la calle|por fuera|en una fiesta|a un dealer|con un dealer)|(?:pille|compre|consegui) (?:keta|ketamina) (?:en la calle|por fuera)",
    OPTS,
  ),
  esRule(
    "es.misuse.held.seller",
    "misuse",
    "moderate",
    `(?:buscar a|conoces a|conoce a|sabes de) alguien (?:${Q} )?(?:me )?(?:venda|vende|consiga|pase|surta)(?! (?:un|una|el|la|su|sus|los|las|boletos|ropa|comida|carro|casa))`,
    {
      ...OPTS,
      requires: /keta|sesion|sesiones|troche|dosis|necesito mas|tratamiento/,
      // asked about the law, in a later sentence: not a purchase
      refine: (text) =>
        /si es legal|no lo voy a hacer|por curiosidad|es ilegal|jaja/.test(text)
          ? "none"
          : "moderate",
    },
  ),
  rule(
    "es.misuse.held.craving",
    "misuse",
    "moderate",
    "(?:ya )?la ansio todo el dia|ganas de volver a (?:dosificar|dosificarme|ponerme (?:el|otro) troche|tomarme la dosis)",
    {
      negatable: false,
      // "la sesión de masaje" is not the treatment: its own words only
      requires: /keta|ketamin|troche|dosis|dosific|tratamiento|spravato|efecto|dealer/,
      refine: unlessLaughing,
    },
  ),
  esRule(
    "es.misuse.held.overdose_saved",
    "misuse",
    "high",
    `(?<=me )(?:tome|trague|puse|meti|he tomado) (?:de golpe )?(?:todas? |todos? )?(?:las|los) (?:${TROCH})[^.!?\\n]{0,20}(?:que|q) (?:tenia|habia|he) (?:ido )?(?:guardad[oa]s|guardando|ahorrando|juntando|ahorrad[oa]s)`,
    OPTS,
  ),
  esRule(
    "es.misuse.held.overdose_mixed",
    "misuse",
    "high",
    `(?<=me )(?:tome|trague|he tomado) (?:todo |todas |todos )?(?:el frasco|la caja|el bote|las pastillas)[^.!?\\n]{0,100}(?:con (?:un|una|media|medio) (?:botella de )?${BOOZE})`,
    OPTS,
  ),
];
