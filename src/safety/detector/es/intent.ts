import { any, type Rule } from "../rules.ts";
import { esRule, JOKE_ES } from "./words.ts";

// Spanish suicidal intent from round 10 and intencion-1, by phenomenon: a chosen day, place or
// method; means gathered "lo que necesito"; a one-way ticket to a bridge; a note left; pets
// given away "porque ya no voy a poder"; method questions without a suicide word; passive
// wishes ("ojala pudiera apagarme", "no volver a abrir los ojos"); thoughts of jumping.

const OPTS = { negatable: false, unless: JOKE_ES } as const;
const Q = "(?:q|que)";

export const SPANISH_INTENT_RULES: Rule[] = [
  esRule(
    "es.suicide.intent.plan_chosen",
    "suicide",
    "high",
    any(
      "ya (?:escogi|elegi|decidi|tengo) el dia(?:[.,;]| (?:el|y|para|pa)\\b)",
      "ya tengo (?:el|la) (?:lugar|metodo|dia|fecha)(?:,? (?:y )?(?:el |la )?(?:lugar|metodo|dia|fecha|como))+",
      "el plan (?:ya )?esta (?:hecho|listo)",
      "ya investigue como hacerlo",
      "(?:compre|junte|consegui|tengo) (?:todo )?lo (?:q|que) (?:necesitaba|necesito)[^.!?\\n]{0,40}(?:listo|pa[lr]? |para (?:el )?(?:domingo|lunes|martes|miercoles|jueves|viernes|sabado|fin))",
      "ya tengo todo listo (?:pa|para)l? (?:el )?(?:domingo|lunes|martes|miercoles|jueves|viernes|sabado|fin de semana)",
      "(?:farmacias?|tiendas?) de (?:tres|dos|varios|varias|3|2) (?:lugares|lados|sitios)? ?para juntar",
      "boleto[^!?\\n]{0,60}(?:el puente|la presa)[^!?\\n]{0,20}(?:ida nada mas|solo de ida|sin regreso)|ida nada mas[^.!?\\n]{0,40}puente",
      "mi (?:nota|carta) (?:ya )?esta en la mesa",
      "(?:compre|consegui) una? (?:arma|pistola|revolver)[.,]? (?:ya saben|los dos sabemos|tu sabes|ya sabes) (?:pa|para) (?:q|que)",
    ),
    OPTS,
  ),
  esRule(
    "es.suicide.intent.pet_farewell",
    "suicide",
    "high",
    any(
      "(?:le )?(?:regale|deje|di) (?:a )?mi (?:gato|perro|perrita|gata|mascota)[^!?\\n]{0,100}(?:no es (?:un )?viaje|ya no (?:voy a|vo a) poder|ya no voy a estar)",
      "mi (?:gato|perro|perrita|gata|mascota) se lo (?:deje|di|regale)[^!?\\n]{0,120}(?:ya no (?:voy a|vo a) poder|ya no voy a estar|no es (?:un )?viaje)",
    ),
    OPTS,
  ),
  esRule(
    "es.suicide.intent.method_question",
    "suicide",
    "high",
    any(
      "cuanto tarda en hacer efecto el (?:anticongelante|veneno|raticida|cloro)",
      "cuant[oa]s (?:pastillas|miligramos|mg|pildoras)[^.!?\\n]{0,40}(?:serian demasiad[oa]s|son peligros[oa]s|son letales|matan)",
      "es doloroso cortarse las venas",
    ),
    OPTS,
  ),
  esRule(
    "es.suicide.intent.thoughts",
    "suicide",
    "moderate",
    any(
      "(?:volvi a pensar|pense|pensando|pienso) en (?:tirarme|aventarme|lanzarme) (?:del|de la|por la) (?:balcon|ventana|puente|azotea|edificio)",
      "(?:volvieron|vuelven|regresaron) los pensamientos de (?:acabar con todo|matarme|quitarme la vida)",
      "pensando en quitarme del medio",
      "mi mente no para de decirme (?:q|que) me mate",
      "el suicidio se me pasa por la cabeza",
      "la muerte seria (?:el|mi) unico (?:descanso|alivio)",
    ),
    OPTS,
  ),
  esRule(
    "es.suicide.intent.passive",
    "suicide",
    "low",
    any(
      `ojala (?:pudiera|me pudiera) apagarme`,
      "quisiera no volver a abrir los ojos",
      "no tengo ganas de seguir existiendo",
      "estoy hart[oa] de vivir(?= *(?:$|[.!?,;]| de verdad| ya\\b))",
      "estar viv[oa] se siente como (?:un )?castigo",
      `si no despierto manana no pasa nada`,
      `para ${Q} seguir si todo duele`,
      `ojala no tuviera ${Q} (?:hacerlo|levantarme|despertar) nunca mas`,
      "no veo mi vida en (?:cinco|5|diez|10) anos,? ni quiero verla",
    ),
    OPTS,
  ),
  esRule(
    "es.suicide.intent.blade_now",
    "suicide",
    "imminent",
    any("(?:ahorita|ahora) estoy con la (?:navaja|cuchilla|gillette|hoja) en (?:la|mi) muneca"),
    OPTS,
  ),
  esRule(
    "es.harm_to_others.intent.revenge_all",
    "harm_to_others",
    "moderate",
    any(
      "(?:ir|llegar) (?:al|a la) (?:trabajo|salon|escuela|oficina)[^.!?\\n]{0,20}(?:desquitarme|vengarme) con todos",
      "(?:quiero|me dan ganas de)[^.!?\\n]{0,40}(?:que|q) todos (?:paguen|la paguen|sufran)(?= *(?:$|[.!?,;]| por lo| por todo| lo que))",
    ),
    OPTS,
  ),
  // Acts told plainly: a whole cabinet or a fistful of pills taken.
  esRule(
    "es.suicide.intent.took_all",
    "suicide",
    "imminent",
    any(
      "(?:ya )?me (?:tome|trague) (?:todo lo del botiquin|todas las (?:pastillas|pildoras)|un puno de (?:pastillas|pildoras)|toda la caja)",
    ),
    OPTS,
  ),
];

