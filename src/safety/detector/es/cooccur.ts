import { lazyGate } from "../word-gate.ts";
import { PILLS_ES } from "./words.ts";

// Co-occurrence in Spanish, as ../cooccur.ts reads English: what fixed phrases miss when a
// message only sets a scene. A means at hand or made ready beside a time, a decision, or nobody
// near ("hoy es la noche. tengo todo, pastillas y ron, y nadie vuelve a casa hasta el lunes");
// a question that names a means and a lethal outcome ("si me tiro delante del metro creen que
// sufriria?", "cual es la dosis de ketamina q ya te mata?"). Read on normalised text (no
// accents, lower case).

const MEANS_ES = `(?:${PILLS_ES}|navaja|navajas|cuchillo|cuchillos|cuchilla|cuchillas|gillette|cutter|exacto|soga|cuerda|lazo|cable|cinturon|pistola|la 9|la nueve|revolver|escopeta|rifle|arma|veneno|raticida|matarratas|cloro|anticongelante|carbon|anafre|manguera)`;

/** A means held, made ready or kept: "tengo las pastillas", "la navaja en la mano". */
const MEANS_READY_ES = new RegExp(
  `\\b(?:(?:tengo|tengo ya|ya tengo|junte|guarde|compre|consegui|saque|prepare|escondi|traigo|llevo|agarre|deje) (?:\\w+ ){0,3}?${MEANS_ES}|${MEANS_ES} (?:\\w+ ){0,3}?(?:lista|listas|listo|listos|preparad[oa]s?|contad[oa]s?|en fila|en la mano|en las manos|en la boca|en la cintura|en la mesa|en la cama|en el bano|al lado|junto a mi|conmigo|atad[oa]|colgad[oa]))\\b|\\btengo todo\\b[^.!?\\n]{0,40}\\b${MEANS_ES}\\b`,
);
/** Held or pointed now. */
const AT_HAND_ES =
  /\b(?:en (?:la|mi|las|mis) manos?|en la boca|en la cintura|en mi regazo|apuntando(?:me)? a (?:mi|la) (?:cabeza|sien|pecho)|en la sien|contadas|en fila)\b/;
/** Nobody near for a while. */
const ALONE_ES =
  /\b(?:nadie (?:vuelve|llega|regresa|viene|va a (?:venir|volver|llegar))(?: a casa)? hasta|no hay nadie(?: en (?:casa|la casa))?|estoy (?:sol[oa]|sol[oa] en casa)(?: (?:hoy|esta noche|todo el fin|hasta))?|tengo la casa (?:para mi|sol[oa])|(?:mis hijos|los ninos|mi (?:esposo|esposa|marido|mujer|pareja|mama|papa|familia|roomie)) (?:no (?:vuelve|vuelven|regresa|regresan|llega|llegan)|(?:se fue|se fueron|salio|salieron|esta|estan) (?:\w+ ){0,3}?)hasta)\b/;
const WHEN_ES =
  /\b(?:hoy|esta noche|hoy en la noche|en la noche|manana|pasado manana|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|este fin(?: de semana)?|en (?:una|un par de|\d+|dos|tres) horas?|en (?:\d+|unos|cinco|diez|veinte) minutos|cuando (?:salga|se duerman|se vayan|termine|cuelgue|acabe|llegue|oscurezca)|al rato|ahorita|ya mismo|despues de (?:la sesion|cenar|trabajar|la cena|mi turno|el turno)|a las \d+)\b/;
/** A decision that needs nothing beside it but a time ("ya lo decidi, el sabado es el dia"). */
const DECIDED_ES =
  /\b(?:ya (?:lo )?decidi|ya (?:esta|estan) (?:todo )?(?:decidido|planeado)|ya no hay vuelta atras|ya (?:escribi|deje) (?:las|la|mis) cartas?|ya esta decidido|es la ultima noche)\b/;
/** Readiness that could be for anything ("ya tengo todo listo... la maleta"): with a means or death. */
const READY_ES =
  /\b(?:ya (?:esta|estan) (?:todo )?(?:listo|preparado)|ya (?:deje|tengo) todo (?:listo|arreglado|en orden|preparado)|tengo todo(?: listo| preparado)?(?=[ ,.!]|$)|hoy es la noche|esta noche es la noche|ya me despedi|es la ultima vez)\b/;
/** The everyday event a date or a ready thing is for. */
const EVENT_ES =
  /\b(?:fiesta|boda|cena|comida|cumple\w*|concierto|partido|examen|entrevista|viaje|vuelo|mudanza|cita|reunion|graduacion|posada|carne asada|asado|pelicula|serie|estreno|juego|torneo|clase|curso|trabajo nuevo|vacaciones|bautizo|quinceanera|xv|dieta|jefe|chamba|renunci\w*|gimnasio|album)\b/;
const DYING_ES =
  /\b(?:morir\w*|muerte|matarme|suicid\w*|adios|despedida|para siempre|no despertar|ya no estar|sobredosis|no aguanto|ya no puedo|perdon(?: a todos)?|me (?:tiro|aviento|lanzo)|tirarme|aventarme|lanzarme|las vias|el puente|se acaba)\b/;
