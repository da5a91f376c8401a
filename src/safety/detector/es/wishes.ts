import type { RiskLevel } from "../../types.ts";
import { any, type Rule } from "../rules.ts";
import { EVERYDAY_CAUSE_ES, esRule, JOKE_ES } from "./words.ts";

// Spanish suicide shapes from es round 9, by phenomenon (issues 15 and 19):
// passive wishes said as sleep, an illness or an accident welcomed; wanting "todo se acabe";
// farewells told as gifts or secrets; method and lethality questions without a suicide word;
// means bought for a method (charcoal and tape, a borrowed gun with a day); a decision that
// "esto se acaba". Each is a verb frame or a noun class with its everyday twin kept out.

const OPTS = { negatable: false, unless: JOKE_ES } as const;

/** A death that could just happen to the patient (illness, accident, not waking). */
const DEATH_EVENT =
  "(?:me (?:muero|muera|muriera|moria|da|diera|de|pasa|pasara) (?:algo|un infarto|un paro|cancer|un accidente)|(?:me )?(?:muero|muera|muriera|pudiera morir)(?: (?:manana|hoy|ya|en un accidente|dormid[oa]|mientras duermo))?|me (?:atropella|atropellara|atropelle) (?:un|el|algo)|el cancer (?:vuelve|regresa|volviera|regresara)|(?:el avion|el carro|el coche|el camion|el bus) se (?:cae|cayera|estrella|estrellara|choca|chocara)|no (?:despierto|despertara|despertaba))";
/** Relief or indifference about that death. */
const WELCOME =
  "(?:no me (?:importaria|importa|molestaria|molesta|preocuparia)|seria un alivio|me daria (?:igual|lo mismo)|me da (?:igual|lo mismo)|(?:seria|estaria) (?:mejor|bien|bonito|perfecto|ideal))";
/** A wish verb, first person. */
const WISH =
  "(?:a veces )?(?:deseo|desearia|quisiera|quiero|me gustaria|ojala|sueno con|fantaseo con|pido|rezo por|rezo para)";
/** Medicines by class or name (accent-folded), for a whole supply taken. */
const DRUGS =
  "(?:pastillas|pildoras|tabletas|capsulas|somniferos|calmantes|analgesicos|antidepresivos|ansioliticos|clonazepam|alprazolam|diazepam|lorazepam|rivotril|tafil|xanax|valium|sertralina|fluoxetina|quetiapina|amitriptilina|litio|tramadol|paracetamol|acetaminofen|ibuprofeno|aspirinas?|insulina|ketamine|keta|opioides|oxicodona|morfina|fentanilo|mis medicinas|medicamentos|medicinas)";
/** A plain everyday end: a term, a week, a job, a relationship. */
const EVERYDAY_END =
  /semestre|examen|semana|ano escolar|mudanza|obra|proyecto|tramite|temporada|cuarentena|pandemia|partido|pelicula|serie|clase|turno|relacion|noviazgo|dieta|pleito|juicio|viaje|curso|contrato|vacaciones/;

/** Told as long ago ("hace diez años", "las cicatrices"): the attempt rules say it; this adds nothing. */
function longAgoNone(text: string, from: number, to: number): RiskLevel {
  const near = text.slice(Math.max(0, from - 120), to + 120);
  return /hace (?:\w+ ){0,2}(?:anos|decadas)|cuando (?:era|tenia) |cicatrices/.test(near)
    ? "none"
    : "moderate";
}

