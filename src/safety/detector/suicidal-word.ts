import type { RiskLevel } from "../types.ts";
import { sentence } from "./modifiers.ts";

// The word "suicidal" alone is not a tendency: posts use it for news and statistics, other
// people, fiction, hyperbole ("this exam makes me suicidal", "suicidal levels of boredom") and
// questions about the topic. It reads as the patient's own present state (moderate) only in a
// first-person or elliptic frame: "i'm suicidal", "feeling suicidal again", "my suicidal
// thoughts are back", "suicidal thoughts won't stop". Anything else is concern: noted, no
// alert. News, third persons, negation, jokes and the past are dropped or lowered before this
// (see the rule's modifiers in lexicon-escape.ts).

const ADV =
  "(?:so|very|really|extremely|super|pretty|kinda|kind of|sort of|vaguely|passively|slightly|somewhat|quietly|lowkey|highkey|literally|actually|honestly|genuinely|seriously|fucking|fkn|severely|quite|a bit|a little|bit|incredibly|insanely|horribly|deeply|actively|chronically|constantly|always|still|again|more|most|just|mildly|fairly|too|even|also|all|feeling|very very|so so|fr|ngl|tbh|now|already|getting|becoming|more and more|increasingly) ";
/** A first-person frame right before the word: "i'm (so) suicidal", "feeling suicidal". */
const BEFORE = new RegExp(
  `(?:^|\\b)(?:(?:i|i am|im|i m|ive|i have|id|i had|i was|am i|was i|me|myself)(?: \\w+)? ` +
    `(?:${ADV})*(?:been |being |be |become |becoming |get |getting |got |gotten |feel |feeling |felt |go |going |turned |turning |went |had |having |have |with )?(?:${ADV})*` +
    `|(?:feel|feeling|felt|feels|been|getting|get|got|becoming|become|being|so|very|really|extremely|super|actively|chronically|severely|deeply|incredibly|increasingly|still|again|my|me|im|af|and|but|or) (?:${ADV})*)$`,
);
/** A frame right after the word: "suicidal again", "suicidal thoughts won't stop". */
const AFTER =
  /^(?: (?:thoughts?|feelings?|urges?|ideation|ideas?|tendencies|depression|mood|episode|phase|spiral|thinking|mind ?set|impulses?|brain|ideations?|moments?|days?|nights?))?(?: (?:are|is|have|has|keep|kept|wont|will not|dont|do not|cant|coming|came|getting|got|just|again|all|every|back|tonight|today|rn|right now|lately|recently|these days|this week|this month|all day|all week|all night|every day|everyday|constantly|nonstop|non stop|again and again|af|as fuck|asf|and|but|since|for|at \d|at night|when|because|cause|cuz|help|please|what do i do|idk)\b|\s*$|\s*[.!,;:\n])/;
/** Hyperbole about a small thing: "x makes me suicidal", "suicidal levels of boredom". */
const HYPERBOLE_BEFORE =
  /\b(?:makes?|making|made|gonna make|going to make|will make|drives?|driving|drove|has|have|had|got|gets|getting)(?: me| us)(?: \w+)? $|\b(?:ill|i will|id|i would|i d|im going to|im gonna|gonna|going to|about to|would|will|could|might) (?:\w+ )?be $|\b(?:almost|nearly|borderline|basically|practically) $/;
/**
 * A small everyday cause just before the word: "wifi so slow i'm suicidal", "this queue is
 * making me suicidal". Hyperbole: concern at most (unless a heavy cause is named too).
 */
const TRIVIAL_CAUSE =
  /\b(?:wifi|wi fi|internet|connection|traffic|queue|line|commute|meeting|meetings|homework|exam|exams|monday|mondays|weather|heat|phone|laptop|computer|printer|bus|train|flight|game|match|team|ref|referee|song|show|class|lecture|emails?|spreadsheet|code|bug|update|app|website|customer service|hold music|parking|cold|hangover)\b[^.!?,;]{0,30}$/;
