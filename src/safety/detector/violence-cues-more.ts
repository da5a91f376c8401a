import { maxLevel, type RiskLevel } from "../types.ts";

// Round 24 (violence-10, tune): more shapes of harm to others, each a phenomenon:
// - an arm kept "not for" its everyday use ("its not for burglars", "not for rats") or for "if he
//   comes back";
// - a crowd or a workplace with its timing or its doors known ("what time the concert lets out",
//   "which door they come in", "my plan for the office");
// - following someone: a route mapped, where the cameras are not, a tracker under a car, an
//   address looked up and the house watched;
// - covert harm asked about: what makes a person sick to breathe, whether a push would show,
//   laxatives in her gravy;
// - urges, wishes and loss of control about a person (low to moderate): "wished it was my
//   husbands face", "part of me wants to go ... and wreck him", thoughts "telling me to hurt",
//   "so he knows im coming for him", "hoping he has an accident", "better without my ex in it".

const ARM =
  "(?:loaded gun|gun|guns|pistol|rifle|shotgun|handgun|knife|knives|machete|bat|hammer|rope|rat poison|poison|antifreeze|laxatives|bleach|the thing)";
const WHO =
  "(?:him|her|them|(?:my|his|her|our|the|that) (?:\\w+ )?(?:ex|boss|manager|supervisor|coworkers?|neighbou?rs?|brother|sister|husband|wife|bf|gf|boyfriend|girlfriend|dad|father|mom|mother|step\\w+|step \\w+|roommate|landlord|abuser|attacker|rapist|mil|in laws?|uncle|cousin|sergeant|teacher|doctor|surgeon|nurse|therapist|pharmacist|trainer|coach))";
const CROWD =
  "(?:concert|rally|parade|game|festival|service|mass|church|school|office|meeting|class|crowd|mall|party|assembly|graduation)";

/** An arm kept for a person, "not for" what it would be for. */
const NOT_FOR = new RegExp(
  `\\b${ARM}\\b[^\\n]{0,80}\\b(?:(?:its|is|thats|it is) not for (?:rats|mice|burglars|protection|the (?:rats|mice|yard|garden|house))|for (?:if|when) (?:he|she|they) (?:comes?|shows?|gets?) (?:back|home|here|out))\\b|\\bnot for (?:rats|mice|burglars)\\b[^\\n]{0,40}\\b(?:${ARM}|for (?:him|her|them))\\b`,
);
/** An arm in hand while ending something "with him": "finishing it with him. the knife". */
const FINISH_WITH = new RegExp(
  `\\b(?:finish|finishing|end|ending) (?:it|this|things) with (?:him|her|them)\\b[^\\n]{0,60}\\b${ARM}\\b|\\b${ARM}\\b[^\\n]{0,60}\\b(?:finish|finishing|end|ending) (?:it|this|things) with (?:him|her|them)\\b`,
);
/** A crowd or workplace with its timing, doors or plan known. */
const CROWD_ACCESS = new RegExp(
  `\\bwhat time (?:the )?${CROWD} (?:lets out|ends|starts|gets out)|\\bwhere the crowd (?:bottlenecks?|gathers|lines up)|\\bbottlenecks? at the (?:exit|door|entrance)|\\bwhich (?:door|entrance|exit)s? (?:they|he|she|people|everyone) (?:come|use|leave|go)\\w*|\\bmy plan for (?:the )?${CROWD}\\b|\\b(?:see|view of) (?:the stage and )?the (?:whole )?crowd from (?:here|up here)\\b`,
);
/** Following someone: a route, the cameras, a tracker, an address and a watched house. */
const FOLLOWING: RegExp[] = [
  /\b(?:his|her|their) (?:daily )?(?:route|schedule|routine) (?:is |all |is all )?(?:mapped|down|figured out|written down)/,
  /\bwhere the cameras (?:arent|are not|dont reach)/,
  /\bpick the day\b/,
  /\b(?:airtag|air tag|tracker|gps)\b(?: \w+){0,3} (?:under|on|in) (?:his|her|their) (?:\w+ )?(?:car|bumper|bag|truck|coat)/,
  /\blooked up (?:my \w+s|his|her|their) (?:new )?address\b/,
  /\b(?:his|her|their) house on street view\b/,
  /\b(?:see|watching) (?:him|her|them) (?:thru|through) (?:his|her|their) (?:\w+ )?window\b/,
];
/** The means for it carried now: "brought the thing", "got his address and my brothers pistol". */
const HAVE_ARM = new RegExp(
  `\\b(?:brought|bringing|have|got|grabbed|took) (?:\\w+ ){0,3}?(?:the|my|a|his) (?:\\w+ ){0,1}${ARM}\\b`,
);
const NOW =
  /\b(?:right now|im going in|going in now|\d+ min(?:ute)?s? (?:out|away)|about \d+ min|tonight|its time|on my way)\b/;
/** Covert harm asked about. */
const COVERT = new RegExp(
  `\\b(?:what|which|how)\\b[^.!?\\n]{0,60}\\bmak(?:e|es|ing) (?:a person|someone|somebody|people|${WHO}) (?:real |really |very )?(?:sick|pass out|throw up|stop breathing)\\b|\\b(?:could|would|can) (?:anyone|anybody|they|the cops|police|a coroner) (?:tell|know) (?:if )?(?:they|he|she|someone) (?:were|was|got) pushed\\b|\\b(?:laxatives|rat poison|poison|antifreeze|bleach|eye drops|visine|ex lax)\\b[^.!?\\n]{0,12} (?:in|into) (?:her|his|their) (?:\\w+ )?(?:gravy|food|coffee|drink|tea|soup|plate|dinner|lunch)\\b`,
);
/** Asked to stay safe: "if mixed by accident, asking for safety". */
const SAFETY =
  /\b(?:by accident|accidentally|for safety|to avoid|so i dont|so we dont|never mix|shouldnt mix|safe to|childproof|poison control)\b/;
