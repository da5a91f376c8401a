// Spanish suicide risk from the round-16 sets (es round-15, intencion-6), by phenomenon:
// thoughts of suicide named as "pensamientos de ..." or counted ("pensé varias veces");
// a head that orders it; "lo de quitarme de en medio"; giving up on life ("tirar la toalla con
// la vida"); life not worth it; asking God to take one; envy of the dead; a wish that all switch
// off "yo incluido"; a life that has run its course; hoping not to reach an age; not looking
// when crossing; "si me muero, que sea"; a burden; "una locura conmigo"; "¿para qué me
// salvaron?"; a try found in time; "algo peor, no seguir"; settling affairs with a goodbye
// (pets rehomed, things handed out, papers, passwords, letters, appointments not needed).
import { any, type Rule, rule } from "../rules.ts";
import { OPTS, Q } from "./round-13-words.ts";
import { EVERYDAY_CAUSE_ES, esRule, JOKE_ES, KILL_ME, SUICIDE_ES } from "./words.ts";

const UNLESS_EVERYDAY = new RegExp(`${JOKE_ES.source}|${EVERYDAY_CAUSE_ES.source}`);
/** Long ago and over: a history, not a risk now. */
const LONG_AGO =
  /hace (?:\w+ ){0,2}(?:anos|decadas|mucho)|\ben (?:19|20)\d\d\b|cuando (?:era|tenia) |de (?:joven|adolescente|nina|nino)|ya lo supere|ya paso|ahora estoy bien/;
/** Ending, as the object of a thought. */
const END_IT = `(?:el ${SUICIDE_ES}|${SUICIDE_ES}|${KILL_ME}|morirme|mi muerte|darle fin a (?:todo|to|mi vida)(?: esto)?|ponerle fin a (?:todo|mi vida)(?: esto)?|acabar(?: con todo| con esto| con mi vida)?|hacerme algo|no seguir|no despertar|no estar)`;
/** A goodbye around practical arrangements: calm at last, no more visits, "when I'm gone". */
const FAREWELL =
  /(?:me siento|estoy|siento) (?:\w+ )?(?:en paz|tranquil[oa])|ya no (?:va|van) a hacer falta|no (?:voy a (?:poder )?|vuelvo a )(?:ir|venir|volver)|no me (?:llamen|llames|busquen|pregunten)|cuidate mucho|no fue culpa|por si acaso|cuando me vaya|cuando ya no este|no vuelvo|gracias por todo|fue un honor|(?:cierre|borre|cierren|borren) todo despues|no hace falta (?:q|que) me llamen|por intentarlo conmigo/;

