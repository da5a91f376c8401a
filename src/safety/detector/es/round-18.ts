// Spanish suicide risk from the round-18 tune sets (es round-17, intencion-8), by phenomenon:
// a question about the dose, the height or the amount that kills; a means at hand and looked
// at (a gun taken out of the drawer, the engine running in a closed garage, a hose on the
// exhaust); pills or doses saved up to be taken all together; a plan decided ("ya tengo
// decidido como y cuando") or thought through so the family is spared; what still holds one
// back ("no me mato porque ..., lo único que me detiene"); and passive wishes said without
// "quiero morir" (a car that runs one over, "si me muero mañana pues ni modo", no reason left).
import { any, type Rule } from "../rules.ts";
import { END, OPTS, Q } from "./round-13-words.ts";
import { esRule, JOKE_ES } from "./words.ts";

/** Taken by mistake, or joking: a safety question, not a plan. */
const ACCIDENT = new RegExp(
  `${JOKE_ES.source}|por accidente|sin querer|por error|por equivocacion|se me olvido`,
);
/** Someone close, as the object of sparing or of a worry. */
const KIN =
  "(?:mi|mis) (?:familia|mama|papa|hij[oa]s?|herman[oa]s?|espos[oa]|pareja|novi[oa]|abuel[oa]|gente)";
/** Weapons and cords kept at home. */
const ARM = "(?:pistola|arma|escopeta|revolver|soga|cuerda|navaja|cuchilla)";
/** Tablets and the treatment's own forms, as something saved up. */
const STOCK =
  "(?:pastillas|pildoras|frascos|cajas|blisters|dosis|troches|ketamin[ae]|keta|medicinas|medicamentos)";
/** Any amount far above the dose: "10 veces", "el triple", "todo el frasco". */
const OVER =
  "(?:(?:\\d+|dos|tres|cuatro|cinco|diez|veinte) veces la dosis|el (?:doble|triple) de (?:la )?dosis|tod[oa]s? (?:el|la|los|las) (?:frascos?|cajas?|pastillas|dosis|ketamin[ae]|keta))";

