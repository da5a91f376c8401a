// Round-13 Spanish suicide risk told as questions, thoughts and passive wishes (method and
// height questions with a coy disclaimer, "cómo hacerlo", giving up, joining the dead); the
// acts, plans and means now are in round-13.ts.
import { any, type Rule } from "../rules.ts";
import { DISCLAIM, END, LEAP, OPTS, Q, WHERE_FROM } from "./round-13-words.ts";
import { esRule } from "./words.ts";

export const SPANISH_ROUND_13_THOUGHT_RULES: Rule[] = [
  // --- Suicide, thoughts and intent ---
  esRule(
    "es.suicide.r13.method_question",
    "suicide",
    "high",
    any(
      `si me (?:tiro|aviento|lanzo|arrojo|echo) (?:\\w+ ){1,6}?(?:es|seria|sera) (?:rapido|instantaneo|seguro)|si me (?:tiro|aviento|lanzo|arrojo|echo) (?:\\w+ ){1,6}?(?:no sobrevivo|sobrevivo|me muero)`,
      `(?:cual|que) (?:puente|edificio|piso|altura|balcon|azotea) (?:\\w+ ){0,4}?(?:es|seria|sera) (?:lo )?(?:bastante|suficientemente|suficiente) alt[oa]`,
      `(?:${Q}|cuant[oa]s?|cual(?:es)?) (?:\\w+ ){0,5}?(?:hacen|hace|haria|harian) ${Q} no (?:despiertes|despierte|despiertas|vuelvas a despertar)`,
      `(?:busque|investigue|he mirado|he buscado|mire|vi) (?:en google |en internet |por internet )?(?:\\w+ ){0,8}?(?:(?:${Q}|cual) es lo ${Q} menos duele|la (?:forma|manera) (?:menos dolorosa|mas rapida|mas segura)|cuant[oa]s? (?:\\w+ ){0,3}?(?:hacen falta|se necesitan|son necesarias|matan))`,
    ),
    OPTS,
  ),
  esRule(
    "es.suicide.r13.height_question",
    "suicide",
    "high",
    `(?:cuant[oa]s? (?:metros|pisos) (?:de (?:alto|altura) )?(?:tiene|mide|hay)|${Q} tan alt[oa] es|(?:es|sera|seria) (?:lo )?(?:bastante|suficientemente|suficiente) alt[oa])`,
    { ...OPTS, requires: DISCLAIM },
  ),
  esRule(
    "es.suicide.r13.no_wake_dose",
    "suicide",
    "high",
    "(?:pa|para) no (?:volver a )?despertar(?:me)?",
    {
      ...OPTS,
      requires:
        /demasiad|cuant[oa]s? (?:\w+ )?(?:seria|serian|hace|hacen|necesito|hay que)|letal|mortal|mezclad|keta|pastillas/,
    },
  ),
  esRule(
    "es.suicide.r13.thinking_how",
    "suicide",
    "high",
    any(
      `(?:pense|pensando|pienso|pensar|sigo pensando) (?:\\w+ ){0,3}?en como hacerlo`,
      `(?:pienso|voy a|quiero) hacer lo mismo${END}`,
      `esta vez no (?:voy a fallar|fallo|fallare)`,
      `casi me ${LEAP}`,
    ),
    {
      ...OPTS,
      requires:
        /(?:ya )?no (?:le )?tengo miedo|ya se como|se (?:ahorco|colgo|mato|suicido|quito la vida|tiro|avento)|intente|me detuvo|me detuvieron|balcon|puente|azotea|ventana|vias/,
    },
  ),
  esRule(
    "es.suicide.r13.thoughts",
    "suicide",
    "moderate",
    any(
      `(?:pienso|pensando|pense|ganas de|quiero|voy a) (?:en )?(?:terminar|acabar) con todo(?: esto| de una vez| ya)?(?! (?:lo|el|la|los|las|mi|de|del) )`,
      `si (?:tuviera|tuviese) (?:el )?(?:valor|valentia|huevos|agallas|coraje) (?:ya )?lo (?:habria|hubiera|abria) hecho`,
      `(?:pensando en|pienso en|quiero|ganas de|voy a) darme (?:el )?cuello`,
      `me (?:quiero|voy a|dan ganas de|gustaria) (?:quitar de en medio|dar cuello|dar un tiro)`,
      `me quiero (?:morir|matar|ir de este mundo)[,.]? (?:[\\w,]+ ){0,2}?(?:no estoy (?:jugando|bromeando|exagerando)|no es (?:cona|broma|chiste|joda|cotorreo)|lo digo en serio|en serio)`,
      `(?:no es (?:cona|broma|chiste|joda)|no estoy (?:jugando|bromeando)),? ${Q} me quiero (?:morir|matar|quitar de en medio)`,
      `me (?:corto|lastimo|hago dano|quemo|pego) (?:pa|para) no (?:pensar en|hacer(?:me)?) (?:matarme|suicidarme|quitarme la vida|morirme|algo peor)`,
      `(?:ganas|deseos) de (?:hacerme dano|cortarme|lastimarme) y (?:a la vez|tambien|al mismo tiempo) (?:ganas )?de (?:morirme|matarme|desaparecer|no despertar)`,
    ),
    OPTS,
  ),
  // Self-harm wished to go on to the end, and an attempt regretted for being survived.
  esRule(
    "es.suicide.r13.to_the_end",
    "suicide",
    "high",
    any(
      `(?:ojala|quisiera|quiero ${Q}|a veces quiero ${Q})[^.!?\\n]{0,30}(?:sangr\\w+ hasta (?:el final|morir|vaciarme)|(?:el|este) (?:dano|corte|golpe) sea el ultimo|no (?:pare|deje) de sangrar)`,
      `si me (?:pego|corto|golpeo|quemo) (?:mas|más) (?:fuerte|hondo|profundo) (?:ya )?no (?:me levanto|despierto|la cuento)`,
      `(?:seguir|segui|sigo) hasta no sentir nada (?:nunca mas|jamas|para siempre)`,
      `me (?:avente|tire|lance|arroje|eche) ${WHERE_FROM}`,
      `ojala (?:hubiera sido mas alto|me hubiera muerto|no hubiera despertado|no me hubieran encontrado|hubiera funcionado)`,
      `(?:ya )?(?:he mirado|mire|fui a ver|revise|estuve viendo|vi) (?:el|la|los|las) (?:puente|edificio|azotea|viaducto|acantilado|vias|presa)[^.!?\\n]{0,40}(?:la altura|lo alto|${Q} tan alt[oa]|cuantos metros)`,
    ),
    {
      ...OPTS,
      unless:
        // A fall long ago ("cuando tenía 16") is history.
        /jaja|jeje|xd|😂|sin querer|accidente|resbale|me cai|fotos?|impresionante|vista|paseo|turis|cuando (?:tenia|era) |hace (?:\w+ ){0,2}anos|de (?:nina|nino|adolescente)/,
    },
  ),
  esRule(
    "es.suicide.r13.bleeding_now",
    "suicide",
    "imminent",
    `no quiero ${Q} (?:pare|se detenga|deje de sangrar)`,
    { ...OPTS, requires: /sangr/ },
  ),
  esRule(
    "es.suicide.r13.unsafe_alone",
    "suicide",
    "moderate",
    any(
      `(?:tengo miedo|me da miedo) de (?:mi mism[oa]|lo ${Q} (?:me )?pueda hacer|hacerme algo)`,
      `no (?:confio en|me siento segur[oa]) (?:quedarme|estar) sol[oa]`,
    ),
    {
      ...OPTS,
      // Afraid of the patient's own rage at someone is harm to others, not this.
      requires:
        /^(?![\s\S]*(?:rabia|golpe|golpear|pegarle|lastimar a|hacerle dano|almohada|coraje|empuj|berrinche|ira\b|arma))/,
    },
  ),
  esRule(
    "es.suicide.r13.framed_doing_it",
    "suicide",
    "moderate",
    any(
      "(?:pienso|pensando|pense|sigo pensando|ando pensando) en hacerlo",
      "ya no (?:le )?tengo miedo(?= *(?:$|[.!?,;]))",
    ),
    { ...OPTS, frame: "action" },
  ),
  esRule(
    "es.suicide.r13.giving_up",
    "suicide",
    "moderate",
    any(`me rindo${END}`, `(?:me canse|estoy cansad[oa]|me he cansado) de luchar${END}`),
    {
      ...OPTS,
      requires:
        /perdon a todos|perdonen|no me despierto|no despertar|adios|ya no puedo mas|no tiene sentido|esperaban mas de mi/,
    },
  ),

  // --- Suicide, passive wishes ---
  esRule(
    "es.suicide.r13.passive",
    "suicide",
    "low",
    any(
      `(?:ojala|me gustaria ${Q}|quisiera ${Q}|a veces quiero ${Q}|deseo ${Q}) (?:un|el|una|la) (?:camion|carro|coche|auto|tren|bus|autobus|micro|rayo|avion|bala) me (?:atropell\\w*|pis\\w*|arroll\\w*|mat\\w*|cayera|caiga|part\\w*)`,
      `dormir(?:me)? y no (?:volver a )?despertar(?:me)? (?:suena|seria|se oye|me parece) (?:muy )?(?:bonito|bien|lindo|tentador|rico|genial|buena idea)`,
      `(?:que bonito|que lindo|seria bonito|seria lindo) seria (?:morir(?:se|me)?|no despertar|desaparecer)(?: y ya)?`,
      `(?:(?:que )?me (?:duerman|durmieran|duermen|pongan a dormir)|dormir(?:me)?) como a (?:los|un|mi) (?:perrit[oa]s?|perr[oa]s?|gatit[oa]s?|animalit[oa]s?)`,
      `si (?:algun dia|un dia|manana) no (?:me )?despierto,? (?:pues )?(?:ni modo|ni pedo|mejor|que importa|no pasa nada|da igual|me da igual|tampoco pasa nada)`,
      `ojala (?:\\w+ ){0,3}?(?:ya )?no (?:despierte|despertara|me despierte|amanezca|vuelva a despertar)(?! (?:mi|el|la|a|al|los|las|tu|su|nadie) )`,
      `(?:ya )?no se (?:pa|para) ${Q} (?:sigo|estoy) (?:aqui|viv[oa]|viviendo|respirando)${END}`,
      `(?:me canse|estoy cansad[oa]) de luchar${END}`,
    ),
    { ...OPTS, unless: /😂|🤣|xd|broma|de risa|jajaja/ },
  ),
  esRule(
    "es.suicide.r13.join_the_dead",
    "suicide",
    "low",
    `(?:ganas de|quiero|quisiera|ya quiero|me quiero) ir(?:me)? con (?:mi|mis) (?:mama|mami|papa|papi|abuel\\w+|herman\\w+|hij[oa]s?|espos[oa]|viej[oa]|ninos?)|ya quiero irme con (?:el|ella)`,
    { ...OPTS, requires: /murio|se murio|se fue hace|fallecio|extrano|hace un ano|no tengo nada/ },
  ),

  // --- Self-harm ---
];
