// Spanish risk from the round-16 sets (es round-15, intencion-6), by phenomenon: at the edge
// now (legs over a balcony, on the tracks waiting, "me voy a tirar al mar" from the pier), a
// time set for when the house is empty, a gun at home thought of, a place chosen, pills hoarded
// "ya sé para qué son", a lethal count asked, a bottle and every pill swallowed; misuse (drinks
// around the dose, street drugs, another's pills, leftovers, a bag of ket, a dose moved, a dose
// forced); abuse (meds withheld or rationed for a signature, money demanded with anger, a
// partner hitting now, fear of his temper, a carer who leaves one alone or without food);
// medical (vomiting that will not stop, fainting, the dead seen days after a session, a headache
// since the session); harm to others (an urge confessed with "ganas no me faltan", a pictured
// blow, a thrown plate, petrol round a car, a shot or a knife for a named person, revenge on
// a child's killer); self-harm (scars picked open, an urge to bang one's head).
import { any, type Rule, rule } from "../rules.ts";
import { BOOZE, MEDS, OPTS, Q, WEAPON } from "./round-13-words.ts";
import { esRule, JOKE_ES } from "./words.ts";

const LONG_AGO =
  /hace (?:\w+ ){0,2}(?:anos|decadas|mucho)|\ben (?:19|20)\d\d\b|cuando (?:era|tenia) /;
const DOSE = "(?:troches?|trociscos?|dosis|ketamina|keta|ket|infusion|sesion|pastilla)";
const STREET =
  "(?:piedra|crack|perico|coca|cocaina|molly|tusi|tussi|cristal|meth|heroina|pepas|fentanilo|lsd|hongos|popper|mdma|ketamina de la calle)";
const KIN =
  "(?:mi (?:esposo|esposa|pareja|novio|novia|marido|mujer|papa|mama|padre|madre|hijo|hija|ex|padrastro|madrastra|suegr[oa]|herman[oa]|cuidador[a]?|yerno|nuera))";