export const SPANISH_ROUND_16_RULES: Rule[] = [
  esRule(
    "es.suicide.r16.thoughts_of",
    "suicide",
    "moderate",
    any(
      `(?:tengo|traigo|me vienen|me llegan|volvieron|vuelven|regresaron|otra vez|de nuevo|ando con|sigo con|llevo \\w+ con) (?:los |unos |muchos |mis )?(?:pensamientos|ideas) (?:\\w+ ){0,2}?(?:de|sobre) ${END_IT}`,
      `(?:pense|he pensado|estuve pensando|ando pensando|sigo pensando|llevo \\w+ pensando) (?:varias|muchas|un par de|mil|tantas) veces (?:en|de) ${END_IT}`,
      `pensando (?:en )?como seria (?:si )?(?:me mato|matarme|me muero|morirme|me suicido|suicidarme|ya no estoy|no estar)`,
      `(?:mi cabeza|mi mente|una voz|la voz) me (?:dice|pide|repite|grita) (?:${Q} )?(?:me mate|me quite la vida|me suicide|me muera|acabe con todo|lo haga ya)`,
      `(?:lo de|ganas de|la idea de) (?:quitarme de en medio|quitarme la vida|kitarme la vida|acabar con mi vida|darle fin a (?:todo|to|mi vida)(?: esto)?|ponerle fin a (?:todo|mi vida))`,
      `algo peor,? en no (?:seguir|estar|despertar|existir)|(?:pienso|pensando|pensar) en no (?:seguir|despertar|existir)(?! (?:con|en|el|la|los|las|trabajando|estudiando|intentando|yendo|tomando))`,
      `(?:terminar|acabar|acabe|termine|voy a) (?:haciendo )?(?:una locura|una tonteria|una estupidez) conmigo`,
    ),
    { ...OPTS, unless: new RegExp(`${UNLESS_EVERYDAY.source}|${LONG_AGO.source}|es normal`) },
  ),
  esRule(
    "es.suicide.r16.given_up",
    "suicide",
    "low",
    any(
      `(?:tirar la toalla|rendirme|me rindo|rendid[oa]|darme por vencid[oa])[^.!?\\n]{0,30}? con (?:la|mi) vida`,
      `(?:vivir|seguir viviendo|la vida) (?:ya )?no vale la pena`,
      `(?:pa|para) (?:q|que) seguir(?: viviendo| aqui| asi)?(?=,| la vdd| la verdad| la neta| si |$|[.?!])`,
      `(?:le pido|le ruego|le rezo|rezo) a (?:dios|diosito|la virgen|el senor|jesus)(?: \\w+){0,2}? (?:${Q} )?me (?:lleve|recoja|quite la vida)`,
      `(?:me da envidia|envidio|le tengo envidia a) (?:a )?(?:la gente|los|las|quienes|el que|la que|los que)(?: \\w+){0,3}? (?:${Q} )?(?:se muere|se mueren|murio|murieron|no despiertan|no desperto)(?! de)`,
      `(?:quisiera|ojala|deseo) (?:${Q} )?todo se (?:apagara|acabara|terminara|borrara)[^.!?\\n]{0,12}yo inclui\\w+`,
      `ojala (?:\\w+ ){1,8}?(?:con todo y yo|conmigo) (?:adentro|dentro|encima)|ojala (?:\\w+ ){1,6}?se (?:cayera|estrellara|hundiera|chocara) (?:\\w+ ){0,3}?(?:y yo|conmigo) (?:adentro|dentro)`,
      `mi vida (?:ya )?(?:cumplio su ciclo|llego a su fin)|ya cumpli mi ciclo`,
      `ya no quiero (?:cumplir|llegar a) (?:los )?(?:\\d+|\\w+ anos|otro ano|mas anos|viej[oa])|con suerte no llego(?! tarde| a tiempo)`,
      `(?:ya ni miro|sin mirar)[^.!?\\n]{0,30}(?:me da igual|me vale|ojala) (?:lo que pase|si me (?:pasa|atropella|pisa))`,
      `(?<=(?<![a-z])si me )muero (?:\\w+ ){0,5}?(?:(?:pues )?que sea(?=[.,!?]|$| ni | la verdad)|ni me preocupa|me da igual|no me importa)`,
      `(?:me siento|siento que soy|solo soy|soy) (?:una )?(?:carga|estorbo)(?: (?:pa|para) (?:todos|todo el mundo|mi familia|los mios|mis hijos|mi esposa|mi esposo|mi pareja|la familia|ustedes))?(?=[.,!?]|$| y )`,
      `(?:pa|para) (?:q|que) me (?:salvaron|rescataron|revivieron|trajeron de vuelta)`,
    ),
    {
      ...OPTS,
      unless: new RegExp(
        `${EVERYDAY_CAUSE_ES.source}|${LONG_AGO.source}|🙄|🎶|🎵|cantando|rola|cancion|chiste`,
      ),
    },
  ),
  esRule(
    "es.suicide.r16.tried_found",
    "suicide",
    "high",
    `(?:intente|trate de|quise) (?:hacerlo|${KILL_ME}|quitarme la vida)[^.!?\\n]{0,50}(?:me encontr\\w* a tiempo|me (?:salvo|salvaron|rescato|rescataron|detuvo|paro) a tiempo)`,
    { ...OPTS, unless: LONG_AGO },
  ),
  // --- Settling affairs with a goodbye ---
  esRule(
    "es.suicide.r16.affairs",
    "suicide",
    "high",
    any(
      `(?:lo|la) va a cuidar mejor (?:que yo|de lo que yo)`,
      `(?:encontre|busque|consegui) (?:casa|hogar|familia|dueno|duena) (?:a|para) (?:mi|el|la) (?:perr\\w+|gat\\w+|mascota|loro|conejo)`,
      `(?:di|regale|deje|reparti|done) (?:todas |todos )?mis (?:cosas|anillos|joyas|medallas|herramientas|libros|discos|relojes|reloj|guitarras?|cuadros|pertenencias|plantas)(?: \\w+){0,3}? a`,
      `lo (?:${Q} )?quiero (?:${Q} )?hagan con mis cosas|a quien le (?:toca|tocan|queda|quedan) (?:mi|mis) \\w+`,
      `(?:poner|puse|pase|deje) (?:la casa|las? cuentas?|el carro|la camioneta|mis cosas|todo)(?: y (?:la|el) \\w+)? a nombre de`,
      `contrasena (?:\\w+ ){0,5}?(?:pa|para) (?:que|q) (?:cierre|borre|cierren|borren) (?:todo|mis cuentas|mi cuenta)`,
      `(?:pa|para) (?:q|que) (?:\\w+ ){0,3}?no tenga(?:n)? ${Q} lidiar con (?:el |los )?papele\\w+`,
      `(?:termine|escribi|deje|ya tengo) (?:las |unas |mis )?cartas (?:pa|para) (?:mis|mi|cada) \\w+`,
      `(?:gracias|las gracias) (?:\\w+ ){0,3}?por (?:intentarlo|haberlo intentado) conmigo`,
      `cuida(?:me)? (?:a|de) (?:mi )?(?:mami|mama|papa|papi|mis hijos|mi hija|mi hijo|los ninos|la abuela|mi esposa|mi esposo) por mi`,
    ),
    {
      ...OPTS,
      requires: FAREWELL,
      unless:
        /jaja|xd|😂|me mudo|mudanza|me voy a vivir|de viaje|vacaciones|testamento con|hospital|mientras|estoy mucho mejor|me dieron (?:de )?alta|terapeuta me propuso|ejercicio/,
    },
  ),

  // Said with a "no" that is the message itself, so plain rule() (esRule's guard reads it as
  // negation): "no hace falta que me llamen", "ella no sabe que no vuelvo".
  rule(
    "es.suicide.r16.no_return",
    "suicide",
    "high",
    any(
      `(?<=no )hace falta ${Q} me (?:llamen|llames|busquen)`,
      `(?<=(?:no|nadie) )sabe ${Q} (?:ya )?no (?:vuelvo|voy a volver|regreso|voy a regresar)(?! a (?:ese|esa|este|esta|la|el|los|las|mi|casa|trabajar))`,
    ),
    {
      ...OPTS,
      requires: FAREWELL,
      unless:
        /jaja|xd|😂|me mudo|mudanza|me voy a vivir|de viaje|vacaciones|hospital|trabajo nuevo/,
    },
  ),
  // Appointments cancelled as no longer needed, with no reason of getting better.
  rule(
    "es.suicide.r16.no_more_visits",
    "suicide",
    "high",
    `(?<=no )(?:van|va) a hacer falta(?! (?:que|q|traer|llevar))|(?<=no )(?:necesito|voy a necesitar) mas (?:citas|sesiones|consultas)`,
    {
      ...OPTS,
      requires: /citas?|sesion|sesiones|terapia|consultas?|turnos?/,
      unless:
        /jaja|xd|😂|me mudo|mudanza|de viaje|vacaciones|(?:estoy|me siento) (?:\w+ )?mejor|de alta|otra clinica|otro doctor|cambio de/,
    },
  ),
];
