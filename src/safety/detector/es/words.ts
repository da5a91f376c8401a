import type { RiskCategory, RiskLevel } from "../../types.ts";
import { type Rule, type RuleOptions, rule } from "../rules.ts";

// Building blocks for the Spanish lexicon. Patterns run on normalised text: lower case,
// accents folded ("suicidárme" -> "suicidarme", "ñ" -> "n"), one space between words. The
// English modifiers (negation, who is speaking, jokes) read English words, so Spanish rules
// carry their own checks inside the pattern: GUARD before a match, JOKE_ES as `unless`.

/** Words that may sit between a Spanish negator and what it negates. */
const NEG_SCOPE =
  "(?:me|te|lo|la|le|se|que|yo|realmente|de verdad|para nada|tengo|tenia|tendria|hay|pienso|pensaria|pensado|intentaria|intentare|quiero|quisiera|queria|voy|iba|a|de|ganas|intencion|intenciones|planes|plan|pensamientos|ideas|ninguna|ningun|mas|creo|siento|estoy|he|ha|han|haria|hare|podria|seria|capaz|nunca|jamas|ya|lo he|volveria|volvere|pense)";

/**
 * Dropped when negated in the same clause ("no quiero morir", "nunca me haría daño", "jamás
 * he pensado en matarme") or reported from someone else ("me dijo que ...", in quotes).
 * A lookbehind: compiled once with the rule, no per-call work.
 */
export const GUARD = `(?<!(?:(?<![a-z])(?:no|nunca|jamas|ni|tampoco|sin|nada de) (?:${NEG_SCOPE} ){0,4})|(?:dijo|dice|decia|escribio|grito|contesto|cuenta|me conto) (?:que )?["«]?|(?:pregunto|pregunta|preguntan|preguntaron|preguntaba) (?:si|que si) (?:yo )?)`;

/**
 * A Spanish rule: GUARD applies to every match. The fast path tries a rule only where its
 * first words begin, so the GUARD lookbehind runs only there (the rule's alternatives each
 * carry it: anchors.ts alternativeSources).
 */
export function esRule(
  id: string,
  category: RiskCategory | "distress",
  level: RiskLevel,
  source: string,
  options: RuleOptions = {},
): Rule {
  return rule(id, category, level, `${GUARD}(?:${source})`, options);
}

/**
 * A wish to die, vanish or throw oneself said about an everyday nuisance (round 14, intent
 * posts): a lost match, an exam, a Monday, lost keys, a bad haircut, a like on an ex's photo,
 * "del coraje", "hasta el lunes". Not a weighty cause (a job lost, a death, the pain).
 */
export const EVERYDAY_CAUSE_ES =
  /\b(?:hasta el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|finde|fin de semana)|una semana a la|tantito|(?:si|cuando|porque) (?:pierde|perdio|no gana|no me sale|no llega)|perdio (?:otra vez|de nuevo|el|la|boca|river)|examen(?:es)?(?: sorpresa)?|parcial|tarea|homework|el profe|la profe|la teacher|clase de|diapositiva|reprob\w*|tramite|otro lunes|las llaves|sin bateria|el pelo|la foto|le di like|mi yogurt?|del coraje|de la rabia|de lo aburrid[oa]|de aburrimiento|que flojera|de la verguenza|que verguenza|grupo de whatsapp|roomies|los cuadros|el america|messi|boca|river|recital|del puente de|la fila|la cola del|me olvide la sube|\d+ cuadras|en visto|se (?:comio|acabo|tomo|robo) (?:mi|mis))\b/;

/** Plainly joking or laughing: Spanish laughter, emoji, "broma" (not "no es broma"), "xd". */
export const JOKE_ES =
  /jaja|jeje|jiji|ja ja|xd|😂|🤣|😆|😹|(?<!no (?:es|era) (?:una )?)broma|(?<!no (?:estoy|estaba) )bromeando|es un decir|lol|lmao/;

// Real words one slip away from a risk word: never accepted as a misspelling of it.
const REAL_WORDS = new Set(
  "atarme atar mata matare matara amarme quiere quiera querio vivo viví morie orar mover".split(
    " ",
  ),
);

// Sound-spellings: every occurrence, or only the first, is swapped ("vivir" -> "bibir", "bivir").
const SOUNDS: [string, string][] = [
  ["qu(?=[ei])", "k"],
  ["v", "b"],
  ["ll", "y"],
  ["c(?=[ei])", "s"],
  ["z", "s"],
];

/**
 * A word and its common misspellings, as one alternation: one letter dropped, doubled or two swapped
 * (words of six letters or more) and the usual Spanish sound-spellings (qu/k, v/b, ll/y,
 * c/s/z, a dropped h). Built once, when the module loads.
 */
export function typos(word: string, extra: string[] = []): string {
  const out = new Set<string>([word, ...extra]);
  if (word.length >= 6) {
    for (let k = 0; k < word.length; k++) out.add(word.slice(0, k) + word.slice(k + 1));
    for (let k = 0; k + 1 < word.length; k++)
      out.add(word.slice(0, k) + word.charAt(k + 1) + word.charAt(k) + word.slice(k + 2));
  }
  if (word.length >= 5)
    for (let k = 0; k < word.length; k++)
      out.add(word.slice(0, k + 1) + word.charAt(k) + word.slice(k + 1));
  for (const w of [...out])
    for (const [from, to] of SOUNDS) {
      out.add(w.replace(new RegExp(from, "g"), to));
      out.add(w.replace(new RegExp(from), to));
    }
  const kept = [...out].filter((w) => w.length >= 3 && (w === word || !REAL_WORDS.has(w)));
  return `(?:${kept.sort((a, b) => b.length - a.length).join("|")})`;
}

