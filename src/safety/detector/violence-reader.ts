import { maxLevel, type RiskLevel } from "../types.ts";
import { MORE_CUE, moreViolence } from "./violence-cues.ts";
import { moreViolenceShapes, SHAPES_CUE } from "./violence-cues-more.ts";
import { lazyGate } from "./word-gate.ts";

// Harm to others read from word classes, not fixed phrases (issue 15: "how-to requests for
// violence against people", 41-61% held out with phrase rules). A message is read in windows of
// two sentences; each window gets the classes it holds (a person as target, a harm, a how-to
// question, a weapon, an approach, stalking, a threat told, a fantasy, intent, now), and a few
// combinations give a level. Everyday frames (games, films, sport, self-defence class, cooking,
// code, a joke) veto the whole message.

const PERSON =
  "(?:him|her|them|someone|somebody|someones|somebodys|a person|a persons|a guy|a man|a woman|a kid|a child|that guy|this guy|the guy|the man|the woman|(?:my|his|her|our|the) (?:ex|exs|ex husband|ex wife|stepdad|stepfather|stepmom|father|dad|mother|mom|mum|boss|manager|supervisor|coworker|co worker|coworkers|neighbou?rs?|brother|sister|husband|wife|boyfriend|girlfriend|bf|gf|partner|roommate|landlord|abuser|uncle|cousin|teacher|sons? (?:dad|father)|new (?:gf|bf|girlfriend|boyfriend|wife|husband))|a \\d+ ?(?:lb|pound|kg) (?:guy|man|woman|person))";
/** Who a harm is for: a person named, or "he", "his", "she" (never "i" or "me"). */
const TARGET = new RegExp(
  `\\b(?:${PERSON}|he|hes|his|she|shes|the (?:cyclists?|pedestrians?|drivers?|kids?|people))\\b`,
);
const SUBSTANCE =
  "(?:insulin|antifreeze|bleach|rat poison|cyanide|arsenic|eye drops|visine|laxatives?|ketamine|oxy|pills|meds|xanax|sleep(?:ing)? (?:pills|meds))";
// PERSON is long; each use costs irregexp ~1 ms to compile, so its uses are few and shared,
// and the harm class is tested as several small patterns: irregexp's first compile of one
// alternation grows faster than its size (one pattern ~60 ms, its parts ~20 ms together).
const HARM_ALTERNATIVES: string[] = [
  // A harm with its person: "hit him", "choke her", "poison someone", "kill my ex".
  `(?:hit(?:ting)?|punch(?:ed|ing)?|strangl\\w*|chok(?:e|ing)|(?:smother|suffocat)\\w*|poison(?:ed|ing)?|hurt|slap|kill|murder|shoot|shot|(?:want|wanna|going|gonna) (?:to )?(?:stab|jump)) ${PERSON}(?! (?:a|an) (?:text|message|email|line|dm|photo|pic|look|smile))`,
  `beat(?:ing)? ${PERSON}(?! (?:at|in) )|beat(?:ing)? (?:up|until|to death|senseless)|beaten|stab(?:bed|bing)?`,
  `knock(?:ed|ing)? (?:${PERSON} (?:out|down|unconscious)|out ${PERSON})`,
  `makes? ${PERSON}(?: \\w+){0,6}? (?:hurt|suffer|pay|sick|bleed|cry|scared|afraid|pass out)`,
  `${SUBSTANCE} (?:\\w+ ){0,3}(?:work on|do to|in|into|on) (?:${PERSON}|(?:his|her|their|someones|a persons) (?:drink|coffee|beer|food|lunch|tea|soda|water|wine|juice))`,
  "(?:get|getting|got|gets) punched|smash(?:ing)? (?:his|her|their) (?:face|head)",
  "poison (?:his|her|their|someones|a persons) (?:drink|coffee|food|tea|lunch|water)",
  "break (?:his|her|their|someones|a persons|somebodys) \\w+|break easiest|bones? break",
  "so (?:hed|shed|theyd|he would|she would) pass out|brain damage",
  "hurt (?:like|the way) i|set(?:ting)? (?:his|her|their) \\w+ on fire|on fire with (?:him|her|them)|stomp\\w*",
  "get(?:s|ting)? (?:jumped|beat up|beaten up|hurt|run over)",
  `(?:put|drop|slip|mix)\\w* (?:some |a little |a bit )?(?:of )?(?:(?:my|his|her|the) )?(?:\\w+ )?(?:${SUBSTANCE}|something|stuff|drugs?|powder) (?:\\w+ )?in (?:his|her|their|someones|a persons|my \\w+s) (?:drink|coffee|beer|food|lunch|tea|soda|water|wine|juice)`,
  "get away with (?:hitting|hurting|it)|cant stand up|cant walk|wont walk away|wont get the chance",
  "sleep with one eye open|looking over (?:his|her|their) shoulder|know where you live|see you soon",
  "gets? what (?:he|she|they) deserves?|in a ditch|down for good|lose everything",
];
const HOWTO_BASE =
  /\bhow (?:much|many|hard|fast|long) (?:\w+ )?(?:would|does|do|to|of|until|before|force|it takes)\b|(?:^|[.!?\n]\s*)(?:how (?:hard|much|many|fast|long|do you|do i|would|could|can|to|easy)|what (?:would|dose|pressure|happens|part|kind|is the best|s the best|amount)|which (?:bones?|part|way|household|spot)|is it true|can (?:someone|you|a person|somebody)|could (?:someone|you|a person)|does (?:\w+ ){1,5}(?:work|do anything)|best way to|easiest way to|would (?:anyone|anybody|they|the cops|police) (?:be able to )?(?:tell|know|notice|find out))\b/;
