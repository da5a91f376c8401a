import type { RiskEvidence, RiskLevel } from "../types.ts";
import { rank } from "../types.ts";

// Cue accumulation: a long message in distress often says nothing strong in any one sentence
// but gathers many weak cues (burden, exhaustion, farewell, hopelessness). Each distinct cue
// family counts once; rule hits count more (concern 1.5, low 2.5). Thresholds were tuned on
// test/fixtures/risk/tune only.

const CUES: [string, RegExp][] = [
  [
    "burden",
    /\b(?:burden|cope fine|be fine without|theyd be fine|better off|dead weight|in (?:everyones|the) way|drag (?:everyone|them) down)\b/,
  ],
  ["trapped", /\b(?:trapped|no way out|no escape|stuck forever|cant escape|caged)\b/],
  [
    "hopeless",
    /\b(?:hopeless|no hope|never get better|wont get better|no future|dont see the point|see no point|nothings (?:going to|gonna|ever going to) change|nothing will (?:ever )?change|nothing (?:has|ever) changed? and nothing (?:is going to|will)|dont see a future|nothing (?:i try )?(?:works|helps)|pointless|no point|whats the point|meaningless)\b/,
  ],
  [
    "worthless",
    /\b(?:worthless|useless|failure|waste of space|too much for (?:everyone|them)|hate myself|disgusting|pathetic)\b/,
  ],
  [
    "alone",
    /\b(?:alone|lonely|no one cares|nobody cares|no one would (?:notice|care|miss)|nobody would (?:notice|care|miss)|no one understands)\b/,
  ],
  [
    "tired",
    /\b(?:so tired|exhausted|exhausting|worn out|cant (?:anymore|do this|take (?:it|this|much more)|keep (?:going|doing this))|done with (?:everything|it all|this)|give up|giving up|given up|exhausted of|barely get out of bed|cant get out of bed|stopped being a problem|done fighting|tired of (?:all of )?it|cant sleep|cant eat)\b/,
  ],
  ["numb", /\b(?:numb|empty|dead inside|hollow|nothing left)\b/],
  [
    "farewell",
    /\b(?:goodbye|sorry for everything|forgive me|last time|one last|said what i (?:needed|wanted|had) to say|said my piece|made my peace|(?:tied|tying) up (?:the |my )?loose ends|the people who matter|take care of (?:\w+ )?for me|thank you for everything|wont have to worry)\b/,
  ],
  [
    "escape",
    /\b(?:disappear|vanish|vanished|escape|stop it all|make it stop|be over|for good|forever|at peace|peace finally|rest finally|sleep forever|time to rest|its time)\b/,
  ],
  [
    "loss",
    /\b(?:(?:is|are|s) (?:all )?gone|lost everything|passed away|havent eaten|lost my (?:job|home|flat|house|partner|wife|husband|kids))\b/,
  ],
  [
    "guilt",
    /\b(?:ruined everything|ruin everything|let everyone down|let (?:them|you|my \w+) down|my fault|a let down|let down to|deserve (?:this|nothing|to suffer|it))\b/,
  ],
  [
    "dark",
    /\b(?:dark place|rock bottom|darkness|dark thoughts|dark all the time|dark in my head|scary thoughts|cant stop crying|crying every)\b/,
  ],
  ["pain", /\b(?:unbearable|agony|cant bear|too much pain|hurts too much)\b/],
];
// Hope and connection said in the same message lower the sum ("but the sessions are helping").
const PROTECTIVE =
  /\b(?:helping|helped|hopeful|looking forward|plans with|seeing (?:my|a) (?:\w+ )?(?:friends?|sister|brother|mum|mom|dad|family)|going well|getting better|feel(?:ing)? better|grateful|proud of|(?:ill|i will|im going to) be (?:ok|okay|fine|alright)|just (?:a|one) (?:crap|crappy|bad|rough|shit|shitty|hard|long|lousy) day|no plans to (?:hurt|harm|kill|do anything)|(?:im|i am) (?:safe|not going to (?:do anything|hurt myself)))\b/;
// Cue families that ordinary venting about pain or a bad week also carries; they count half
// when the message is about the body (core cues, such as burden, hopeless, farewell, count full).
const SOFT = new Set(["tired", "pain", "alone", "numb", "loss", "dark"]);
const BODY =
  /\b(?:back|neck|knees?|hips?|shoulders?|joints?|migraines?|headaches?|flare|flares|flare up|physio|physiotherapy|arthritis|fibro|fibromyalgia|crps|chronic pain|pain (?:clinic|specialist|doctor|management|levels?)|out of (?:ten|10)|surgery|injury|nerve pain|endo|endometriosis|sciatica|disc|spine)\b/;
const VENTING =
  /\b(?:just (?:needed|wanted|had) to (?:vent|get (?:it|this) off my chest|rant)|rant over|vent over)\b/;
const FIRST_PERSON = /\b(?:i|im|ive|id|me|my|myself)\b/;

/**
 * The level the gathered cues reach: "low" at 3 points, "moderate" at 6, with at least two
 * sentences or 25 words (a short message is read by its rules alone). Hope or connection, or
 * "just needed to vent", takes 2 off; a message about the body's pain takes 1.5 off and counts
 * its soft cues (tired, pain, alone...) half. Undefined when below.
 */
export function accumulated(
  text: string,
  evidence: RiskEvidence[],
): { level: RiskLevel; score: number } | undefined {
  if (!FIRST_PERSON.test(text)) return undefined;
  // As text.split(/\s+/).length >= 25, or two sentences; counted without splitting a long post.
  if (!hasWords(text, 25)) {
    const sentences = text.split(/[.!?\n]+/).filter((s) => s.trim().length > 0).length;
    if (sentences < 2) return undefined;
  }
  let core = 0;
  let soft = 0;
  for (const [name, re] of CUES) {
    if (!re.test(text)) continue;
    if (SOFT.has(name)) soft++;
    else core++;
  }
  const body = BODY.test(text);
  let score = core + (body ? soft / 2 : soft);
  if (body) score -= 1.5;
  if (VENTING.test(text)) score -= 2;
  for (const e of evidence) {
    if (e.level === "concern") score += 1.5;
    else if (rank(e.level) >= rank("low")) score += 2.5;
  }
  if (PROTECTIVE.test(text)) score -= 2;
  if (score >= 6) return { level: "moderate", score };
  if (score >= 3) return { level: "low", score };
  return undefined;
}

const SPACE_RUN = /\s+/g;
/** Whether text.split(/\s+/) has at least n parts (n - 1 runs of white space), stopping there. */
function hasWords(text: string, n: number): boolean {
  SPACE_RUN.lastIndex = 0;
  let parts = 1;
  while (parts < n && SPACE_RUN.exec(text) !== null) parts++;
  return parts >= n;
}
