import { maxLevel, type RiskLevel } from "../types.ts";

// More classes for harm to others (round 22, violence-9 tune): the shapes the phrase-and-class
// reader (violence-reader.ts) did not read. Each is a phenomenon, not a line:
// - a means readied *for a person* ("the rat poison ... which coffee mug is his", "loaded and by
//   the door for when my brother comes back"), which the suicide means rules read as suicide;
// - a place or a crowd as the target with access or means ("which entrance has no guard",
//   "everything on me" at a parade);
// - a plan or a schedule for a person ("i know she leaves work at 6", "parked outside her
//   apartment every night", "a detailed plan for what im going to do to my supervisor");
// - euphemisms for hurting someone ("make him disappear", "catch him alone", "pulling up strapped");
// - harm wished on someone, or another person's threat told with worry (low);
// - violence happening now, done or witnessed ("the gas is poured around his trailer", "my son is
//   choking his girlfriend right now").
// A joke frame ("lol", "jk") vetoes the weaker readings only: a concrete means or plan stays.

/** People a harm can be aimed at, with a determiner ("my former supervisor", "the snitch"). */
const WHO =
  "(?:him|her|them|(?:my|his|her|our|the|that|this|those|these) (?:former |old |new |ex |own |stupid |fucking |damn )?(?:ex|exs|ex husband|ex wife|step\\w+|father|dad|mother|mom|mum|mother in law|father in law|in laws|boss|manager|supervisor|coworkers?|co workers?|neighbou?rs?|brother|sister|husband|wife|boyfriend|girlfriend|bf|gf|partner|roommate|landlord|abuser|attacker|rapist|bully|bullies|uncle|cousin|teacher|principal|snitch|guy|man|woman|kids?|people|classmates|friend|family|son|daughter))";
const MEANS =
  "(?:knife|knives|blade|machete|bat|crowbar|hammer|gun|guns|pistol|rifle|shotgun|glock|revolver|ammo|bullets|rope|zip ties|duct tape|rat poison|poison|antifreeze|bleach|cyanide|gasoline|lighter fluid|matches|pillow|pills|doses|ketamine|screwdriver|box cutter|taser)";
/** Whom an arm is kept for (not "the kids" or "my son": a swing, a present). */
const AIMED =
  "(?:him|her|them|(?:my|his|her|that|this|the) (?:former |old |new |ex )?(?:ex|exs|ex husband|ex wife|step\\w+|father|dad|mother in law|father in law|boss|manager|supervisor|coworkers?|neighbou?rs?|brother|husband|wife|boyfriend|girlfriend|landlord|abuser|attacker|rapist|bully|bullies|snitch))";
/** The means that are arms when tied to a person (not pills: a carer keeps those "for her"). */
const ARMS =
  "(?:knife|knives|machete|gun|guns|pistol|rifle|shotgun|glock|revolver|ammo|bullets|rope|zip ties|duct tape|rat poison|poison|antifreeze|cyanide|gasoline|lighter fluid)";
const PLACE =
  "(?:school|schools|office|building|work|job|staff meeting|meeting|parade|crowd|concert|church|mall|campus|plant|warehouse|store|clinic|party|wedding|game|rally)";

