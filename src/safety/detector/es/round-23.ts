// Spanish risk the learned scorer read alone until its retrain with the round-22 sets (ES
// round-21, intencion-12): tired of living and "pienso hacer algo", feeling one is surplus
// ("el mundo me dice que sobro"), not caring if a car hits me tomorrow, children better off
// without a mother "como yo" with a leaving, hives with swelling after an infusion, a headache
// still there the next day, and a dose done alone at home; the whole bottle being taken while
// writing, an attempt days ago, pills counted "y ya lo decidi", "me voy" with everything ready, a
// cut that needs stitches, a child touched again, "algo mas definitivo", doses saved up. After
// the round-23 retrain: asleep forever wished "hoy", blades hidden with a plan for a day, "alguien
// mas piensa en matarse ... o solo yo", a farewell message scheduled, "exploto y no respondo",
// wishing a dose could kill, where he lives and a blade, a kitchen knife grabbed in anger, a
// funeral planned "y quiero que pase pronto".
import { any, type Rule, rule } from "../rules.ts";
import { OPTS } from "./round-13-words.ts";
import { esRule } from "./words.ts";

export const SPANISH_ROUND_23_RULES: Rule[] = [
  esRule(
    "es.suicide.r23.tired_and_act",
    "suicide",
    "moderate",
    "(?:hart[oa]|cansad[oa]|agotad[oa]) de (?:vivir|esta vida|existir)[^.!?\\n]{0,40}(?:pienso|voy a|quiero|ya decidi) hacer algo",
    OPTS,
  ),
  esRule(
    "es.suicide.r23.surplus",
    "suicide",
    "low",
    any(
      "(?:que|yo) (?:ya )?sobro(?: aqui| en este mundo| en esta casa| en la vida)?(?= *(?:$|[.!?,;]))|estoy de (?:sobra|mas) en (?:este mundo|esta vida|la vida)",
      "si (?:manana|un dia|hoy|algun dia) me (?:atropellan|atropella un \\w+|atropellara|matan|muero)[^.!?\\n]{0,20}(?:me da igual|no me importa|mejor|ni modo|que bueno)",
    ),
    OPTS,
  ),
  esRule(
    "es.suicide.r23.better_without_leaving",
    "suicide",
    "moderate",
    "(?:estarian|estaran|estan|estarían) mejor sin (?:mi|una? (?:mama|papa|madre|padre|esposa|esposo|hermana|hermano|hija|hijo) como yo)[^.!?\\n]{0,30}(?:me voy a ir|me voy|me ire|ya me voy|me tengo que ir)",
    OPTS,
  ),
  rule(
    "es.medical.r23.hives_swelling",
    "medical",
    "moderate",
    any(
      "(?:ronchas|urticaria|sarpullido|granos rojos)[^.!?\\n]{0,60}(?:hinch\\w+|inflam\\w+) (?:la boca|los labios|la lengua|la garganta|la cara|los ojos)",
      "(?:hinch\\w+|inflam\\w+) (?:la boca|los labios|la lengua|la garganta|la cara)[^.!?\\n]{0,60}(?:ronchas|urticaria|sarpullido)",
    ),
  ),
  rule(
    "es.medical.r23.next_day_headache",
    "medical",
    "low",
    "(?:al otro dia|al dia siguiente|un dia despues|todavia hoy)[^.!?\\n]{0,20}(?:todavia |aun |seguia |sigue )?(?:me dolia|me duele|con dolor de|dolor de) (?:la )?cabeza",
  ),
  rule(
    "es.misuse.r23.dose_alone",
    "misuse",
    "low",
    "(?:hice|tome|me puse|me aplique|me tome) (?:la|mi) (?:dosis|ketamina|sesion) (?:yo )?sol[oa](?! con (?:el|la) (?:doctor|doctora|equipo|enfermer))",
  ),

  esRule(
    "es.suicide.r23.whole_bottle",
    "suicide",
    "high",
    "me (?:estoy tomando|estoy tragando|tome|trague|acabo de tomar) (?:todo el frasco|toda la caja|todas las pastillas|el frasco entero|la caja entera|todo el blister)",
    { ...OPTS, time: "act" },
  ),
  esRule(
    "es.suicide.r23.attempt_recent",
    "suicide",
    "high",
    "lo intente (?:hace (?:\\d+|unos|pocos|dos|tres|cuatro|cinco) (?:dias|semanas)|ayer|anoche|la semana pasada|el fin de semana)",
    OPTS,
  ),
  esRule(
    "es.suicide.r23.counted_decided",
    "suicide",
    "high",
    any(
      "(?:las|los) conte[^.!?\\n]{0,30}(?:son muchas|son muchos|son suficientes|alcanzan)",
      "(?:pastillas|medicinas|cajas de medicina|frascos)[^\\n]{0,300}(?:ya lo decidi|ya lo tengo decidido|ya me decidi)",
    ),
    OPTS,
  ),
  esRule(
    "es.suicide.r23.leaving_ready",
    "suicide",
    "high",
    "(?:esta noche|hoy|manana|cuando (?:\\w+ ){1,4}se duerman?)[^.!?\\n]{0,60}me voy(?! (?:de|a|al|con|para|pa|por|en)\\b)[^\\n]{0,30}(?:ya )?tengo todo (?:listo|preparado)",
    OPTS,
  ),
  esRule(
    "es.suicide.r23.more_final",
    "suicide",
    "moderate",
    "(?:pudiera|poder|quiero|quisiera) hacer algo (?:mas )?definitivo",
    OPTS,
  ),
  esRule(
    "es.suicide.r23.saved_doses",
    "suicide",
    "moderate",
    "(?:guardando|juntando|acumulando|ahorrando) (?:la ketamin[ae]|las dosis|los troches|las pastillas|mis dosis)[^\\n]{0,200}(?:usarla|usarlas|tomarlas|tomarla) (?:toda|todas) junt[ao]s?",
    OPTS,
  ),
  rule(
    "es.medical.r23.stitches",
    "medical",
    "moderate",
    "(?:necesita|ocupa|necesito|ocupo|va a necesitar|creo q necesita|creo que necesita) (?:unos )?(?:puntos|sutura|que me cosan)",
  ),
  rule(
    "es.abuse.r23.touched_again",
    "abuse",
    "moderate",
    "(?:vuelve a|volvio a|sigue|siguio) (?:tocar|tocando|manosear|manoseando) a mi (?:hija|hijo|nieta|nieto|sobrina|sobrino|nina|nino)",
  ),

  esRule(
    "es.suicide.r24.asleep_forever",
    "suicide",
    "low",
    "ojala (?:me )?(?:quedara|quede|quedase) dormid[oa] (?:para|por) siempre",
    OPTS,
  ),
  esRule(
    "es.suicide.r24.hidden_plan",
    "suicide",
    "high",
    "tengo (?:las|unas|mis|la|una) (?:cuchillas|navajas|navajitas|pastillas|pastas|soga|cuerda|pistola)[^\\n]{0,50}(?:un plan|plan para|para el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo))",
    OPTS,
  ),
  esRule(
    "es.suicide.r24.only_me",
    "suicide",
    "moderate",
    "(?:alguien mas|a alguien mas le pasa que) piensa en (?:matarse|suicidarse|morirse|quitarse la vida) (?:todo el tiempo|seguido|siempre|a diario)[^\\n]{0,10}(?:o solo yo|o nomas yo)",
    OPTS,
  ),
  esRule(
    "es.suicide.r24.farewell_scheduled",
    "suicide",
    "high",
    "(?:mensaje|carta|cartas|mensajes) de despedida[^\\n]{0,60}(?:programad[oa]s?|para el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|list[oa]s?)",
    OPTS,
  ),
  esRule(
    "es.suicide.r24.wish_it_kills",
    "suicide",
    "moderate",
    "(?:te|me|nos|lo) (?:puede|podria) matar[^\\n]{0,30}(?:quisiera|ojala|me gustaria) (?:q|que) (?:si|sí|fuera asi)",
    OPTS,
  ),
  rule(
    "es.harm_to_others.r24.snap",
    "harm_to_others",
    "low",
    "(?:exploto|reviento|me exploto) y no respondo",
  ),
  rule(
    "es.harm_to_others.r24.where_and_blade",
    "harm_to_others",
    "high",
    "se donde vive[^\\n]{0,40}tengo (?:una|un|la|el|mi) (?:navaja|cuchillo|pistola|arma|bate|fierro)",
  ),
  rule(
    "es.harm_to_others.r24.knife_in_anger",
    "harm_to_others",
    "moderate",
    "(?:me enoje|enojad[oa]|coraje|rabia)[^\\n]{0,60}agarre (?:un|el|una|la) (?:cuchillo|bate|martillo|navaja|tijeras)",
  ),
  esRule(
    "es.suicide.r24.funeral_soon",
    "suicide",
    "moderate",
    "(?:planeo|pienso|imagino) (?:en mi cabeza )?como (?:seria|va a ser) mi funeral[^\\n]{0,40}(?:quiero|ojala) (?:q|que) (?:pase|sea|llegue) pronto",
    OPTS,
  ),

  esRule(
    "es.suicide.r24.counting_days",
    "suicide",
    "high",
    "cuento los dias (?:pero )?no (?:es )?(?:para|pa) (?:la cita|la sesion|mi cita|verte)",
    OPTS,
  ),
];
