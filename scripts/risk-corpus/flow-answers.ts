// Short answers patients type inside flows (numbers, yes/no, names, intentions, plans,
// commands), English and Spanish: the first model read "yes", "40" and "My blue blanket" as risk.
import { pool, type Spec } from "./gen.ts";

const q = (s: string) => pool(s);

const numbers = Array.from({ length: 101 }, (_, k) => String(k));

export const ANSWER_SLOTS: Record<string, string[]> = {
  num: numbers,
  reply: q(
    "yes|no|maybe|later|stop|next|menu|done|ok|okay|sure|not now|help|back|skip|yep|nope|ready|hard|easy|better|same|worse|a bit|a little|kind of|not really|i guess|hmm|mmm|thanks|thank you|cool|got it|keep|raise|lower|start|continue|cancel|/delete|/menu|/help|/start|/stop|/language",
  ),
  name: q(
    "Sam|Ana|Maria|John|my sister|my husband|Dr. Lee|my neighbor Pat|Luis|Grace|my mom|Jordan",
  ),
  object: q(
    "my blue blanket|a cup of tea|my headphones|the dog|a candle|my journal|a stress ball|my grandmother's ring|a photo of my kids|a soft pillow|coffee and soap|the window|music|the garden",
  ),
  intention: q(
    "to listen to my body|to be kinder to myself|to let go of anger|to understand my pain|to feel safe|to reconnect with my kids|to sleep better|to stop blaming myself|to accept what happened|to find some peace|to be present|to trust the process",
  ),
  plan: q(
    "walk 10 minutes, 3 days|call my sister on sunday|drink more water|stretch in the morning|go to bed by 11|read before sleep|cook one real meal a day|sit outside for five minutes|ask sam to keep things for me|ask my sister to hold my meds|put the pills in the lockbox|text my friend when it's bad|last month i worked every day|breakfast every day|one short walk after lunch",
  ),
  ask: q(
    "are you a real person?|are you a bot?|who reads this?|what can you do?|how does this work?|can i talk to a human?|when is my next session?|sometime soon|what's the clinic's number?|can you remind me tomorrow?",
  ),
  esReply: q(
    "sí|si|no|tal vez|luego|para|siguiente|menú|listo|vale|claro|ahora no|ayuda|atrás|un poco|más o menos|igual|mejor|peor|gracias|mmm|bueno|de acuerdo|seguir|empezar|cancelar",
  ),
  esObject: q(
    "mi manta azul|una taza de té|mis audífonos|el perro|una vela|mi diario|una foto de mis hijos|la ventana|música|el jardín|el anillo de mi abuela",
  ),
  esIntention: q(
    "escuchar a mi cuerpo|ser más amable conmigo|soltar el enojo|entender mi dolor|sentirme segura|dormir mejor|dejar de culparme|encontrar paz|esto también pasa|estar presente",
  ),
  esPlan: q(
    "caminar 10 minutos, 3 días|llamar a mi hermana el domingo|tomar más agua|estirarme en la mañana|desayunar todos los días|acostarme a las 11|el mes pasado trabajé todos los días|pedirle a mi hermana que guarde mis medicinas|que voy a llorar delante de la gente|me duele la espalda al despertar",
  ),
  esAsk: q(
    "¿eres una persona real?|¿eres un bot?|¿quién lee esto?|¿qué puedes hacer?|¿cuándo es mi próxima sesión?|pronto|¿me recuerdas mañana?",
  ),
};

export const EN_ANSWERS: Spec = {
  set: "neg-flow-answers",
  level: "none",
  categories: [],
  count: 520,
  templates: q(
    "{num}|{num}|{num} minutes|{num} days|about {num}|{reply}|{reply}|{reply}|{name}|{object}|{intention}|{plan}|{ask}|{reply}, {reply}|{num}/10|i'd say {num}|{object} and {object}|{intention} and {intention}",
  ),
};

export const ES_ANSWERS: Spec = {
  set: "es-neg-flow-answers",
  level: "none",
  categories: [],
  count: 300,
  templates: q(
    "{num}|{num} minutos|unos {num} días|{esReply}|{esReply}|{name}|{esObject}|{esIntention}|{esPlan}|{esAsk}|{esReply}, {esReply}|diría que {num}|{esObject} y {esObject}",
  ),
};
