// Spanish, second pass: explicit wording, negation, wider medical wording and contrast pairs
// (everyday sentences with "quiero", "tomé mis pastillas", "mi esposo", "me corté").
import { pool, type Spec } from "./gen.ts";

const q = (s: string) => pool(s);

export const ES_EXTRA_SLOTS: Record<string, string[]> = {
  inf: q(
    "morir|morirme|matarme|quitarme la vida|suicidarme|cortarme|hacerme daño|lastimarme|desaparecer|tirarme del puente",
  ),
  tail: q(
    "solo estoy cansada|solo estoy cansado|quiero vivir|tengo a mis hijos|quiero mejorar|solo quiero que pare el dolor|te lo prometo|no te preocupes|estoy a salvo",
  ),
  hope: q(
    "tampoco quiero vivir así|no sé cómo seguir|no veo salida|estoy harta de estar viva|todos estarían mejor sin mí",
  ),
  benignFor: q(
    "la hamaca|la tienda de campaña|el tendedero|el columpio de los niños|la mudanza|el barco",
  ),
  event: q(
    "la boda|la mudanza|las vacaciones|el bautizo|la fiesta|la operación de rodilla|el viaje a México|la graduación",
  ),
  occasion: q("su cumpleaños|su aniversario|navidad|el día de la madre|su jubilación"),
  give: q(
    "mis libros viejos a la biblioteca|el sofá viejo|los gatitos a buenas familias|la ropa de bebé a mi prima|la cuna ahora que los niños crecieron",
  ),
  ailment: q(
    "la tiroides|la presión|el dolor de cabeza|la espalda|la alergia|el colesterol|el estómago",
  ),
  want: q(
    "ir al cine|aprender a cocinar|volver a correr|seguir con la terapia|viajar este año|ver a mis nietos|estudiar enfermería|mejorar|descansar un poco",
  ),
  benignPlace: q("a casa|al mercado|a la playa|a misa|al médico|al centro|a la clínica"),
  cut: q(
    "el pelo|las uñas|el dedo cocinando|con una hoja de papel|el flequillo|la mano abriendo una lata",
  ),
  landmark: q("el everest|la torre eiffel|el puente de la foto|esa cascada|el estadio nuevo"),
};

export const ES_EXTRA: Spec[] = [
  {
    set: "es-passive-more",
    level: "low",
    categories: ["suicide"],
    count: 40,
    templates: q("estaría mejor muerta|estaría mejor muerto|ojalá estuviera muerta"),
  },
  {
    set: "es-explicit",
    level: "moderate",
    categories: ["suicide"],
    count: 150,
    templates: q(
      "quiero morir|me quiero morir|me quiero matar|tengo ideas suicidas|pienso en suicidarme|quiero quitarme la vida|me voy a tirar de {place}|ya tengo pensado cómo hacerlo|no quiero matarme pero {hope}|no quiero morir pero {hope}|pienso en matarme todos los días|quiero morirme ya|me voy a suicidar|tengo ganas de morirme de verdad|ya no quiero vivir",
    ),
  },
  {
    set: "es-medical-more",
    level: "high",
    categories: ["medical"],
    count: 80,
    templates: q(
      "opresión en el pecho y me falta el aire desde {dose}|no puedo despertar a {person} después de {dose}|me arde al orinar desde hace días|sigo confundido al día siguiente, no sé qué día es|no reconozco mi casa|veo cosas que no están y ya pasaron {hours}|vomito sin parar desde {dose}|tengo los labios morados|siento que se me cierra la garganta",
    ),
  },
  {
    set: "es-abuse-more",
    level: "moderate",
    categories: ["abuse"],
    count: 50,
    templates: q(
      "le tengo miedo a {abuser}|no me siento segura en casa|{abuser} controla todo mi dinero|{abuser} me quitó el teléfono y las llaves para que no salga|{abuser} me grita que no valgo nada todas las noches|{abuser} me amenaza con un cuchillo",
    ),
  },
  {
    set: "es-self-harm-more",
    level: "moderate",
    categories: ["self_harm"],
    count: 40,
    templates: q(
      "quiero cortarme|me autolesiono cuando estoy así|me hice daño a propósito {ptime}|tengo ganas de lastimarme otra vez|me quemé el brazo a propósito",
    ),
  },
  {
    set: "es-neg-negated",
    level: "none",
    categories: [],
    count: 200,
    templates: q(
      "no quiero {inf}, {tail}|nunca quisiera {inf}, {tail}|no pienso {inf}|no tengo ganas de {inf}, {tail}|no estoy pensando en {inf}|nunca pensé en {inf}|no, no quiero {inf}|jamás voy a {inf}|no quiero {inf}|{abuser} no me pega|{abuser} nunca me ha pegado|{abuser} me trata bien|no tomé más {ket} de la indicada|no usé ketamina de más|no tengo sangre en la orina, todo bien",
    ),
  },
  {
    set: "es-neg-contrast",
    level: "none",
    categories: [],
    count: 320,
    templates: q(
      "compré una cuerda para {benignFor}|elegimos la fecha de {event}|ya tenemos fecha para {event}: {time}|escribí cartas a {person} por {occasion}|regalé {give}|le dejé {pet} a {person} el fin de semana|qué tan alto es {landmark}|tomé mis pastillas para {ailment}|tomé mi medicina de la noche|quiero {want}|tengo ganas de {want}|dormí toda la tarde|me quedé dormida viendo la tele|comí con {person}|{person} me llevó {benignPlace}|mi marido me recogió de la sesión|me corté {cut}|me despedí de {person} en el aeropuerto|quiero despedirme de mis compañeros antes de las vacaciones|fui {benignPlace} con {person}|hoy cociné para {person}|qué aburrido es esperar en la clínica|me siento cansada del trabajo pero bien|ya está todo listo para {event}|voy {benignPlace} {time}|no puedo respirar de la risa|me muero de sueño, me voy a dormir|mi abuela ya no está, murió hace años y la recuerdo con cariño|puedo manejar después de {dose}|el viernes es mi última sesión del ciclo",
    ),
  },
];
