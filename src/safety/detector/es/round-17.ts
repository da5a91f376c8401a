// Spanish risk from the round-17 tune sets (es round-16, intencion-7), by phenomenon: killing
// oneself named after a thought, an urge or a voice ("ando con la idea de matarme", "mi cabeza
// no para de decirme q me mate"), not only after "quiero"; a passive wish without the word
// death ("pa q sigo", "soy un lastre para todos", "le pedí al Señor que me lleve"); things
// given away with a will or an end; a height scouted, a date set, a last message; an attempt
// told in the past ("anteayer me tiré al canal"); and how-tos about a lethal amount.
import { any, type Rule } from "../rules.ts";
import { END, OPTS, Q } from "./round-13-words.ts";
import { esRule, KILL_ME } from "./words.ts";

/** Ending one's life without the verb "matar": "acabar con todo (esto)", "irme pa siempre". */
const END_ALL = `(?:${KILL_ME}|me mate\\b|me quite la vida|(?:acabar|terminar) con todo(?: esto)?(?! (?:el|la|los|las|lo|mi|tu|su|de|del)\\b)|quitarme del medio|me quito del medio|irme (?:pa|para) siempre|irme de este mundo)`;
/** A thought, an urge, a fantasy or a voice: what the wish comes after. */
const THOUGHT =
  "(?:idea|ideas|ganas|pensamientos?|pienso|pensando|pense|pensar|fantase\\w*|me tienta|tentad[oa]|se me viene(?: a la cabeza)?|me dice (?:q|que)|decirme (?:q|que)|no se me quita|dando vueltas|lo pienso)";
/** Everyday strain said as dying ("me mato estudiando", "matarme en el gym"). */
const STRAIN_ES =
  /jaja|jeje|xd|😂|🤣|estudiando|trabajando|a trabajar|entrenando|en el gym|de risa|del calor|de la verguenza|de verguenza|de hambre/;