/** A means tied to a person: for them, in their cup, around their home, on them. */
export const MEANS_FOR = new RegExp(
  `\\b${ARMS}\\b(?:(?! but | nobody | no one )[^.!?\\n]){0,50}\\b(?:for (?:when (?:\\w+ ){0,2}(?:comes?|gets?|walks?|shows?) |${AIMED}(?= ?(?:[.!?,\\n]|$|when|and|tonight|if|next|already|now|too)))|(?:his|her|their) (?:coffee|drink|mug|cup|food|tea|beer|lunch|bottle|soda|water)|which (?:coffee |tea )?(?:mug|cup|glass|drink|plate|bottle) is (?:his|hers|theirs)|around (?:his|her|their) (?:house|trailer|car|place|room|apartment|door)|(?:use|using) (?:it|them) on ${WHO}|(?:hes|shes|he is|she is) (?:home alone|alone|asleep))|\\bnot for me\\b[^!?\\n]{0,10}\\bfor ${WHO}|\\bfor me and (?:the|a) \\w+ for (?:him|her|them)\\b`,
);
/** A substance given to another: "slip it to them", "put him under so he doesnt wake up". */
export const DRUGGING =
  /\bmak(?:e|ing) (?:someone|somebody|a person|him|her|them) (?:overdose|od|pass out|black out)\b|\b(?:slip|slipped|give|gave|giving|sneak) (?:it|some|them|a dose|a few) (?:to|into) (?:them|him|her|other people|someone|somebody|people)\b|\bwork on other people\b|\bput (?:him|her|them) under\b/;
const DRUG =
  /\b(?:overdose|od|pass out|black out|ketamine|pills?|meds|drugs?|doses?|powder|xanax|ambien|sleeping)\b/;
/** A place or a crowd as a target: access known, means carried, or brought down with "me". */
export const MASS_ACCESS = new RegExp(
  `\\b(?:which (?:entrance|door|exit)s? (?:has|have|is) no (?:guard|security|camera)|no (?:guard|security) (?:at|on) the \\w+|when (?:recess|lunch|the bell|shift change|the meeting|assembly) (?:is|starts|ends)|where the ${PLACE} is and when|(?:bring|bringing|take|taking) (?:the (?:whole )?(?:${PLACE}|place)|(?:them|everyone|everybody|all of them)(?: all)?) down with me)\\b`,
);
export const AT_PLACE = new RegExp(
  `\\b(?:at|in|to|into|near|outside|behind|of) (?:the |my |our |this |tomorrows |tomorrow s )?(?:back of the )?(?:\\w+ )?${PLACE}\\b`,
);
/** What is carried there, named or not: "its in my bag", "i have everything on me". */
export const CARRIED = new RegExp(
  `\\b(?:(?:its|it is|everything|everythings|the stuff|all of it) (?:is )?(?:in my (?:bag|backpack|car|trunk|jacket|pocket)|on me)|i have everything on me|strapped)\\b|\\b${MEANS} (?:is |are )?(?:in my (?:bag|backpack|car|trunk|jacket|pocket|purse|waistband)|on me)\\b|(?:^|[.!?,]\\s*|\\b(?:i|ive|i have|and|already) )(?:brought|bringing|packed|got|bought) (?:the |my )?${MEANS}\\b`,
);
/** A plan or schedule for a person. */
export const PLAN_FOR = new RegExp(
  `\\b(?:plan|planned|planning|figured out|decided|know|knowing) (?:\\w+ ){0,3}what (?:im|i am|i was) (?:going|gonna) (?:to )?do to ${WHO}`,
);
export const SCHEDULE = new RegExp(
  `\\b(?:found|found out|got|looked up) (?:his|her|their) (?:new )?(?:address|place|apartment)\\b|\\b(?:i know|i found out|found out|figured out|know exactly|i know exactly) (?:when|what time|where|which (?:bar|gym|door|route|way|room|shift)) (?:\\w+ ){0,2}(?:he|she|they|${WHO}) (?:leaves|gets|comes|is|works|lives|drinks|parks|sleeps|goes)|\\b(?:he|she|they)(?:s| is| are)? (?:leaves?|gets? off|gets? home|comes? home|home alone) (?:\\w+ ){0,2}(?:at \\d|around \\d|every|on \\w+days|\\w+days|tonight)|\\b(?:parked|sitting|waiting|watching) (?:outside|in front of|across from) (?:his|her|their) \\w+ every (?:night|day|morning)|\\bscoped out\\b|\\bwho (?:shes|hes|she is|he is) with\\b`,
);
/** Euphemisms for hurting someone, said of oneself. */
export const EUPHEMISM = new RegExp(
  `\\bmak(?:e|ing) ${WHO} (?:all )?(?:disappear|vanish|feel (?:afraid|scared|it|what i felt|the way i|how i)|regret|pay(?! (?:for|back|rent|the|it|attention|up)\\b))|\\b(?:catch|get|got|find) ${WHO} alone\\b|\\bgo(?:ing)? after ${WHO}|\\bsee how (?:brave|tough|big|hard) (?:he|she|they) (?:is|are|really)|\\b(?:physically|actually) (?:ruin|hurt|destroy) (?:it|him|her|them|his|their)\\b|\\b(?:about to|going to|gonna) do something to ${WHO}|ruin (?:his|her|their) life[^.!?\\n]{0,30}physically|\\bun ?aliv\\w*"? ${WHO}|\\btak(?:e|ing) ${WHO} with me\\b|\\b(?:kill|end) (?:him|her|them) and (?:me|myself)|\\bsettle the score\\b|\\b(?:over there|go over|going over|come over|show up) (?:\\w+ ){0,4}to settle (?:it|this|things)\\b|\\bwe (?:pulling|pull|rolling|going) up\\b|\\bme being the reason\\b|\\brearrange (?:his|her|their|someones) face\\b|\\bknock (?:his|her|their) teeth (?:out|in)\\b|\\bget(?:ting)? even with ${WHO}|\\b(?:in|into) a hospital bed\\b`,
);
/** The patient's own drive: wanting, dwelling, seeing oneself do it. */
const DRIVE =
  /\b(?:i (?:want|wanna|keep|cant stop|could|will|need|am going|m going)|ill|im (?:going|gonna|thinking|planning)|been thinking|ive been thinking|thinking (?:a lot )?about|i (?:\w+ )?fantasi[sz]e|daydream|all i (?:can )?think about|see myself|part of me|might|going over|this weekend|tonight|im about to)\b/;