export const SPANISH_WISH_RULES: Rule[] = [
  esRule(
    "es.suicide.passive.welcome_death",
    "suicide",
    "low",
    any(
      `si ${DEATH_EVENT}[^.!?\\n]{0,40}?${WELCOME}`,
      `${WELCOME} (?:si|que|q) ${DEATH_EVENT}`,
      `${WISH} (?:q|que) ${DEATH_EVENT}`,
      "(?:y )?asi no tener (?:q|que) (?:seguir|despertar|vivir|levantarme|aguantar)",
      "(?:asi|para (?:q|que)|y) (?:mis hijos|mi familia|mi espos[oa]|mis papas|mi mama) (?:cobren|cobran|cobrarian|cobraria) (?:el|mi) seguro",
      "(?:pienso|creo|siento|pense|me digo|he pensado|a veces pienso)(?: (?:q|que))? (?:lo mejor )?seria (?:mejor )?no (?:despertar(?:me)?|estar|existir|haber nacido)(?= *(?:$|[.!?,;]| manana| mas| nunca| y | aqui))",
      "no me gustaria (?:volver a )?despertar(?:me)?(?= *(?:$|[.!?,;]| manana| mas| nunca))|ojala me quede dormid[oa] y (?:ya|no despierte)",
      "me imagino (?:el|mi) (?:propio )?funeral",
    ),
    {
      negatable: false,
      gate: /importa|molest|preocupar|alivio|igual|mismo|mejor|bien|bonito|perfecto|ideal|tener|seguro|seria|gustaria|ojala|funeral|deseo|desearia|quisiera|quiero|sueno con|fantaseo|pido|rezo/,
      unless:
        /jaja|jeje|xd|😂|🤣|de risa|de verguenza|de hambre|de sueno|de frio|de calor|de aburrimiento|de ganas/,
    },
  ),
  esRule(
    "es.suicide.passive.sleep_forever",
    "suicide",
    "low",
    any(
      `${WISH}[^.!?\\n]{0,20}? (?:dormir(?:me)?|descansar|quedarme dormid[oa]|irme|apagarme) (?:para siempre|y (?:ya )?no (?:volver|despertar(?:me)?|sentir nada))`,
      "(?:dormir(?:me)?|descansar|quedarme dormid[oa]|apagarme) para siempre (?:suena|seria|me (?:suena|llama|tienta|gustaria))",
      `${WISH} (?:dormirme|cerrar los ojos|acostarme|irme)(?: \\w+){0,2}? y (?:q|que) todo (?:se acabe|acabe|termine|se termine)`,
    ),
    {
      negatable: false,
      gate: /para siempre|no volver|no despert|no sentir|todo (?:se )?(?:acabe|termine)/,
      unless: new RegExp(
        `${/jaja|jeje|xd|😂|🤣|fin de semana|domingo|vacaciones|siesta/.source}|${EVERYDAY_CAUSE_ES.source}`,
      ),
    },
  ),
  esRule(
    "es.suicide.passive.all_over",
    "suicide",
    "low",
    any(
      `${WISH} (?:q|que) (?:todo|esto|mi vida) (?:se acabe|acabe|termine|se termine)(?: ya| de una vez)?(?= *(?:$|[.!?,;]| ya| y | de una vez))`,
      "(?:estoy )?cansad[oa] de (?:luchar|pelear|seguir|intentar|existir)(?! (?:con|contra) (?:el|la|los|las|mi|este|esta) (?!vida))",
      "ya no (?:aguanto|soporto|puedo con) (?:mas )?(?:esta|mi) vida",
      "(?:creo (?:q|que) )?ya no quiero seguir(?= *(?:$|[.!?,;]| asi\\b))",
      "(?:mi vida es|soy) un error(?: que| q)? (?:se va alargando|no deberia|que nadie)|estoy de sobra en (?:este mundo|esta vida|mi casa|mi familia)",
      "ya no creo (?:q|que) (?:exista|haya) (?:una version de mi vida|un futuro|una vida) (?:en (?:la )?(?:q|que) (?:yo )?(?:este|estare) bien|para mi)",
      `(?:ganas de|fantaseo con|sueno con|pienso en|quisiera|ojala pudiera) desaparecer(?![.…, ]{1,5}(?:(?:pero )?en plan|de (?:las |los |todos los |todas las )?(?:redes|grupos|chats?|instagram|facebook|tiktok|whatsapp)|cuando me (?:tropece|cai|equivoque)|un tiempo|unos dias|una temporada|un rato|el fin de semana|de vacaciones|a una|a la|de la (?:fiesta|reunion|oficina|ciudad)|del trabajo|de aqui))`,
      "(?:desaparecer|vanish|disappear)[^.!?\\n]{0,30}(?:q|que|y q|y que) nadie me (?:extrane|busque|recuerde|eche de menos)|(?:q|que) mi nombre desaparezca",
    ),
    {
      negatable: false,
      gate: /acabe|termine|cansad|vida|seguir|error|de sobra|exista|haya|desapare|vanish|disappear/,
      unless: new RegExp(`${JOKE_ES.source}|${EVERYDAY_END.source}`),
    },
  ),
  esRule(
    "es.suicide.wish.imagined",
    "suicide",
    "moderate",
    any(
      "(?:pensando|pienso|pense|imaginando|me imagino|imagino) (?:en )?(?:como seria )?si (?:me )?(?:matara|suicidara|muriera|quitara la vida|tirara (?:del|de la|al))",
      "(?:pensamientos|ideas|impulsos) de (?:matarme|suicidarme|quitarme la vida|morirme|tirarme (?:del|de la|al))",
      "(?:quien|quienes) (?:encontraria|encontraran|encontrarian|va a encontrar) mi cuerpo",
    ),
    {
      ...OPTS,
      gate: /matara|suicidara|muriera|quitara|tirara|matarme|suicidarme|quitarme|morirme|tirarme|mi cuerpo/,
    },
  ),
  esRule(
    "es.suicide.farewell.plain",
    "suicide",
    "high",
    any(
      "(?:me despedi|me estoy despidiendo|me voy despidiendo) de (?:\\w+ ){1,4}?sin (?:q|que) (?:\\w+ )?(?:supiera|sepa|sepan|supieran|se diera cuenta|se den cuenta|lo notara)",
      "(?:regale|regalo|di|deje|estoy regalando|he regalado|le di)\\b[^.!?\\n]{0,50}?[.,;]? (?:total |igual )?(?:ya )?no (?:lo|la|los|las) voy a (?:necesitar|ocupar|usar)(?: (?:mas|nunca|donde voy))?(?! (?:porque|xq|porq|ya que|ahora que|desde que))",
      "(?:deje|encargue|le deje) a mi (?:perro|perrita|perrito|gato|gatita|gatito|mascota|loro|perico)(?: \\w+)? con (?:mi|un|una|el|la) \\w+[^\\n]{0,120}?(?:ya mande|ya escribi|gracias por|me despido|cuidenl[oa]|los quiero|adios)",
      "(?:ya )?escribi (?:lo (?:q|que) tenia (?:q|que) escribir|las cartas|mis cartas|una carta)[^\\n]{0,80}?(?:gracias|los quiero|adios|perdon|deje todo (?:ordenado|arreglado|en orden|listo))",
      "(?:este mensaje es|esto es|les escribo|escribo|vengo) para despedirme(?! (?:de|del) (?:la |el |los |las )?(?:clinica|terapeuta|doctor|doctora|trabajo|grupo|equipo|programa|curso|tratamiento|foro|protocolo))",
      "no se preocupen por mi[^\\n]{0,40}?(?:voy a descansar|ya no voy a estar|me voy para siempre)|por fin voy a descansar (?:de verdad|para siempre)",
      "(?:q|que) no me encuentren (?:mis hijos|mi familia|mi mama|mis papas|mi espos[oa]|mis hij[oa]s)(?= *(?:$|[.!?,;]))|(?:forma|manera) menos dolorosa para (?:mi familia|mis hijos|mi mama|mis papas)",
      "me (?:encontraron|hallaron|descubrieron) a tiempo|me (?:hicieron|tuvieron (?:q|que) hacer) (?:un )?lavado (?:de estomago|gastrico)",
    ),
    {
      negatable: false,
      gate: /despedi|despidiendo|necesitar|ocupar|usar|perr|gat|mascota|loro|perico|escribi|preocupen|descansar|encuentren|dolorosa|a tiempo|lavado/,
      unless:
        /jaja|jeje|😂|me mudo|me voy a mudar|me cambio de|al extranjero|me compre otr|tengo otr|cancer|tumor|bulto|quiste|diagnostic|apendic|incendio|terremoto/,
    },
  ),
  esRule(
    "es.suicide.decided_end",
    "suicide",
    "high",
    any(
      "(?:ya )?(?:decidi|tome la decision|lo decidi|esta decidido)[^.!?\\n]{0,10}?(?:,|:| de| y)? (?:q |que )?(?:esto|todo|mi vida) se (?:acaba|termina)",
      "(?:ya )?(?:tome la decision|lo decidi|ya decidi)[,.:]? (?:voy a )?dejar de (?:comer|tomar mis medicinas|tomar (?:el|mi) tratamiento)",
      "ya (?:lo )?decidi[,.:]? (?:el|este|esta) [^.!?\\n]{0,25}?(?:es|sera) el dia(?= *(?:$|[.!?,;]))",
      "dejar de comer hasta (?:q|que) (?:mi cuerpo|el cuerpo|mi corazon) (?:se apague|diga basta|no aguante|deje de latir)",
      "(?:deje|dejo|he dejado|puse) todo a nombre de (?:mis|mi) \\w+[^.!?\\n]{0,60}?(?:ya no voy|se acaba|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo))",
    ),
    {
      negatable: false,
      gate: /decid|decision|dejar de|a nombre de/,
      unless: new RegExp(
        `${JOKE_ES.source}|${EVERYDAY_END.source}|fumar|vicio|azucar|harinas|refresco`,
      ),
    },
  ),
  esRule(
    "es.suicide.method.search",
    "suicide",
    "high",
    any(
      "(?:buscar|busque|buscando|busco|investigue|investigando|averigue|lei|leyendo)(?: en (?:internet|google|youtube|foros|tiktok|reddit))? (?:formas|maneras|metodos|como) (?:de )?(?:hacerlo|matarme|suicidarme|morir|quitarme la vida)(?: sin dolor| rapido| (?:q|que) no (?:duela|duelan|falle|fallen))",
      "(?:investigue|busque|calcule|averigue|ya se) cuant[oa]s (?:pastillas|pildoras|gramos|miligramos|tabletas|viales)[^.!?\\n]{0,20}? (?:necesito|hacen falta|se necesitan|son suficientes)[^\\n]{0,60}?(?:ya las tengo|ya los tengo|sera el|el (?:dia|\\d+)|esta noche)",
      "(?:a (?:q|que) hora|cada cuanto|cuando) pasa el (?:tren|metro)[^.?!\\n]{0,30}(?:por (?:la|las) vias? (?:de atras|de aqui|cerca)|de atras)[^\\n]{0,40}?(?:para esta noche|para hoy|quiero saber para)",
    ),
    OPTS,
  ),
  esRule(
    "es.suicide.method.dose_count",
    "suicide",
    "high",
    "(?:cuanto|cuanta|cuantas|cuantos|que|q)\\b[^.!?\\n]{0,50}\\bsi (?:uno |alguien |una persona )?(?:se |me )?(?:toma|tomo|tomara|traga|trago|tomas) (?:(?:[2-9]\\d|\\d{3})(?! (?:mg|ml|gotas|minutos))|todas|todo el frasco|toda la caja|el frasco entero|la caja entera)",
    OPTS,
  ),
  esRule(
    "es.suicide.method.exsanguinate",
    "suicide",
    "high",
    any(
      "(?:cuanto|cuanto tiempo|en cuanto tiempo|que tan rapido|q tan rapido) (?:se )?(?:desangra|tarda en desangrarse|tardaria en desangrarse) (?:uno|alguien|una persona)",
      "(?:cuanto|cuanto tiempo) (?:tengo|tiene uno|hay) (?:q|que) estar colgad[oa]",
      "da tiempo de (?:q|que) (?:alguien|nadie) (?:te|me) (?:encuentre|salve)",
      "(?:q|que) tan (?:profundo|hondo) (?:hay (?:q|que)|tengo (?:q|que)|se debe) cortar",
    ),
    OPTS,
  ),
  esRule(
    "es.suicide.means.method_bought",
    "suicide",
    "high",
    any(
      "carbon[^.!?\\n]{0,40}?(?:sellar|tapar|encerrarme en|cerrar bien) (?:el cuarto|la pieza|la recamara|el bano|el carro|el coche|las ventanas|la puerta|el cuarto)",
      "(?:compre|consegui|tengo|ya tengo) lo (?:q|que) (?:necesitaba|necesito|me hacia falta)[^.!?\\n]{0,60}?[.,] (?:\\w+ ){0,3}?(?:hacerlo|lo voy a hacer|lo hago)",
      "(?:pense|pienso|voy) (?:en )?hacerlo el (?:dia de|\\d+|lunes|martes|miercoles|jueves|viernes|sabado|domingo)",
      "me (?:va a |van a )?(?:presta|prestan|prestara|prestar|trae|traen|traera|traer|consigue|consiguen|conseguira|conseguir|vende|venden|vendera|vender) (?:la|una|el|un|su|sus) (?:pistola|arma|escopeta|revolver)[^.!?\\n]{0,30}?(?:el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|manana|esta noche|hoy)",
      "(?:le )?(?:pedi|pedire|voy a pedir) (?:la|una|el) (?:pistola|arma|escopeta|revolver)(?: prestad[oa])? (?:a|al) (?:mi )?\\w+[^.!?\\n]{0,30}?(?:me la (?:trae|presta|da)|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|manana|esta noche|hoy)",
    ),
    {
      negatable: false,
      unless:
        /jaja|jeje|😂|carne asada|asado|parrilla|asador|cacer[ií]a|campo de tiro|tiro deportivo|club de tiro|licencia|frio|corriente de aire|el proyecto|la tarea|la mudanza/,
    },
  ),
  esRule(
    "es.suicide.imminent.height_farewell",
    "suicide",
    "imminent",
    "estoy (?:parad[oa] |sentad[oa] |subid[oa] |de pie )?(?:en|arriba de|al borde de) (?:la azotea|el techo|el tejado|el puente|un puente|el balcon|la cornisa|el borde|el acantilado|la via|las vias|el ultimo piso)[^\\n]{0,80}?(?:gracias por todo|los quiero|perdonen(?:me)?|perdon por todo|adios|ya escribi|cuiden a|despidanme)",
    {
      negatable: false,
      unless:
        /jaja|😂|tendiendo|ropa|fiesta|carne asada|fotos?|vista|atardecer|reparando|arreglando|antena|impermeabil|gotera|trabajando/,
    },
  ),
  esRule(
    "es.suicide.imminent.whole_supply",
    "suicide",
    "imminent",
    `(?:me acabo de tomar|acabo de tomarme|ya me tome|me tome|me trague|me he tomado|me acabo de tragar) (?:todo el|toda la|el|la) (?:frasco|bote|caja|tira|blister|paquete|botella)(?: entera| entero| completa| completo)? de ${DRUGS}`,
    OPTS,
  ),
  esRule(
    "es.suicide.imminent.garage",
    "suicide",
    "imminent",
    "(?:carro|coche|auto|camioneta)[^.!?\\n]{0,40}?(?:garage|garaje|cochera)[^\\n]{0,40}?motor (?:prendido|encendido)[^\\n]{0,40}?(?:puerta|porton|cortina|ventanas?) (?:esta |estan )?cerrad[oa]s?",
    OPTS,
  ),
  esRule(
    "es.suicide.imminent.vehicle",
    "suicide",
    "imminent",
    "ganas de (?:tirarme|aventarme|lanzarme|arrojarme|bajarme) (?:del|de la) (?:carro|coche|auto|camioneta|camion|tren|bus)(?: en movimiento)?[^.!?\\n]{0,10}?[,.]? (?:voy|estoy|vamos) (?:en|manejando|por)",
    OPTS,
  ),
  esRule(
    "es.suicide.wish.crash",
    "suicide",
    "moderate",
    "(?:ganas de|quiero|pienso en|se me antoja|me dan ganas de|tentacion de) (?:chocar|estrellar|aventar|echar|volantear) (?:el|mi) (?:carro|coche|auto|camioneta|moto)(?: \\w+){0,3}? (?:contra|a proposito|al barranco|por el puente|de frente)",
    OPTS,
  ),
  esRule(
    "es.suicide.method.means_with_question",
    "suicide",
    "high",
    "(?:se|me|uno se) (?:puede|podria|puedo) morir[^\\n]{0,80}?(?:ya )?tengo (?:las dos cosas|todo|eso|ambas cosas|los dos)(?: \\w+){0,2}? (?:aqui|en (?:la )?casa|listo|list[oa]s|conmigo)",
    { ...OPTS, gate: /morir/ },
  ),
  esRule(
    "es.suicide.wrist",
    "suicide",
    "moderate",
    "(?:cortarme|pasarmela|pasarmelo|abrirme|rajarme)(?: \\w+){0,3}? (?:las venas|la muneca|las munecas|el cuello|la yugular|la femoral)",
    {
      negatable: false,
      unless: /jaja|😂|pelo|cabello|reloj|pulsera|collar|cadena/,
      refine: longAgoNone,
    },
  ),
];
