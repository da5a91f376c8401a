// Spanish suicide risk from the round-19 tune sets (es round-18, intencion-9), by phenomenon:
// a means bought or kept with a time to use it ("lo voy a usar cuando me sienta listo", "ya sé
// cuándo"); a means on the body or a height reached right now ("la navaja en el cuello", "ya
// estoy arriba del edificio ... me tiro", "cuando se duerman lo hago"); pills already taken with
// a goodbye; a height scouted; belongings given away with a farewell; a method weighed or
// searched; and passive wishes ("diosito llévame", "si no despierto mañana no sería tan malo",
// "que me pise un colectivo", "mejor que me muera yo", "tú sabes a qué me refiero").
import { any, type Rule } from "../rules.ts";
import { OPTS, Q } from "./round-13-words.ts";
import { esRule, JOKE_ES } from "./words.ts";

/** Means kept for oneself: poisons, cords, guns, blades. */
const MEANS =
  "(?:veneno|raticida|cloro|soga|cuerda|lazo|escopeta|pistola|revolver|arma|navaja|cuchilla|pastillas)";
/** A height to jump from. */
const HEIGHT = "(?:edificio|puente|azotea|techo|balcon|barranco|acantilado|mirador)";
/** A vehicle that could run one over. */
const VEHICLE = "(?:colectivo|bus|camion|carro|coche|auto|tren|micro|moto|trailer|metro)";

export const SPANISH_ROUND_19_RULES: Rule[] = [
  esRule(
    "es.suicide.r19.means_timed",
    "suicide",
    "high",
    any(
      `(?:compre|consegui|tengo|guarde|guardo|escondi|saque)(?: \\w+){0,3} ${MEANS}[^\\n]{0,80}(?:(?:la|lo) voy a usar (?:cuando|esta|este|pronto|hoy|manana)|ya se (?:${Q} )?(?:la|lo) voy a usar|cuando me sienta list[oa]|ya se (?:a )?donde voy a ir)`,
      `(?:probe|revise) si (?:la|el) (?:cuerda|soga|lazo|viga|rama) aguanta mi peso`,
      `ya decidi (?:${Q} )?me (?:mato|suicid\\w*|quito la vida|ahorco|tiro)`,
      `(?:busque|fui a ver|ubique|revise)[^\\n]{0,30}${HEIGHT}[^\\n]{0,60}(?:si se puede subir|se puede subir|a la azotea)`,
      `(?:cosas repartidas|reparti mis cosas|regale (?:todas )?mis cosas|le (?:di|regale|deje) (?:a )?mi (?:gato|perro|mascota|gatit[oa]|perrit[oa]))[^\\n]{0,100}(?:lo (?:que|q) les quiero decir|carta|ya (?:casi )?esta todo|despedirme|me despedi)`,
    ),
    OPTS,
  ),
  esRule(
    "es.suicide.r19.now",
    "suicide",
    "imminent",
    any(
      "tengo (?:la|el|una|un) (?:navaja|cuchillo|cuchilla|pistola|arma|escopeta) (?:en|contra) (?:el|la|mi) (?:cuello|cabeza|sien|pecho|boca)",
      `(?:ya )?estoy (?:arriba|hasta arriba|en la orilla|en el borde|parad[oa]) (?:del|de la|de un|de una|en el|en la) ${HEIGHT}[^\\n]{0,60}(?:me tiro|me aviento|me lanzo|salto|brinco)`,
      "cuento hasta \\w+ y me (?:tiro|aviento|lanzo|mato)",
      "(?:soga|cuerda|lazo) (?:puesta|colgada|amarrada|lista)[^\\n]{0,60}(?:lo hago|me cuelgo|me ahorco)",
      "cuando (?:\\w+ ){0,3}se (?:duerman|duerma|vayan|vaya|salgan) (?:lo hago|me mato|me ahorco|me cuelgo)",
      "ya me (?:tome|trague|meti) (?:todas )?(?:las|mis) pastillas[^\\n]{0,60}(?:adios|me estoy quedando dormid|perdon(?:enme)?|los quiero)",
      "me (?:acabo|acabe) de cortar (?:muy )?(?:profundo|hondo)[^\\n]{0,30}(?:muneca|venas|no voy a llamar)",
    ),
    { negatable: false, unless: new RegExp(`${JOKE_ES.source}|por accidente|sin querer`) },
  ),
  esRule(
    "es.suicide.r19.method",
    "suicide",
    "moderate",
    any(
      "(?:pensando|pienso|pense|pensar) en como hacerlo[^\\n]{0,40}(?:pastillas|soga|cuerda|tirarme|cortarme|veneno|otra cosa)",
      "(?:busc\\w*|googlea\\w*|investig\\w*) (?:formas|maneras|metodos|como) (?:de )?(?:matarme|suicid\\w*|quitarme la vida|morir sin dolor)",
      `(?:pensando|pienso|pense|pensar|ganas de) en (?:saltar|tirarme|aventarme|lanzarme) (?:del|de un|de una|de la|desde el|desde la) ${HEIGHT}`,
      "(?:chocar|estrellar|estampar|volcar) (?:el|mi) (?:carro|coche|auto|moto|camioneta) a proposito",
      "(?:meterme|tirarme|aventarme) al (?:rio|mar|lago) y dejarme (?:ir|llevar|hundir)",
    ),
    OPTS,
  ),
  esRule(
    "es.suicide.r19.passive",
    "suicide",
    "low",
    any(
      "(?:dios|diosito|senor|virgencita)(?: mio| santo)?,? (?:llevame|recogeme)(?: ya| contigo| de una vez| pronto)",
      "me pesa (?:demasiado |mucho |tanto )?vivir|ojala fuera (?:mas )?facil (?:irse|irme|morir|desaparecer)",
      `mejor (?:${Q} )?me muera yo`,
      "si no (?:despierto|amanezco|me despierto)(?: manana| mas)?,? (?:tampoco |pues )?(?:seria|estaria) (?:tan )?(?:malo|mal|grave)",
      `(?:ojala|quisiera|me gustaria|que ganas de) (?:${Q} )?me (?:pise|atropelle|arrolle|lleve) (?:un|una|el|la) ${VEHICLE}`,
      `(?:no volver (?:mas|nunca)|desaparecer|irme)[^\\n]{0,30}(?:tu )?(?:sabes|entiendes) a ${Q} me refiero`,
    ),
    OPTS,
  ),
];
