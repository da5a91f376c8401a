import { any, type Rule, rule } from "../rules.ts";
import { esRule, onlyWith } from "./words.ts";

// Spanish misuse and medical shapes from es round 9, by phenomenon (issues 15 and 19):
// more than the plan ("el doble de lo que dijo", "3 sprays extra", every day when
// the plan says twice a week), doses hoarded "por si acaso", a seller or a contact, lying to
// the doctor for a dose, stealing keys or vials, ketamine mixed with drinking, wanting the
// next dose now; medical signs that persist after a dose (a racing heart that does not settle,
// voices or people that are not there, not knowing one's wife or the day, an elephant on the
// chest, legs gone). Misuse rules read only where ketamine or a dose is named (`gate`).

/** Ketamine or a dose named in the message: misuse rules count only then. */
const KETA = onlyWith(/keta|ketamin|spray|dosis|sesion|infusion|nasal|viales|ampolla|botiquin/);
/** After a dose: the same words after farm work or a run are not a red flag. */
const DOSED = onlyWith(/dosis|sesion|infusion|keta|ketamin|spray|tratamiento|clinica/);
/** Everyday or prescribed: the doctor's own plan, a question about safety, a past resolved. */
const SAFE =
  /con (?:la |mi |su )?receta|recetad|me lo (?:indico|receto|autorizo)|(?:es|sera) seguro\b|se puede\b|puedo tomar|esta bien si|jaja|😂/;
const ALCOHOL =
  "(?:alcohol|cervezas?|chelas?|vino|tequila|whisky|tragos?|copas?|ron|mezcal|vodka|shots?|pisco|aguardiente|guaro)";

