// Spanish plans and their level from the round-15 sets (es round-14, intencion-5), by
// phenomenon: a method thought of with the place or time scouted ("ya vi a qué hora pasa");
// climbing to throw oneself, or up there looking down; pills counted in hand; a count swallowed
// to not wake; means bought in secret; letters for family; everything ready, a date set, "por si
// mañana ya no estoy"; the next try will not fail; lethality asked as a dose, a height, a mix or
// a whole vial; the last night; a blade in a locked bathroom; poison for someone's food or drink.
import { any, type Rule } from "../rules.ts";
import { MEDS, OPTS, Q } from "./round-13-words.ts";
import { esRule, JOKE_ES } from "./words.ts";

/** A method of suicide named somewhere in the message. */
const METHOD =
  /tirarme|aventarme|lanzarme|colgarme|ahorcarme|matarme|suicid|saltar|las vias|el metro|pastillas|veneno|la viga|cortarme/;

export const SPANISH_ROUND_15_PLAN_RULES: Rule[] = [
  esRule(
    "es.suicide.r15.scouted",
    "suicide",
    "high",
    `(?<=ya )(?:vi|se|revise|investigue|busque|mire|calcule) (?:a )?(?:${Q} hora pasa|en ${Q} estacion|cual (?:puente|edificio|estacion)|donde (?:hacerlo|seria)|el lugar|la hora)|(?:le eche|ya le eche) el ojo a (?:la|el) (?:viga|puente|barandal|edificio|arbol)`,
    {
      ...OPTS,
      requires: METHOD,
      unless: /jaja|xd|😂|pa(?:ra)? (?:llegar|no llegar tarde|la entrevista)|la cita/,
    },
  ),
  esRule(
    "es.suicide.r15.climb_to_jump",
    "suicide",
    "high",
    `(?:subo|voy a subir|(?<=me )voy a subir|(?<=me )subo) (?:a|al) (?:la azotea|el techo|el puente|el ultimo piso|lo alto)[^.!?\\n]{0,50}(?:y (?:me )?(?:tiro|aviento|lanzo|salto)(?! (?:un rato|a (?:dormir|descansar|tomar)|al sol|en (?:la|el) (?:hamaca|pasto|sillon|cama)))|(?:pa|para) (?:tirarme|aventarme|saltar))`,
    {
      ...OPTS,
      unless:
        /jaja|xd|😂|fotos?|vista|tender|la ropa|al sol|paracaidas|bungee|alberca|piscina|antena|tinaco/,
    },
  ),
  esRule(
    "es.suicide.r15.up_there_now",
    "suicide",
    "imminent",
    any(
      "voy a saltar(?! (?:la|el|de (?:alegria|gusto))\\b)",
      `mirando (?:pa|para|hacia) abajo[^.!?\\n]{0,40}(?:no se si aguanto|ya no aguanto|no puedo mas|adios)`,
    ),
    {
      ...OPTS,
      requires:
        /(?:estoy|ando|sigo) (?:en|arriba de|arriba del|sobre) (?:el |la )?(?:techo|azotea|puente|ultimo piso|barandal|orilla|borde|cornisa|edificio)/,
      unless: /jaja|xd|😂|paracaidas|bungee|alberca|piscina|trampolin|la cuerda|avion/,
    },
  ),
  esRule(
    "es.suicide.r15.pills_counted",
    "suicide",
    "imminent",
    `tengo (?:\\d{2,}|veinte|treinta|cuarenta|cincuenta|cien) (?:${MEDS})(?: de \\w+)? (?:en la mano|aqui|listas|contadas|enfrente|en la mesa)`,
    { ...OPTS, unless: /jaja|xd|😂|farmacia donde trabajo|inventario|vitaminas/ },
  ),
  esRule(
    "es.suicide.r15.count_swallowed",
    "suicide",
    "imminent",
    `(?<=me )(?:tome|trague|meti) (?:unas |unos |como |las |los )?(?:\\d{2,}|veinte|treinta|cuarenta|cincuenta) (?:de |pastillas de )?\\w+[^.!?\\n]{0,60}(?:(?:pa|para) (?:ya )?no despertar|(?:pa|para) morirme|ya me esta dando sueno)`,
    OPTS,
  ),
  esRule(
    "es.suicide.r15.means_secret",
    "suicide",
    "high",
    "(?:compre|consegui|tengo) (?:el |la |un |una )?(?:carbon|raticida|veneno|matarratas|soga|cuerda|frasco de raticida|frasco de veneno)",
    {
      ...OPTS,
      requires:
        /nadie sospecha|no le digan|nadie sabe|sin (?:q|que) nadie|a escondidas|cinta (?:pa|para) las ventanas|sellar (?:la|las) (?:puerta|ventanas)/,
      unless: /carne asada|asador|parrilla|ratas del|cucarachas|la ropa|tendedero/,
    },
  ),
  esRule(
    "es.suicide.r15.letters_family",
    "suicide",
    "high",
    `(?:escribi|deje|he escrito|estoy escribiendo) (?:unas |las |mis |una |la )?cartas? (?:pa|para|a) (?:mi|mis) (?:mama|mami|papa|hermana|hermano|hija|hijo|hijos|hijas|esposa|esposo|novia|novio|abuela|familia|amigos)`,
    {
      ...OPTS,
      // Letters for an occasion (Mother's Day, a retirement) are not goodbyes.
      unless:
        /por (?:el|su|mi) (?:dia|cumple|santo|jubilacion|graduacion|boda|aniversario)|dia de la madre|jubilacion|felicit|agradec|cumple|navidad|dia de las madres|del padre|san valentin|aniversario|boda|viaje|graduacion|cuando (?:era|tenia)/,
    },
  ),
  esRule(
    "es.suicide.r15.all_ready",
    "suicide",
    "high",
    any(
      "(?<=ya )tengo todo (?:listo|preparado|arreglado)",
      "(?<=ya )le puse fecha",
      `por si (?:manana |hoy |pronto |un dia de estos )?ya no (?:estoy|estuviera|despierto)`,
      `(?<=la )proxima (?:vez )?no (?:fallo|voy a fallar|me va a fallar)`,
    ),
    {
      ...OPTS,
      requires:
        /carta|pastillas|soga|seguro a su nombre|deudas|no le queden|contrasenas|adios|perdon|tonight|no funciono|lo intente|🖤/,
      unless:
        /jaja|xd|😂|boda|viaje|vuelo|mudanza|cirugia|operacion|examen|entrega|fiesta|vacaciones|la maleta/,
    },
  ),
  esRule(
    "es.suicide.r15.last_night",
    "suicide",
    "imminent",
    // "mi última noche en Madrid" is a trip.
    "(?:hoy|esta) es (?:mi |la )?ultima noche(?! (?:en|aqui en|de vacaciones|del viaje|con))|(?:tonight s|tonights) the night",
    {
      ...OPTS,
      // A means at hand or the house asleep frames it as much as a goodbye does.
      requires:
        /despedi|todo listo|todo en la mochila|adios|perdon|🖤|ya tengo todo|cuchillo|navaja|cuchilla|pistola|arma|soga|cuerda|pastillas|veneno|se durmieron|estan dormidos/,
      unless:
        /jaja|xd|😂|hotel|vacaciones|viaje|vuelo|en la ciudad|en (?:el|la) (?:depa|casa) (?:de|del)|mudanza|despedida de soltera/,
    },
  ),
  esRule(
    "es.self_harm.r15.blade_locked_in",
    "self_harm",
    "imminent",
    "(?:estoy|ando|sigo) encerrad[oa] en (?:el bano|el cuarto|mi cuarto|la recamara) con (?:la|el|una|un) (?:hojita|hoja|navaja|cuchilla|gillette|rastrillo|sacapuntas|cutter|exacto)",
    {
      ...OPTS,
      requires: /me voy a cortar|cortarme|no aguanto|crisis/,
      unless: /afeitar|rasurar|depilar/,
    },
  ),
  // Lethality asked as a dose, a height, a mix or a whole vial, with the aim in the words.
  esRule(
    "es.suicide.r15.lethality_aim",
    "suicide",
    "high",
    any(
      `(?:cuantos|cuantas) (?:mg|miligramos|pastillas|gramos|tabletas) de \\w+ (?:hacen falta|se necesitan|son)[^.!?\\n]{0,30}(?:pa|para) (?:${Q} )?(?:ya no (?:haya vuelta|despierte)|no haya vuelta|no despierte|sea seguro|no falle)`,
      `${Q} altura (?:tiene ${Q} tener|necesita|debe tener)[^.!?\\n]{0,40}(?:pa|para) (?:${Q} )?(?:no falle|sea seguro|no sobreviva)`,
      `si (?:mezclas|mezclo|te tomas|me tomo|combinas|juntas) [^.!?\\n]{0,40}(?:ya no (?:despiertas|despierto|despierta uno|se despierta)|no (?:despiertas|despierto))`,
      `${Q} pasa si (?:te|me|uno se) (?:inyectas|inyecto|inyecta) todo el frasco`,
    ),
    { ...OPTS, unless: /tarea|examen|la clase|ensayo|la novela|la serie|mi perro|mi gato/ },
  ),
  esRule(
    "es.harm_to_others.r15.spike_food",
    "harm_to_others",
    "high",
    any(
      `(?:poison|envenenar|echarle|ponerle|echar)[^.!?\\n]{0,30}(?:a alguien|a una persona|a mi \\w+)[^.!?\\n]{0,40}sin ${Q} (?:le sepa|se de cuenta|lo note|se entere)`,
      `(?:se le pueden|se le puede|le puedo) (?:echar|poner|meter) (?:al|a la|en el|en la|a su|en su) (?:cafe|comida|bebida|jugo|vaso|trago|sopa)`,
    ),
    {
      ...OPTS,
      unless: new RegExp(`${JOKE_ES.source}|azucar|sal\\b|limon|canela|leche|crema|endulzante`),
    },
  ),
];
