// Over 300 lines because it is a lexicon table: one rule per phenomenon, each a list of the
// wordings that carry it; split further, one phenomenon's wordings would sit in two files.
// Spanish suicide and self-harm shapes from the held-apart sets turned tune (es round-13,
// intencion-4, round-11), by phenomenon: belongings given away with a parting cue; a date set
// with something left for family; "nos vemos del otro lado" with an apology; lethality asked
// (a height "pa que no quedes vivo", a painless gas, a knot that holds a body, the strongest
// mix, the tallest floor with no bars, the tracks at night); at the tracks, a balcony or going
// there with a goodbye; "si mañana no amanezco"; a wish that someone or something kills me;
// "que todo se termine de una vez"; leaving "este mundo"; an urge to die back again; "pa qué
// seguir"; "sería más fácil morirme"; an act done "queriendo morir / a ver si ya no
// despertaba"; "me traté de colgar"; medicines kept back "por si acaso" or bought in several
// pharmacies; thanks to the doctor as a farewell; the last session as the last of all; a means
// and "pensando hacerlo este fin de semana"; poison to buy with a decision; an overdose with
// "no quiero que me salven"; a life policy checked; a gun studied with no fear of death.
// Self-harm: an urge to cut (again, after years clean), an old cutting that tempts, biting or
// pinching to bruises, a heated blade to put on the skin, starving to punish, shut in with a blade.

import { any, type Rule } from "../rules.ts";
import { MEDS, OPTS, Q, WEAPON } from "./round-13-words.ts";
import { DIE, DIE_IDIOM, EVERYDAY_CAUSE_ES, esRule, JOKE_ES } from "./words.ts";

const UNLESS_EVERYDAY = new RegExp(`${JOKE_ES.source}|${EVERYDAY_CAUSE_ES.source}`);
/** A parting word somewhere in the message. */
const FAREWELL =
  /perdon|adios|chao|bye|cuidense|cuidate|los quiero|las quiero|te quiero|ya no me esperen|no me busquen|gracias por todo|despid|para siempre|pa siempre/;
/** A place to fall from or be run over at. */
const HIGH_PLACE =
  "(?:balcon|techo|azotea|puente|piso \\d+|ultimo piso|orilla|borde|cornisa|barandal|edificio|acantilado|la via|las vias)";