export const SPANISH_DOSING_RULES: Rule[] = [
  rule(
    "es.misuse.beyond_plan",
    "misuse",
    "moderate",
    any(
      "(?:echando|poniendo|tomando|usando|aplicando|metiendo|echo|pongo|tomo|uso|me puse|me eche|me tome|use)(?:me)? (?:el doble|el triple|doble dosis|triple dosis|mas de lo (?:q|que) (?:dijo|me dijo|me toca|me tocaba|me receto|me indico|dice))",
      "(?:\\d+|dos|tres|cuatro|cinco|seis|siete) (?:sprays?|disparos|atomizaciones|puffs|dosis|jalones) (?:extra|de mas|mas|seguid[oa]s|juntas|de golpe)",
      "(?:todos los dias|diario|a diario|cada dia|cada rato)[^.!?\\n]{0,40}?(?:aunque|pero|y eso que|no solo) (?:el (?:doctor|doc|medico)|la (?:doctora|clinica|enfermera)|el plan|los martes|los jueves|cuando me toca)",
      "(?:aunque|y eso que|cuando|pero) no me (?:tocaba|toca)(?! (?:turno|trabajar|ir|pagar))",
      "(?:me salto|me salte|sin) (?:la )?(?:videollamada|supervision|llamada de supervision)[^.!?\\n]{0,40}?(?:me (?:la )?pongo|me (?:la )?puse|la uso|la use|igual)",
      "(?:si te pones|si me pongo|me voy a poner|ponerme) (?:\\d+|seis|siete|ocho|diez)(?: o (?:\\d+|siete|ocho))? (?:sprays?|dosis|jalones)",
      "(?:me inyecte|me puse|me tome|use|me meti)[^.!?\\n]{0,30}?(?:x|por) mi cuenta",
      "(?:le he estado dando|le doy|le di|le paso|le pase|le comparto|comparti|le regale) (?:de )?(?:mis dosis|mi dosis|de mi (?:keta|ketamina|spray)|mi spray)",
      "(?:sprays?|dosis|keta|ketamin[ae]|viales)[^.!?\\n]{0,60}?nadie se va a (?:enterar|dar cuenta)",
    ),
    {
      refine: KETA,
      unless: SAFE,
      gate: /doble|triple|mas de lo|dosis|sprays?\b|disparos|atomizac|puffs|jalones|diario|cada dia|cada rato|todos los dias|no me toca|videollamada|supervision|mi cuenta|mi keta|mi ketamin|nadie se va/,
    },
  ),
  rule(
    "es.misuse.hoard_and_source",
    "misuse",
    "moderate",
    any(
      "(?:guarde|guardo|guardando|junte|juntando|ahorrando|ahorre|apartando|aparte)[^.!?\\n]{0,40}?(?:de la dosis|de cada dosis|dosis|sprays?|la ketamina|la keta)[^.!?\\n]{0,50}?(?:reserva|por si acaso|juntas|en vez de usarla)",
      "(?:un |una |mi )?(?:contacto|conocido|compa|amig[oa]|vato|tipo|wey|dealer|camello|diler|primo)(?: del \\w+| de la \\w+)? (?:q|que) (?:me )?(?:vende|venda|la vende|consigue|consiga|la consigue|pasa|pase|surte|traiga)",
      "(?:keta|ketamin[ae])[^.!?\\n]{0,30}?(?:q|que) (?:sobro|me sobro|quedo|se quedo) de (?:cuando|mi|la|el)",
      "(?:amig[oa]|compa|conocido|contacto|primo|vato|dealer)(?: del \\w+)? me (?:consiguio|consigue|vende|vendio|paso|regalo|dio) (?:\\w+ ){0,2}?(?:keta|ketamin[ae]|polvo|viales|ampollas|frascos)",
      "(?:polvo|keta|ketamin[ae]|viales|ampollas)(?: \\w+){0,4}? (?:q|que) me (?:dio|vendio|paso|consiguio|regalo) (?:un|una|mi|el) (?:amig[oa]|compa|conocido|contacto|primo|vato)",
      "(?:compre|consegui|me vendieron|traje|me traje)[^.!?\\n]{0,50}?sin receta|(?:clinica|lugar|sitio)s? (?:de esas )?(?:q|que) no piden (?:historial|receta)",
      "(?:le )?menti (?:a la|al) (?:doctora?|doc|medic[oa]|enfermer[oa]|psiquiatra|clinica)[^\\n]{0,80}?(?:dosis|sesion|receta|ketamina|keta|mas|adelantara)",
      "robar(?:me)? (?:las llaves del (?:botiquin|armario|almacen|cajon)|(?:unos? |los |las )?(?:viales|frascos|ampollas|ketamina|keta))",
      "(?:tantas |muchas )?ganas a la (?:keta|ketamina)|(?:la espero|espero la sesion) con ansias",
      "(?:me traje|traje|tengo) (?:una|un|la|el) (?:ampolla|vial|frasco|jeringa)[^.!?\\n]{0,40}?me (?:la|lo) voy a (?:inyectar|poner|meter)",
      "para (?:q|que) (?:la sesion|el viaje|la dosis|la infusion) (?:pegue|haga efecto|sea) mas",
    ),
    {
      refine: KETA,
      unless: SAFE,
      gate: /guard|junt|ahorr|apart|vend|consig|pasa|pase|surte|traiga|sobro|quedo|receta|historial|menti|robar|ganas a la|ansias|ampolla|vial|frasco|jeringa|pegue|efecto|sea mas|dio|paso|regalo/,
    },
  ),
  rule(
    "es.misuse.with_alcohol",
    "misuse",
    "moderate",
    any(
      `(?:me tome|me puse|me meti|tome|voy a (?:tomar|mezclar|usar)|me voy a (?:tomar|poner|meter)|quiero (?:tomar|mezclar)|me tomo|mezcle|estoy mezclando)[^.!?\\n]{0,50}?(?:keta|ketamin[ae])[^.!?\\n]{0,50}?(?:con|y|ademas|junto con|mas)[^.!?\\n]{0,25}?${ALCOHOL}`,
      `(?:despues de la (?:sesion|infusion|dosis))[^.!?\\n]{0,40}?(?:me tome|tome|me eche|bebi|me emborrache|me puse a tomar) (?:(?:como )?(?:unas|varias|dos|tres|cuatro|cinco|seis|\\d+|una botella de) )?${ALCOHOL}`,
    ),
    {
      refine: KETA,
      gate: /cervez|chela|vino|tequila|whisky|trago|copa|ron|mezcal|vodka|shot|pisco|aguardiente|guaro|alcohol/,
      // an instruction "que no maneje ni tome alcohol" (round-11 fBes-197)
      unless:
        /no (?:tome|bebi|mezcle)|ni tome|no maneje|nunca|se puede\b|es seguro|puedo tomar|jaja/,
    },
  ),
  esRule(
    "es.misuse.next_dose_now",
    "misuse",
    "moderate",
    any(
      "(?:querer|quiero|necesito|ganas de|me urge) (?:otra|mas|una) dosis(?! (?:de (?:ibuprofeno|paracetamol|antibiotico|vacuna|refuerzo)))",
      "(?:con |tengo |muchas |me quede con (?:muchas )?)ganas de (?:mas|volver a ponerme|ponerme otra)",
      "no puedo esperar (?:a|hasta) (?:la (?:cita|sesion|siguiente|proxima)|el (?:martes|jueves|viernes))[^.!?\\n]{0,20}?(?:la necesito|necesito|para (?:ponerme|la dosis))|la necesito ya",
    ),
    {
      negatable: false,
      refine: KETA,
      gate: /dosis|ganas de|esperar|necesito ya/,
      unless: /jaja|😂|de refuerzo|la doctora dice/,
    },
  ),
  rule(
    "es.medical.persisting_after_dose",
    "medical",
    "moderate",
    any(
      "(?:corazon|pulso) a mil[^.!?\\n]{0,60}?(?:desde|todavia|aun|sigue|no (?:se calma|baja)|horas)|(?:corazon|pulso) (?:loco|desbocado|a mil todavia)",
      "(?:me late|late|pulso|pulsaciones|no baja de|esta en|marca) (?:como |a |de |en )?(?:1[3-9]\\d|2\\d\\d)\\b",
      "(?:sigo|todavia|aun|ya son \\d+ horas y)[^.!?\\n]{0,20}?(?:oyendo|escuchando|viendo|veo|oigo|escucho) (?:voces|gente|personas|cosas|sombras|figuras|bichos|insectos)(?! (?:bonitas|buenas|lindas|positivas|de la serie))",
      "(?:viendo|veo|vi) (?:gente|personas|cosas|sombras|figuras|bichos) (?:q|que) no (?:esta|estan|existe|existen|hay)",
      "(?:veo|viendo|vi) (?:las paredes|el piso|el techo|los muebles) moverse",
      "no (?:me )?(?:reconocia|reconoce|reconozco|reconoci)(?: a (?:mi|su|nadie|mis)|(?= *(?:$|[.!?,;])))",
      "no se (?:en )?(?:q|que) dia (?:es|estamos)|(?:le )?(?:pregunte|pregunto|pregunta|repito|repite|repetia) lo mismo (?:(?:como )?(?:\\d+|varias|muchas|mil) veces|una y otra vez)",
      "(?:un dia|dos dias|\\d+ dias|mas de \\d+|\\d+ horas|todo el dia|desde ayer)[^.!?\\n]{0,40}?(?:sigo|todavia|aun) (?:sintiendome|me siento|siento|estoy) (?:desconectad[oa]|fuera de mi|irreal|como en una pantalla|como si no fuera real)",
      "(?:elefante|piedra|ladrillo|yunque|peso enorme) (?:en|sobre|encima)(?: de| del)? (?:el |mi )?pecho|el pecho me pesa|pecho apretado|(?:el )?brazo izquierdo me (?:hormiguea|duele|adormece)",
      "me (?:senti|siento|quede) sin aire(?! (?:de la risa|de tanto reir|despues de correr))",
      "(?:orino|orinar|hago pis|voy al bano)(?: \\w+){0,3}? (?:cada (?:\\d+|quince|diez|cinco|veinte|media) (?:minutos|hora)|como (?:\\d+|diez|quince|veinte) veces)|orino (?:gotitas|gotas|poquito)|(?:la )?orina (?:salio|sale|esta) (?:rosada|roja|con sangre|oscura)|me arde (?:como fuego|mucho)|vejiga llena",
      "(?:dolor|me duele)[^.!?\\n]{0,40}?(?:vejiga|parte (?:de abajo|baja) de la panza|bajo vientre|parte baja del abdomen)",
      "presion[^.!?\\n]{0,25}?\\b(?:1[6-9]\\d|2\\d\\d) ?/ ?\\d{2,3}|(?:corazon|pulso) (?:me )?(?:salta|brinca|da brincos)|diera brincos|veo (?:como )?(?:lucecitas|luces|destellos)",
      "no (?:siento|sentia) las piernas|no (?:puedo|podia) (?:pararme|levantarme|caminar)(?! (?:temprano|de la cama por flojera))",
    ),
    {
      refine: DOSED,
      gate: /corazon|pulso|late|pulsaciones|baja de|esta en|marca|voces|gente|personas|cosas|sombras|figuras|bichos|insectos|paredes|piso|techo|muebles|reconoc|reconoz|dia es|dia estamos|lo mismo|desconectad|fuera de mi|irreal|pantalla|fuera real|pecho|brazo|sin aire|piernas|pararme|levantarme|caminar|orin|pis|bano|vejiga|panza|vientre|abdomen|presion|brinc|luces|lucecitas|destellos|arde/,
      unless:
        /jaja|😂|de la emocion|concierto|corr(?:i|er|iendo)|ejercicio|gym|gimnasio|bici|entren|me dijo (?:q|que) (?:es|era) normal|(?:puede|suele) pasar|ya estoy (?:bien|mejor)|se me (?:paso|esta pasando)|a los \d+ minutos ya|serie|pelicula|novela|suenos?|(?:es|era) (?:comun|normal|esperado)|me (?:la|lo) controlaron|durante la (?:infusion|sesion)/,
    },
  ),
];