export const SPANISH_ROUND_16_MORE_RULES: Rule[] = [
  esRule(
    "es.suicide.r16.at_edge_now",
    "suicide",
    "imminent",
    any(
      `(?:estoy|ando|sigo) (?:sentad[oa] |parad[oa] )?(?:en|sobre) (?:el|la) (?:balcon|azotea|cornisa|barandal|orilla|borde|techo)[^.!?\\n]{0,40}(?:piernas|pies) (?:del lado de afuera|hacia afuera|colgando|afuera)`,
      `(?:estoy|ando) (?:en|sobre) (?:la carrilera|las vias|la via del tren|los rieles|la linea del tren)[^.!?\\n]{0,20}(?:esperando|a que pase) (?:el|al) (?:tren|metro)`,
      `(?:hoy|esta noche|manana|ahorita) lo hago,? cuando (?:se (?:duerman|duerma|vayan|vaya)|salga|salgan|no haya nadie|me quede sol[oa]|todos duerman)`,
      `(?:hoy|esta noche|manana) (?:a las \\w+ )?cuando (?:salga|se vaya|se duerma|se duerman) (?:mi|mis|el|la|todos)(?: \\w+)?[.,] ya (?:esta|tengo) todo (?:decidido|listo)`,
      `(?:solo |nomas )?(?:estoy|ando) esperando (?:a )?(?:${Q} )?(?:mi familia|mi esposa|mi esposo|todos|mis papas|mi mama|mi pareja|mis hijos) se (?:vaya|vayan)`,
    ),
    {
      ...OPTS,
      requires:
        /piernas|pies|tren|metro|lo hago|todo (?:decidido|listo)|(?:compre|consegui|tengo) (?:todo )?lo que necesito/,
      unless: /jaja|xd|😂|fotos?|selfie|la vista|para subir|se retraso|anden/,
    },
  ),
  esRule(
    "es.suicide.r16.jump_into",
    "suicide",
    "imminent",
    `(?:me voy a|voy a) (?:tirar|aventar|lanzar) (?:al|a la|a las) (?:mar|rio|vias|via|carrilera|metro|barranco|precipicio|presa)`,
    {
      ...OPTS,
      requires: /ya estoy en|estoy en (?:el|la) |esta noche|adios|perdon|no aguanto/,
      unless: /nadar|bucear|surf|clavado|calor|vacaciones|la playa con|piscina|alberca|jaja|xd|😂/,
    },
  ),
  esRule(
    "es.suicide.r16.means_at_home",
    "suicide",
    "high",
    any(
      `(?:tengo|hay) (?:guardad[oa] |escondid[oa] )?(?:la|el|una|un) (?:escopeta|pistola|arma|revolver|rifle)(?: de mi \\w+| del \\w+)?[^.!?\\n]{0,40}(?:pienso en (?:ella|el|eso|usarla)|ya se donde (?:guarda|estan|tiene|esconde) (?:las balas|los tiros|la municion|los cartuchos))`,
      `ya (?:tengo|escogi|elegi|encontre) el (?:lugar|sitio)[^.!?\\n]{0,60}(?:no se nadar|nadie me (?:va a|podra) encontrar)`,
      `(?:cuantas|cuantos) (?:serian|seria|harian falta|se necesitan|necesitaria)`,
    ),
    {
      ...OPTS,
      requires:
        /pienso|balas|tiros|municion|cartuchos|no se nadar|encontrar|corazon se (?:para|pare|detiene|detenga)|se muere|morir|no despert|letal|mortal/,
      unless:
        /caza|cazar|tiro al blanco|club de tiro|ladron|seguridad|mi perro|el gato|por error|jaja|xd|😂/,
    },
  ),
  esRule(
    "es.suicide.r16.swallowed_all",
    "suicide",
    "imminent",
    `(?:me tome|me trague|me acabo de tomar|me meti)(?: [^.!?\\n]{0,40} y)? (?:todas|toda la caja de|todo el frasco de) (?:las |mis )?(?:de la (?:presion|tiroides|diabetes|azucar|ansiedad|depresion)|del (?:dolor|corazon|azucar)|pastillas|${MEDS})(?! de hoy| del dia| a tiempo| como me dijeron)`,
    {
      ...OPTS,
      requires:
        /botella|ya me siento|hace (?:como )?(?:media hora|\w+ minutos)|perdon|adios|alguien supiera|no le digan/,
      unless: /vitaminas|por error|sin querer|placebo/,
    },
  ),
  esRule(
    "es.suicide.r16.hoarded",
    "suicide",
    "high",
    `tengo (?:\\d+|\\w+) (?:${MEDS}) (?:guardad|escondid)\\w*[^!?\\n]{0,50}(?:ya se (?:pa|para) (?:que|q) (?:son|las quiero|las tengo)|pa(?:ra)? cuando (?:me decida|lo haga|sea el momento))`,
    OPTS,
  ),
  // --- Misuse ---
  esRule(
    "es.misuse.r16.hoarded",
    "misuse",
    "high",
    `tengo (?:\\d+|\\w+) (?:${MEDS}) (?:guardad|escondid)\\w*[^!?\\n]{0,50}(?:ya se (?:pa|para) (?:que|q) (?:son|las quiero|las tengo)|pa(?:ra)? cuando (?:me decida|lo haga|sea el momento))|(?:me tome|me trague|me acabe|me acabo de tomar) (?:todas|el resto de) (?:las |mis )?(?:troches|trociscos|dosis)(?: ${Q} me (?:quedaban|sobraban))?`,
    OPTS,
  ),
  esRule(
    "es.misuse.r16.drink_with_dose",
    "misuse",
    "moderate",
    any(
      `(?:me tome|tome|me eche|me bebi|me meti) (?:unos |un par de |unas |dos |tres |una |un )?(?:traguitos?|copitas?|cervecitas?|guaro|aguardiente|${BOOZE})(?: de \\w+)?[^.!?\\n]{0,20} (?:y )?(?:despues|luego|antes de) (?:la|mi|tomar la|tomarme la) ${DOSE}`,
      `(?:despues|luego) de (?:la|mi) ${DOSE}[^.!?\\n]{0,20}(?:me tome|tome|me eche|me bebi) (?:unos |un par de |unas |dos |tres |una |un )?(?:traguitos?|copitas?|cervecitas?|guaro|aguardiente|${BOOZE})`,
    ),
    {
      ...OPTS,
      unless: /(?:dijo|dicen|dice|me dijeron) (?:q|que) no|se puede|puedo tomar|esta bien si/,
    },
  ),
  esRule(
    "es.misuse.r16.street_drug",
    "misuse",
    "moderate",
    any(
      `(?:fumando|fume|fumo|me fume|metiendo|me meti|me meto|inhale|esnife|jale|aspire|consumiendo|consumi|me puse con|tomando|me tome) (?:(?:un par de|unas|dos|tres|unos|mucha|mucho|algo de|un poco de) )?(?:rayas? (?:de )?)?${STREET}`,
      `(?:un par de |unas |dos |tres )?rayas? (?:de )?(?:perico|coca|cocaina|ket|keta|ketamina|tusi)`,
      `(?:tomando|tomo|me tomo|me tome|me estoy tomando|uso|usando) (?:\\w+ ){0,2}?(?:xanax|clonazepam|rivotril|alprazolam|diazepam|valium|lorazepam|ativan|tramadol|oxicodona|pastillas(?: pa| para)? dormir) (?:de|que me (?:da|pasa|regala)) (?:mi |la |el )?(?:tia|tio|mama|papa|abuel[oa]|amig[oa]|herman[oa]|vecin[oa]|prim[oa]|suegr[oa]|novi[oa]|esposa|esposo|pareja|roomie|roommate|companer[oa])`,
      `(?:me tomo|me tome|tomo) (?:media|una|otra|un poco|la mitad) (?:de las|de los) (?:${Q} )?(?:me )?(?:sobran|sobraron|quedan de mas|dieron de mas)`,
      `(?:toda la|la) bolsa de (?:ket|keta|ketamina)|(?:ket|keta|ketamina) (?:${Q} )?(?:compre|compro|consegui|consiguio) (?:por fuera|en la calle|a un dealer|por mi cuenta|por internet)`,
      `(?:se me olvido|olvide|me salte) (?:la|mi) (?:troche|dosis)(?: del? \\w+)? y (?:me la tome|la tome) (?:el|al dia siguiente|otro dia|doble)`,
      `(?:me obliga|me obligan|me hace|me fuerza) a tomar(?:me)? (?:la|las|mi|mis) (?:troches?|dosis|ketamina|medicinas?)`,
    ),
    {
      ...OPTS,
      unless: new RegExp(
        `${JOKE_ES.source}|${LONG_AGO.source}|(?:mi|su) (?:amig[oa]|herman[oa]|prim[oa]|hij[oa]|novi[oa]|esposo|esposa|pareja) (?:dice|toma|fuma|anda|esta|sigue)`,
      ),
    },
  ),
  // --- Abuse ---
  esRule(
    "es.abuse.r16.control",
    "abuse",
    "moderate",
    any(
      `(?:me esconde|me quita|me retiene|me raciona|me niega) (?:las|mis|la|mi) (?:troches?|medicinas?|medicamentos?|pastillas|dosis)`,
      `(?:no me deja) (?:tomar|comer|salir|usar|ver)[^.!?\\n]{0,30}(?:si no|hasta que|sin su permiso)`,
      `(?:el|ella) controla (?:las|mis) (?:medicinas|pastillas|troches|cuentas|tarjetas|dinero)`,
      `(?:me pide|me quita|me saca|me exige) (?:la |mi )?(?:plata|dinero|pension|lana|feria|guita)[^.!?\\n]{0,50}(?:se pone (?:bravo|brava|agresiv\\w+|violent\\w+|como loc\\w+)|me grita|me amenaza)`,
      `(?:me dice|dice) (?:${Q} )?ojala me muera (?:pa|para) quedarse con`,
      `${KIN} me (?:esta|estan) (?:pegando|golpeando|ahorcando|pateando)`,
      `(?:se enoja|se pone) (?:mucho |muy )?[^.!?\\n]{0,40}me da miedo (?:como se pone|lo que (?:me )?(?:pueda|vaya a) hacer)`,
      `(?<=me )da miedo (?:como se pone|cuando se enoja|cuando llega (?:borracho|tomado|enojado))`,
      `(?:mi cuidador|mi cuidadora)[^.!?\\n]{0,20} me deja (?:sol[oa]|encerrad[oa]|sin comer)`,
    ),
    OPTS,
  ),
  // --- Medical ---
  esRule(
    "es.medical.r16.after_dose",
    "medical",
    "moderate",
    any(
      `(?:no (?:paro|para|ha parado|he parado|deja|dejo) de|llevo|lleva|sigo|sigue) (?:\\w+ ){0,3}?(?:vomitar|vomitando|devolver|devolviendo|trasbocar)`,
      `(?:no (?:retiene|retengo)|no puedo ni tomar) (?:ni )?(?:el )?agua`,
      `(?:me sigue|sigue) doliendo la cabeza[^.!?\\n]{0,20}desde (?:ayer|la sesion|la infusion|anoche)`,
    ),
    { ...OPTS, requires: /sesion|infusion|troche|ketamina|dosis|tratamiento/ },
  ),
  esRule(
    "es.medical.r16.fainted",
    "medical",
    "high",
    any(
      `(?:se desmayo|me desmaye|perdi el conocimiento|perdio el conocimiento)`,
      `lo siguiente ${Q} recuerdo es (?:estar|que estaba) en el (?:piso|suelo)|me desperte en el (?:piso|suelo)`,
      `(?:vi|veo) (?:a )?(?:mi|la|el) (?:\\w+ ){0,2}?(?:muert[oa]|difunt[oa]|fallecid[oa])[^.!?\\n]{0,60}(?:sesion|infusion|troche|dosis) (?:fue )?hace (?:\\d+|dos|tres|cuatro|cinco|seis|varios) dias`,
    ),
    { ...OPTS, requires: /sesion|infusion|troche|ketamina|dosis|ket\b/, unless: LONG_AGO },
  ),
  // --- Harm to others ---
  esRule(
    "es.harm.r16.urge",
    "harm_to_others",
    "low",
    any(
      `(?:me imagino|imaginandome|fantaseo con|fantasias (?:\\w+ ){0,2}de) (?:\\w+ ){0,2}?(?:tirandole|pegandole|golpeandole|ahorcandol\\w+|hacerle lo mismo|entrar a su casa|darle|romperle|matandol\\w+)`,
      `(?:quisiera|me dan ganas de|tengo ganas de) (?:darle|meterle|pegarle|romperle|partirle|soltarle) (?:una cachetada|un golpe|una bofetada|un punetazo|una patada|la cara|la boca|un madrazo|un putazo|un trancazo|un chingadazo)`,
      `ganas no me faltan|no me faltan ganas`,
      `(?:le tire|le avente|le lance|le arroje) (?:el|la|un|una) (?:plato|vaso|taza|control|celular|zapato|silla|botella)[^.!?\\n]{0,40}(?:queria darle|queria pegarle|no le di)`,
    ),
    {
      negatable: false,
      requires: /le |darle|pegarle|romperle|hacerle|al (?:jefe|vecino)|a (?:mi|su|ella|el)\b/,
    },
  ),
  esRule(
    "es.harm.r16.weapon_for",
    "harm_to_others",
    "high",
    any(
      `le (?:meto|doy|voy a meter|voy a pegar|suelto) (?:un tiro|un balazo|un plomazo|una bala|unos tiros|plomo|una punalada|un navajazo|un machetazo)`,
      `(?:el|la) ${Q} (?:mato|abuso de|violo a|lastimo a|atropello a) (?:a )?mi \\w+`,
      `(?:eche|le eche|rocie) (?:gasolina|thinner|alcohol) (?:alrededor|por toda)|solo falta (?:el cerillo|el fosforo|el encendedor|prenderle)`,
    ),
    {
      negatable: false,
      requires: new RegExp(
        `${WEAPON}|rifle|tiro|balazo|tengo con (?:q|que)|se donde|gasolina|dormid|audiencia|juicio`,
      ),
      unless:
        /jaja|xd|😂|pelicula|serie|novela|juego|arco|a puerta|gol|porteria|balon|penal|cancha|partido/,
    },
  ),
  // "no sale del salón": the "no" is the threat, so plain rule() (esRule's guard reads negation).
  rule(
    "es.harm.r16.wont_leave",
    "harm_to_others",
    "high",
    `(?<=no )(?:sale|va a salir|llega|va a llegar) (?:vivo|viva|del salon|de la audiencia|al juicio|a la audiencia|a manana)`,
    {
      negatable: false,
      requires: new RegExp(`${WEAPON}|rifle|tiro|balazo|tengo con (?:q|que)|gasolina`),
      unless: /jaja|xd|😂|pelicula|serie|novela|juego|trafico|retraso|lluvia|examen|tarea/,
    },
  ),
  // --- Self-harm ---
  esRule(
    "es.self_harm.r16.picked_urge",
    "self_harm",
    "moderate",
    any(
      `(?:me rasco|me arranco|me abro|me rasque|me abri) (?:las )?(?:cicatrices|costras|heridas) hasta (?:abrirlas|sangrar|que sangr\\w+)`,
      `ganas de (?:darme|pegarme|golpearme) (?:con la cabeza |la cabeza )?contra (?:la pared|el piso|el suelo|la puerta)`,
    ),
    OPTS,
  ),
];
