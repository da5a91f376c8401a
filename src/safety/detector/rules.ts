import type { RiskCategory, RiskLevel } from "../types.ts";

/**
 * How a rule's match is checked before it counts:
 * - `self`: the words must be about the patient; "my sister wants to die" and quoted or
 *   reported speech are dropped. "inherent" when the match itself says "myself"/"my life".
 * - `frame`: counts only when the message or recent context already carries suicide or
 *   self-harm risk (means, timelines and "do it tonight" say nothing on their own).
 * - `topic`: a subject word ("suicidal thoughts"); capped at concern in general questions.
 * - `hyperbole`: dropped when the message is plainly joking ("lol", "😂").
 * - `time`: "act" rules (attempts, self-harm acts) use `past` (moderate/concern) when the
 *   sentence dates them long ago; "state" rules become concern when past, none when resolved.
 * - `unless`: a pattern that, found near the match in the same sentence, cancels it
 *   (accidents: "cut myself shaving").
 * - `gate`: words the rule cannot match without; the rule is skipped when none occurs. Speed
 *   only: a test checks on every fixture line that no gate ever hides a match.
 * - `requires`: words the message must also hold for a match to count (meaning: "on the
 *   ledge" is a sign only where a bridge or a roof is named).
 * - `refine`: a last word on the level from the match's frame (it can only lower it), for
 *   words whose sense depends on what surrounds them ("suicidal", suicidal-word.ts).
 */
export interface Rule {
  id: string;
  category: RiskCategory | "distress";
  level: RiskLevel;
  re: RegExp;
  self?: "strict" | "inherent";
  frame?: "means" | "timeline" | "action";
  topic?: boolean;
  hyperbole?: boolean;
  negatable?: boolean;
  time?: "act" | "state";
  past?: RiskLevel;
  unless?: RegExp;
  /** A cheap test the chunk must pass before the rule runs (speed only, never meaning). */
  gate?: RegExp;
  /** Words the message must also hold for a match to count (meaning, unlike `gate`). */
  requires?: RegExp;
  refine?: (text: string, from: number, to: number) => RiskLevel;
}

export type RuleOptions = Omit<Rule, "id" | "category" | "level" | "re">;

/**
 * Compile a lexicon pattern once. Patterns are written with plain single spaces (the
 * normaliser leaves exactly one space or newline between words) and are anchored at word
 * edges here, so "die" never matches inside "diet".
 */
export function pattern(source: string): RegExp {
  return new RegExp(`(?<![a-z0-9])(?:${source.replace(/ /g, "\\s")})(?![a-z0-9])`, "g");
}

/** Build one rule; ids are stable ("suicide.intent.kill_self") and never hold patient text. */
export function rule(
  id: string,
  category: RiskCategory | "distress",
  level: RiskLevel,
  source: string,
  options: RuleOptions = {},
): Rule {
  return { id, category, level, re: pattern(source), ...options };
}

/** Join alternatives into one non-capturing group. */
export function any(...parts: string[]): string {
  return `(?:${parts.join("|")})`;
}

/** Up to four filler words between a verb and its object: "i really just want to die". */
export const INT =
  "(?:(?:really|just|so|honestly|actually|literally|seriously|kinda|kind of|sort of|still|truly|fucking|fkn|freaking|genuinely|badly|desperately|sometimes|often|always|constantly|all|even|almost|also|again|definitely|totally|completely|simply|only|very|fr|ngl|tbh|lowkey|lately|now|mostly|basically|probably|maybe|finally|secretly|quietly|slowly|ever|kind|of) )*?";

/** Verbs of wanting or wishing (with their "to" left to the caller). */
export const DESIRE =
  "(?:want|wants|wanting|wanted|wish|wishing|wished|need|needing|long|longing|yearn|yearning|desire|crave|craving|ready|deserve)";

/** Verbs of intending or planning, followed by their object. */
export const INTENT =
  "(?:going to|will|ill|about to|plan to|plan on|planning to|planning on|planned to|decided to|have decided to|ready to|intend to|intending to|gonna go|finally going to|preparing to|getting ready to)";

