import { lazyGate } from "./word-gate.ts";

// Sentence-level co-occurrence, for what fixed phrases miss: a question that names a means
// and a lethal outcome ("what floor would you need to jump from", "is bleeding out slow?"),
// and a means or a decision next to a time ("the rope is in the garage. saturday.").

// "if" opens a question only with "would/could/will i" ("if i jumped would i die"), not a
// grumble ("if i have to sit through one more meeting im gonna jump out a window").
const QUESTION =
  /^(?:how|what|whats|which|is|are|does|do|would|will|can|could|should|whats the)\b|^(?:when|where)\s+(?:is|are|do|does|did|would|will|can|could|should)\b|^if\b.*\b(?:(?:would|could|will|does|do) (?:i|it|you|that|a person|someone)|how (?:long|many|much|high|far|deep))\b|\?\s*$/;
const MEANS =
  /\b(?:pills?|tablets?|meds|overdose|od|dose|insulin|(?!ketamine\b|esketamine\b)\w+(?:tyline|pine|zepam|zolam|codone|phine|done|clone|pam|lam|amol|fen|profen|lin|ium|ine)|jump|jumping|jumped|fall|falling|floor|storey|bridge|building|height|roof|cliff|river|lake|sea|deep|rope|noose|neck|hang(?! (?:on|in|out|around|about|tight|up|with))|hanging|bleed|bleeding|bled|wrists?|drown|drowning|train|tracks|gun|bullet|shotgun|knife|blade|exhaust|carbon monoxide|helium|poison|cabinet|traffic|freeze|freezing|hypothermia|starve|starving|car park|multistorey|multi storey|parking garage|prescription|cutting|cut|water|hose|gas|not exist|stop existing|not be alive|disappear forever)\b/;
const LETHAL =
  /\b(?:die|dies|dying|dead|death|fatal|lethal|kill|killed|too many|too much|enough|certain|sure|reliable|survive|survives|painless|hurt|hurts|slow|quick|quickest|fastest|for good|forever|not exist|stop (?:a|my|your|the) heart|never wake|not wake|how deep|how long|how high|best height|instant|guaranteed|do it|do the job|be enough|biggest drop|longest drop|highest drop|at once|wake up|themselves|yourself|oneself|myself|to death|not come back|never come back|to die|work better|high enough|need to|have to|would it take|does it take|it takes)\b/;
const BENIGN =
  /\b(?:hik\w*|trail|view|walk\w*|swim\w*|run\w*|cycl\w*|fishing|boat|kayak|mg|session|sessions|appointment|nasal spray|spray|infusion|cost|price|open|parking|exam|for my (?:\w+ )?(?:kid|son|daughter|dog|cat)|recipe|cook|cooking|brine|brining|marinat\w*|turkey|brisket|ribs|smoker|roast\w*|bake|baking|oven|normal|side effects?|common|usual|expected|start working|starts working|kick in|kicks in|take effect|takes effect|first aid|stop (?:the )?bleeding|wait|waiting|before i can|safe to take|interact\w*|pictures?|frames?|shelf|shelves|curtains?|mirror|poster|hammock|lights|tv|art|cpr|bandage|tourniquet|booster|same amount|maintenance|quick (?:q|qs|question|questions|one|check)|sitter|babysitter|ipad|(?:with|on) (?:a|her|his|my) tablet|support (?:someone|him|her|them)|falling apart|caffeine|coffee|espresso|energy drinks?|same days?|swap|reschedul\w*|the plan|schedule|every week)\b/;

const PREAMBLE =
  /^(?:(?:ok|okay|so|um+|hey|real|random|honest|serious|genuine|dumb|stupid|weird|hypothetical(?:ly)?)[,]?\s+)+(?:question|q)?[:,-]?\s*/;

/** Writing a song, a poem or a story: its lines are asked about, not the method. */
const CREATIVE =
  /\b(?:song|songs|lyrics|chorus|verse|poem|poetry|my band|my novel|my story|screenplay|short story|my character)\b/;