export const SPANISH_HELD_RULES: Rule[] = [
  // --- Preparing to go ---
  esRule(
    "es.suicide.held.gave_away",
    "suicide",
    "high",
    "(?:ya )?(?:regale|reparti|done|le deje|les deje|voy a dejar|le voy a dejar|les voy a dejar|ya di) (?:a \\w+ )?(?:mi |mis |la |las |el |los |toda mi |todas mis )?(?:ropa|cosas|play|perro|perrita|gato|gatita|plantas|libros|compu|guitarra|moto|joyas|ahorros)",
    {
      ...OPTS,
      requires:
        /mejor asi|ya no (?:tengo|me quedan) pendientes|viaje largo|no entiende por ?que|ya no (?:lo|la|los|las) voy a (?:necesitar|ocupar|usar)|ya no voy a estar/,
      unless: /jaja|xd|😂|me mudo|mudanza|me voy a vivir|de intercambio|beca|nos vamos a vivir/,
    },
  ),
  esRule("es.suicide.held.date_set", "suicide", "high", "(?<=ya )tengo (?:la )?fecha", {
    ...OPTS,
    requires:
      /(?:pa|para) dejarle(?:s)? algo|despues de la quincena|ya no (?:voy a estar|estare)|despedirme|mejor asi|las cartas|ya no le doy mas vueltas|cuando (?:la nina|el nino|los ninos|mis hijos) (?:este|esten|se vaya)/,
    unless:
      /boda|cirugia|operacion|cita|examen|viaje|mudanza|parto|entrevista|vacaciones|consulta|sesion/,
  }),
  esRule(
    "es.suicide.held.other_side",
    "suicide",
    "high",
    "nos vemos (?:del|en el) otro lado(?! (?:de|del) )",
    { ...OPTS, requires: /perdon|perdonen|cuidense|los quiero|adios|🕯|🥀/ },
  ),

  // --- Lethality asked ---
  esRule(
    "es.suicide.held.lethal_height",
    "suicide",
    "moderate",
    `(?:altura|alto|piso|pisos|metros)[^.!?\\n]{0,50}(?:pa|para) (?:${Q} )?(?:no (?:quedes|quede|quedar|sobrevivas|sobreviva|sobrevivir) ?(?:viv[oa])?|(?:te |se )?mueras?(?! de)|ser mortal|sea mortal|sea seguro morir)`,
    { ...OPTS, unless: /jaja|xd|😂|paracaidas|bungee|clavado|trampolin|alpinis|escalar/ },
  ),
  esRule(
    "es.suicide.held.lethal_height_asked",
    "suicide",
    "high",
    `(?:a ${Q} altura|${Q} altura|que tan alto|cuantos pisos|cuantos metros)[^.!?\\n]{0,50}(?:pa|para) (?:${Q} )?(?:no (?:quedes|quede|quedar|sobrevivas|sobreviva|sobrevivir)|no haya vuelta atras|(?:te |se )?mueras?(?! de)|ser mortal|sea mortal)`,
    { ...OPTS, unless: /jaja|xd|😂|paracaidas|bungee|clavado|trampolin|alpinis|escalar/ },
  ),
  esRule(
    "es.suicide.held.body_gives_up",
    "suicide",
    "moderate",
    `si (?:el|mi) cuerpo (?:se rinde|aguanta|no aguanta|se apaga)[^.!?\\n]{0,10}(?:pues )?(?:${Q} se rinda|ni modo|que se apague|mejor)`,
    { ...OPTS, unless: /maraton|carrera|el gym|entreno|jaja|xd|😂/ },
  ),
  esRule(
    "es.suicide.held.overdose_drink",
    "suicide",
    "imminent",
    `(?<=me )(?:tome|trague|he tomado) (?:todo |todas |todos )?(?:el frasco|la caja|el bote|las pastillas)[^.!?\\n]{0,100}(?:con (?:un|una|media|medio) (?:botella de )?(?:vodka|tequila|ron|whisky|vino|alcohol|mezcal|aguardiente|pisco|cervezas?))`,
    { ...OPTS, requires: /todas|todos|entero|frasco|la caja|el bote|cartas|no llam|no me busquen/ },
  ),
  esRule(
    "es.suicide.held.painless_means",
    "suicide",
    "high",
    any(
      "(?:helio|monoxido|cianuro|raticida|matarratas|nitrogeno)[^.!?\\n]{0,20} (?:es|sera|seria) (?:indoloro|rapido|sin dolor)",
      "(?:helio|monoxido|cianuro|raticida|matarratas)[^.!?\\n]{0,40}cuanto (?:se demora|tarda|demora|tardaria) en (?:hacer efecto|matar)",
    ),
    {
      ...OPTS,
      unless: /globos?|fiesta|cumple|la voz|jaja|xd|😂|mi perro|el perro|gato|ratas en|plaga/,
    },
  ),
  esRule(
    "es.suicide.held.knot",
    "suicide",
    "high",
    `(?:como se hace|como hacer|como hago|como amarro) (?:un )?nudo (?:${Q} )?(?:aguante|soporte|resista|sostenga) (?:el )?peso (?:de (?:una persona|un cuerpo|alguien|un adulto)|humano)|nudo de (?:horca|ahorcado)`,
    { ...OPTS, unless: /escalar|barco|velero|rappel|hamaca|columpio|scout|halloween|disfraz/ },
  ),
  esRule(
    "es.suicide.held.worst_mix",
    "suicide",
    "high",
    "(?:combinacion|mezcla|dosis)[^.!?\\n]{0,40}(?:causaria|cause|provoque|provocaria|daria)[^.!?\\n]{0,30}(?:mas (?:fuerte|grave)|la muerte|una sobredosis mortal)|sindrome serotoninergico mas (?:fuerte|grave)",
    OPTS,
  ),
  esRule(
    "es.suicide.held.no_bars",
    "suicide",
    "high",
    `(?:piso|techo|azotea|puente|edificio|estacionamiento)[^.!?\\n]{0,40}(?:mas alto)[^.!?\\n]{0,40}(?:${Q} )?(?:no tiene|no tenga|sin|no hay) (?:rejas|barandal|barandales|malla|proteccion|red)`,
    {
      ...OPTS,
      unless: /ninos|nino|hij|bebe|perro|gato|peligro|insegur|queja|demanda|foto|vista|dron/,
    },
  ),
  esRule(
    "es.suicide.held.tracks_timing",
    "suicide",
    "high",
    "(?:las|la) vias? del (?:metro|tren|subte)[^.!?\\n]{0,40}(?:cada cuanto|a que hora|que tan seguido)[^.!?\\n]{0,60}de noche",
    { ...OPTS, unless: /turno|trabajo|regreso|llegar|horario de|jaja/ },
  ),

  // --- At the place, or on the way, with a goodbye ---
  esRule(
    "es.suicide.held.at_tracks",
    "suicide",
    "imminent",
    `(?:estoy|toy|ando|ya estoy|sigo) (?:en|parad[oa] en|sentad[oa] en) (?:la|las) vias? del (?:tren|metro)`,
    { ...OPTS, requires: FAREWELL, unless: /trabajo|cuadrilla|jaja|xd|😂/ },
  ),
  esRule(
    "es.suicide.held.going_tracks",
    "suicide",
    "high",
    `(?:salgo|voy|me voy|ire|me lanzo) (?:a|pa|para) (?:la|las) vias? del (?:tren|metro)`,
    { ...OPTS, requires: FAREWELL, unless: /trabajo|cuadrilla|fotos?|jaja|xd|😂/ },
  ),
  esRule(
    "es.suicide.held.jump_now",
    "suicide",
    "imminent",
    any(
      "(?:me voy a|ya me voy a|ahorita me) (?:tirar|aventar|lanzar)(?! (?:a (?:dormir|descansar|la cama|la alberca|la piscina)|al (?:sillon|sol|agua|pasto)|un rato))",
      "(?:ahorita|ahora|ya) me (?:tiro|aviento|lanzo)(?! (?:a (?:dormir|descansar|la cama|la alberca|la piscina)|al (?:sillon|sol|agua|pasto)|un rato))",
    ),
    {
      ...OPTS,
      requires: new RegExp(
        `(?:estoy|toy|ando|sigo) (?:en|arriba de|arriba del|sobre) (?:el |la )?${HIGH_PLACE}`,
      ),
      unless: /jaja|xd|😂|paracaidas|bungee|alberca|piscina|trampolin|la cama/,
    },
  ),

  // --- Passive and active wishes ---
  esRule(
    "es.suicide.held.not_wake",
    "suicide",
    "low",
    "si (?:manana|un dia|algun dia|hoy|esta noche) (?:ya )?no (?:amanezco|amanesco|despierto|me despierto|me levanto)(?! temprano| a tiempo| a las)",
    { ...OPTS, unless: UNLESS_EVERYDAY },
  ),
  esRule(
    "es.suicide.held.wish_killed",
    "suicide",
    "low",
    `(?:me gustaria|quisiera|ojala|deseo|desearia) (?:${Q} )?(?:alguien|un carro|un camion|un coche|un rayo|un tren|un asaltante) me (?:matara|mate|matase|atropelle|atropellara|pegue un tiro|pegara un tiro|diera un tiro)`,
    { ...OPTS, unless: UNLESS_EVERYDAY },
  ),
  esRule(
    "es.suicide.held.all_end",
    "suicide",
    "low",
    `(?:ganas de|quiero|quisiera|ojala) (?:${Q} )?(?:todo|mi vida|todo esto) se (?:termine|acabe)(?= *(?:$|[.!?,;…]| de una vez| ya| para siempre))`,
    {
      ...OPTS,
      unless: new RegExp(
        `${UNLESS_EVERYDAY.source}|semana|semestre|ano|dia|turno|partido|temporada|serie`,
      ),
    },
  ),
  esRule(
    "es.suicide.held.this_world",
    "suicide",
    "moderate",
    "(?:ir(?:me)?|largarme|salir(?:me)?) (?:de aqui )?(?:pero )?de este mundo(?! (?:un rato|unos dias|de (?:las|los) (?:redes|celulares)))",
    { ...OPTS, unless: UNLESS_EVERYDAY },
  ),
  esRule(
    "es.suicide.held.urge_back",
    "suicide",
    "moderate",
    `(?:ando|estoy|sigo|con) (?:con )?(?:unas |muchas |las )?ganas de (?:${DIE}${DIE_IDIOM}|matarme|suicidarme|no despertar)`,
    { ...OPTS, unless: UNLESS_EVERYDAY },
  ),
  esRule(
    "es.suicide.held.why_go_on",
    "suicide",
    "low",
    `(?:pa|para) (?:que|q) seguir(?: (?:viviendo|aqui|vivo|viva|en este mundo))?(?= *(?:$|[.!?,;…]| si ))`,
    {
      ...OPTS,
      unless: new RegExp(
        `${UNLESS_EVERYDAY.source}|intentando|estudiando|la dieta|el gym|la carrera`,
      ),
    },
  ),
  esRule(
    "es.suicide.held.easier_dead",
    "suicide",
    "low",
    "(?:seria|es) (?:mas|mucho mas) facil (?:no estar|no existir|no despertar)",
    { ...OPTS, unless: UNLESS_EVERYDAY },
  ),
  esRule(
    "es.suicide.held.easier_to_die",
    "suicide",
    "moderate",
    `(?:seria|es) (?:mas|mucho mas) facil (?:${DIE}${DIE_IDIOM}|matarme)`,
    { ...OPTS, unless: UNLESS_EVERYDAY },
  ),

  // --- An act with the purpose of dying (recent) ---
  esRule(
    "es.suicide.held.act_to_die",
    "suicide",
    "high",
    "(?:queriendo|con (?:la )?(?:idea|intencion|esperanza) de|a ver si|esperando) (?:ya )?(?:morir(?:me)?|no despertar|no despertaba|ya no despertaba|no volver a despertar|matarme|no amanecer|no amanecia|acabar con todo|quitarme la vida)",
    {
      ...OPTS,
      requires: /me (?:tire|avente|tome|trague|puse|corte|colgue|meti|he tomado)|tome como|me tomo/,
      unless: new RegExp(`${JOKE_ES.source}|cuando tenia \\d+|hace (?:\\w+ )?anos`),
    },
  ),
  esRule(
    "es.suicide.held.tried_clitic",
    "suicide",
    "high",
    "(?<=me )(?:trate|intente) (?:de )?(?:colgar|ahorcar|matar|suicidar|envenenar|tirar|aventar)",
    {
      ...OPTS,
      unless:
        /cuando tenia \d+|hace (?:\w+ ){0,2}anos|de (?:nina|nino|adolescente|joven)|se cumplen|jaja|xd|😂/,
    },
  ),

  // --- Means kept back or gathered ---
  esRule(
    "es.suicide.held.kept_just_in_case",
    "suicide",
    "high",
    `(?:guardando|guardadas|guardados|juntando|ahorrando|acumulando|en vez de tomarla)[^.!?\\n]{0,40}por si (?:acaso|algo|un dia)|(?<=me cambiaron )(?:el|la|las|los) \\w+[^.!?\\n]{0,60}guardad[oa]s`,
    {
      ...OPTS,
      requires: new RegExp(`${MEDS}|medicina|litio|cajas|la receta|frascos?`),
      unless: /me duele|dolor de|viaje|vacaciones|emergencia|se me acaba|cargador|dinero|ropa/,
    },
  ),
  esRule(
    "es.suicide.held.enough_gathered",
    "suicide",
    "high",
    `(?:ya )?(?:tengo|junte|junté) (?:las )?suficientes(?= *(?:$|[.!?,;…]))|ya se cuantas (?:necesito|ocupo|me tengo que tomar|son suficientes)`,
    {
      ...OPTS,
      requires: /farmacia|farmacias|pastillas|cajas|medicina|pildoras|frascos/,
      unless: /para el mes|pa(?:ra)? el viaje|hasta la (?:proxima )?(?:receta|cita|consulta)|jaja/,
    },
  ),
  esRule(
    "es.suicide.held.poison_to_buy",
    "suicide",
    "high",
    "(?:compro|comprare|voy a comprar|me compro|me voy a comprar|consigo|voy a conseguir|donde venden) (?:el |la |un |una )?(?:raticida|matarratas|veneno(?: (?:pa|para|de) (?:ratas|raton))?|cianuro)",
    {
      ...OPTS,
      requires:
        /no quiero seguir|lo tengo decidido|ya (?:lo )?decidi|mas fuerte|ya no (?:quiero|aguanto|puedo)|pa mi|para mi|adios|mejor asi/,
      unless:
        /ratas (?:en|del)|ratones en|la bodega|el patio|cucarachas|plaga|el jardin|hormigas|topos|la milpa|el rancho/,
    },
  ),

  // --- Farewells ---
  esRule(
    "es.suicide.held.thanks_doctor",
    "suicide",
    "high",
    `(?:dile|diganle|digale|dale las gracias) a (?:la|el|mi) (?:doctora?|terapeuta|psicologa?|psiquiatra|enfermera?|licenciada?)[^.!?\\n]{0,30}(?:${Q} )?(?:le agradezco|gracias)`,
    {
      ...OPTS,
      requires: /lo intento conmigo|hizo lo que pudo|no es su culpa|no fue su culpa/,
    },
  ),
  esRule(
    "es.suicide.held.last_of_all",
    "suicide",
    "high",
    "(?:va a ser|sera|es) la ultima de (?:todo(?= *(?:$|[.!?,;…]| asi))|mi vida)|(?:mi|la) ultima (?:sesion|cita|consulta|terapia) (?:de mi vida|de todo)",
    OPTS,
  ),
  esRule(
    "es.suicide.held.doing_it_weekend",
    "suicide",
    "high",
    "(?:pensando|pienso|planeo|voy a|quiero) hacerlo (?:este|el) (?:fin de semana|finde|lunes|martes|miercoles|jueves|viernes|sabado|domingo)|(?:pensando|pienso|planeo) hacerlo (?:esta noche|manana|hoy)",
    {
      ...OPTS,
      requires: /pistola|balas|arma|pastillas|soga|cuerda|veneno|raticida|las vias|el puente/,
      unless: /de agua|de juguete|pastel|fiesta|cumple|compr|jaja/,
    },
  ),
  esRule(
    "es.suicide.held.not_saved",
    "suicide",
    "imminent",
    "no quiero (?:que|q) me (?:salven|encuentren|rescaten|lleven al hospital)|(?:ojala|que) no sean ellos los (?:que|q) me encuentren",
    { ...OPTS, requires: /me (?:tome|he tomado|trague|puse|corte|meti)|ya empece|estoy sangrando/ },
  ),
  esRule(
    "es.suicide.held.policy",
    "suicide",
    "high",
    "(?:revise|lei|cheque|chequee|consulte|averigue|ya vi) (?:la|mi) poliza",
    { ...OPTS, requires: /si me muero|si me mato|suicid/ },
  ),
  esRule(
    "es.suicide.held.gun_no_fear",
    "suicide",
    "high",
    `(?:videos|tutoriales) de como (?:funciona|se usa|usar|cargar|disparar) (?:una|un|la|el) (?:[9g]mm|pistola|arma|revolver|escopeta)`,
    {
      ...OPTS,
      requires: /ya no le tengo miedo a (?:morir|la muerte)|no se me quita de la cabeza|matarme/,
    },
  ),

  // --- Self-harm ---
  esRule(
    "es.self_harm.held.urge_cut",
    "self_harm",
    "moderate",
    "(?:ganas|ganitas|antojo) (?:\\w+ ){0,2}de (?:volver a )?(?:cortarme|lastimarme|quemarme|hacerme dano)",
    { ...OPTS, unless: /de cortarme el (?:pelo|cabello|fleco|flequillo)|las unas|jaja|xd|😂/ },
  ),
  esRule(
    "es.self_harm.held.old_cut_tempts",
    "self_harm",
    "low",
    "(?:cuando|de (?:chamaca|chamaco|nina|nino|adolescente|morra|morro|chica|chico|joven|pequena|pequeno)) me (?:cortaba|lastimaba|quemaba)(?! (?:el|los|las|la|mi|mis) (?:pelo|cabello|unas|fleco|flequillo|barba|puntas))[^.!?\\n]{0,60}(?:ganas|ganitas|se me antojo|antojo|tentacion|me dan ganas)",
    OPTS,
  ),
  esRule(
    "es.self_harm.held.bite_bruise",
    "self_harm",
    "low",
    "(?<=me )(?:muerdo|mordi|pellizco|pellizque|rasguno|rasgune|aranio|arano|golpeo|jalo el pelo|arranco el pelo)[^.!?\\n]{0,40}(?:hasta (?:dejarme|sangrar|que sangre|sacarme sangre)|moretones|marcas|cuando me da (?:ansiedad|coraje|rabia|el bajon))",
    {
      ...OPTS,
      unless:
        /picadura|mosquito|comezon|alergia|ronchas|dermatitis|eczema|piojos|jugando|las unas|los labios/,
    },
  ),
  esRule(
    "es.self_harm.held.heated_blade",
    "self_harm",
    "imminent",
    "(?:cuchillo|navaja|cuchara|fierro|clavo|tenedor|cuchilla)[^.!?\\n]{0,15}(?:calentando(?:se)?|caliente|al rojo)[^.!?\\n]{0,60}(?:me lo voy a (?:poner|pegar|pasar)|en (?:la|mi) (?:pierna|brazo|piel|mano|muneca))",
    { ...OPTS, unless: /cocin|carne|tortillas|jaja|xd|😂/ },
  ),
  esRule(
    "es.self_harm.held.starve_punish",
    "self_harm",
    "moderate",
    "(?:queria|quiero|para|pa|como) castigarme",
    {
      ...OPTS,
      requires: /no comi|sin comer|no comer|ayun|me pegue|me golpee|me corte|me queme|vomit/,
    },
  ),
  esRule(
    "es.self_harm.held.shut_in_blade",
    "self_harm",
    "imminent",
    "(?:ya empece|ya comence)[^.!?\\n]{0,30}(?:no (?:voy a|pienso) parar)",
    { ...OPTS, requires: new RegExp(`navaja|cuchilla|gillette|hoja|tijeras|${WEAPON}`) },
  ),
  esRule(
    "es.suicide.held.blade_no_stop",
    "suicide",
    "imminent",
    "(?:esta vez|ahora si) no (?:voy a|pienso) parar",
    {
      ...OPTS,
      requires: /navaja|cuchilla|gillette|hoja de afeitar|tijeras|pastillas|en el bano con/,
    },
  ),
];