/** Not a person's state at all: animals, politics, sport, a band. */
const NOT_A_PERSON =
  /\b(?:politically|economically|electorally|financially|commercially|tactically|strategically|professionally|fiscally) $|^ (?:run|runs|single|singles|pass|passes|back pass|tackle|tackles|defending|defence|defense|challenge|header|tendencies (?:concert|album|song|band|tour|show|tickets|shirt|gig|record|vinyl))\b|\b(?:squirrels?|pigeons?|deer|birds?|flies|fly|wasps?|moths?|lemmings?|sheep|hamsters?|goldfish|cats?|dogs?|rabbits?|ducks?|seagulls?|bugs?|insects?|pheasants?|cyclists?|pedestrians?|plants?|houseplants?|succulents?|cactus|orchids?|ferns?|flowers|seedlings|tomatoes|climbers) (?:is |are |was |were |who |that |being |so |just |always |keep |gets |get |got |goes |go |looks |look |seems |seem |every time )*$|^ (?:squirrels?|pigeons?|deer|birds?|flies|wasps?|moths?|lemmings?|sheep|pheasants?|ducks?|seagulls?)\b/;
/** A statement about the topic with no first person: "suicidal thoughts are a known risk". */
const GENERIC =
  /\b(?:risk|risks|side effects?|symptoms?|signs?|warning|common|known|rare|linked|associated|caused by|causes?|can cause|may cause|treat|treats|treatment|research|statistics|awareness|prevention|screening|approved|approval|trial|trials|study|studies|paper|article|report|news|patients|clients|book club|novel|chapter|character|protagonist|memoir|film|movie|documentary)\b/;
const HEAVY_CAUSE =
  /\b(?:life|living|everything|depression|loneliness|being alone|my (?:thoughts|past|mind|head|brain|body|illness|condition|pain|life|trauma|family|parents|abuser)|trauma|ptsd|anxiety|bipolar|the pain|this pain|chronic pain|withdrawal|being me|existing|the voices|my meds|these meds|the medication|grief|losing)\b/;
const HYPERBOLE_AFTER =
  /^ (?:levels?|amounts?|degrees?|run|runs|single|singles|pass|passes|tackle|tackles|defending|defence|defense|back pass|challenge|header|driving|driver|drivers|mission|missions|squad|policy|policies|move|moves|decision|decisions|strategy|idea|plan|pace|lyrics|song|songs|music|playlist|album|band|tour|concert|tendencies (?:concert|album|song|band|tour|show|tickets|shirt)|bombers?|bombing|attacks?|attack|behaviou?r (?:in|among|of)|dog|cat|bird|deer|squirrel|fly|wasp|moth|pigeon|sheep|lemmings?|hamster|goldfish|plant|phone|laptop|battery|car)\b|^ (?:of|about) (?:the|this|that|my) (?:\w+ )?(?:exam|homework|traffic|queue|commute|meeting|meetings|job|boss|weather|game|team|match|show|episode|season|finale|music|song|class|lecture|teacher|wifi|internet)\b/;
/** A person named right after the word: "i work with suicidal clients". */
const OTHER_PERSON_AFTER =
  /^ (?:clients?|patients?|people|persons?|person|teens?|teenagers?|youths?|young (?:people|men|women)|men|women|adults|callers?|friends?|man|woman|driver|drivers|characters?|individuals|veterans|students?|kids|children|boy|girl|son|daughter)\b/;
/** A question about the topic, with or without its "?": "what does suicidal ideation mean". */
const TOPIC_QUESTION =
  /^\s*(?:what|whats|how|why|when|where|who|which|is it|is there|are there|can|could|does|do|should|would|any|anyone|has anyone|signs|symptoms|ways|tips|how to)\b/;
const NOUN =
  /^ (?:thoughts?|feelings?|urges?|ideation|ideations|impulses?|tendencies|episodes?|phase|spiral|mood|moments?|background noise|ache|feeling|thing|voice|part of me)\b/;