const LETHAL_BASE =
  /\b(?:die|dies|dead|death|kill|for good|would (?:anyone|anybody|they) (?:be able to )?(?:tell|know|notice)|get away with|no cameras|without (?:leaving marks|anyone knowing|getting caught)|brain damage|isnt diabetic)\b/;
const WEAPON_WORDS =
  "knife|knives|blade|machete|bat|baseball bat|tire iron|crowbar|hammer|gun|pistol|rifle|shotgun|taser|pepper spray|brass knuckles|gas can|gasoline|lighter fluid|acid|pillow|knifes|revolver|glock|screwdriver|box cutter";
const APPROACH_BASE =
  /\b(?:(?:to|at|outside|near) (?:my )?(?:exs|\w+s) (?:place|house|apartment|flat|work|job)|outside (?:his|her|their) (?:place|house|apartment|flat|work|gym|door|building|school)|parking lot of (?:his|her|their)|at (?:his|her|their) (?:door|house|place|work|gym|apartment)|(?:go|going|drive|driving|leaving|heading|on my way|headed) (?:now )?(?:over )?to (?:his|her|their)|waiting for (?:him|her|them|the lights)|(?:his|her|their) car is in|when i see (?:him|her|them)|when i go (?:talk|over) to|(?:he|she) just walked in|just walked in|standing over (?:him|her|them)|show(?:ing)? up at (?:his|her|their) (?:door|house|place|work)|find (?:him|her|them)|where (?:he|she|they) lives?|(?:found|got|looked up|know) (?:out )?(?:his|her|their) (?:new )?(?:address|apartment|place)|next time (?:i see|she|he)|near my kids)\b/;
const STALKING_BASE =
  /\b(?:(?:put|placed|hid|got|stuck) (?:an? )?(?:airtag|air tag|tracker|gps)(?: \w+)? (?:in|on|under) (?:his|her|their)|track(?:ing)? (?:his|her|their) (?:phone|location|car)|(?:check|checking) (?:his|her|their) location|keep(?:ing)? tabs|fake account|(?:writing|wrote|write) down (?:his|her|their) schedule|(?:his|her|their) schedule|watching who|watching (?:his|her|their) (?:house|place|apartment|flat|window|car|door)|drove past (?:his|her|their)|(?:got|found) (?:the|his|her|their) (?:new )?address|sitting (?:in my car )?outside (?:his|her|their)|follow(?:ed|ing)? (?:him|her|them) (?:home|to)|i can find (?:him|her|them))\b/;
