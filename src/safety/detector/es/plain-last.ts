import { any, type Rule } from "../rules.ts";
import { EVERYDAY_CAUSE_ES, esRule, JOKE_ES, WORK_IDIOM_ES } from "./words.ts";

// Spanish risk in its plainest shapes, from the round-12 sets (es round-11, intencion-2): the
// act named in the first person ("me corto las venas", "me tomo todo lo que me queda"), the
// place or means now (the rooftop, a full tub and blades, a car running in the garage), a
// farewell to the chat, method questions by effect; self-harm acts; threats, control and
// harm to dependants; doses beyond the plan; voices the day after.

const OPTS = { negatable: false, unless: JOKE_ES } as const;
const Q = "(?:q|que)";
/** A place or a goodbye that is an outing, a photo, a move or someone else's words. */
const NOT_NOW =
  /jaja|jeje|xd|😂|fotos?|portafolio|lluvia|viendo la|amigos|carne asada|carnita|paseo|picnic|relajante|atardecer|vista|mirador|dijo|dice|decia|bebe|mudanza|me mudo|oficina|trabajo nuevo/;

export const SPANISH_PLAIN_LAST_RULES: Rule[] = [
  esRule(
    "es.suicide.now.plain",
    "suicide",
    "imminent",
    any(
      "(?:hoy|esta noche|en la noche|ahorita|ahora) (?:en la noche )?me (?:tomo|trago|tomare|voy a tomar) (?:todo|todas|todito)(?: lo)?",
      "(?:la tina|la banera|el bano) (?:ya )?(?:esta )?(?:llena|lista)[^.!?\\n]{0,40}(?:navajas?|cuchillas?|pastillas|rastrillo)",
      "(?:sentad[oa]|estoy|ando) (?:en el carro )?(?:dentro del|en el) garaje con el (?:motor|carro) (?:prendido|encendido)",
      "(?:estoy|ando) (?:en|arriba de|parad[oa] en) (?:la azotea|el techo|el puente|las vias|la orilla|el borde|la cornisa)(?: del? \\w+)?[^.!?\\n]{0,60}(?:desde aqui|ya no|adios|hace frio|se ven|ahorita)",
    ),
    {
      ...OPTS,
      unless:
        // The fridge, a dessert or a diet ended is food, not pills.
        /jaja|jeje|xd|😂|nevera|refri|heladera|alacena|la dieta|flan|postre|helado|pastel|fiesta|carne asada|tendiendo|la ropa|foto|fotos|pintando|arreglando|reparando|antena/,
    },
  ),
  esRule(
    "es.suicide.plain_last",
    "suicide",
    "high",
    any(
      "me (?:corto|voy a cortar|cortare|quiero cortar) las venas",
      "me trague (?:todo|todas|un puno|el frasco|la caja)",
      "(?:cancele|no voy a ir a|ya no voy a) (?:mi )?(?:proxima )?(?:sesion|cita)[^.!?\\n]{0,30}(?:no la voy a necesitar|ya no la necesito|ya no hace falta)",
      "me despido de (?:este chat|ustedes|todos|ti|aqui)",
      "(?:regale|le deje|les deje|le di) (?:mi perro|mi gato|mis plantas|las llaves|mi ropa)[^!?\\n]{0,90}(?:tranquil[oa]|en paz|por primera vez)",
      `(?:cuantas|cuantos) (?:\\w+ ){0,5}?(?:te bajan el corazon|paran el corazon|hasta pararlo)|(?:te mata|mata) (?:rapido|lento)(?: o se tarda)?|(?:dosis|cantidad) de \\w+ ${Q} (?:dana|mata|destruye) (?:el higado|los rinones|el corazon)`,
      "(?:cada cuanto|a que hora) pasan? (?:el tren|los trenes|las vias|el metro)",
      "si me quedo dormid[oa] en la nieve",
    ),
    OPTS,
  ),
  esRule(
    "es.suicide.wish.plain_last",
    "suicide",
    "moderate",
    any(
      "me quiero ir (?:pa|para) siempre(?![.,!? ]{0,4}(?:a vivir|a la |al |a otro|a otra|de aqui|de este|de esta|lejos))",
      "(?:desconectar(?:me)?|irme) de esta vida",
      `(?:nomas|solo) quiero ${Q} se acabe todo|${Q} se apague la luz y ya`,
      `(?:me imagino|imagino) ${Q} me muero[^.!?\\n]{0,40}alivio`,
      `(?:la unica razon|lo unico) (?:por la )?${Q} sigo aqui`,
    ),
    OPTS,
  ),
  esRule(
    "es.self_harm.plain_last",
    "self_harm",
    "moderate",
    any(
      "me (?:apague|apago) (?:un|el) cigarro en (?:la|mi|el) (?:mano|brazo|pierna|piel)",
      "me (?:pegue|pego|golpee|golpeo) (?:en la cabeza|la cabeza) (?:con|contra|hasta)",
      `donde se corta uno (?:pa|para) ${Q} no se note|(?:pa|para) ${Q} los cortes (?:nuevos )?cicatricen|esconder (?:los|mis) cortes`,
    ),
    OPTS,
  ),
  esRule(
    "es.abuse.plain_last",
    "abuse",
    "moderate",
    any(
      "(?:me )?amenazo con (?:subir|publicar|mandar|ensenar) (?:\\w+ )?(?:fotos|videos)",
      // Not a phone taken to fit a screen protector or set it up.
      `me quito (?:la tarjeta|el pasaporte|el telefono|el celular|los papeles|el dinero|mis papeles)(?![. ]{0,4}(?:pa|para) (?:ponerle|cambiarle|arreglarlo|arreglarla|cargarlo|cargarla|configurarlo|instalarle|actualizarlo|revisarle))`,
      "(?:le pega|le pegan|lo golpea|la golpea) a mi (?:hijo|hija|nino|nina|papa|mama|abuela|abuelo)",
      "(?:si lo denuncio|si lo dejo|si la dejo)[^.!?\\n]{0,40}(?:se lleva a los ninos|nunca los vuelvo a ver|me mata)",
      "me manosea|lo deja sin comer|la deja sin comer",
    ),
    OPTS,
  ),
  esRule(
    "es.abuse.now.plain_last",
    "abuse",
    "imminent",
    `(?:esta|anda) afuera de la puerta gritando ${Q} me va a matar`,
    OPTS,
  ),
  esRule(
    "es.harm_to_others.plain_last",
    "harm_to_others",
    "high",
    any(
      "(?:como se cortan|como corto|cortar) los frenos",
      `${Q} pastillas le puedo echar (?:al|a la|en el|en la) (?:cafe|comida|bebida|agua|refresco)`,
      `(?:quiero ${Q}|${Q}) sufra todo lo ${Q} yo sufri`,
      "(?:voy a|le voy a|les voy a) (?:meter un balazo|quemar(?:le)? el carro|quemar(?:le)? la casa)",
      "(?:como consigo|conseguir) un arma sin (?:que quede )?registro",
      "(?:voy|vamos) (?:pa|para) (?:alla|alli) (?:ahorita|ahora)? ?con (?:\\w+ ){0,3}?(?:los fierros|las armas|la pistola|el cuchillo|la fusca)",
      "estoy afuera de la casa de (?:el|ella|\\w+) con el (?:cuchillo|arma|bate|pistola|machete)",
      "(?:como|cómo) (?:dejas|dejo|se deja) inconsciente a alguien",
      "pensamientos de (?:sacudir|ahogar|lastimar) al bebe",
    ),
    OPTS,
  ),
  esRule(
    "es.misuse.plain_last",
    "misuse",
    "moderate",
    any(
      "(?:otra|una) (?:troche|dosis|pastilla) extra",
      "(?:si le sumo|le sume|le meto) un (?:xanax|clonazepam|rivotril|porro) a la (?:troche|dosis)",
      "cuanto me puedo subir la dosis sin decirle",
      "me tome la dosis de manana (?:hoy|ya)",
      "(?:el doble|el triple) de (?:gabapentina|la dosis|tramadol|\\w+) (?:pq|porque|para|pa) ",
      "le robe (?:dos |tres |unas |unos )?(?:troches|pastillas|tabletas|dosis)",
      "compre (?:k|keta|ketamina)\\b",
      "(?:tome|me tome) (?:vino|alcohol|tequila|cerveza) con el (?:clonazepam|xanax|rivotril) y la (?:troche|dosis)",
      "me fume un porro y me tome (?:un|una) \\w+ antes de la sesion",
    ),
    OPTS,
  ),
  esRule(
    "es.medical.plain_last",
    "medical",
    "moderate",
    "sigo (?:viendo|escuchando) (?:puntos|cosas|colores|voces)[^.!?\\n]{0,40}(?:voces|el dia siguiente|al otro dia|ya es el dia)",
    OPTS,
  ),

  esRule(
    "es.suicide.intent.plain_last",
    "suicide",
    "moderate",
    any(
      "(?:pienso|pensando|pense|pensar|penso) en (?:como |cuando )?(?:matarme|suicidarme|quitarme la vida|aventarme|tirarme|colgarme|ahorcarme|morirme|acabar con mi vida|terminar con mi vida)",
      `me (?:suicido|quito la vida)(?=[.,!?\\n]|$| (?:esta semana|hoy|manana|el \\w+|para|en \\w+|me lo prometi|de verdad))|si (?:\\w+ ){1,6}?me mato|me mato(?=,? me lo prometi)|(?:mejor|hoy|manana) me mato${WORK_IDIOM_ES}`,
      "(?:mejor )?la termino yo|(?:voy a )?poner fin a (?:esto|todo|mi vida)",
      `(?:la unica forma|lo unico) ${Q} veo es morir|desaparecer para siempre`,
      // "... bueno, hasta el lunes": a long sleep with an end.
      "(?:me voy a dormir|dormirme) para siempre(?![.…, ]{1,6}(?:bueno[,.]? )?hasta )|hoy me dejo ir|me bajo de este tren|me rindo de (?:verdad[^.!?\\n]{0,20}de )?vivir|nadie va a notar si me voy",
    ),
    {
      ...OPTS,
      unless: new RegExp(
        // Also a thought dated years back and got over ("hace diez años ... ya lo superé").
        `${/jaja|jeje|xd|😂|estudiando|trabajando|de risa|de hambre|de sueno|del cansancio|hace (?:\w+ ){0,2}(?:anos|decadas)|ya lo supere/.source}|${EVERYDAY_CAUSE_ES.source}`,
      ),
    },
  ),
  esRule(
    "es.suicide.prepared.plain_last",
    "suicide",
    "high",
    any(
      "ya tengo (?:el arma|el veneno|la pistola|la soga|la cuerda|las pastillas)|adios mundo cruel",
      `(?:la proxima vez ${Q} me vean sera en mi velorio)|mi (?:funeral|velorio) va a ser pronto|ya elegi la cancion (?:pa|para) mi`,
      "perdon (?:mami|mama|papi|papa|hija|hijo)[,.]? no pude mas",
      "(?:les dejo|le dejo|dejo) mis (?:cosas|contrasenas|claves)[^.!?\\n]{0,50}(?:ya no (?:las|los) voy a usar|por si acaso|en un sobre)",
      "(?:me estoy despidiendo|despidiendome) de a poquito",
      `(?:alguien cuide|cuiden) a mis (?:gatos|perros|hijos|plantas) cuando (?:yo )?no este`,
      "ya escribi la carta (?:pa|para) mi",
      "(?:descargue|busque|aprendi|vi) como hacer (?:el|un) nudo",
      "busco el lugar mas alto",
      "(?:el )?(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo) se acaba todo",
    ),
    // A skull emoji is Gen-Z laughter ("me muero, me entierro, adiós mundo cruel 💀").
    // a string for an instrument (round-16 esG-084: "la cuerda nueva pa la guitarra")
    {
      ...OPTS,
      unless: new RegExp(
        `${NOT_NOW.source}|💀|me entierro|guitarra|violin|ukulele|charango|requinto`,
      ),
    },
  ),
  esRule(
    "es.suicide.now.plain_last",
    "suicide",
    "imminent",
    any(
      "estoy (?:sobre|en) las vias|estoy parad[oa] en la ventana|estoy en el techo del",
      "me tome (?:todo el blister|la mitad|todas las pastillas|el frasco)|estoy en el bano con las pastillas",
      "voy manejando rumbo a (?:la presa|el puente|el mar|la barranca|el acantilado)",
      "(?:la soga|la cuerda) ya esta (?:amarrada|lista|colgada)",
    ),
    { ...OPTS, unless: NOT_NOW },
  ),
  esRule(
    "es.suicide.wish.low_last",
    "suicide",
    "low",
    any(
      "ya no le tengo miedo a la muerte[^.!?\\n]{0,20}(?:la estoy esperando|la espero)",
      "me imagino muert[oa]",
      "ojala el avion se caiga",
    ),
    OPTS,
  ),
];
