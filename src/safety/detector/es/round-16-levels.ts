// Spanish risk levels from the round-16 sets (es round-15, intencion-6), by phenomenon: the
// place reached now with a goodbye ("ya estoy en las vías", "toy en el puente, ya no aguanto");
// "esta noche es la noche" with all ready; all swallowed "en un rato se acaba"; "en un rato ya
// no voy a estar"; a date chosen with no wish to go on; a train time or a highest point scouted;
// "ya no van a saber de mí"; a partner's death threat, a partner at the door with a knife; the
// dead or shadows seen days after a dose; cuts that need stitches, bleeding now, burning on
// purpose; bullets and "ya sé dónde vive"; a whole bag of ket and unable to stand.
import { any, type Rule } from "../rules.ts";
import { OPTS, Q, WEAPON } from "./round-13-words.ts";
import { esRule, KILL_ME } from "./words.ts";

/** Goodbye or an end said beside a place or a time. */
const GOODBYE =
  /ya no aguanto|no hay vuelta atras|lo siento|perdon|adios|me despido|gracias por (?:todo|intentarlo)|el proximo pasa|no me busquen|ultimo mensaje|se acaba/;
const PARTNER =
  /esposo|esposa|marido|pareja|novio|novia|mi ex\b|padrastro|suegr|mi papa|mi mama|mi hijo|mi hija/;