export const SPANISH_ROUND_17_RULES: Rule[] = [
  esRule(
    "es.suicide.r17.thought",
    "suicide",
    "moderate",
    any(
      `${THOUGHT}[^.!?\\n]{0,40}?${END_ALL}`,
      "irme[^.!?\\n]{0,25}de este mundo",
      `(?:borrarme|desaparecer(?:me)?) del mapa(?=[^\\n]{0,40}(?:de verdad|pa siempre|para siempre))`,
      "colgar los guantes[^.!?\\n]{0,20}de la vida",
      "(?:se fueron por su (?:propia )?mano|se quitaron la vida|se suicidaron|se mataron)[^\\n]{0,60}(?:seguirlos|seguirla|seguirlo|irme con ellos|irme con (?:el|ella))",
    ),
    { negatable: false, unless: STRAIN_ES },
  ),
  esRule(
    "es.suicide.r17.passive",
    "suicide",
    "low",
    any(
      `(?:pa|para) ${Q} (?:sigo|seguir) (?:si|viviendo|vivo|asi|aqui)|(?:pa|para) ${Q} vivir(?: asi)?\\b|(?:pa|para) ${Q} sigo${END}`,
      "soy (?:un|una) (?:lastre|estorbo|carga|peso muerto) (?:para|pa) (?:todos|todo el mundo|mi familia|mis hijos|ellos|mi \\w+)",
      "(?:tendrian|estarian|vivirian) (?:menos problemas|mejor|mas tranquil\\w+)[^.!?\\n]{0,20}si yo no (?:estuviera|existiera|viviera)|si yo no (?:estuviera|existiera)[^.!?\\n]{0,30}(?:tendrian|estarian|seria mejor)",
      `(?:le pedi|le pido|le ruego|le rezo) (?:al senor|a dios|a diosito|al de arriba|a la virgen)[^.!?\\n]{0,10}${Q} me (?:lleve|recoja)`,
      "ojala (?:se cayera|se caiga|se estrell\\w+|chocara)(?: el avion| el carro| el camion)?",
      "(?:la vida|vivir) (?:pa mi |para mi )?ya no vale la pena",
      "si no (?:vuelvo a abrir|abro) los ojos(?: mas)? (?:mejor|seria mejor|ni modo)",
      "entre vivir asi[^.!?\\n]{0,40}o irme",
      "(?:casi|estuve a punto de) (?:hago|hacer|cometo|cometer) una locura",
      "quien se (?:queda|quedaria) con (?:mis|mi) \\w+ si (?:me pasa algo|yo no estoy|ya no estoy)",
    ),
    OPTS,
  ),
  esRule(
    "es.suicide.r17.prepared",
    "suicide",
    "high",
    any(
      "(?:regalando|repartiendo|regale|reparti|estoy dando)[^.!?\\n]{0,10}mis? (?:ropa|cosas|herramientas|libros|joyas|pertenencias)[^\\n]{0,80}(?:despues|testamento|no le toque|tranquil\\w+|en paz|cuando me vaya|ya no voy)",
      "(?:borre|cerre|elimine) (?:todas )?mis (?:redes|cuentas)[^\\n]{0,80}(?:me puedo ir|en paz con todo|deudas|despedi)",
      "(?:cuide|cuiden|cuidar) (?:a )?(?:mi|el|los) (?:gato|perro|gatos|perros|plantas|hijos)[^\\n]{0,60}(?:viaje largo|no voy a volver|ya no voy a estar)",
      "(?:ni a ninguna otra|ni a ninguna mas)[^\\n]{0,40}(?:gracias por todo|adios|cuidense)",
      "no voy a cumplir (?:los )?\\d+|cuando me muera el \\d+",
      "ya (?:escogi|elegi|encontre) el lugar|(?:ya )?tengo (?:todo )?(?:pensado|decidido|planeado) como (?:terminar|hacerlo|matarme|irme)|ya tengo todo pensado[^\\n]{0,60}lo hago",
      "ya decidi (?:que )?(?:ese dia|el \\w+) me voy con (?:ella|el|ellos)",
      "(?:fui|he ido|ya fui) (?:a ver )?(?:al |el )?puente[^\\n]{0,80}(?:alto|altura|alcanza)|(?:la azotea|el techo) de mi (?:edificio|casa) no tiene (?:reja|barandal|proteccion)",
      "(?:la escopeta|la pistola|el arma|la soga|la cuerda)[^\\n]{0,80}(?:ustedes saben|ya saben|tu sabes|sabes) (?:pa|para) (?:q|que)",
      "(?:tengo guardad[oa]s|estoy guardando|junte|he juntado) (?:los |las )?(?:frascos|cajas|pastillas|blisters)[^\\n]{0,80}(?:los conte|las conte|son bastantes|son muchas|suficientes|alcanza)",
      "(?:anteayer|ayer|anoche|el otro dia|la semana pasada|hace \\w+ dias) me (?:tire|avente|lance) (?:al|a la|del|de la|desde)",
      "hice la prueba con (?:el|la) (?:cinturon|soga|cuerda|cable|corbata)",
      `cuanto (?:\\w+ ){0,2}?(?:cloro|veneno|raticida|insulina|paracetamol|pastillas)[^?\\n]{0,40}(?:tomar|tomarse|tragar|inyectar)[^?\\n]{0,40}(?:de verdad|no quedar vivo|morir|se muere|no despertar)`,
      "se muere uno o (?:solo )?(?:queda|quedas|se queda)|cuanto tarda en hacer efecto si (?:uno se toma|me tomo|me trago) todo",
    ),
    OPTS,
  ),
  esRule(
    "es.suicide.r17.now",
    "suicide",
    "imminent",
    any(
      "(?:apago|voy a apagar) el (?:cel|celular|telefono) despues de este mensaje",
      "(?:manejando|conduciendo|voy) (?:hacia|rumbo al|rumbo a|al|pal|para el) (?:acantilado|puente|precipicio|barranco)",
      "me quedan (?:unas |pocas )?horas(?: nomas| nada mas)?[^\\n]{0,80}(?:carta|adios|despedir|perdon)",
      "(?:parad[oa]|estoy|toy) en la orilla del (?:anden|puente|techo|edificio|barranco)|el (?:proximo|siguiente) tren es el mio",
      "esta noche es\\b[^\\n]{0,20}(?:todo listo|todo esta listo|gracias por intentarlo)",
      "ya me (?:bebi|tome|trague) (?:el |la |las |los )?(?:veneno|raticida|cloro|matarratas)",
      "ya prendi el carbon|(?:me encerre|estoy encerrad[oa]) (?:en el bano|en mi cuarto) con (?:la|una) (?:navaja|cuchilla|pistola|soga)",
    ),
    OPTS,
  ),
];