/** A question in one sentence that names a means and a lethal outcome. */
export function methodQuestion(text: string): boolean {
  if (CREATIVE.test(text)) return false;
  for (const raw of text.split(/(?<=[.!?\n])/)) {
    // "ok real question how high does a building need to be": the preamble before the question.
    const s = raw.trim().replace(PREAMBLE, "");
    if (s.length === 0 || s.length > 200) continue;
    if (!QUESTION.test(s) || !MEANS.test(s) || !LETHAL.test(s) || BENIGN.test(s)) continue;
    if (
      /\b(?:he|she|patients|my (?:friend|son|daughter|mum|mom|dad|sister|brother|partner|wife|husband))\b/.test(
        s,
      ) &&
      !/\b(?:i|me|my self|myself)\b/.test(s)
    ) {
      continue;
    }
    return true;
  }
  return false;
}

/** A means made ready or at hand (also read by imminence.ts). */
export const MEANS_READY =
  /\b(?:knife|knives|(?:holding onto|holding on to|keeping|kept|hiding|hid) (?:all )?(?:of )?my (?:old )?(?:meds|pills|tablets)|razor|razors|blade|blades|rope|ropes|hose|car exhaust|saved up (?:\w+ ){0,3}?(?:pills|tablets|meds)|(?:months|weeks) of (?:my )?(?:pills|tablets|meds)|noose|gun|pistol|rifle|shotgun|charcoal|helium|exit bag|belts? (?:tied|knotted|looped)|(?:tied|knotted|looped) (?:\w+ ){0,3}?(?:to|around|over) the (?:closet rod|rod|beam|rafters?|banister|door|doorknob|railing|hook|pipe)|i know which (?:overpass|bridge|building|cliff|tracks)|(?:\d{2,}|all|enough|piles?|stash) (?:of )?(?:my )?(?:\w+ )?(?:pills|tablets|meds|oxy|oxys)|pills are sorted|(?:have|got|ive got|i have) (?:the|my|all my|all the) (?:\w+ )?(?:pills|tablets|meds|patches)|the rest of my (?:\w+ )?(?:pills|tablets|patches|meds)|(?:with|and) my (?:sleeping |pain )?(?:pills|tablets))\b/;
const WHEN =
  /\b(?:tonight|tomorrow(?: is the day)?|saturday|sunday|monday|tuesday|wednesday|thursday|friday|tonights|todays|this weekend|next week|i know when|which is soon|very soon|after work|after (?:school|class|the session|dinner)|the \d+(?:st|nd|rd|th)|when (?:hes|shes|theyre|he is|she is) (?:on|at|away|out)|is the day|its time|after the kids|when (?:she|he|they)(?:s| is| are)? (?:away|out|asleep|gone)|in \d+ days|\d+ (?:more )?days (?:until|till|to go|left)|after tonight|in an hour|finish the bottle)\b/;
const DECIDED =
  /(?:tonights|todays|tomorrows) the (?:night|day)|everything is (?:in place|ready|set|sorted)|(?:the )?date is set|for later|for when im ready|(?:chosen|chose|picked|found) (?:the|a) (?:spot|place|time|day|date|method)|doing it (?:tonight|tomorrow|today|this|on|at|after)|just for this|made (?:my )?peace with it|(?:its|it is) happening|made up my mind|my mind is made up|done waiting|(?:its|it is) set for|i know the date|no going back now|(?:know|knows) what (?:its|it is|theyre|they are|this is) for|(?:^|[.!?\n]\s*)(?:(?:ive|i have|i|i finally|ok i|okay i) )?decided\s*(?:[.!,\n]|$)|(?:ive got|i have|ive|got) everything i need|(?:its|it is|everything is|everythings) (?:all )?(?:arranged|planned|organi[sz]ed)|(?:the )?countdown is on/;