/** A way of hurting practised, with the person's habits known. */
const PRACTICED =
  /\bpractic\w* (?:the |a |my )?(?:chokehold|choke hold|strangl\w*|sleeper hold|rear naked)\b[^\n]{0,80}\b(?:he|she|him|her|they)\b/;
/** An urge or loss of control about a person, owned (moderate). */
const URGE =
  /\bwished it (?:was|were) (?:his|her|their|my \w+s|\w+s) face\b|\bpart of me wants to (?:go|drive|show up)\b[^.!?\n]{0,50}\b(?:wreck|beat|hurt|kill|destroy|stab|choke) (?:him|her|them)\b|\b(?:thoughts|voices?|something)\b(?: \w+){0,3} telling me to (?:hurt|kill|stab|attack|choke|push) (?:him|her|them|someone|people|the \w+|my \w+)|\b(?:knows?|know) (?:im|i am|i was) coming for (?:him|her|them)\b/;
/** A harm wished on a person, or control slipping, told without a plan (low). */
const WISHED =
  /\b(?:wish|hope|hoping)\b(?: \w+){1,8} (?:could feel this|could feel what|feel this for|has an accident|had an accident|gets? in an accident|gets? hurt|gets? sick|just dies?|would die)\b|\b(?:world|life|everyone|everything) would be better (?:off )?without (?:my \w+|him|her|them|that \w+) in it\b|\bwant (?:someone|somebody|him|her) to (?:cut me off|start something|swing first|try me) so i (?:have|get|can)|\b(?:one more time|again)\b[^.!?\n]{0,40}\b(?:dont|do not) know what (?:ill|i will|id) do\b|\bwhy (?:folks|people) snap\b|\bdreamed i was (?:beating|stabbing|killing|hurting|choking)\b[^.!?\n]{0,60}\bcalm\b/;
const EVERYDAY =
  /\b(?:game|gaming|movie|film|show|series|episode|book|novel|story|ufc|mma|boxing|class|hunting|recipe|cooking|chef|birthday|bday|gift|present|mice in|rats in|pest control|exterminator)\b/;
/** Not meant or already declined. */
const DECLINED =
  /\b(?:i (?:dont|do not) want to (?:do anything|hurt|act)|i would never|never act|just a feeling|told my therapist|my therapist knows)\b/;

/**
 * The harm-to-others level these classes give a window of normalised text, and whether it rests
 * on something concrete (a means, a plan, a place): a joke frame does not undo a concrete one.
 *
 * @example
 * moreViolenceShapes("its not for rats, the poison is for him"); // { level: "high", concrete: true }
 */
export function moreViolenceShapes(w: string): { level: RiskLevel; concrete: boolean } {
  let level: RiskLevel = "none";
  let concrete = false;
  if (EVERYDAY.test(w)) return { level, concrete };
  // Making someone sick or pass out is asked as a method (moderate); stopping breath is lethal.
  const covert = COVERT.test(w) && !SAFETY.test(w);
  const lethal = covert && /\b(?:stop breathing|pushed|poison|antifreeze|rat poison)\b/.test(w);
  if (covert && !lethal) {
    level = "moderate";
    concrete = true;
  }
  if (
    NOT_FOR.test(w) ||
    FINISH_WITH.test(w) ||
    CROWD_ACCESS.test(w) ||
    lethal ||
    PRACTICED.test(w)
  ) {
    level = "high";
    concrete = true;
  }
  // Two signs of following (a route and the cameras), or one with a next step, is a plan.
  const signs = FOLLOWING.filter((re) => re.test(w)).length;
  const following = signs > 0;
  if (following) {
    const next = /\b(?:next step|im going in|pick the day)\b/.test(w);
    level = maxLevel(level, signs >= 2 || next ? "high" : "moderate");
    concrete = true;
  }
  const armed = HAVE_ARM.test(w);
  if (armed && (following || /\b(?:his|her|their) address\b/.test(w))) {
    level = "high";
    concrete = true;
  }
  if (armed && concrete && NOW.test(w)) return { level: "imminent", concrete };
  if (DECLINED.test(w)) return { level, concrete };
  if (URGE.test(w)) level = maxLevel(level, "moderate");
  if (WISHED.test(w)) level = maxLevel(level, "low");
  return { level, concrete };
}

/** Whether any class here could fire: windows without one are not read further. */
export const SHAPES_CUE =
  /\b(?:not for|practic\w*|if (?:he|she|they)|when (?:he|she|they)|finish\w*|ending|end it|what time|crowd|bottleneck\w*|which (?:door|entrance|exit)|my plan|route|schedule|routine|cameras|pick the day|airtag|air tag|tracker|gps|looked up|street view|window|make|makes|making|pushed|laxatives|poison|antifreeze|bleach|eye drops|visine|ex lax|wished|part of me|telling me|coming for|wish|hope|hoping|better without|cut me off|start something|swing first|try me|know what|snap|dreamed)\b/;