const TOLD =
  /\b(?:told(?! by)|texted|messaged|dmed|sent|warned|left a note|wrote (?:him|her|them))\b[^.!?\n]{0,80}\b(?:if (?:he|she|they)|ill|im going to|wont|next time|one eye|know where|see you soon|(?:his|her|their) kids)\b/;
const FANTASY_BASE =
  /\b(?:picturing|picture (?:him|her|them)|imagin\w*|fantasi[sz]\w*|daydream\w*|i hope (?:he|she|they|the guy|the man|that guy)|(?:wants?|wanna|like) to see (?:him|her|them) (?:get|cry|suffer|hurt|in pain|bleed)|i want (?:him|her|them) to (?:hurt|suffer|pay|feel|cry|lose|be scared)|would throw a party if|deserves? to (?:die|suffer|be scared|hurt))\b/;
const INTENT_BASE =
  /\b(?:(?<!\b(?:he|hes|she|shes|they|theyre|he is|she is|mike is) )(?:i will|ill|im going to|im gonna|gonna|i want to|i wanna) (?:\w+ ){0,2}?(?:hurt|hit|beat|stab|shoot|kill|break|make (?:him|her|them)|find (?:him|her|them)|get (?:him|her|them|back at|even)|go (?:over|to|talk)|show up|end (?:him|her|them|this)|do (?:it|something)|pay (?:him|her|them) back|smash|choke|punch|ruin|destroy|teach (?:him|her|them)|be there)|i swear|i meant (?:it|every word)|wasnt joking|not joking|nobody is talking me out|dont try to stop me|this ends|not backing down|i know exactly what|what im going to do|not totally sure what for)\b/;
/** A lethal-dose question about "a person" is a method question (suicide, cooccur.ts) unless
 * something makes the person another: a drink, "on someone", "would anyone tell". */
const DOSE =
  /\b(?:mg|milligrams?|dose|amount|tylenol|paracetamol|ambien|xanax|lithium|pills?|tablets|ketamine|my size)\b/;
const OTHERNESS =
  /\b(?:drink|coffee|beer|food|lunch|on someone|to someone|give (?:it|some)|slip|would (?:anyone|anybody) (?:be able to )?tell|get away with|isnt diabetic|down for good|(?:guy|man|woman|him|her) down)\b/;
/** Resolve that will not be argued with. */
const RESOLVE_BASE =
  /\b(?:nobody is talking me out of it|no ones talking me out of it|dont try to stop me|this ends (?:tonight|today|now)|(?:hes|shes|he is|she is|theyre|theyll|hell|shell) (?:going to|gonna)? ?pay|i know exactly what im going to do|if (?:he|she|they) (?:\w+ ){1,5}again,? im (?:doing it|using it|going to|gonna))\b/;
/** Harm thought of, again and again, not only imagined: "i think about showing up and beating him". */
const THOUGHT_BASE =
  /\b(?:i (?:think|thought|keep thinking|cant stop thinking) about|all i think about is|i keep (?:thinking|wanting)|part of me wants)\b/;
/** A harm the patient has done: "i put ... in his beer", "i hit him". */
const ACT =
  /(?<!\b(?:say|says|said|claim|claims|claimed|accused me|that) )\bi (?:put|slipped|spiked|drugged|poisoned|hit|punched|beat|stabbed|choked|shoved|pushed|cut) (?:\w+ ){0,7}?(?:him|her|them|his|her|their)\b/;
