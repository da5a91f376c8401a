// Spanish (Latin American and Spain) slots and risk phenomena for the learned scorer's corpus.
import { pool, type Spec } from "./gen.ts";

const q = (s: string) => pool(s);

export const ES_SLOTS: Record<string, string[]> = {
  pill: q(
    "pastillas|las pastillas para dormir|el clonazepam|paracetamol|mis antidepresivos|el tramadol|las pastillas de mi mamá|el frasco entero|la insulina|el rivotril|las pastillas de mi abuela",
  ),
  means: q(
    "una cuerda|las pastillas|una pistola|unas cuchillas|el veneno para ratas|una soga|la escopeta de mi papá|carbón y cinta|un cinturón",
  ),
  place: q(
    "el puente|el techo del edificio|las vías del tren|el acantilado|el paso elevado|la azotea|el segundo piso del estacionamiento|el río|el viaducto",
  ),
  time: q(
    "esta noche|este fin de semana|el viernes|después de mi próxima sesión|cuando todos duerman|en mi cumpleaños|antes de fin de mes|mañana temprano|el domingo|la semana que viene",
  ),
  ptime: q("anoche|el sábado|hace dos días|esta mañana|la semana pasada|ayer|hace unas horas"),
  person: q(
    "mi esposa|mi esposo|mi mamá|mi papá|mis hijos|mi hermana|mi hermano|mi novia|mi novio|mi familia|mis amigos|mi pareja|mi madre|mi padre",
  ),
  dead: q("mi papá|mi mamá|mi abuela|mi hermano|mi hijo|mi abuelo|mi mejor amigo"),
  pet: q("mi gato|mi perro|mis gatos|mi perrita"),
  thing: q("mi guitarra|mi ropa|mis libros|mi coche|mi carro|mi moto|mis ahorros|mi reloj"),
  other: q(
    "mi jefe|mi ex|el vecino|mi padrastro|mi compañero de trabajo|el encargado|mi cuñado|el novio de ella",
  ),
  venue: q(
    "la oficina|mi antigua escuela|el centro comercial|la iglesia|la clínica|la fábrica|la uni",
  ),
  abuser: q(
    "mi esposo|mi novio|mi padrastro|mi pareja|mi papá|el novio de mi mamá|mi tío|mi marido",
  ),
  friend: q(
    "mi amiga|mi mejor amigo|mi compañera de piso|mi primo|un compañero|mi hermana|mi vecina",
  ),
  ket: q("la ketamina|la keta|las pastillas sublinguales|el spray nasal|mi ketamina|el spravato"),
  dose: q("la sesión|la infusión|la dosis|el tratamiento|mi sesión"),
  hours: q("seis horas|dos días|un día|desde ayer|ocho horas|toda la noche"),
  feel: q("cansado|cansada|agotado|triste|estresada|vacío|bajoneado|agobiada"),
  n: q("20|30|todas|40|una caja entera de|15|un puñado de"),
  bye: q(
    "adiós a todos, los quiero|gracias por todo|perdón por todo|cuídense mucho|no se culpen|esta es mi despedida",
  ),
  filler: q("no sé|la verdad|jaja|bueno|en fin|ni modo|pues eso|tío|wey"),
  hobby: q("correr|la guitarra|el jardín|pintar|cocinar|el fútbol|tejer"),
};

export const ES_CONTEXT = q(
  "Tengo 38 años y llevo años con depresión.|Mi psiquiatra me recomendó la ketamina porque nada más funcionó.|Trabajo de noche en un almacén.|Tengo dos hijos y mi pareja trabaja mucho.|Nos mudamos a esta ciudad el año pasado.|Me duele la espalda desde el accidente.|Ayer fue mi cuarta sesión y la sala era tranquila.|La enfermera de la clínica es muy amable.|Casi todos los días me levanto, hago café y voy al trabajo.|Antes me encantaba {hobby} pero ya no lo hago.|Mi mamá me llama los domingos.|El dinero está difícil desde que me recortaron horas.|Perdón si es largo, no suelo escribir.|No sé por qué escribo esto aquí.|En el trabajo lo de siempre, reuniones y correos.|Ha llovido toda la semana.|Empecé una medicación nueva hace un mes.|Tengo fibromialgia y hay días que todo duele.|Mi papá murió hace tres años y éramos muy unidos.|Vivo solo desde el divorcio.|La clínica está lejos y mi esposo me lleva.|Es tarde y no puedo dormir.|Hoy limpié la cocina e hice la colada.|Mis compañeros creen que estoy bien porque hago bromas.",
);

