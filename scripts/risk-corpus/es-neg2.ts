// Spanish hard negatives, second pass: combinatorial idioms ("me muero de..."), everyday
// sentences with "quiero"/"mis pastillas"/"mi esposo", third person, fiction and after-dose.
import { pool, type Spec } from "./gen.ts";

const q = (s: string) => pool(s);

export const ES_NEG2_SLOTS: Record<string, string[]> = {
  muero: q(
    "risa|hambre|sueño|frío|calor|vergüenza|ganas de verte|ganas de ir|aburrimiento|susto|envidia|nervios|sed",
  ),
  mata: q(
    "la espera|el calor|este dolor de espalda|el tráfico|esta canción|el trabajo|la rodilla|esta serie|la migraña|el jefe con sus reuniones",
  ),
  muerto: q("cansancio|frío|sueño|miedo|risa|hambre"),
  who: q(
    "mi hermana|mi amigo|mi vecino|mi prima|mi mamá|mi hijo|un compañero|mi tía|mi cuñada|mi mejor amiga",
  ),
  whoDid: q(
    "dice que quiere morirse|se quiere matar|intentó suicidarse el año pasado|se corta los brazos|tomó muchas pastillas una vez|dice que es una carga|habla de desaparecer",
  ),
  worry: q(
    "y no sé cómo ayudarlo|y estoy muy preocupada|qué puedo hacer|llamé a la línea de ayuda para pedir consejo|y me quedo con ella|ya hablé con su médico",
  ),
  fiction: q(
    "en la película el protagonista se suicida|en la novela el asesino envenena al rey|en la serie se tira del puente|en el videojuego me mataron diez veces|en el libro la detective encuentra el veneno|el noticiero habló de un apuñalamiento|según el periódico bajaron los suicidios",
  ),
  daily: q(
    "hoy el dolor está en un 5, mejor que ayer|dormí mal anoche|gracias por preguntar, estoy bien|fui a caminar con mi perro|la sesión fue intensa pero bonita|tengo que tomar mis pastillas para la presión|quiero cambiar mi cita al jueves|mi hija viene a buscarme después de la sesión|vi colores raros durante la sesión|tengo muchas ganas de seguir con el tratamiento|no quiero llegar tarde a la cita|estoy cansada pero contenta|me voy a tirar en el sofá un rato|el sol me pega fuerte|me ahogo de calor|mi prima se desmaya cuando ve sangre|el doctor me preguntó si quiero hacerme daño y le dije que no|lo voy a matar a besos|mi hijo rompió la tele, lo voy a matar jaja|mi mamá me va a matar cuando vea la cocina|quiero dormir una siesta|tomé la pastilla de la tiroides en ayunas|mi esposo me preparó la cena|mi marido me acompañó a la clínica|me despedí de mi jefa, me cambio de trabajo|regalo la ropa que ya no uso|compré cuchillos nuevos para la cocina|el puente de mi pueblo está en obras|perdí el tren de las ocho|me dio un poco de mareo al levantarme, ya pasó|sentí el corazón rápido en la sesión y luego se calmó|tuve náuseas un rato después de la pastilla|me sentí flotando, fue bonito|cuántas pastillas me quedan para el mes|a qué hora tomo la dosis|el médico me bajó la dosis|me duele la espalda al despertar|me duelen las rodillas al despertar|me cuesta despertar temprano|desperté con dolor de cabeza|al despertar tomo un café|no quiero despertar a los niños todavía|mañana me despierto a las seis|me desperté cansada pero bien|no quiero levantarme tan temprano mañana|quiero dormir hasta tarde el domingo",
  ),
  reflexive: q(
    "atarme los zapatos|atar los cordones|atarme el pelo|bañar|acostar temprano|arreglar para la fiesta|tomar un café|tomar la pastilla de la presión|tirar en la cama un rato|echar una siesta|tomar un té|matricular en el curso|mudar de piso|despedir de mis compañeros, me cambio de trabajo|cortar el pelo|cortar las uñas",
  ),
  noquiero: q(
    "no quiero morir|nunca me haría daño|no tengo pensamientos suicidas|jamás he pensado en suicidarme|no quiero hacerme daño|no me voy a matar, tranquila|no tengo dolor en el pecho|no pienso en matarme|antes quería morirme, ya no|no tengo ganas de cortarme, llevo un año bien|no soy una carga, lo sé ahora",
  ),
};

export const ES_NEG2: Spec[] = [
  {
    // The risk templates' slot words in everyday sentences (see the English "neg-slots").
    set: "es-neg-slots",
    level: "none",
    categories: [],
    count: 300,
    templates: q(
      "{ptime} fui a {place} con {person}|{person} y yo vamos {benignPlace} {time}|{time} veo a {person}|{ptime} fue un buen día|tengo {dose} {time}|me sentí bien {hours} después de {dose}|a {dead} le habría encantado esto|{ptime} paseé a {pet}|quedé con {friend} {time}|{person} hizo la cena {ptime}|tomé mis pastillas para {ailment} {ptime}|el mes pasado trabajé mucho|este mes ha sido mejor|{ptime} dormí bien|{person} me llamó {ptime}, qué bonito|compré un regalo para {person}|{time} es el cumpleaños de {person}|le di {thing} a {friend} {ptime}, lo necesitaba|le escribí a {person} {ptime}|después de {dose} {ptime} descansé",
    ),
  },
  {
    set: "es-neg-idioms-more",
    level: "none",
    categories: [],
    count: 220,
    templates: q(
      "me muero de {muero}|me muero de {muero} jaja|me quiero morir de {muero}|me mata {mata}|{mata} me está matando|estoy muerto de {muero}|estoy muerta de {muerto}|casi me muero de {muero}|uf, me mata {mata}",
    ),
  },
  {
    set: "es-neg-third-more",
    level: "none",
    categories: [],
    count: 160,
    templates: q("{who} {whoDid} {worry}|{who} {whoDid}, {worry}|{fiction}|{fiction}, qué fuerte"),
  },
  {
    set: "es-neg-daily-more",
    level: "none",
    categories: [],
    count: 300,
    templates: q(
      "{daily}|{daily}, gracias|{noquiero}|{noquiero}, solo estoy cansada|{daily} jaja|bueno, {daily}|me voy a {reflexive}|ahora me voy a {reflexive}|luego me voy a {reflexive}",
    ),
  },
];