/** "Me mato" as hard work, not death: "me mato en el gym", "me mato estudiando". */
export const WORK_IDIOM_ES =
  "(?! (?:en el (?:gym|gimnasio|trabajo|curro|gimnasio)|estudiando|trabajando|entrenando|corriendo|haciendo|limpiando|de (?:risa|hambre)))";

/** "voy" and its slips. */
export const VOY = "(?:voy|voi|boy|boi|vou)";
/** Killing, dying and living verbs with their slips. */
export const MATAR = typos("matar", ["matr", "mtar", "mattar", "mtr"]);
export const SUICIDAR = `(?:${typos("suicidar").slice(3, -1)}|suicide|suicidal)`;
export const VIVIR = typos("vivir", ["vivr", "vivri", "vvir", "bibir"]);
export const MORIR = typos("morir", ["morri", "morr", "mrir"]);
/** "here", as typed. */
export const AQUI = "(?:aqui|aki|aqi|aca|ahi|alli)";

/** Wanting, wishing or needing (first person), spelling slips included. */
export const QUIERO = `(?:(?:yo )?(?:${typos("quiero", ["kero", "qero"])}|quisiera|kisiera|deseo|necesito|prefiero|preferiria|me gustaria|tengo (?:muchas )?ganas de|me dan ganas de|solo pienso en|solo quiero|ya quiero))`;

/** Where someone jumps from or in front of. */
export const DROP =
  "(?:del|de la|de un|de una|de los|desde|por la ventana|por el balcon|a las vias|al tren|al metro|al rio|bajo (?:un|el|los)|delante (?:de|del))";

/** Killing oneself, infinitive with "me", many spellings. */
export const KILL_ME = `(?:${typos("matarme", ["matarmee"])}|${typos("suicidarme", ["suisidarme", "suisidarm"])}|quitarme la vida|kitarme la vida|quitar(?:me)? mi vida|acabar con mi vida|terminar con mi vida|acabar con mi existencia|quitarme de en medio|ahorcarme|colgarme|envenenarme|pegarme un tiro|darme un tiro|(?:tirarme|aventarme|lanzarme|arrojarme) ${DROP}|suicidal)`;

/** Dying (the patient): infinitive, with or without "me". */
export const DIE = `(?:${typos("morirme", ["morrirme", "muerirme"])}|${MORIR}|morirse)`;

/** Figures of speech after "morir(me) de": embarrassment, laughter, hunger... */
export const DIE_IDIOM =
  // "(de sueño)", "pero de amor", "del cólico": the idiom after a comma, a bracket or "pero" too.
  "(?![ ,.(]{1,4}(?:pero |pues |y )?(?:de|del) (?:la |el |los |las |tanta |tanto )?(?:verguenza|risa|hambre|sueno|calor|frio|ganas|envidia|aburrimiento|pena|amor|cansancio|nervios|sed|miedo|ternura|gusto|emocion|celos|curiosidad|asco|felicidad|alegria|colico|cruda|resaca|gripa|gripe))(?! de lo (?:bonito|lindo|hermoso|bueno|rico|feliz|bello|increible|chido|padre))(?! antes (?:que|de) (?!(?:vivir|seguir|despertar|estar|aguantar|soportar|volver)))";

/**
 * A suicide word: suicidio, suicida, suicidarme (and "suisidio", "sucidio"); "suicide" too, as
 * mixed English and Spanish messages write it.
 */
export const SUICIDE_ES = "su[iy]?[cs]{1,2}id(?:io|as?|arme|arse|ar|al|e)";

/** Pills and medicines someone could overdose on. */
export const PILLS_ES =
  "(?:pastillas|pastias|pastiyas|pastis|pildoras|medicinas|medicamentos|calmantes|analgesicos|somniferos|ansioliticos|antidepresivos|opioides|tramadol|clonazepam|alprazolam|rivotril|insulina|paracetamol|ketamina|keta)";

/** Other people the patient might hurt (after "a"). */
export const PERSON_ES =
  "(?:mi|mis|ese|esa|esos|esas|el|la|los|las|todos|todo el mundo|alguien|mi ex|\\w+)";

/** Ketamine and the treatment's forms, for misuse. */
export const KETAMINE_ES =
  "(?:ketamina|ketamin|ketamine|keta|ket|spravato|esketamina|trociscos|pastillas de ketamina|mi dosis|la dosis)";

/**
 * A `refine` that keeps a match only when `context` occurs somewhere in the message (a dose, a
 * session): meaning, unlike `gate`, which is speed only.
 */
export function onlyWith(context: RegExp): (text: string) => RiskLevel {
  return (text) => (context.test(text) ? "imminent" : "none");
}

/** A blood-pressure reading: low from 140/90, moderate from 180/110. */
export function pressure(text: string, from: number, to: number): RiskLevel {
  const m = /(\d{2,3}) ?(?:\/|sobre|x|con) ?(\d{2,3})/.exec(text.slice(from, to));
  if (!m) return "none";
  const [sys, dia] = [Number(m[1]), Number(m[2])];
  if (sys >= 180 || dia >= 110) return "moderate";
  return sys >= 140 || dia >= 90 ? "low" : "none";
}