// Self-harm acts and cravings not said with "cortarme" alone.
export const SPANISH_INTENT_SELF_HARM_RULES: Rule[] = [
  esRule(
    "es.self_harm.intent.acts",
    "self_harm",
    "moderate",
    any(
      "me (?:puse|pegue|pase) la plancha (?:caliente )?en (?:la|mi|el|los) (?:pierna|brazo|piel|muslo|mano)",
      "me (?:muerdo|mordi|sigo mordiendo) las manos (?:hasta|cuando|para)",
      "me (?:arranco|arranque|sigo arrancando) el pelo",
      "(?:tengo|traigo|me dan|siento) (?:muchas )?ganas de (?:volver a )?cortarme (?:otra vez|de nuevo)",
    ),
    OPTS,
  ),
];

// Abuse: threats for telling, a stalker ex, a stepfather at night, a belt, neglect, migration
// threats, pills taken to sell.
export const SPANISH_INTENT_ABUSE_RULES: Rule[] = [
  esRule(
    "es.abuse.intent.threats",
    "abuse",
    "moderate",
    any(
      "si (?:le )?(?:cuento|digo) (?:a alguien|a alguien mas|a la policia|a mi mama)[^.!?\\n]{0,20}me (?:mata|va a matar|pega)",
      "cuando (?:regrese|vuelva|llegue) me va a (?:ensenar|dar una|pegar)",
      "(?:orden de restriccion|orden de alejamiento)[^.!?\\n]{0,80}(?:me sigue|me sigue esperando|afuera de mi|me espera|me vigila)",
      "(?:me sigue|me espera|me vigila)[^.!?\\n]{0,80}(?:orden de restriccion|orden de alejamiento)",
      "mi padrastro (?:entra|se mete) (?:a|en) mi cuarto (?:en|por) la noche",
      "me (?:pega|pego|golpea|golpeo|dio) con (?:el|un) cinturon|(?:le|nos) (?:pega|pego) con (?:el|un) cinturon",
      "(?:deja|dejo|dejan) a mi (?:mama|papa|abuela|abuelo) sin (?:comer|comida)",
      "amenaza con (?:llamar a )?migracion|me amenaza con (?:deportarme|denunciarme a migracion|la migra)",
      "me (?:quita|quito|roba|robo) mis (?:pastillas|medicinas|calmantes)[^.!?\\n]{0,30}(?:para|pa) venderlas",
    ),
    OPTS,
  ),
];