const NOUN_LEAD =
  /(?:^|\s)(?:the|these|those|my|that old|the old|my old|old|all the|all these|all my|having|have|had|has|with|more|some|constant|daily|intrusive|recurring|bad|strong|dark|scary|horrible|awful|active|and|again|still|no|stop|get|got|getting)$/;
const OTHER_LEAD =
  /\b(?:he|she|they|hes|shes|theyre|his|her|their|the|a|an|this|that|your|you|youre)\b/;
const FIRST = /\b(?:i|im|ive|id|ill|me|my|myself|mine|am i)\b/;
/** Someone else's state, or the patient's named by others or in the past: concern at most. */
const OTHER_NOW_BEFORE =
  /\b(?:my (?:\w+ )?(?:mom|moms|mum|mums|dad|dads|mother|mothers|father|fathers|sister|sisters|brother|brothers|friend|friends|son|sons|daughter|daughters|partner|partners|husband|husbands|wife|wifes|cousin|cousins|boyfriend|boyfriends|girlfriend|girlfriends|kid|kids|roommate|roommates)|he|she|they|hes|shes|theyre|his|her|its|(?:if )?(?:you|youre|you are|anyone|someone|somebody|everyone))(?: \w+){0,2}\s$/;
const PAST_OR_SAID_BEFORE =
  /\b(?:(?:when|back when|while) i was|(?:havent|have not|hasnt|wasnt|werent|never) been|(?:got|get|getting|came|come) through being|(?:stopped|stop) being|no longer|assum\w* (?:that )?(?:i|im)|(?:think|thinks|thought) (?:that )?im|(?:say|says|said) i (?:look|seem|sound)|(?:saying|say|said|joke|joking|joked) "?(?:that )?(?:im|i am|i was)|accus\w+ me of being)\s$/;
const NOT_NOW_AFTER =
  /^ (?:as a joke|jokingly|lol|lmao|haha|since|back (?:then|in)|at (?:1\d|[2-9]\d)\b(?! ?(?:am|pm)))/;

/**
 * The level of the word "suicidal" at [from, to) in normalised text, from its frame: moderate
 * for a present first-person (or elliptic) state, concern otherwise. Short messages that are
 * little more than the word ("suicidal.", "so suicidal rn") read as the patient's own.
 */
export function suicidalWordLevel(text: string, from: number, to: number): RiskLevel {
  const [s, e] = sentence(text, from, to);
  const before = text.slice(Math.max(s, from - 60), from);
  const after = text.slice(to, Math.min(e + 1, to + 60));
  const whole = text.slice(s, e);
  if (NOT_A_PERSON.test(before) || NOT_A_PERSON.test(after)) return "none";
  if (HYPERBOLE_AFTER.test(after)) return "concern";
  // "suicidal clients", "a suicidal driver": the word describes someone else.
  if (OTHER_PERSON_AFTER.test(after)) return "concern";
  if (HYPERBOLE_BEFORE.test(before) && !HEAVY_CAUSE.test(whole)) return "concern";
  if (TRIVIAL_CAUSE.test(before) && !HEAVY_CAUSE.test(whole)) return "concern";
  if ((TOPIC_QUESTION.test(whole) || GENERIC.test(whole)) && !FIRST.test(whole)) return "concern";
  if (OTHER_NOW_BEFORE.test(before) && !/\b(?:i|im|i am) (?:\w+ )?$/.test(before)) return "concern";
  if (PAST_OR_SAID_BEFORE.test(before)) return "concern";
  if (NOT_NOW_AFTER.test(after)) return "concern";
  if (BEFORE.test(before)) return "moderate";
  // Elliptic: no subject before the word ("suicidal again", "the suicidal thoughts are back").
  const lead = before.trim();
  const noun = NOUN.test(after);
  if (noun && (lead === "" || NOUN_LEAD.test(lead))) return "moderate";
  if (
    AFTER.test(after) &&
    (lead === "" || /^(?:\w+ ){0,2}\w*$/.test(lead)) &&
    !OTHER_LEAD.test(lead)
  ) {
    return "moderate";
  }
  if (lead === "" && text.trim().split(/\s+/).length <= 4) return "moderate";
  return "concern";
}
