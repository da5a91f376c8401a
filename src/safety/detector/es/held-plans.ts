// Over 300 lines because it is a lexicon table: one rule per phenomenon, each a list of the
// wordings that carry it; split further, one phenomenon's wordings would sit in two files.
// Spanish plans at their level from the held-apart sets turned tune (es round-13, intencion-4,
// round-11), by phenomenon: a car running in a shut garage; a rope bought or waiting in the
// closet; a decision with a day ("ya lo decidí. el domingo", "mañana ... lo hago"); "ya no voy
// a ser un problema pa nadie"; "mañana ya no estoy" or "ya dejé todo listo" with a goodbye;
// "si mañana no contesto ya sabes por qué"; a lethal count asked ("cuántas ... pa que ya no
// despierte"); a roof reached without being asked; "ya no hay vuelta atrás" after mixing;
// pills downed "todas" with a goodbye; a loaded gun on the table; at the terrace with a goodbye;
// a leg over the rail; everything ready last night; the place and hour chosen; a goodbye to a
// pet; a will made or affairs settled; a trial with a belt; a crash nobody would read as
// meant; better for them if I were not here; slang for dying (petatear); pills saved from each
// dose. Self-harm: a deep or burnt wound kept from the clinic, bleeding that won't stop, where
// to cut unseen. Others and abuse: a door being broken with a weapon, locked in, an ex who
// waits outside from new numbers, a threat to burn the house with me inside, how to strangle
// or drug someone unnoticed, "le voy a dar una pela", arriving at work "con algo", a child
// touched; misuse: run out of troches early.

import type { Rule } from "../rules.ts";
import { MEDS, OPTS, Q, WEAPON } from "./round-13-words.ts";
import { esRule } from "./words.ts";

/** A parting word somewhere in the message. */
const GOODBYE =
  /perdon|adios|chao|chau|cuidense|los quiero|ya no me busquen|no me busquen|gracias por todo|🕊|🪦|🖤|👋/;
/** Ordinary plans that share the words of a decision or a day. */
const ERRAND =
  /boda|matrimonio|renunci|pelo|cabello|le (?:digo|pido|propongo)|me caso|me cambio|me voy a vivir|mudar|mudanza|viaje|vuelo|vacaciones|compr[oa]r?|vend[oe]r?|carrera|inscrib|tatuaje|dieta|gym|examen|la fiesta|la maleta|reunion|jaja|xd|😂/;