/** Thinking about something: "thinking about", "thoughts of", "fantasising about". */
export const THINK =
  "(?:think|thinking|thinkin|thought|thoughts|considering|considered|consider|contemplating|contemplated|contemplate|fantasi[sz]ing|fantasi[sz]e|fantasies|obsessing|dreaming|daydreaming|planning|imagining|picturing|ideas|urges?)(?: \\w+){0,2}? (?:about|bout|abt|abont|abuot|abotu|aboot|of|on)";

/** Killing oneself, in its many spellings; the object "myself" is part of it. */
export const KILL_SELF =
  "(?:(?:kill|killing|killed|kills|unalive|unaliving|unalived|off|offing|offed|top|topping|topped|end|ending|ended) myself|kms|do myself in|doing myself in|take my (?:own )?life(?! back)|taking my (?:own )?life(?! back)|took my (?:own )?life(?! back)|end (?:my|this) (?:own )?life(?! as i know it)|ending (?:my|this) (?:own )?life|ended my life|commit suicide|committing suicide|unalive)";

/** Spellings of suicide and suicidal, including the misspellings the normaliser misses. */
export const SUICIDE = "su[ia]?[cs]{1,2}i?des?";
export const SUICIDAL = "su[ia]?[cs]{1,2}i?d(?:al|ial|el|le)(?:ly)?";

/** Medicines and tablets someone could overdose on. */
export const PILLS =
  "(?:pills|pill|meds|medication|medications|medicine|tablets|capsules|sleeping pills|painkillers|pain killers|pain meds|pain pills|oxy|oxys|oxycodone|opioids|opiates|insulin|tylenol|paracetamol|acetaminophen|ibuprofen|benzos|xanax|valium|klonopin|ambien|lithium|antidepressants|seroquel|gabapentin|tramadol|morphine|fentanyl|ketamine|lozenges|troches|percocet|vicodin|sleeping tablets|prescriptions?)";

/** Self-harm objects: "myself" or a body part. */
export const BODY =
  "(?:myself|my (?:arms?|wrists?|legs?|thighs?|skin|stomach|belly|body|hips?|hands?|face|chest|ankles?|forearms?|shoulders?))";

/** Other people the patient might harm. */
export const OTHER =
  "(?:him|her|them|that (?:guy|man|woman|girl|dude|bitch|bastard|asshole|prick|jerk|person|kid|doctor|nurse|idiot)|my (?:ex|boss|husband|hubby|wife|partner|boyfriend|bf|girlfriend|gf|dad|father|mom|mum|mother|stepdad|stepfather|stepmom|stepmother|brother|sister|son|daughter|kids?|children|child|baby|neighbou?rs?|coworkers?|co workers?|colleagues?|landlord|manager|roommate|flatmate|family|in laws?|mother in law|father in law|teacher|doctor|therapist|abuser|rapist|uncle|aunt|cousin|nephew|niece|grandma|grandpa|supervisor|stepson|stepdaughter|parents)|(?:some|every|any)(?:one|body)|people|the (?:baby|kids?|children|neighbou?rs?|landlord|guy|man|woman|doctor|nurse|pharmacist|driver|cops?|police)|those (?:people|guys|kids)|everyone at work|my whole family|his (?:new )?(?:girlfriend|wife)|her (?:new )?(?:boyfriend|husband)|a (?:stranger|coworker|cop))";

/** Someone who could be hurting the patient. */
export const ABUSER =
  "(?:he|she|they|my (?:partner|husband|hubby|wife|boyfriend|bf|girlfriend|gf|ex|ex husband|ex wife|ex boyfriend|ex girlfriend|dad|father|mom|mum|mother|stepdad|stepfather|stepmom|stepmother|brother|sister|son|daughter|uncle|aunt|grandpa|grandfather|grandma|fiance|fiancee|roommate|flatmate|landlord|carer|caregiver|boss|family|parents|in laws|spouse|husbands? \\w+|pimp|dealer))";
