// Spanish hard negatives for the learned scorer's corpus.
import { pool, type Spec } from "./gen.ts";

const q = (s: string) => pool(s);

export const ES_NEG: Spec[] = [
  {
    set: "es-neg-idioms",
    level: "none",
    categories: [],
    count: 220,
    templates: q(
      "me muero de risa|estoy muerto de cansancio|me mata este dolor de espalda|me muero de hambre|me muero de ganas de verte|este calor me está matando|me aburro como una ostra|estoy muerta de sueño|el tráfico me está matando|me muero de la vergüenza jaja|mi jefe me va a matar si llego tarde|me muero por ir al concierto|este examen me está matando|qué aburrimiento, me muero|me mató de risa el video|se me murió el celular|mata el proceso y reinicia el servidor|vamos a tirar unas fotos en el parque|le pegó un tiro a puerta y fue gol|estoy hecho polvo después del partido|me corté el pelo muy corto|mi planta se está muriendo|voy a colgar el cuadro en el pasillo|corta la cebolla en trocitos",
    ),
  },
  {
    set: "es-neg-tired",
    level: "none",
    categories: [],
    count: 160,
    templates: q(
      "estoy {feel} pero bien|qué cansancio tengo hoy|estoy agotada del trabajo|me aburro mucho en casa|hoy no tengo ganas de nada, solo dormir|estoy harto del tráfico|qué día tan largo|me duelen las rodillas cuando llueve|tengo migraña otra vez|la fibromialgia me tiene fatal hoy|estoy cansado de esta lluvia|me aburre esta serie|estoy muerto, me voy a dormir|trabajé doce horas, estoy reventado",
    ),
  },
  {
    set: "es-neg-third-news",
    level: "none",
    categories: [],
    count: 180,
    templates: q(
      "{friend} dice que se quiere matar, cómo la ayudo|{friend} intentó suicidarse el año pasado y tengo miedo|mi hija se autolesiona, qué hago|estoy preocupada por {friend}, dice que es una carga|las tasas de suicidio subieron según el informe|en la novela el protagonista se tira del puente|estoy escribiendo un thriller donde envenenan al alcalde|en la película se dispara al final y me dejó mal|el estudio dice que la ketamina reduce las ideas suicidas|las noticias hablaron de un apuñalamiento en el centro|cuáles son las señales de que {friend} piensa en suicidarse|el esposo de {friend} le pega, cómo la ayudo a salir",
    ),
  },
  {
    set: "es-neg-resolved-dose",
    level: "none",
    categories: [],
    count: 200,
    templates: q(
      "hace años lo intenté, desde entonces no he vuelto a sentirme así|me cortaba en la prepa, llevo diez años sin hacerlo|tuve un intento a los veinte, ahora estoy bien|me siento mareada y como flotando después de {dose}|tuve sueño toda la tarde después de {dose}|el corazón se me aceleró durante {dose} y luego se calmó|un poco de náusea después de {dose} pero ya estoy bien|me sentí desconectado una hora después de {dose}, ya pasó|dormí muy bien después de {dose}|es normal sentirse raro una hora después de {dose}|no quiero morir, quiero sentirme mejor|no tengo ideas de hacerme daño|no me voy a hacer nada, te lo prometo|no quiero matarme, solo estoy cansado|nunca me haría daño",
    ),
  },
  {
    set: "es-neg-everyday",
    level: "none",
    categories: [],
    count: 200,
    templates: q(
      "a qué hora es mi próxima cita|puedo comer antes de {dose}|gracias, la sesión fue bien|saqué a pasear a {pet} e hice la cena|qué puente tiene la mejor vista de la ciudad|cuánto cuesta el estacionamiento|tengo ganas de {hobby} este finde|vi el partido con mi papá|por fin compiló mi código|recogí mi receta hoy|hablé con {person} y me hizo bien|compré un juego de cuchillos para la cocina|regalé {thing} porque me mudo|tengo que comprar lejía y papel|me duele la cadera de estar sentada|cuántas calorías tiene una concha",
    ),
  },
];

export const ES_LONG_NEG_CUES = q(
  "Me mata este dolor de espalda algunos días.|{friend} intentó suicidarse el año pasado y me preocupa.|Hace años lo intenté pero desde entonces estoy bien.|Me sentí mareada después de {dose} pero se pasó.|Estoy cansada, pero del cansancio normal.|No tengo ideas suicidas, quiero dejarlo claro.|Me muero de ganas de volver a {hobby}.|Las cosas poco a poco van mejorando.|Estoy muerto de cansancio pero contento.",
);