/** Thoughts of hurting others owned up to ("i lied. i do"), or seeing oneself snap. */
export const OWNED =
  /\bthoughts? (?:of|about) (?:hurting|harming|killing) (?:others|other people|people|someone|him|her)\b[^.!?\n]{0,40}(?:\bi (?:do|have|lied)\b)|\b(?:see|seeing|picture|picturing) myself (?:snapping|beating|choking|going after|hurting|attacking|killing|stabbing|hitting)\b|\bdaydream\w* (?:where|about) i (?:wait|follow|find|catch|hurt|corner)\b/;
/** Harm wished on someone, passively (low). */
export const WISH = new RegExp(
  `\\b(?:hop(?:e|ing)|pray(?:ing)?|wish(?:ing)?) (?:that )?(?:something (?:bad|terrible|awful|painful)|karma) (?:\\w+ ){0,2}(?:happens|catches|gets|hits|finds) (?:to )?${WHO}|\\b(?:wouldnt|would not|wont) (?:shed a tear|cry|be sad|lose sleep)\\b[^.!?\\n]{0,40}\\bif\\b|\\bif ${WHO}[^.!?\\n]{0,30}\\b(?:hit by a (?:bus|car|truck)|dropped dead|died)\\b[^.!?\\n]{0,30}\\b(?:wouldnt|would not)\\b|\\bhelp (?:it|karma|fate) along\\b|\\b(?:certain|some) people (?:would |should )?(?:just )?(?:stopped|stop) existing\\b|\\bi could do (?:anything|something) to (?:him|her|them)\\b|\\bif i (?:see|run into|bump into|ever see) ${WHO}\\b[^.!?\\n]{0,60}\\b(?:dont know what (?:id|i would|ill) do|cant promise (?:anything|what)|wont be responsible)\\b|\\bpush(?:es|ed)? me too far\\b[^.!?\\n]{0,40}\\bdont know what ill do\\b|\\bhow much it would take to make ${WHO} feel\\b`,
);
/** Another person's threat, told with worry (low): "my cousin is posting about making them pay". */
export const THIRD_PARTY = new RegExp(
  `\\b(?:said|says|told me|is posting|posting|posted|keeps saying|been saying|bragging)\\b[^.!?\\n]{0,70}(?:taking care of (?:it|him|her)|(?:like to|going to|gonna|wants? to) take care of (?:him|her|them|our \\w+|my \\w+|the \\w+)(?=[^.!?\\n]{0,60}\\b(?:gun|knife|pistol|rifle))|mak(?:e|ing) (?:them|him|her) pay|"?sorted out"?|get (?:him|her|them) back|going to (?:hurt|shoot|kill) (?:${WHO}|someone))`,
);
/** Another's threat taken back or known empty: "he meant suing", "hes all talk". */
const BACKED_OFF =
  /\b(?:all talk|suing|sue (?:him|her|them)|lawyer|in court|(?<!half |not )(?:joking|kidding)|water gun|nerf|toy)\b/;