export const ES_RISK: Spec[] = [
  {
    set: "es-method-question",
    level: "moderate",
    categories: ["suicide"],
    count: 160,
    templates: q(
      "qué puente es lo bastante alto|cuántas {pill} hacen falta para no despertar|cuánta insulina para pararme el corazón|cuánto tarda uno en desangrarse|ahorcarse duele|cuál es la forma menos dolorosa de irse|cuántas {pill} con alcohol serían suficientes|desde qué piso una caída no se sobrevive|{place} es suficientemente alto|qué dosis de {pill} es mortal|dónde consigo una pistola rápido|cuánto tiempo con el carro encendido en el garaje|a qué hora pasa el último tren por {place}|se puede morir con {pill}|qué pasa si me tomo {n} {pill} de golpe|cuánta {ket} pararía el corazón",
    ),
  },
  {
    set: "es-means-timeline",
    level: "high",
    categories: ["suicide"],
    count: 150,
    templates: q(
      "compré {means} hoy|tengo {means} en el coche y {time} es la noche|ya elegí la fecha: {time}|llevo semanas juntando {pill} y {time} me las tomo|la pistola está cargada en el cajón|ya sé qué puente. {time}|todo está listo para {time}|tengo {n} {pill} contadas en la mesa|voy a ir a {place} {time}|ya lo decidí, {time}|estoy en {place} ahora mismo|ya até la cuerda|tengo todo preparado para {time}",
    ),
  },
  {
    set: "es-attempt-prep",
    level: "high",
    categories: ["suicide"],
    count: 150,
    templates: q(
      "me tomé {n} {pill} {ptime} y desperté en urgencias|lo intenté {ptime} y no funcionó|escribí cartas para {person}|le di {pet} a mi vecina|hice mi testamento ayer|me despedí de todos {ptime}|regalé {thing} y {thing}, ya no los voy a necesitar|me tomé las pastillas {ptime} y sigo aquí por desgracia|dejé una nota en el cajón|salí del hospital después de mi intento {ptime}|me hicieron un lavado de estómago {ptime}|dejé las contraseñas y los papeles del seguro para {person}|le pedí a {friend} que cuide a {pet} si me pasa algo",
    ),
  },
  {
    set: "es-passive",
    level: "low",
    categories: ["suicide"],
    count: 120,
    templates: q(
      "estoy cansado de existir|estoy cansada de vivir|quiero que todo pare para siempre|quisiera desaparecer para siempre|ya no quiero estar aquí|no quiero despertar mañana|ojalá no hubiera nacido|me rindo, ya no tiene sentido vivir|no hay razón para seguir|ya no quiero vivir así|solo quiero dejar de existir",
    ),
  },
  {
    set: "es-hopeless-only",
    level: "concern",
    categories: [],
    count: 50,
    templates: q("no veo ningún futuro|nada va a mejorar nunca|ya no puedo más con esto"),
  },
  {
    set: "es-hopeless",
    level: "moderate",
    categories: ["suicide"],
    count: 180,
    templates: q(
      "todos estarían mejor sin mí|soy una carga para {person}|no hay salida|{person} estaría mejor sin mí|nadie notaría si me voy",
    ),
  },
  {
    set: "es-passive-slang",
    level: "low",
    categories: ["suicide"],
    count: 30,
    templates: q("quiero dormir para siempre|ojalá no despierte mañana"),
  },
  {
    set: "es-slang",
    level: "moderate",
    categories: ["suicide"],
    count: 160,
    templates: q(
      "me quiero matar|quiero quitarme la vida|quiero irme con {dead}|ya no van a saber de mí|{bye}|este es mi último mensaje|me voy a despedir de este mundo|pronto estaré con {dead}|quiero acabar con todo|me quiero morir de verdad|no voy a estar mucho tiempo más|cuando ya no esté cuiden a {pet}|ya me voy, {bye}|quiero suicidarme {time}",
    ),
  },
  {
    set: "es-self-harm",
    level: "moderate",
    categories: ["self_harm"],
    count: 90,
    templates: q(
      "me volví a cortar {ptime}|me quemo con el encendedor|recaí con las autolesiones|tengo muchas ganas de cortarme|me rasguño los brazos hasta sangrar|me pego cuando me pongo así|escondo las marcas con mangas largas|me corté los muslos {ptime}|me di golpes a propósito|compré cuchillas nuevas",
    ),
  },
  {
    set: "es-harm-others",
    level: "moderate",
    categories: ["harm_to_others"],
    count: 130,
    templates: q(
      "cómo envenenar a alguien sin que se note|cuánto hay que apretar el cuello para que alguien se desmaye|cómo hacerle daño a alguien para que no se levante|qué veneno no se detecta en una bebida|voy a hacer que {other} pague|voy a ir armado a {venue}|sé dónde estaciona {other}, ya fue|quiero lastimar a la gente de {venue}|voy a quemarle la casa a {other}|quiero que {other} se muera|voy a matar a {other}|cómo hacer que parezca un accidente|cuánto veneno para ratas en el café de {other}",
    ),
  },
  {
    set: "es-abuse",
    level: "moderate",
    categories: ["abuse"],
    count: 80,
    templates: q(
      "{abuser} me volvió a pegar {ptime}|{abuser} me encierra en el cuarto|{abuser} entra a mi cuarto de noche y me toca|{abuser} me quita el dinero y dice que nadie me va a creer|{abuser} me ahorcó en la pelea|me da miedo volver a casa, {abuser} me va a lastimar|{abuser} amenaza con matarme si lo dejo|tengo moretones donde me agarró {abuser}",
    ),
  },
  {
    set: "es-medical",
    level: "high",
    categories: ["medical"],
    count: 110,
    templates: q(
      "tengo sangre en la orina desde {dose}|me duele mucho la vejiga y casi no puedo orinar|tengo que orinar cada diez minutos y me arde|siento el pecho apretado y ya pasaron {hours} desde {dose}|el corazón me late fuertísimo y ya pasaron horas desde {dose}|sigo confundida {hours} después de {dose}|sigo viendo cosas y {dose} fue hace {hours}|no puedo respirar bien después de {dose}|me desmayé en el baño después de {dose}|la orina me sale rosada y me arde",
    ),
  },
  {
    set: "es-misuse",
    level: "moderate",
    categories: ["misuse"],
    count: 90,
    templates: q(
      "tengo {ket} guardada en casa y tomé más|le compré keta a un tipo|repetí la dosis dos veces después de {dose}|tengo antojo de {ket} todo el tiempo|me tomé las pastillas antes y doblé la dosis|tomé más {ket} de lo que me dijeron|pedí keta por internet|me la consigue un amigo entre sesiones|no dejo de pensar en la próxima dosis|tomé {ket} con unas copas esta noche",
    ),
  },
];

/** Risk sentences for long Spanish posts. */
export const ES_LONG_CUES = q(
  "Siento que soy una carga para {person}.|Estoy cansada de todo.|No veo cómo esto va a mejorar.|A veces pienso que {person} estaría mejor sin mí.|No quiero despertar la mayoría de los días.|Me siento atrapado sin salida.|Solo quiero que todo pare.|Llevo tiempo juntando {pill}.|La semana pasada busqué qué tan alto es {place}.|Escribí cartas para {person} y las escondí.",
);