export const SPANISH_ROUND_16_LEVEL_RULES: Rule[] = [
  esRule(
    "es.suicide.r16.there_now",
    "suicide",
    "imminent",
    any(
      `(?:estoy|toy|ando) (?:aqui |aca )?(?:en|arriba (?:del|de la)|sobre) (?:el |la |las |los )?(?:puente|vias|via del tren|rio|azotea|techo|cornisa|barandal|acantilado|malecon|carrilera)`,
      `(?:esta noche|hoy) es la noche`,
      `ya me (?:lo|las|los) (?:tome|trague) (?:todo|todas|todos)`,
      `(?:en un rato|en unas horas|en unos minutos|esta noche) ya no voy a estar(?! (?:en|disponible|conectad\\w+|para))`,
    ),
    {
      ...OPTS,
      requires: new RegExp(`${GOODBYE.source}|todo listo|ya tengo todo|les dejo`),
      unless:
        /jaja|xd|😂|fiesta|concierto|partido|estreno|boda|foto|llego en|paseo|oficina|wifi|senal/,
    },
  ),
  esRule(
    "es.suicide.r16.date_scouted",
    "suicide",
    "high",
    any(
      `ya (?:elegi|escogi|decidi|puse) (?:la fecha|el dia)|ya decidi (?:${Q} )?(?:va a ser|sera) el (?:dia|\\d+)`,
      `(?:averigue|investigue|ya se|busque) (?:a ${Q} hora pasa el (?:ultimo )?(?:tren|metro)|cual es el punto mas alto)`,
      `ya no (?:van a|vas a) saber (?:nada )?de mi`,
      `(?:la idea|las ideas|el pensamiento) de ${KILL_ME} (?:aparece|aparecen|me viene|vuelve|regresa|no se va|me persigue|me ronda)`,
    ),
    {
      ...OPTS,
      requires:
        /no quiero seguir|despues de eso|muerte|ya sabes|no hay vuelta|adios|puente|gracias por todo|matarme|suicid|quitarme/,
      unless: /jaja|xd|😂|boda|fiesta|viaje|vacaciones|mudanza|cita con|desconect|sin senal/,
    },
  ),
  esRule(
    "es.abuse.r16.threat_now",
    "abuse",
    "high",
    any(
      `(?:dijo|dice|amenaza|amenazo)(?: anoche| ayer| hoy)? (?:con )?(?:${Q} )?(?:si (?:lo|la) dejo |si me voy |si (?:lo|la) denuncio )?(?:me mata|me va a matar|matarme|nos mata|nos va a matar)`,
      `me (?:esta|estan) (?:pegando|golpeando|ahorcando|pateando) (?:ahorita|ahora|en este momento)`,
    ),
    { ...OPTS, requires: PARTNER, unless: /jaja|xd|😂|pelicula|serie|novela|broma/ },
  ),
  esRule(
    "es.abuse.r16.knife_at_door",
    "abuse",
    "imminent",
    `(?:afuera de|en) la puerta (?:del? \\w+ )?con (?:el|un|una|la) ${WEAPON}`,
    { ...OPTS, requires: PARTNER, unless: /pelicula|serie|novela|juego|sueno|sone/ },
  ),
  esRule(
    "es.medical.r16.seeing_days",
    "medical",
    "high",
    `(?:veo|viendo|oigo|escucho|vi) (?:a )?(?:sombras|bichos|luces|murmullos|voces|cosas|gente)[^\\n]{0,90}(?:(?:ya )?(?:van|han pasado) (?:\\d+|dos|tres|cuatro|cinco|varios) dias|desde hace (?:\\d+|dos|tres|cuatro|cinco|varios) dias)`,
    { ...OPTS, requires: /sesion|infusion|troche|dosis|ketamina/ },
  ),
  esRule(
    "es.self_harm.r16.severe",
    "self_harm",
    "high",
    any(
      `(?:me hice|me di) (?:unos |varios )?cortes[^.!?\\n]{0,40}necesita\\w* puntos`,
      `me eche (?:aceite|agua) hirviendo[^.!?\\n]{0,30}a proposito`,
      `(?:estoy|sigo) cortandome (?:ahorita|ahora|en este momento)`,
      `me di con (?:un|el) (?:martillo|fierro|palo|bate) en (?:la|el|mi) \\w+ hasta`,
    ),
    { ...OPTS, unless: /cocin|accidente|sin querer|vidrio|jaja/ },
  ),
  esRule(
    "es.harm.r16.knows_where",
    "harm_to_others",
    "high",
    `ya (?:se|sabemos) donde vive|(?:ya )?sabe lo (?:${Q} )?le espera`,
    { ...OPTS, requires: /balas|arma|pistola|cuchillo|machete|rifle|escopeta|me las va a pagar/ },
  ),
  esRule(
    "es.misuse.r16.whole_bag",
    "misuse",
    "imminent",
    `(?:me acabo de meter|me meti|me tome) toda la bolsa`,
    {
      ...OPTS,
      requires: /no puedo (?:ni )?(?:pararme|moverme|respirar)|estoy sol[oa]|no reacciono/,
    },
  ),

  esRule(
    "es.harm.r16.petrol_set",
    "harm_to_others",
    "imminent",
    `(?:eche|le eche|rocie) (?:gasolina|thinner|alcohol) (?:alrededor|por toda)|solo falta (?:el cerillo|el fosforo|el encendedor|prenderle)`,
    { ...OPTS, requires: /gasolina|thinner|dormid|dentro/ },
  ),
  esRule(
    "es.harm.r16.thrown",
    "harm_to_others",
    "moderate",
    `(?:le tire|le avente|le lance|le arroje) (?:el|la|un|una) (?:plato|vaso|taza|control|celular|zapato|silla|botella)[^.!?\\n]{0,40}(?:queria darle|queria pegarle|no le di)`,
    { negatable: false },
  ),
  esRule(
    "es.suicide.r16.enough_asked",
    "suicide",
    "high",
    `(?:eso |esto )?(?:seria|sera|es|serian|son) (?:suficiente|suficientes|bastante)(?= *\\?)`,
    {
      ...OPTS,
      requires: /todo el frasco|toda la caja|todas las|todas mis|todo el blister/,
      unless: /vitamina|jaja/,
    },
  ),
  esRule(
    "es.misuse.r16.extra_nights",
    "misuse",
    "moderate",
    `(?:tomando|tomo|me tomo|me tome) una (?:extra|de mas|adicional) (?:las noches|los dias|cuando)`,
    OPTS,
  ),
];