// Harm to others: poisoning undetected, brakes, burning a house with someone inside, a bat.
export const SPANISH_INTENT_HARM_RULES: Rule[] = [
  esRule(
    "es.harm_to_others.intent.means",
    "harm_to_others",
    "high",
    any(
      "como (?:hacer|enfermar)(?:le)? (?:a alguien|a una persona|a mi \\w+)[^.!?\\n]{0,30}sin que se (?:note|den cuenta|de cuenta)",
      "(?:echarle|ponerle|meterle) algo (?:en|a) su (?:cafe|comida|bebida|te|agua)",
      "cortar(?:le)? (?:los|las) (?:frenos|mangueras de los frenos|lineas de los frenos)",
      "quemar (?:la|su) casa (?:de mi ex )?con (?:ella|el|ellos) adentro",
      "(?:me imagino|imagino|fantaseo con) (?:pegarle|golpearle|darle) (?:a mi jefe )?con un bate",
    ),
    OPTS,
  ),
];

// Misuse: mixing with the home dose, a month's doses in a week, stealing tablets, redosing.
export const SPANISH_INTENT_MISUSE_RULES: Rule[] = [
  esRule(
    "es.misuse.intent.dosing",
    "misuse",
    "moderate",
    any(
      "(?:alcohol|porro|xanax|cerveza|chela|tequila|mota)[^.!?\\n]{0,40}(?:con|junto con) (?:la|mi) dosis[^.!?\\n]{0,40}(?:pegue|dure|mas fuerte|mas tiempo|mas duro)",
      "(?:las|las dosis|lo) (?:de|del) (?:todo el )?mes en (?:una|1) semana",
      "(?:robe|robo|me robe|agarre) (?:unas |unos |las |varias )?(?:tabletas|pastillas|pildoras) (?:de mi|del|de la)",
      "(?<!no )(?:uso|use|me eche|me echo|me pongo|me puse|aplico|aplique) mas (?:spray |disparos |atomizador |inhalador )?(?:de lo|que lo) indicado",
      "ganas de (?:volver a tomar|repetir la dosis|otra dosis|tomar otra)[^.!?\\n]{0,40}(?:conseguir mas|mas)",
      "(?:busco|buscando|conseguir) (?:k|keta|ketamina) sin receta",
    ),
    OPTS,
  ),
];

// Medical: reactions after a dose.
export const SPANISH_INTENT_MEDICAL_RULES: Rule[] = [
  esRule(
    "es.medical.intent.reaction",
    "medical",
    "moderate",
    any(
      "(?:me arde|ardor|siento vidrios?|como vidrio)[^.!?\\n]{0,20}(?:al orinar|al hacer pipi|cuando orino)",
      "ronchas[^.!?\\n]{0,40}(?:boca|labios|lengua) (?:hinchad[oa]s?|inflamad[oa]s?)",
      "(?:vision|veo) doble[^.!?\\n]{0,40}(?:inestable|mareado|me tambaleo|sin equilibrio)",
      "(?:sigo|todavia|aun) (?:desorientad[oa]|perdid[oa])[^.!?\\n]{0,40}manejando",
      "(?:vomitando|vomito|vomitar) sin parar",
    ),
    OPTS,
  ),
];
