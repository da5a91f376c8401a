import { any, type Rule, rule } from "../rules.ts";

// Spanish round-7 phenomena (issue 15, issue 19 item 5), shapes and not lines: means in hand
// or in the bath with intent now, lethality questions ("cuánto tarda en morir", "no sobrevive
// la caída"), means saved "por si acaso", giving things away, a date not to be reached, plain
// passive wishes, misuse in plain words, harm-to-others how-tos, medical signs after a dose.

const MEDIO = "(?:cuchillo|navaja|cuchilla|pistola|arma|cuerda|soga|pastillas)";
const KETA = "(?:keta|ketamin[ae]|la k|spray)";

export const SPANISH_PLAIN_MORE_RULES: Rule[] = [
  rule(
    "es.suicide.imminent.means_in_hand",
    "suicide",
    "imminent",
    any(
      `${MEDIO}(?: ya)? (?:lo |la |las )?(?:tengo )?(?:en la mano|en la mesa|en la mochila|aqui conmigo)`,
      `(?:sentada|sentado|metida|metido|acostada|acostado) en la (?:tina|banera)(?: \\w+){0,6}? ${MEDIO}`,
      "estoy en (?:el|la) (?:puente|azotea|techo|vias|orilla)(?:[^.!?]{0,60})?(?:se ve (?:muy )?lejos|voy a saltar|quiero saltar|para (?:q|que) alguien sepa)",
      "(?:tanque|llave) (?:de|del) gas abiert[oa](?:[^.!?]{0,60})?(?:ventanas cerradas|mareando)",
      "voy camino al? (?:\\w+ ){0,2}(?:con|y) (?:la cuerda|la soga|las pastillas|el arma)|tengo (?:la cuerda|la soga)(?: \\w+){0,4}? voy camino",
    ),
    {
      gate: /mano|mesa|mochila|conmigo|tina|banera|puente|azotea|techo|vias|orilla|gas|camino/,
      // "el chef tiene el cuchillo en la mano": a kitchen, someone else's hands.
      unless: /chef|cebolla|verdura|carne|picando|cortando|el \w+ tiene|ella tiene|el tiene/,
    },
  ),
  rule(
    "es.self_harm.imminent.bath_blade",
    "self_harm",
    "imminent",
    any(
      "(?:sentada|sentado|metida|metido) en la (?:tina|banera)(?: \\w+){0,6}? (?:navaja|cuchilla|cuchillo)",
      "(?:cuchillo|navaja|cuchilla)(?: ya)? (?:lo |la )?tengo en la mano",
    ),
    { gate: /tina|banera|mano/ },
  ),
  rule(
    "es.suicide.method.lethality_question",
    "suicide",
    "high",
    any(
      "(?:cuanto|cuanto tiempo) (?:tarda|tardaria|se tarda) (?:en morir|alguien en morir|uno en morir)",
      "tarda(?:ria)? en morir(?:se)? (?:alguien|uno)",
      "(?:no )?sobrevive(?:s|n)? (?:la|a la) caida",
      "(?:muero|me muero|moriria|me moriria|me mata) (?:seguro|rapido|al instante|de una)",
      "(?:que|q|cual|cuanta) (?:dosis|cantidad)(?: \\w+){0,5}? (?:para (?:q|que) me (?:de un paro|muera|mate)|es mortal|es letal|mata)",
      "(?:dosis|cantidad) (?:letal|mortal)",
      "nadie me encuentre a tiempo|(?:q|que) esta vez (?:si )?funcione",
      "(?:se veria|pareceria|parezca|parecera) (?:como )?(?:un )?accidente",
      "quiero (?:q|que) sea la ultima vez (?:q|que) (?:siento|sienta)",
      "(?:a ver si|para ver si) me muero",
    ),
    {
      gate: /tarda|sobreviv|muero|moriria|mata|dosis|cantidad|tiempo|funcione|accidente|ultima vez/,
    },
  ),
  rule(
    "es.suicide.means.saved",
    "suicide",
    "high",
    any(
      "(?:pastillas|fentanilos?|parches|pildoras|medicamentos|tramadol|oxicodona|clonazepam|frascos|jeringas)(?: \\w+){0,10}? (?:guardando|juntando|acumulando)",
      "(?:pastillas|fentanilos?|parches|pildoras|medicamentos|frascos)(?:\\W+\\w+){0,10}?\\W+por si acaso",
      "(?:regale|regalando|regalo|di|he regalado)(?: \\w+){0,6}?\\W+no (?:las|los|la|lo) voy a (?:necesitar|ocupar)",
      "no (?:pienso|voy a|creo) llegar a (?:el|ella|mi cumple|mi cumpleanos|navidad|fin de ano|ano nuevo|la fecha|diciembre|enero)",
      "(?:ya )?no voy a estar (?:para|en) (?:la sesion|la proxima|navidad|mi cumple)|ya no voy a estar por aqui",
      "pastillas contadas|(?:ya )?(?:escogi|elegi) el dia(?:\\W+\\w+){0,12}?\\W+tengo con (?:q|que)",
      "despedida(?:\\W+\\w+){0,12}?\\W+(?:me toca descansar|ya no estare)",
      "(?:el arma|la pistola)(?: de \\w+ \\w+)? cargada",
      "(?:tuve|puse|me puse|tenia) (?:la pistola|el arma|el cuchillo|la navaja) en (?:la boca|la cabeza|el cuello|la sien)",
      "(?:hacer|practique|practicar|aprendi a hacer)(?: \\w+){0,3}? (?:un )?nudo (?:corredizo|de horca)|nudo (?:corredizo|de horca)(?:\\W+\\w+){0,4}?\\W+(?:lo )?practique",
      "(?:quiero|voy a) (?:tomarmelas|tomarmelos|tragarmelas|tragarmelos) todas?",
      "(?:todo junto|todas juntas|todos juntos|todo de una) para no despertar|para no despertar (?:nunca|jamas|mas)",
      "tengo (?:el lugar|el dia|la fecha)(?: \\w+){0,3}? y (?:tengo )?con (?:q|que)(?=\\s*(?:[.!,;]|$))|tengo con (?:q|que) hacerlo",
    ),
  ),
  rule(
    "es.suicide.passive.plain_wish",
    "suicide",
    "low",
    any(
      "desearia (?:q|que) (?:un carro|un camion|un coche|un bus|algo|alguien) me (?:atropellara|matara|atropelle)",
      "decepcion de seguir (?:aqui|viva|vivo)",
      "no me importaria (?:q|que) (?:el avion|el carro|el bus|el coche) se (?:cayera|estrellara|chocara)",
      "pensando (?:mucho )?en mi (?:propio )?funeral",
      "no le veo salida a nada",
      "me estoy desapareciendo",
    ),
  ),
  rule(
    "es.suicide.plain.no_quiero_seguir",
    "suicide",
    "moderate",
    any(
      "(?:ya )?no quiero seguir (?:viva|vivo|viviendo|en este mundo)",
      "dejar de tomar (?:\\w+ ){0,5}a proposito|(?:q|que) el cuerpo decida",
    ),
  ),
  rule(
    "es.misuse.plain_words",
    "misuse",
    "moderate",
    any(
      `${KETA}(?: \\w+){0,2}? (?:q|que) me (?:sobro|quedo|robe)`,
      "me robe(?: \\w+){0,4}? (?:keta|ketamin[ae]|frasco|vial)",
      "se me antoja (?:mucho )?(?:repetir|otra dosis|mas)",
      "(?:consigo|conseguir|consegui|comprar|compre|pedi|pido)(?: mas)? (?:keta|ketamin[ae])(?! con (?:la )?receta)",
      "(?:keta|ketamin[ae])(?: \\w+){0,3}? (?:deep web|dark web|internet|la india)",
      "(?:segunda|tercera|otra) dosis del dia|dosis de emergencia|como cinco veces|repetir la dosis",
      "(?:keta|ketamin[ae]) con (?:alcohol|cervezas|whisky|tramadol)|me puse la keta",
      "pa(?:ra)? (?:q|que) (?:me )?(?:haga|pegue) mas (?:efecto|fuerte)",
    ),
    {
      gate: /keta|ketamin[ae]|antoja|dosis|veces|robe|spray/,
      unless: /con (?:la |mi |su )?receta|recetad/,
    },
  ),
  rule(
    "es.abuse.plain.secret",
    "abuse",
    "moderate",
    any(
      "si le cuento a (?:alguien|nadie|mi \\w+) lo (?:q|que) me (?:hace|hizo|hacia)",
      "(?:tio|padrastro|abuelo|primo|vecino|maestro|profe|entrenador) me (?:tocaba|toco|manoseaba|manoseo)",
      "(?:padrastro|tio|profe|maestro|entrenador|vecino)(?: \\w+){0,6}? le (?:pide|pidio|pedia) fotos",
    ),
  ),
  rule(
    "es.self_harm.plain.hair",
    "self_harm",
    "moderate",
    "me arranco (?:el pelo|el cabello|la piel|las pestanas)",
  ),
  rule(
    "es.harm_to_others.plain.howto",
    "harm_to_others",
    "high",
    any(
      "bomba casera|(?:hacer|armar) una bomba",
      "veneno(?:\\W+\\w+){0,8}?\\W+(?:se lo voy a|le voy a|voy a) (?:echar|poner|dar)",
      "(?:le pongo|ponerle|echarle|le echo) algo en (?:la|su) (?:bebida|comida|cafe|agua)",
      "(?:pistola|arma) sin permiso",
      "(?:ganas de|quiero|voy a) (?:apunalar|acuchillar) a (?:mi|su|el|la) \\w+",
    ),
  ),
  rule(
    "es.harm_to_others.plain.fantasy",
    "harm_to_others",
    "moderate",
    any(
      "(?:romperle|partirle|reventarle) la (?:cara|cabeza|madre)(?: \\w+){0,3}? con (?:un|una) (?:bate|tubo|palo|piedra|fierro|martillo)",
      "(?:ponerle|ponerte|le pongo) la almohada en la cara",
    ),
    { hyperbole: true },
  ),
  rule(
    "es.medical.plain.after_dose",
    "medical",
    "moderate",
    any(
      "(?:corazon|pulso)(?: \\w+){0,4}? (?:como )?a (?:1[3-9]\\d|2\\d\\d)",
      "(?:el )?corazon (?:no se calma|no baja|late rapidisimo|empezo a latir)",
      "(?:me falta|me faltaba|sigo sin|no me entra)(?: \\w+){0,2}? aire(?:\\W+\\w+){0,8}?\\W+sigo igual",
      "(?:ya van|llevo) \\d+ horas(?:\\W+\\w+){0,4}?\\W+(?:todavia|aun) (?:la |lo |los |las )?(?:veo|escucho|oigo)",
      "vi a (?:\\w+ ){1,3}(?:muerta|muerto)(?: \\w+){0,3}? parad[oa]",
      "no se (?:bien )?ni (?:q|que) dia es|presion (?:muy )?(?:fuerte )?en el pecho|orinando cada (?:media hora|hora|rato)",
    ),
  ),
];