/** "i", "im", "got", "brought": a weapon the patient holds or carries. */
const MY_WEAPON = new RegExp(
  `\\b(?:(?:got|brought|bring|bringing|keeping|keep|carrying|carry|grabbed|bought|have|ive got|holding|hiding|hid) (?:\\w+ ){0,3}?|(?:im|i am|parked|sitting|waiting|standing)\\b[^.!?\\n]{0,50}?\\bwith )(?:the|a|my) (?:\\w+ )?(?:${WEAPON_WORDS})\\b|\\b(?:(?:the|my|a|\\w+s) )?(?:old )?(?:${WEAPON_WORDS})s? (?:is |s |are )?(?:already )?(?:in (?:my|the) (?:lap|hand|bag|purse|pocket|jacket|boot|car|trunk|glovebox|glove box|back seat)|on the (?:passenger )?seat|under (?:my|the) (?:seat|pillow|bed))\\b`,
);
/** A harm denied, past or wished away: "used to hit him", "i dont want to smother her". */
const UNMEANT =
  /\(im not\b|\bim not, but|\b(?:used to (?:hit|beat|hurt|punch|choke|slap|fantasi[sz]e|imagine|think)|(?:dont|do not|never|wouldnt|would never|wont|not going to|im not gonna) (?:want to |wanna |ever )?(?:\w+ )?(?:hurt|hit|smother|harm|touch|do anything|act on|do it)|im not going to|i would never|not going to act)\b/;
const NOW_BASE =
  /\b(?:(?:driving|heading|going|walking) (?:\w+ ){0,4}now|while (?:he|she)s? (?:yells|is yelling|screams|is screaming)|right now|leaving now|now to go|on my way|waiting for (?:him|her|them|the lights)|just pulled in|just walked in|(?:is|are) in the driveway|im in the (?:parking lot|car|closet)|im at the|standing over|tonight)\b/;
// Round 20 (violence-6, tune): more words for the same classes.
const more = (base: RegExp, words: string): RegExp =>
  new RegExp(`${base.source}|\\b(?:${words})\\b`);
/** A harm to a person, by any of its patterns. */
const HARM_PARTS: RegExp[] = [
  ...HARM_ALTERNATIVES.map((alt) => new RegExp(`\\b(?:${alt})\\b`)),
  /\b(?:held under (?:the )?water|hold (?:\w+ ){0,2}under (?:the )?water|bag over (?:their|his|her|someones|a persons) head|pillow over (?:their|his|her) face|(?:get rid of|dispose of|hide) (?:a|the) body|body (?:so its|is) never found|(?:knife|stab) wound|shake (?:a|my|the) (?:toddler|baby|kid|child)|painful place to (?:punch|hit|kick)|(?:drop|put down) (?:someone|somebody|a person)|work on a \d+ ?(?:pound|lb|kg) (?:person|guy|man|woman)|slap (?:the \w+ off )?(?:his|her|their)|throw(?:ing)? (?:a|the) \w+ at (?:his|her|their|him|them|someone)|push (?:\w+ ){0,5}(?:onto the tracks|off the|in front of)|whats coming to (?:him|her|them)|(?:get|gets) hit by a (?:bus|car|truck)|returning the favou?r|going to die|gonna die|(?:do it|do this|do that) to (?:him|her|them)|(?:hand|pillow) over (?:her|his|their|the babys) (?:mouth|face)|rip (?:someone|somebody|him|her|them) apart|run (?:\w+ ){0,3}off the road|swerve (?:\w+ ){0,3}(?:into|at) (?:them|him|her|the \w+)|stops? (?:a person|someone|somebody|him|her) from (?:running|getting away|escaping|fighting back))\b/,
];
const HARM = { test: (text: string): boolean => HARM_PARTS.some((re) => re.test(text)) };
const HOWTO = more(
  HOWTO_BASE,
  "how long can (?:a person|someone|somebody)|what kind of|whats the most|how do (?:people|you|i) (?:get rid|make it look)|enough to drop",
);
const LETHAL = more(
  LETHAL_BASE,
  "hardest (?:for (?:a )?(?:hospital|doctors?|surgeons?) )?to (?:fix|treat|save)|no bringing (?:them|him|her) back|never found|look like an accident|enough to drop",
);
const APPROACH = more(
  APPROACH_BASE,
  "(?:down the street from|across (?:the street )?from|in the lobby of|in the (?:parking )?lot (?:at|of)|at the door of|behind) (?:his|her|their|my \\w+s?|the) (?:place|house|building|apartment|flat|work|gym|school|office|car|door)|(?:im|i am) (?:at|in) (?:his|her|their) (?:\\w+ )?(?:gym|work|office|building|place|house|school|church|bar)|(?:walking|driving|going|heading|on my way) (?:over )?to (?:my )?(?:his|her|their|\\w+s)(?: (?:place|house|work))?|(?:hes|shes) (?:on the treadmill|getting out of (?:his|her) car|coming out)|if (?:i see (?:him|her|them)|(?:he|she|they|my \\w+) (?:shows|show|comes|turns) up)|on the (?:bus|train|way) to|(?:which|what) (?:bar|gym|bus) (?:he|she) (?:drinks|goes|takes)|know where (?:he|she) (?:parks|drinks|works|lives|goes|sleeps)|(?:sitting|parked|waiting|standing) (?:outside|in front of|across from) (?:the |his |her )?\\w+",
);
const STALKING = more(
  STALKING_BASE,
  "(?:notebook|log|list|notes) of when (?:he|she|they) (?:leaves?|comes?|goes)|when (?:he|she) leaves and comes back|(?:checking|check|watching|tracking) (?:my exs|his|her|their) (?:location|dot)|find my|life360|tracker app|burner (?:phone|account)|found (?:the|his|her|their) new (?:place|address|apartment)",
);
const THREAT_WORDS =
  "know where (?:you|he|she) (?:live|lives|park|parks|work|works|sleep|sleeps)|watch (?:your|his|her)(?:self| back)|(?:hes|shes|youre) (?:going to|gonna) die|youre dead|see you in \\d+|(?:make (?:you|him|her) )?regret it|sleep with one eye open";
/** A threat the patient sent, in its own words: a threat whatever else the message says. */
const TOLD_THREAT = new RegExp(
  `\\b(?:sent|texted|texting|messaged|dmed|warned|left (?:him|her|them) a (?:note|voicemail|message))\\b[^.!?\\n]{0,80}\\b(?:${THREAT_WORDS})\\b`,
);
const FANTASY = more(
  FANTASY_BASE,
  "wish (?:the guy|the man|he|she|my \\w+|that \\w+)(?: \\w+){0,5} would (?:just )?(?:get hit|die|get hurt|disappear|drop dead)|i hope (?:\\w+ ){0,3}gets? whats coming|i feel like i could (?:rip|strangle|hurt|punch|choke)",
);
const INTENT = more(
  INTENT_BASE,
  "not letting (?:him|her|them) walk away|not going (?:there|over) to talk|(?:hes|shes) not (?:hurting|touching) (?:\\w+ ){0,2}again|returning the favou?r|handle it myself|im going to handle|tell me not to|i dont know what ill do|need to decide if i go|im done taking it|(?:cant|dont know if i can) stop myself|(?:want|wanna) to (?:slap|push|kick|throw|hurt)|(?:im going to|im gonna|ill) use (?:it|them|the \\w+)",
);
const RESOLVE = more(
  RESOLVE_BASE,
  "tell me not to|im done taking it|not going (?:there|over) to talk|handle it myself|im going to handle|(?:hes|shes) not (?:hurting|touching) (?:\\w+ ){0,2}again",
);
const THOUGHT = more(
  THOUGHT_BASE,
  "urges? to|(?:this|the) thought keeps (?:popping up|coming back|coming)|planning how id do it to (?:him|her|them)|i lie in bed planning",
);
const NOW = more(
  NOW_BASE,
  "rn|right now|now|lights are on|waiting for the elevator|nobody is looking|in \\d+ minutes",
);
/** Everyday frames that put violence words in a game, a film, a sport, a class or code. */
const FRAME =
  /\b(?:game|games|gaming|level|boss fight|finale|spoiled|spoiler|spoilers|npc|character|novel|story|book|writing a|scene|movie|film|show|series|episode|season|podcast|documentary|true crime|ufc|mma|boxing|sparring|spar|bjj|jiu jitsu|krav maga|karate|judo|dojo|self defen[cs]e|class|coach|match|tournament|referee|hunting|deer|range|hang (?:the |a |some )?(?:shelves|shelf|pictures?|frames?|curtains?|mirror)|put up|assembl\w*|diy|cooking|cooked|recipe|chop\\w*|onions?|slic\\w*|carv\\w*|vegetables|process|thread|server|script|terminal|cron|lol|lmao|jk|haha|hahaha|(?<!not |wasnt |isnt |half |only half )(?:kidding|joking)|jokingly|😂|🤣)\b|😂|🤣/;
/** Spoken of as worry about another's violence, or already resolved. */
const SETTLED =
  /\b(?:made (?:my )?peace|(?:\d+|ten|many) (?:yrs|years) ago|years ago|in prison|restraining order(?! on me)|went to the police|called the police|reported (?:him|her|it))\b/;

// The cue's patterns need one of their words (word-gate.ts): a text holding none skips them.
const mayCue = lazyGate(() => [
  ...HARM_PARTS,
  STALKING,
  TOLD,
  TOLD_THREAT,
  MY_WEAPON,
  RESOLVE,
  MORE_CUE,
  SHAPES_CUE,
]);

/** The phrase-class readers beside readWindow, each with the cue a window must hold. */
const SHAPE_READERS = [
  { cue: MORE_CUE, read: moreViolence },
  { cue: SHAPES_CUE, read: moreViolenceShapes },
];

function windows(text: string): string[] {
  const sentences = text.split(/(?<=[.!?\n])\s*/).filter((s) => s.trim() !== "");
  if (text.length <= 400 || sentences.length <= 2) return [text];
  const out: string[] = [];
  for (let i = 0; i < sentences.length; i++) out.push(sentences.slice(i, i + 2).join(" "));
  return out;
}

function readWindow(w: string): RiskLevel {
  if (UNMEANT.test(w)) return "none";
  const harm = HARM.test(w);
  const target = TARGET.test(w);
  const intent = INTENT.test(w);
  const approach = APPROACH.test(w);
  const weapon = MY_WEAPON.test(w);
  let level: RiskLevel = "none";
  const doseOnly = /\b(?:kill|die)\b/.test(w) && DOSE.test(w) && !OTHERNESS.test(w);
  if (harm && HOWTO.test(w) && !doseOnly) {
    level = maxLevel(level, LETHAL.test(w) ? "high" : "moderate");
  }
  if (FANTASY.test(w) && harm) level = maxLevel(level, "low");
  if (harm && target && intent) level = maxLevel(level, "moderate");
  if (STALKING.test(w) && target) {
    level = maxLevel(level, intent || harm || approach ? "high" : "moderate");
  }
  if ((TOLD.test(w) && (harm || intent)) || TOLD_THREAT.test(w)) level = maxLevel(level, "high");
  if (weapon && target && (approach || intent)) level = maxLevel(level, "high");
  if (harm && target && approach && intent) level = maxLevel(level, "high");
  if (harm && target && THOUGHT.test(w)) level = maxLevel(level, "moderate");
  if (harm && ACT.test(w)) level = maxLevel(level, "high");
  const released = /\b(?:gets out|out of prison|when hes out|when shes out)\b/.test(w);
  if (RESOLVE.test(w) && target && (harm || approach || weapon || released)) {
    level = maxLevel(level, "high");
  }
  // A weapon in hand at the moment of a high reading is acting now.
  if (level === "high" && (weapon || approach) && NOW.test(w)) return "imminent";
  return level;
}

/**
 * The harm-to-others level the word classes give a normalised message, or "none".
 *
 * @example
 * violenceLevel("how much force does it take to break someones jaw"); // "moderate"
 * violenceLevel("kill the child process before the server restarts"); // "none"
 */
export function violenceLevel(text: string): RiskLevel {
  if (text.length > 3000 || !mayCue(text)) return "none";
  // Every combination needs one of these; most messages hold none, so read no further.
  const cue = [HARM, STALKING, TOLD, TOLD_THREAT, MY_WEAPON, RESOLVE].some((re) => re.test(text));
  const more = SHAPE_READERS.some((r) => r.cue.test(text));
  if ((!cue && !more) || SETTLED.test(text)) return "none";
  // A frame (a game, a joke) vetoes every reading but a concrete means, plan or place.
  const framed = FRAME.test(text);
  let level: RiskLevel = "none";
  for (const w of windows(text)) {
    if (cue && !framed) level = maxLevel(level, readWindow(w));
    if (!more) continue;
    // A message read whole goes to every reader; a window only to readers whose cue it holds.
    for (const { cue: windowCue, read } of SHAPE_READERS) {
      if (w !== text && !windowCue.test(w)) continue;
      const extra = read(w);
      if (!framed || extra.concrete) level = maxLevel(level, extra.level);
    }
  }
  return level;
}
