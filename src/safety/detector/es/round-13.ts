// Spanish suicide risk from the round-13 sets (es round-12, intencion-3), by phenomenon: being at the
// edge (a bridge, a roof, the platform, in the water) with a goodbye; a car running in a shut
// garage; the pills taken now; a stockpile with a day; a day named with a way of going; covert
// goodbyes; the means in hand; height and lethality questions with a coy disclaimer; passive
// wishes (an accident, sleeping like a pet is put down, joining the dead); self-harm acts done
// to feel or to punish, and self-harm wished to be the last; abuse by strangling, weapons,
// locking in, hitting, money and phone control, stalking, a carer's neglect; harm to others by
// poison, an ambush planned, a weapon on the way; doses beyond the plan, mixed, off schedule or
// from outside the program; bladder, heart, vision, seizures and memory after a dose.
import { any, type Rule } from "../rules.ts";
import { DAY, END, LEAP, MEDS, OPTS, Q } from "./round-13-words.ts";
import { esRule } from "./words.ts";

export const SPANISH_ROUND_13_RULES: Rule[] = [
  // --- Suicide, now ---
  esRule(
    "es.suicide.r13.at_edge_now",
    "suicide",
    "imminent",
    any(
      // At a high place, a track or in the water, with a goodbye or a step taken.
      `(?:ya )?(?:estoy|ando|me subi|ya subi|subi|me sente|me pare|llegue) (?:en|a|al|sobre|arriba de|arriba del|encima de|encima del|dentro del|en la orilla de|en la orilla del|en el borde de|en el borde del) (?:el |la |las |los )?(?:puente|azotea|techo|barandal|cornisa|orilla|borde|anden|vias|agua|rio|mar|presa|acantilado|mirador|viaducto)(?: de(?:l| la)? [\\w-]+)?[^!?\\n]{0,80}(?:no me (?:llamen|busquen|intenten parar|detengan|sigan)|adios|perdon a todos|diganle a|los quiero|ya me voy a (?:aventar|tirar|lanzar)|me voy a (?:aventar|tirar|lanzar)|ya me subi|no se ${Q} estoy esperando|esperando el proximo)`,
      `(?:ya )?estoy dentro del (?:agua|rio|mar|lago)[^!?\\n]{0,40}(?:no me (?:llamen|busquen)|adios|hace frio)`,
      `(?:ventana|balcon) del? (?:\\w+ )?piso[^.!?\\n]{0,40}me (?:sente|subi|pare) en (?:la orilla|el borde|el barandal|la cornisa)`,
      // On the way to the place, telling nobody to look.
      `(?:ya )?(?:voy|ando|estoy) (?:en camino|rumbo|camino) (?:al|a la|a las|hacia el|hacia la) (?:puente|azotea|vias|presa|acantilado|mirador|rio|mar|viaducto)[^!?\\n]{0,30}(?:no me (?:llamen|busquen|intenten parar|detengan|sigan)|adios|perdon)`,
    ),
    {
      ...OPTS,
      // An outing, a photo, a view or a trip is not this.
      unless:
        /jaja|jeje|xd|😂|😍|🥰|amig[oa]s|familia|novi[oa]|fotos?|selfie|vista|atardecer|paseo|turista|tour|viaje|vacaciones|nueva york|pescando|nadando|surf|playa|tendiendo|antena/,
    },
  ),
  esRule(
    "es.suicide.r13.car_exhaust",
    "suicide",
    "imminent",
    any(
      "(?:el |mi )?(?:carro|coche|auto|motor|camioneta) (?:prendido|encendido|en marcha|andando)[^.!?\\n]{0,30}(?:en el|dentro del) garaje[^.!?\\n]{0,40}(?:puerta|cortina|porton) (?:cerrad[oa]|abajo)",
      "(?:en el|dentro del) garaje[^.!?\\n]{0,30}(?:puerta|cortina|porton) (?:cerrad[oa]|abajo)[^.!?\\n]{0,30}(?:carro|coche|auto|motor) (?:prendido|encendido|en marcha)",
    ),
    OPTS,
  ),
  esRule(
    "es.suicide.r13.overdose_taken",
    "suicide",
    "imminent",
    any(
      // All of them, a large count, or the rest of the pills, swallowed.
      `(?:ya )?me (?:tome|trague|meti) (?:de golpe |de una vez )?tod[oa]s? (?:el|la|los|las|mis) (?:frasco|blister|caja|bote|${MEDS})(?: de \\w+)?`,
      `(?:ya )?me (?:tome|trague) (?:las|los|como|unas|unos) (?:\\d{2,}|veinte|treinta|cuarenta|cincuenta|sesenta|cien) (?:${MEDS})`,
      `(?:ya )?me (?:tome|trague) (?:las|los) ${Q} (?:me )?(?:quedaban|tenia guardad[oa]s)`,
    ),
    { ...OPTS, unless: /jaja|jeje|xd|😂|vitaminas|gomitas|dulces|chicles|galletas/ },
  ),
  esRule(
    "es.suicide.r13.overdose_past",
    "suicide",
    "high",
    `me (?:tome|trague) (?:un|una) (?:frasco|caja|bote|blister|puno|punado) (?:entero |entera )?de (?:${MEDS})`,
    {
      ...OPTS,
      // Long ago and over is history (the past-time modifier reads English).
      requires:
        /^(?![\s\S]*(?:hace (?:mucho|\w+ anos|anos)|en (?:19|20)\d\d|de joven|cuando (?:era|tenia)|desde (?:entonces|aquel dia)))/,
    },
  ),
  esRule(
    "es.suicide.r13.means_in_hand",
    "suicide",
    "imminent",
    any(
      `(?:tengo|traigo|estoy con|agarre|ahorita tengo) (?:el|la|las|los|mi|una|un) (?:pistola|arma|revolver|soga|cuerda|veneno|${MEDS})(?: de (?:mi )?\\w+)? (?:[\\w,]+ ){0,4}?(?:cargad[oa]|abiert[oa]s? en la mano|en la mano|en el cuello|amarrad[oa])`,
      "(?:tengo|ahorita tengo) el frasco abierto",
      `me encerre (?:en el bano|en el cuarto|en mi cuarto|en la recamara) con (?:la|el|una|un|las|mis) (?:pastillas|soga|pistola|cuerda|${MEDS})`,
    ),
    {
      ...OPTS,
      unless:
        /jaja|jeje|xd|😂|cocin|nutella|tortillas|campo de tiro|cazando|sin querer|limpiando|vendiendo/,
    },
  ),
  // A blade in hand or taken behind a locked door: self-harm now; suicide too when the
  // waiting is over or someone is at the door.
  esRule(
    "es.self_harm.r13.blade_now",
    "self_harm",
    "imminent",
    any(
      `(?:tengo|traigo|estoy con|agarre|ahorita tengo) (?:el|la|mi|una|un) (?:navaja|cuchilla|gillette|hoja|rastrillo)(?: de(?:l)? (?:mi )?\\w+)? (?:\\w+ ){0,3}?(?:en la mano|en (?:la|mi) otra mano)`,
      "me encerre (?:en el bano|en el cuarto|en mi cuarto|en la recamara) con (?:la|el|una|un) (?:navaja|cuchillo|cuchilla|gillette|hoja|rastrillo)",
      "(?:escribiendo|escribo) esto con (?:el|la|un|una) (?:cuchillo|navaja|cuchilla) en (?:la|mi) (?:otra )?mano",
    ),
    {
      ...OPTS,
      unless:
        /jaja|jeje|xd|😂|cocin|picando|cebolla|carne|verdura|pelando|fruta|pan\b|sin querer|afeitar|rasurar/,
    },
  ),
  esRule(
    "es.suicide.r13.blade_now",
    "suicide",
    "imminent",
    any(
      "me encerre (?:en el bano|en el cuarto|en mi cuarto|en la recamara) con (?:la|el|una|un) (?:navaja|cuchillo|cuchilla|gillette|hoja)",
      "(?:escribiendo|escribo) esto con (?:el|la|un|una) (?:cuchillo|navaja|cuchilla) en (?:la|mi) (?:otra )?mano",
    ),
    {
      ...OPTS,
      requires:
        /ya no espero|tocando la puerta|tocan la puerta|no me busquen|adios|perdon|despedirme/,
    },
  ),
  esRule(
    "es.suicide.r13.means_stored",
    "suicide",
    "high",
    any(
      "(?:ya )?(?:compre|consegui) (?:la|una|el|un) (?:soga|cuerda|pistola|arma|revolver|veneno)[^.!?\\n]{0,20}(?:la|lo) (?:tengo|traigo|guarde|escondi) (?:en|guardad[oa]|escondid[oa])",
    ),
    {
      ...OPTS,
      unless: /ropa|tender|colgar la|tendedero|mudanza|campamento|camping|tiro deportivo/,
    },
  ),

  // --- Suicide, a plan: a stockpile, a day, letters, goodbyes ---
  esRule(
    "es.suicide.r13.stockpile",
    "suicide",
    "high",
    any(
      `(?:tengo|llevo|ya tengo) (?:guardad[oa]s|juntad[oa]s|escondid[oa]s|ahorrad[oa]s) (?:\\w+ ){0,3}?${MEDS}`,
      `${MEDS}(?: de (?:mi )?\\w+(?: \\w+)?)? (?:juntad[oa]s|guardad[oa]s|escondid[oa]s|ahorrad[oa]s|${Q} (?:tengo|tenia) (?:guardad[oa]s|juntad[oa]s|escondid[oa]s))`,
      `(?:guardando|juntando|acumulando|ahorrando) (?:\\w+ ){0,3}?${MEDS}`,
      `(?:en )?(?:varias|diferentes|distintas|dos|tres|cuatro) farmacias (?:\\w+ ){0,4}?(?:compre|consegui)|(?:compre|compradas|comprados|consegui)[^.!?\\n]{0,40}(?:en|de) (?:varias|diferentes|distintas|dos|tres|cuatro|\\d) farmacias`,
    ),
    {
      ...OPTS,
      // Leftovers taken back to be thrown away are not a stockpile.
      unless:
        /jaja|xd|😂|desech|devolver|devuelv|caducad|vencid|llevo a la farmacia|tirarlas|tirarlos/,
      // A stockpile with a day, a decision, enough of them, or hiding it.
      requires: new RegExp(
        `${DAY}|lo hago|me (?:las|los) (?:tomo|trago|voy a tomar|tomare)|ya lo decidi|suficientes|acabar con|no sospech|las cuento|los cuento|de una vez|hacen falta|pa(?:ra)? no despertar|testamento`,
      ),
    },
  ),
  esRule(
    "es.suicide.r13.day_named",
    "suicide",
    "high",
    any(
      // A day and a way of going that needs nothing else.
      `${DAY},? (?:\\w+ ){0,4}?(?:me voy de este mundo|me ${LEAP}|me mato${END}|me quito la vida|se acaba todo(?! (?:para|pa) (?:el|ella|ellos|ti|usted))|ya no voy a estar|me voy a ir${END}|es el dia${END}|lo hago${END}|me voy${END}|se acaba${END})`,
      `(?:tengo todo|ya tengo todo|esta todo) (?:planeado|listo|decidido) (?:pa|para|pal)l? (?:el )?(?:\\d{1,2}|lunes|martes|miercoles|jueves|viernes|sabado|domingo)`,
      `cuando llegue el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo) ya no voy a estar`,
      `${DAY} (?:\\w+ ){0,4}?voy a ir (?:al|a la) (?:lago|rio|mar|puente|mirador|presa|acantilado|vias)`,
      `(?:dejo|voy a dejar) el (?:carro|coche|auto) en (?:el|la) (?:mirador|puente|presa|acantilado|orilla)[^.!?\\n]{0,20}no regreso`,
    ),
    {
      ...OPTS,
      // The weak verbs ("lo hago", "me voy") count beside means, letters or a goodbye.
      requires:
        /cartas?|nota|pastillas|soga|pistola|arma|despedi|ya lo decidi|decidido|todo listo|ya tengo todo|perdon|perdonen|los quiero|no me busquen|gracias por todo|gracias a los que|mirador|puente|vias|guardad|juntad|no es broma|este mundo|letters|ya se donde dejar|me tiro|me aviento|me mato|quito la vida|ya no voy a estar|planeado/,
      unless:
        // A goal in the 93rd minute, a team: football, not a day.
        /jaja|jeje|xd|😂|🤡|me caso|boda|examen|viaje|vacaciones|salgo pa|vuelo|concierto|partido|\bgol\b|golazo|boca|river|mudanza|renuncio|curro|trabajo nuevo/,
    },
  ),
  esRule(
    "es.suicide.r13.night_plan",
    "suicide",
    "imminent",
    any(
      `(?:esta noche|hoy|ahorita) (?:cuando (?:se duerman|todos duerman|se vayan|no haya nadie) )?me voy${END}[^!?\\n]{0,60}(?:ya tengo todo|todo listo|perdonen|perdon)`,
      `(?:me voy a dormir|dormirme) para siempre (?:hoy|esta noche|ahorita)`,
      `(?:ya )?deje la (?:carta|nota)[^!?\\n]{0,80}(?:hoy se acaba|todo listo|ya no hay vuelta atras)`,
    ),
    OPTS,
  ),
  esRule(
    "es.suicide.r13.affairs_settled",
    "suicide",
    "high",
    any(
      // Things settled for after "I'm gone".
      `(?:cuando|para cuando|pa cuando) (?:yo )?(?:ya )?no este${END}`,
      `(?:ya )?no voy a estar${END}(?=[^!?\\n]{0,40}(?:gracias|adios|los quiero|cuiden|perdon))`,
      "(?:le |les )?(?:deje|di|regale)[^.!?\\n]{0,40}(?:cartas|carta) (?:pa|para) (?:mis|mi) (?:hijos|hijas|hermanos|hermanas|papas|padres|mama|papa|familia)",
      "(?:ya )?(?:escribi|le escribi|les escribi|deje) (?:las|una|mis) cartas? (?:pa|para|a) (?:mis|cada uno de mis|mi) (?:hijos|hijas|hermanos|hermanas|papas|padres|familia|abuela|hermanito)",
      "(?:que|q) no (?:la|las|lo) abran antes del? ",
    ),
    {
      ...OPTS,
      unless:
        /jaja|jeje|xd|😂|curro|trabajo|oficina|vacaciones|viaje|boda|en casa|de viaje|trabajando|despedida de/,
    },
  ),
  esRule(
    "es.suicide.r13.farewell",
    "suicide",
    "high",
    any(
      `me (?:despido|estoy despidiendo)[^!?\\n]{0,40}(?:fue un placer conocer|cuiden (?:a|de) mi|no me olviden|perdon a todos|los voy a extranar)`,
      `(?:me despedi|me estoy despidiendo|me despido) (?:de \\w+(?: \\w+)? )?sin ${Q} (?:se )?(?:dieran|den|diera|de) cuenta`,
      `nadie (?:lo )?sabe[^.!?\\n]{0,30}(?:es|sera) mi ultim[oa] (?:semana|dia|noche|mes)`,
      `diganle a (?:mi|mis) \\w+ ${Q} (?:lo|la|los|las) (?:quiero|amo|perdonen|siento)`,
      `gracias (?:a todos )?(?:los|a los) ${Q} me quisieron`,
    ),
    {
      ...OPTS,
      unless:
        /jaja|jeje|xd|😂|me caso|boda|grupo|numero|vacaciones|viaje|hasta el ano|hasta pronto|nos vemos/,
    },
  ),
];