/** Finding someone who hid: "how do you find out where someone lives if they blocked you". */
const FIND_HOWTO =
  /\bhow (?:do|can|would) (?:you|i|someone) (?:find out|find|track|get) (?:where (?:someone|somebody|a person|he|she|they) (?:lives|live|is|works)|(?:his|her|their|someones) (?:address|location))\b[^.!?\n]{0,60}\b(?:blocked|restraining|moved|wont tell|changed)\b/;
/** The person within reach and an arm in hand: "hes in the next room and i have the knife". */
const NEAR =
  /\b(?:hes|shes|he is|she is|theyre) (?:in the (?:next|other) room|downstairs|upstairs|asleep|sleeping|passed out|in the shower|right there)\b/;
const ARM_IN_HAND =
  /\b(?:i have|ive got|i got|holding|grabbed|in my hand)\b[^.!?\n]{0,20}\b(?:knife|gun|pistol|shotgun|rifle|hammer|bat|machete|screwdriver)\b|\b(?:knife|gun|pistol|shotgun|rifle|hammer|bat|machete) (?:is )?in my hands?\b/;
/** A smothering done: "held my hand over his mouth until he went quiet". */
const SMOTHERED =
  /\bi (?:held|put|pressed|kept) (?:my hand|a pillow|the pillow|a hand|my hands) over (?:his|her|their|the babys?) (?:mouth|face|nose)\b/;
/** Said to someone "before i do it", calm: a harm decided. */
const BEFORE_I_DO_IT =
  /\b(?:to|with) (?:him|her|them) before i do it\b|\b(?:gun|firearm|pistol) without (?:a )?background check\b/;
/** Violence in progress, done or seen: poured, in hand, choking someone right now. */
export const IN_PROGRESS =
  /\b(?:gas|gasoline|lighter fluid|the fuel) (?:is |s )?(?:poured|spread|splashed)\b|\b(?:pillow|knife|gun|rope|bat|hammer) (?:is )?in my hands?\b[^\n]{0,60}\b(?:stop shaking|hes asleep|shes asleep)|\b(?:hes|shes) asleep\b[^\n]{0,40}\b(?:pillow|knife|gun|rope|bat|hammer) (?:is )?in my hands?\b|\b(?:is|s) (?:choking|strangling|beating|stabbing|attacking) (?:his|her|my|the|their) \w+[^.!?\n]{0,40}\b(?:right now|wont stop|in the \w+)/;
const NOW =
  /\b(?:right now|now|in (?:a few|\d+|ten|five|two) minutes|in an hour|just need to (?:light|do|pull|stop shaking)|happening|tonight|about to|dont try to stop me)\b/;
const FICTION =
  /\b(?:game|games|gaming|level|npc|character|novel|story|book|writing a|scene|movie|film|show|series|episode|podcast|true crime|ufc|mma|boxing|sparring|bjj|hunting|deer|recipe|cooking|script|server|terminal)\b/;