const NOT_MEANS_ES =
  /\b(?:cocin\w*|receta de|verduras|cebolla|carne|pastel|cortar el pelo|caceria|cazar|campo de tiro|pesca|jardin|herramientas?|ferreteria|farmacia|surtir|la dosis de la clinica|la clinica|el doctor|la doctora|mi medico|para la presion|vitaminas|limpi\w*|cazaba|de adorno|coleccion|guitarra|violin|tendedero|columpio|hamaca|escala\w*|sesion|sesiones|infusion|consulta|chef|cociner[oa]|carnicer[oa]|picar|rebanar|filetear)\b/;
/** Someone else told of, with no word of the patient's own. */
const THIRD_PERSON_ES =
  /^(?:mi|el|la) (?:amig[oa]|herman[oa]|hij[oa]|prim[oa]|mama|papa|madre|padre|novi[oa]|espos[oa]|vecin[oa]|compa|pana|tia|tio|abuel[oa])\b/;
/** Someone else holding or keeping the thing ("el chef tiene el cuchillo en la mano"). */
const HOLDS_ES =
  /\b(?:tiene|tenia|trae|traia|lleva|llevaba|agarra|agarro|sostiene|guarda|guardaba)\b/;
const FIRST_PERSON_ES = /\b(?:yo|me|estoy|tengo|voy|quiero|ya no aguanto)\b/;

// Each reading needs a means, a decision or readiness: a text without their words skips it.
const mayPlan = lazyGate(() => [MEANS_READY_ES, DECIDED_ES, READY_ES]);

/** A means made ready (or a bare decision) next to a time, nobody near, or held now. */
export function spanishMeansWithTime(text: string): boolean {
  if (text.length > 600 || !mayPlan(text) || NOT_MEANS_ES.test(text)) return false;
  if (THIRD_PERSON_ES.test(text) && !FIRST_PERSON_ES.test(text)) return false;
  if (HOLDS_ES.test(text) && !FIRST_PERSON_ES.test(text)) return false;
  const means = MEANS_READY_ES.test(text);
  const decided = DECIDED_ES.test(text);
  const ready = READY_ES.test(text) && (means || DYING_ES.test(text));
  if (!means && !decided && !ready) return false;
  if (EVENT_ES.test(text) && !DYING_ES.test(text)) return false;
  const atHand = AT_HAND_ES.test(text) || ALONE_ES.test(text);
  return (
    (means && (decided || ready || atHand)) || ((means || decided || ready) && WHEN_ES.test(text))
  );
}

const QUESTION_ES =
  /^(?:(?:y|oigan|oye|pregunta|una pregunta|pregunta seria|en serio)[,:]? )*(?:cuant[oa]s?|que|cual|cuales|como|donde|desde (?:que|cuantos?)|es verdad|alguien sabe|alguien se ha|se puede|sirve|funciona|duele|dolera|sufriria|seria|tardaria|creen que|crees que|si me)\b|\?\s*$/;
const METHOD_MEANS_ES = new RegExp(
  `\\b(?:${MEANS_ES}|dosis|sobredosis|ketamina|keta|insulina|tirarme|tirarse|aventarme|aventarse|lanzarme|lanzarse|me tiro|me aviento|piso|pisos|edificio|puente|azotea|altura|metro|tren|vias|colgarme|colgarse|ahorcarme|ahorcarse|venas|munecas|ahogarme|ahogarse|tiro|gas)\\b`,
);
const LETHAL_ES =
  /\b(?:morir|morirme|morirse|muero|muere|mueres|muera|murio|muerto|muerte|matar|mata|matarme|matarse|te mata|letal|mortal|no despertar|ya no despertar|pare el corazon|para el corazon|pararia el corazon|sin dolor|sufriria|sufrir|sufre|dolera|duele mucho|es seguro que|seguro que funciona|suficiente|suficientes|sobrevivir|sobrevive|efectivo|mas rapido|rapido)\b/;
const BENIGN_ES =
  /\b(?:muela|cabeza|fiebre|gripa|gripe|resfriado|dolor de|receta|farmacia|la clinica|la sesion|normal|efectos? secundarios?|comun|hacer efecto|hace efecto|perro|perrito|gato|planta|cocina\w*|examen|tarea|la serie|la pelicula|el libro|la novela|cancion|personaje|mi (?:amig[oa]|herman[oa]|hij[oa]|mama|papa) (?:se|le|lo|la)|le quite|se las quite|a quien llamo|como (?:le|lo|la) ayudo|(?:me hago|hacerme|hacerse) el muerto|al piso|muero de (?:hambre|risa|sueno|frio|calor|ganas|verguenza|pena)|apetito)\b/;

const mayAsk = lazyGate(() => [METHOD_MEANS_ES]);

/** A question in one sentence that names a means and a lethal outcome. */
export function spanishMethodQuestion(text: string): boolean {
  if (!mayAsk(text)) return false;
  for (const raw of text.split(/(?<=[.!?\n])/)) {
    const s = raw.trim();
    if (s.length === 0 || s.length > 200) continue;
    if (!QUESTION_ES.test(s) || !METHOD_MEANS_ES.test(s) || !LETHAL_ES.test(s)) continue;
    if (BENIGN_ES.test(s)) continue;
    return true;
  }
  return false;
}