export const SPANISH_HELD_PLAN_RULES: Rule[] = [
  // --- Suicide: means and place ---
  esRule(
    "es.suicide.held.garage_engine",
    "suicide",
    "imminent",
    "(?:motor|carro|coche) (?:prendido|encendido)|(?:prendi|encendi|arranque) el (?:carro|coche|auto|motor)",
    {
      ...OPTS,
      requires:
        /(?:garage|garaje|cochera)[^.]{0,40}cerrad|cerre la puerta|puerta (?:del|de la) (?:garage|garaje|cochera) cerrada/,
      unless: /calentar|calentando|esperando a|jaja|xd|😂|mecanico|bateria/,
    },
  ),
  esRule(
    "es.suicide.held.rope_bought",
    "suicide",
    "high",
    "(?:compre|consegui|ya tengo) (?:la|una) (?:soga|cuerda)(?! (?:pa|para) (?!mi(?= *(?:$|[.,;!?]))|ahorcarme|colgarme|matarme))|(?:la soga|la cuerda) (?:ya )?(?:esta|la tengo|la deje) en el (?:closet|cuarto|carro|patio|armario)",
    {
      ...OPTS,
      unless:
        // an instrument string (round-16 esG-084)
        /tender|la ropa|columpio|amarrar|mudanza|escalar|saltar la|brincar|el perro|camping|acampar|hamaca|tendedero|guitarra|violin|ukulele|charango|requinto|jaja|xd|😂/,
    },
  ),
  esRule(
    "es.suicide.held.hang_decided",
    "suicide",
    "high",
    "(?:decidi|ya decidi|voy a) (?:aorcarme|ahorcarme|horcarme|colgarme)",
    OPTS,
  ),
  esRule("es.suicide.held.decided_day", "suicide", "high", "ya lo (?:decidi|tengo decidido)", {
    ...OPTS,
    requires:
      /el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|manana|esta noche|lo hago|la cuerda|la soga/,
    unless: ERRAND,
  }),
  esRule(
    "es.suicide.held.do_it_tomorrow",
    "suicide",
    "high",
    "(?:manana|hoy|esta noche|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)) [^.!?\\n]{0,30}lo hago",
    {
      ...OPTS,
      requires: /no aguanto mas|ya no puedo|ya lo decidi|la cuerda|la soga|las pastillas/,
      unless: ERRAND,
    },
  ),
  esRule(
    "es.suicide.held.no_burden_after",
    "suicide",
    "high",
    "ya no (?:voy a ser|sere) (?:un problema|una carga|un estorbo|una molestia) (?:pa|para) nadie",
    { ...OPTS, unless: /trabajo|chamba|me mudo|independ|consegui|jaja/ },
  ),
  esRule(
    "es.suicide.held.gone_tomorrow",
    "suicide",
    "high",
    "(?:manana|hoy|esta noche) ya no (?:estoy|estare)|ya (?:deje|dejo|esta) todo (?:listo|ordenado|arreglado|preparado)",
    {
      ...OPTS,
      requires: GOODBYE,
      unless:
        /de vacaciones|viaje|me mudo|vuelo|la maleta|la fiesta|la mudanza|la reunion|la cena|en (?:la|el) (?:oficina|ciudad|pais|grupo|chat)|jaja/,
    },
  ),
  esRule("es.suicide.held.going_at_hour", "suicide", "imminent", "hoy a las \\d{1,2} me voy", {
    ...OPTS,
    requires: GOODBYE,
    unless: /vuelo|viaje|trabajo|jaja/,
  }),
  esRule(
    "es.suicide.held.if_no_answer",
    "suicide",
    "high",
    `si (?:manana|mas tarde|hoy|luego) no (?:contesto|respondo|aparezco) ya (?:sabes|saben|sabran) (?:por|x) ${Q}`,
    {
      ...OPTS,
      unless: /retiro|sin (?:celular|senal|internet)|viaje|vuelo|campamento|vacaciones|dormid/,
    },
  ),
  esRule(
    "es.suicide.held.lethal_count",
    "suicide",
    "high",
    `(?:cuantas|cuanta|cuantos|con \\d+ de)[^?.!\\n]{0,50}(?:ya no (?:despierto|despierte|despertar|tenga remedio)|no tenga remedio|(?:una )?sobredo[sc]is (?:${Q} )?(?:ya )?no|demasiad[oa] (?:pa|para) (?:alguien|una persona)|(?:pa|para) (?:dormirse|dormir) y (?:ya )?no despertar)|(?:todo el frasco|toda la caja|todas las pastillas) [^?.!\\n]{0,40}(?:${Q} pasa|cuanto tarda)`,
    {
      ...OPTS,
      unless: /puedo tomar|al dia|evitar|me da miedo|veterinari|mi perro|mi gato|jaja/,
      // a carer's worry about getting a dose wrong, in a later sentence, is not a plan
      refine: (text) =>
        /miedo (?:de )?equivocarme|(?:pa|para) no (?:pasarme|equivocarme)|sin pasarme|es seguro/.test(
          text,
        )
          ? "none"
          : "high",
    },
  ),
  esRule(
    "es.suicide.held.roof_unasked",
    "suicide",
    "high",
    "(?:se pueda|pueda|puedo|dejen|te dejen) subir sin (?:que te pidan|que me pidan|permiso|que nadie)",
    {
      ...OPTS,
      requires: /edificio|puente|torre|azotea|techo|mas alto/,
      unless: /fotos?|vista|turis|jaja/,
    },
  ),
  esRule("es.suicide.held.no_way_back", "suicide", "imminent", "ya no hay vuelta atras", {
    ...OPTS,
    requires: new RegExp(`mezcle|me tome|me trague|${MEDS}|ya estoy en`),
  }),
  esRule(
    "es.suicide.held.downed_all",
    "suicide",
    "imminent",
    `(?<=me )(?:avente|empine|chingue|trague|tome|meti) (?:ya )?(?:las|los|mis) (?:${MEDS})[^.!?\\n]{0,30}(?:todas|todos|enteras?)`,
    { ...OPTS, requires: /ya no siento|perdon|adios|me estoy durmiendo|no hay vuelta/ },
  ),
  esRule(
    "es.suicide.held.gun_on_table",
    "suicide",
    "imminent",
    "(?:tengo|traigo) (?:la|una|el) (?:pistola|arma|revolver|escopeta)[^.!?\\n]{0,30}(?:aqui|enfrente|en la mesa|en la mano|conmigo)",
    {
      ...OPTS,
      requires: /cargada|la estoy viendo|balas|nomas la|no se si/,
      unless: /cazar|campo de tiro|limpi|vender|coleccion|juguete|de agua|jaja/,
    },
  ),
  esRule(
    "es.suicide.held.up_there_goodbye",
    "suicide",
    "imminent",
    "(?:ya estoy|estoy|toy|ando) (?:en|arriba de) (?:la|el) (?:terraza|azotea|techo|puente|balcon|ultimo piso|cornisa|orilla)",
    {
      ...OPTS,
      requires: /ya no me busquen|no me busquen|adios|perdon|chao|chau|👋/,
      unless: /fiesta|carne asada|vista|fotos?|cumple|reunion|jaja|xd|😂/,
    },
  ),
  esRule(
    "es.suicide.held.leg_over",
    "suicide",
    "high",
    "(?:una pierna|un pie|las piernas) (?:del otro lado|afuera del barandal|colgando)",
    { ...OPTS, requires: /balcon|puente|barandal|azotea|tirarme/ },
  ),
  esRule(
    "es.suicide.held.all_ready_last_night",
    "suicide",
    "high",
    "tenia todo (?:preparado|listo|planeado) (?:pa|para) (?:matarme|suicidarme|hacerlo|colgarme|ahorcarme|tirarme)",
    OPTS,
  ),
  esRule(
    "es.suicide.held.place_hour",
    "suicide",
    "high",
    "(?:escogi|elegi|decidi|tengo) el lugar y la hora",
    { ...OPTS, unless: /fiesta|reunion|cita|boda|jaja/ },
  ),
  esRule(
    "es.suicide.held.pet_goodbye",
    "suicide",
    "high",
    "(?<=me )despedi de mi (?:gato|perro|gatita|perrita|mascota)",
    {
      ...OPTS,
      requires: /perdon|🕊|comida para varios dias/,
      unless: /viaje|vacaciones|me voy a|jaja/,
    },
  ),
  esRule(
    "es.suicide.held.will_made",
    "suicide",
    "high",
    "(?:ya )?hice (?:el|mi) testamento|todo en orden",
    {
      ...OPTS,
      requires:
        /falta escoger el dia|regale|le deje todo|(?:vendi|regale|pague|cancele|testamento)[\s\S]*?(?:vendi|regale|pague lo que|cancele|testamento)/,
      unless: /jaja|la oficina|el papeleo del trabajo/,
    },
  ),
  esRule(
    "es.suicide.held.tried_belt",
    "suicide",
    "high",
    "(?:ya )?probe (?:una vez )?(?:este mes |la semana pasada |anoche |ayer )?con (?:el|la|un|una) (?:cinturon|cuerda|soga|cable|bufanda)",
    { ...OPTS, requires: /barra|viga|closet|cuello|colgar|ahorcar/ },
  ),
  esRule(
    "es.suicide.held.crash_unseen",
    "suicide",
    "high",
    `nadie (?:pensaria|creeria|sabria|diria) (?:${Q} )?(?:fue|era) a proposito`,
    {
      ...OPTS,
      requires: /carro|coche|estrell|choque|autopista|me mato|pastillas|sobredosis|puente/,
    },
  ),
  esRule(
    "es.suicide.held.better_without",
    "suicide",
    "moderate",
    "(?:seria|estarian) (?:mas facil|mejor) (?:pa|para) (?:ellos|todos|mi familia|mis hijos) si (?:yo )?no (?:estuviera|existiera)",
    OPTS,
  ),
  esRule(
    "es.suicide.held.slang_die",
    "suicide",
    "moderate",
    "(?:quiero|kiero|quisiera|ganas de) (?:ya )?(?:petatear(?:me)?|estirar la pata|colgar los tenis|chupar faros)(?! de)",
    { ...OPTS, unless: /de (?:la )?risa|de hambre|de sueno|jaja|xd|😂/ },
  ),
  esRule(
    "es.suicide.held.saving_half",
    "suicide",
    "high",
    `(?:he estado|estoy|llevo \\w+ \\w+) guardando (?:las|mis) (?:${MEDS})`,
    { ...OPTS, requires: /la mitad|guardo la otra|por si|ya tengo \d+|suficientes|no despertar/ },
  ),

  // --- Self-harm ---
  esRule(
    "es.self_harm.held.wound_hidden",
    "self_harm",
    "high",
    "no (?:queria|quiero) ir a (?:urgencias|la clinica|el policlinico|el hospital)|me da pena ir al (?:policlinico|hospital|doctor|medico)",
    {
      ...OPTS,
      requires: /me corte|me queme|cuchilla|cigarro/,
      unless: /mandolina|cocin|sin querer|accidente|jaja/,
    },
  ),
  esRule(
    "es.self_harm.held.bleeding",
    "self_harm",
    "imminent",
    "(?<=me )estoy desangrando|(?:no para|no deja) de sangrar",
    {
      ...OPTS,
      requires: /me corte|cortarme|cuchilla|navaja/,
      unless: /mandolina|cocin|sin querer|accidente|la nariz|jaja/,
    },
  ),
  esRule(
    "es.self_harm.held.cut_unseen",
    "self_harm",
    "high",
    `donde (?:se corta uno|cortarme|me corto|me puedo cortar) (?:pa|para) (?:${Q} )?no se note`,
    OPTS,
  ),

  // --- Abuse ---
  esRule(
    "es.abuse.held.door_broken",
    "abuse",
    "imminent",
    "(?:esta|estan) (?:rompiendo|tumbando|pateando|golpeando) la puerta",
    { ...OPTS, requires: new RegExp(`${WEAPON}|me va a matar|encerrad|escondid`) },
  ),
  esRule(
    "es.abuse.held.locked_in",
    "abuse",
    "high",
    "(?:cerrado|cerro|cierra) la puerta con llave",
    { ...OPTS, requires: /no me deja salir|se lleva las llaves|escondi|escondido/ },
  ),
  esRule(
    "es.abuse.held.ex_waits",
    "abuse",
    "high",
    "de numeros diferentes|desde otros numeros|de otro numero",
    { ...OPTS, requires: /afuera de mi (?:trabajo|casa)|esperandome|mi ex/ },
  ),
  esRule(
    "es.abuse.held.burn_house",
    "abuse",
    "high",
    "(?<=me )va a (?:quemar|prender fuego a) (?:la casa|mi casa)[^.!?\\n]{0,20}conmigo adentro",
    OPTS,
  ),
  esRule(
    "es.abuse.held.child_touched",
    "abuse",
    "high",
    "(?<=(?:la|lo) )(?:toca|manosea|toco|tocaba|manoseaba)(?! (?:el|la|los|las) (?:guitarra|piano|puerta|cancion|timbre|tambor|hombro))",
    {
      ...OPTS,
      requires: /(?:mi|la|el) (?:nina|nino|hij|sobrin)[^.]{0,40}|cuando (?:la|lo) cuida/,
      unless: /guitarra|piano|tambor|la puerta|jaja/,
    },
  ),

  // --- Harm to others ---
  esRule(
    "es.harm_to_others.held.howto_unnoticed",
    "harm_to_others",
    "high",
    `como se (?:estrangula|ahorca|asfixia|envenena) a (?:alguien|una persona)|(?:que|${Q}) pastillas se le pueden (?:echar|poner|meter) a (?:un|una|su|el) (?:trago|bebida|cafe|vaso|copa)`,
    { ...OPTS, unless: /pelicula|novela|serie|libro|escribiendo|cuento|jaja/ },
  ),
  esRule(
    "es.harm_to_others.held.give_beating",
    "harm_to_others",
    "moderate",
    "(?<=(?:le|les) )(?:voy a dar|doy|daria|vamos a dar) (?:una )?(?:pela|golpiza|madriza|paliza|putiza|verguiza|chinga)",
    { ...OPTS, unless: /partido|cancha|futbol|fifa|videojuego|la play|jaja|xd|😂/ },
  ),
  esRule(
    "es.harm_to_others.held.work_with_something",
    "harm_to_others",
    "moderate",
    "(?:llegando|llegar|entrar|entrando) a la (?:oficina|escuela|fabrica|empresa|chamba|planta) con (?:algo|un arma|una pistola)",
    { ...OPTS, requires: /paguen|pagar|me hicieron|se lo merecen/ },
  ),

  // --- Misuse ---
  esRule(
    "es.misuse.held.ran_out_early",
    "misuse",
    "moderate",
    "(?<=me )quede sin (?:troches|trociscos|lozenges|dosis|pastillitas)",
    {
      ...OPTS,
      requires: /antes de (?:la receta|tiempo|la cita)|me ponia dos|me tomaba dos|a veces dos/,
    },
  ),
];