/** Grilling, camping, crafts and chores that hold the same nouns. */
const CHORE =
  /\b(?:toy|nerf|water gun|squirt gun|birthday|christmas|present|gift|grill|bbq|barbecue|campfire|bonfire|fire pit|lawn ?mower|generator|weed killer|mice|rats|pests?|tree|tent|garden|car|engine|tank|pipes?|drain)\b/;

/**
 * The harm-to-others level these classes give a window of normalised text, and whether it rests
 * on something concrete (a means, a plan, a place): a joke frame does not undo a concrete one.
 *
 * @example
 * moreViolence("got the rat poison and i know which coffee mug is his"); // { level: "high", concrete: true }
 */
export function moreViolence(w: string): { level: RiskLevel; concrete: boolean } {
  let level: RiskLevel = "none";
  let concrete = false;
  if (FICTION.test(w)) return { level, concrete };
  // Read at most once, and only when a branch below asks.
  let carriedMemo: boolean | undefined;
  const carried = (): boolean => {
    carriedMemo ??= CARRIED.test(w);
    return carriedMemo;
  };
  const means = MEANS_FOR.test(w) && !CHORE.test(w);
  if (means || PLAN_FOR.test(w)) {
    level = "high";
    concrete = true;
  }
  if (MASS_ACCESS.test(w) || (AT_PLACE.test(w) && carried())) {
    level = "high";
    concrete = true;
  }
  const schedule = SCHEDULE.test(w);
  if (schedule && (carried() || /\b(?:restraining order|settle it|every night)\b/.test(w))) {
    level = "high";
    concrete = true;
  } else if (schedule && /\b(?:her|him|his|she|he)\b/.test(w)) {
    level = maxLevel(level, "moderate");
  }
  if (IN_PROGRESS.test(w)) return { level: "imminent", concrete: true };
  if (SMOTHERED.test(w)) return { level: "high", concrete: true };
  if (BEFORE_I_DO_IT.test(w)) level = maxLevel(level, "moderate");
  if (NEAR.test(w) && ARM_IN_HAND.test(w)) {
    return { level: NOW.test(w) ? "imminent" : "high", concrete: true };
  }
  if (concrete && NOW.test(w) && (carried() || /\b(?:in my hands?|poured|light it)\b/.test(w)))
    return { level: "imminent", concrete };
  if (EUPHEMISM.test(w) && !BACKED_OFF.test(w))
    level = maxLevel(level, DRIVE.test(w) ? "moderate" : "low");
  if (OWNED.test(w) || FIND_HOWTO.test(w) || (DRUGGING.test(w) && DRUG.test(w)))
    level = maxLevel(level, "moderate");
  if (WISH.test(w) || (THIRD_PARTY.test(w) && !BACKED_OFF.test(w))) level = maxLevel(level, "low");
  return { level, concrete };
}

/** Whether any class here could fire: the reader reads these windows only when one may. */
export const MORE_CUE = new RegExp(
  `\\b(?:${MEANS}|in my (?:bag|backpack|car|trunk|jacket|pocket|purse)|on me|entrance|recess|down with me|plan|planned|planning|alone|leaves|every night|scoped|with|disappear|vanish|regret|pay|after|brave|ruin|un ?aliv\\w*|settle|pulling|reason|hospital bed|thoughts?|see myself|daydream\\w*|hop(?:e|ing)|pray\\w*|wish\\w*|shed a tear|along|existing|anything to|too far|feel|said|says|saying|told|posting|posted|bragging|find out|over|before i do it|background check|rearrange|teeth|even|overdose|od|pass out|black out|run into|bump into|track|poured|choking|strangling|beating|stabbing|attacking|everything|strapped|work on|slip|under|know|found out|figured out)\\b`,
);