/** The everyday event a date or decision is for ("the date is set for mum's retirement dinner"). */
const EVENT =
  /\b(?:party|parties|house ?warming|wedding|dinner|lunch|brunch|retirement|the move|moving|removals?|interview|new job|my boss|quit|quitting|school|college|university|course|applications?|exam|exams|trip|holiday|vacation|flight|concert|gig|match|hike|hiking|scramble|climb\w*|appointment|dentist|christening|graduation|reunion|picnic|barbecue|caterers?|catering|venue|surprise|ceremony|launch|meeting|balloons|tickets)\b/;
/** Words that keep a date about dying even beside an event ("after my daughter's birthday"). */
const DYING =
  /\b(?:die|dying|dead|death|suicide|kill myself|end it|end things|my life|not be here|wont be here|wont be around|goodbye|for good|forever|pills|tablets|overdose)\b/;
const NOT_MEANS =
  /\b(?:hammock|gun show|antiques?|museum|collector|climbing|hunting|range|camping|tent|swing|boat|garden|dog|sailing|tow|target|clay|deer|season|licen[cs]e|bbq|grill|safe|prescription|refill|pharmacy|pick up my|collect my|cooking|kitchen|chef|knife skills|julienne|chopping|dicing|carving|pumpkin|whittl\w*|sharpen\w*|put away|locked (?:up|away)|(?:kids|babys|dogs) bath|bath ?time|shav\w*)\b/;

/** A means held or pointed now: "on my lap", "in my hand", "to my head", "on the edge" of the tub. */
const AT_HAND =
  /\b(?:filling the (?:tub|bath)|(?:tub|bath) is (?:filling|full|running)|on the (?:edge|side) of the (?:tub|bath|bathtub)|on my lap|in my (?:hand|hands|lap|mouth)|to my (?:head|temple|chest|throat|wrist)|under my chin|pointed at (?:me|myself)|(?:lined|laid) (?:up|out) (?:on|in front of me)|counted out)\b/;
/** Nobody near for a while: "moms at church till noon", "kids are at their dads", "home alone". */
const ALONE =
  /\b(?:(?:mom|moms|mum|mums|dad|dads|wife|husband|kids|family|everyone|roommate|roommates|partner|hes|shes|theyre)(?:s| is| are)? (?:\w+ )?(?:at (?:church|work|school|their \w+|his \w+|her \w+|the \w+)|away|out|gone|asleep)\b[^.!?\n]{0,20}?(?:till|until|for the (?:night|day|weekend)|tonight|all (?:day|night|weekend)|\d|$|[.!?\n])|home alone|nobody(?:s| is) home|(?:the )?house to myself|alone (?:tonight|till|until|all (?:day|night|weekend)))/;

// Either reading needs a means or a decision: a text without their words skips the rest.
const mayPlan = lazyGate(() => [MEANS_READY, DECIDED]);

/** A means made ready (or a bare decision) next to a time, in a first-person or elliptic message. */
export function meansWithTime(text: string): boolean {
  if (text.length > 600 || !mayPlan(text) || NOT_MEANS.test(text)) return false;
  // A date chosen for a party, a move or an interview is logistics, not a plan.
  if (EVENT.test(text) && !DYING.test(text)) return false;
  if (
    /\b(?:he|she|they|my (?:friend|son|daughter|dad|mum|mom|brother|sister))\b/.test(
      text.slice(0, 40),
    ) &&
    !/\bi\b/.test(text)
  ) {
    return false;
  }
  const means = MEANS_READY.test(text);
  const decided = DECIDED.test(text);
  const ready = /\b(?:ready|set up|in place|waiting for me|all set|prepared)\b/.test(text);
  // Held or pointed now, or with nobody near, a means needs no time beside it.
  const atHand = AT_HAND.test(text) || ALONE.test(text);
  return (means && (decided || ready || atHand)) || ((means || decided) && WHEN.test(text));
}