export const SPANISH_ROUND_18_RULES: Rule[] = [
  esRule(
    "es.suicide.r18.lethal_question",
    "suicide",
    "high",
    any(
      "(?:cual es|cuanta es|que) (?:la )?(?:dosis|cantidad)(?: \\w+){0,3}? (?:que|q) (?:mata|matan|te mata|es mortal|es letal)",
      "(?:que|cuanta|cual) (?:altura|dosis|cantidad)[^.\\n]{0,40}(?:no haya forma de sobrevivir|no sobrevivir|no despertar|para morir|pa morir)",
      `${Q} pasa si me (?:tomo|meto|trago|inyecto) ${OVER}`,
    ),
    { negatable: false, unless: ACCIDENT },
  ),
  esRule(
    "es.suicide.r18.means_at_hand",
    "suicide",
    "high",
    any(
      `(?:tengo|hay|guardo) (?:una|un|la|el) ${ARM}[^.\\n]{0,40}(?:la|lo) (?:miro|veo|observo|agarro|saco|acaricio) (?:mucho|seguido|todo el tiempo|cada noche|todas las noches|todos los dias|a cada rato|por horas)`,
      "(?:la|lo) saco del cajon y me quedo con (?:ella|el) en las manos",
      `(?:ahorre|guarde|junte|he guardado|he juntado|estoy guardando|estoy juntando) (?:mis |las |los )?${STOCK}[^\\n]{0,40}(?:para|pa) (?:tomarlas|tomarlos|tomarmelas|tomarmelos|tomarmela|tomarla) tod[oa]s?(?: junt[oa]s?)?`,
      `(?:voy a|pienso|quiero) tomarme tod[oa]s? (?:junt[oa]s? )?(?:la|las|el|los) ${STOCK} (?:que|q) (?:guarde|junte|ahorre|he guardado)`,
      "ya junte (?:\\d+|dos|tres|cuatro|cinco|seis|diez) (?:frascos|cajas|blisters)",
      "ya (?:llene|hice|escribi|firme) (?:el|mi) testamento[^\\n]{0,80}(?:contrasenas|sobre|carta|mis cosas)",
    ),
    OPTS,
  ),
  esRule(
    "es.suicide.r18.car_exhaust",
    "suicide",
    "imminent",
    any(
      "(?:en el|dentro del) (?:coche|carro|auto) (?:dentro del|dentro de la|en el|en la) (?:garaje|garage|cochera)[^.\\n]{0,12}? con el motor (?:encendido|prendido)",
      "(?:estoy )?(?:en el|dentro del) (?:garaje|garage|cochera) con el (?:motor|carro|coche) (?:encendido|prendido)",
      "(?:con )?la manguera (?:conectada |puesta )?(?:al|en el) escape",
      "(?:ahorita|ya|ahora) me meto (?:a|en) la (?:tina|banera) con (?:el|la|un|una) (?:cuchillo|navaja|cuchilla)",
    ),
    OPTS,
  ),
  esRule(
    "es.suicide.r18.decided",
    "suicide",
    "high",
    any(
      "(?:ya )?(?:tengo|lo tengo) (?:decidido|pensado|planeado|claro) (?:el )?como y (?:el )?cuando",
      `ya tengo (?:la )?fecha${END}[^\\n]{0,80}(?:no dejarle|deudas|despedirme|carta|antes de irme)`,
      "(?:dame|denme|me de|me den) una razon (?:para|pa) no (?:hacerlo|matarme|suicidarme)",
    ),
    OPTS,
  ),
  esRule(
    "es.suicide.r18.held_back",
    "suicide",
    "moderate",
    any(
      `(?:pensando|pienso|pense|pensar) (?:en )?como hacerlo sin (?:que|q) (?:a ${KIN} )?(?:le |les )?(?:duela|sufra|sufran|encuentre|encuentren|note)`,
      `no me (?:mato|suicid\\w*|quito la vida) (?:porque|por|x) [^\\n]{0,50}pero (?:ganas no me faltan|ganas me sobran|ganas tengo)`,
      "(?:es|son) lo unico que me (?:detiene|frena|mantiene) (?:de hacerlo|de matarme|aqui|con vida|viv[oa])",
      "busco (?:formas|maneras|metodos|como) (?:de )?(?:matarme|suicidarme|quitarme la vida)",
      "(?:pense|pensado|pienso|pensando|ganas de) (?:en )?(?:estrellar|estampar) (?:el|mi) (?:carro|coche|auto|moto) contra",
      "(?:pensado|pense|pienso|pensando) en tomarme (?:todo el frasco|toda la caja|todas (?:mis|las) pastillas)",
      "(?:se suicid\\w*|se mato|se quito la vida)[^\\n]{0,80}?(?<!no )(?<!nunca )(?:yo )?(?:podria|pudiera|quisiera|deberia|voy a) hacer lo mismo",
    ),
    OPTS,
  ),
  esRule(
    "es.suicide.r18.passive",
    "suicide",
    "low",
    any(
      "fantase\\w* con (?:que )?(?:un|una|el|la) (?:carro|coche|camion|bus|auto|tren|moto) me (?:atropelle|arrolle|pise|choque)",
      "(?:ojala|que ganas de que|quisiera que) me (?:caiga un rayo|atropelle|arrolle|de un infarto|de algo)",
      "si me muero(?: manana| hoy)?,? (?:pues )?(?:ni modo|da igual|que importa|nadie se daria cuenta|a nadie le importa)",
      "me pregunto si alguien (?:notaria|se daria cuenta|lloraria) si (?:me muero|desaparezco|ya no estoy)",
      "me (?:estoy quedando|quede|quedan pocas) sin razones (?:para|pa) seguir",
      "ya no le tengo miedo a (?:la muerte|morir|morirme)[^\\n]{0,40}(?:paz|tranquil\\w+|alivio)",
      "no puedo mas con esta vida[^\\n]{0,30}(?:que se acabe|acabar|irme)",
      "no de la (?:fiesta|reunion|casa|escuela|chamba|oficina)(?:,|\\.)? de (?:la vida|este mundo)",
      "ya no vale la pena vivir",
      `no se (?:ni )?(?:pa|para) ${Q} sigo (?:aqui|viv[oa]|vivo|en esto)`,
      "ya no quiero (?:despertar|despertarme|amanecer)(?![^.\\n]{0,30}(?:cruda|resaca|guayabo|temprano|a las|antes))",
      "ojala (?:la quimio|el tratamiento|la operacion) no (?:funcione|sirva|salga bien)",
    ),
    OPTS,
  ),
  esRule(
    "es.suicide.r18.friend",
    "suicide",
    "low",
    "mi (?:mejor )?(?:amig[oa]|herman[oa]|prim[oa]|novi[oa]|compa|roomie|vecin[oa]) (?:me )?(?:escribio|dijo|mando|puso) (?:un mensaje )?(?:que )?(?:se quiere|ya se quiere|se va a) (?:matar|suicid\\w*|morir|quitar la vida)[^\\n]{0,80}(?:no (?:me )?contesta|no responde|no se que hacer|no la encuentro|no lo encuentro)",
    OPTS,
  ),
];
