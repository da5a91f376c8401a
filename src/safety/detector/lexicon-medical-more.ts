import type { RiskLevel } from "../types.ts";
import { any, type Rule, rule } from "./rules.ts";

// More wordings of docs/clinical.md's red flags: bladder and urinary symptoms however said, a
// heart pounding or chest tight since the dose, confusion or seeing things past the expected
// window. Expected effects that settle ("heart raced and then settled") stay quiet.

const DOSE =
  "(?:the |my |last |this |yesterdays )?(?:dose|dosing|session|troche|lozenge|infusion|treatment|ketamine|spravato|k session)";
const LATER =
  "(?:next day|the day after|days? later|this morning|since yesterday|since (?:the |my )?(?:dose|session|infusion|treatment)|still|for (?:two|three|\\d+|a couple of|several) days|two days|three days|all week)";

/** Extra medical red flags after dosing (high). */
export const MEDICAL_MORE_RULES: Rule[] = [
  rule(
    "medical.heart_since_dose",
    "medical",
    "high",
    any(
      `(?:heart|pulse|heartbeat|heart rate) (?:\\w+ ){0,3}?(?:pounding|racing|hammering|thumping|irregular|skipping|fluttering|going crazy|through the roof)(?: \\w+){0,6}? (?:ever since|since|hasnt stopped|has not stopped|wont (?:slow|stop|settle|calm)|for hours|all night|all day)`,
      `since ${DOSE}(?: \\w+){0,6}? (?:my )?(?:heart|pulse|chest) (?:\\w+ )?(?:pounding|racing|hammering|tight|tightness|squeezing|heavy|hurting)`,
      `(?:chest|heart) (?:\\w+ ){0,2}?(?:tight|tightness|heavy|squeezing|pounding)(?: \\w+){0,5}? (?:since|after) ${DOSE}`,
    ),
    {
      gate: /heart|pulse|chest/,
      unless:
        /settled|calmed|went back|normal again|then it (?:passed|stopped)|passed quickly|only for a (?:minute|moment|few minutes)|excited|nervous about|crush/,
    },
  ),
  rule(
    "medical.urinary",
    "medical",
    "high",
    any(
      "(?:pee|peeing|wee|weeing|urine|urinating|pissing|weeing) (?:\\w+ ){0,3}?(?:burns?|burning|stings?|stinging|hurts?|painful|sore|agony|like razor|like glass|on fire)",
      "(?:loo|toilet|bathroom) (?:\\w+ ){0,3}?every (?:\\d+|few|ten|five|fifteen|twenty|half an?|couple of) (?:min|mins|minutes|hour)|(?:running|rushing|going|dashing|racing) to the (?:loo|toilet|bathroom)(?: \\w+){0,3}? (?:constantly|all the time|every|nonstop|non stop|all day|all night)",
      "(?:blood|red|pink|rusty|bloody) (?:\\w+ ){0,2}?(?:in|when|after) (?:the )?(?:toilet|loo|bowl|my wee|my pee|my urine|my urin|my piss|i peed|i pee|i weed|i wee)|(?:toilet|loo|bowl) (?:\\w+ ){0,3}?(?:red|pink|bloody|blood)(?: \\w+){0,3}? (?:when|after) (?:i )?(?:pee|wee|go)",
      "(?:urine|urin|pee|wee) (?:is |looks |was |came out |has been |seems )?(?:\\w+ )?(?:red|pink|brown|bloody|cola colou?red)(?! wine| cup| bucket)",
      "bladder (?:is |feels )?(?:burning|on fire|painful|sore|aching|killing me|agony)|(?:constantly|always|keep|keeps) (?:running|rushing|going|dashing|needing) (?:to )?(?:the )?(?:loo|toilet|bathroom)",
      "(?:lower belly|lower stomach|pelvis|pelvic|bladder area|down there) (?:\\w+ ){0,2}?(?:pain|aches?|aching|burning|hurts|cramping)(?: \\w+){0,5}? (?:pee|wee|urinat|loo|toilet)|can barely (?:pee|wee)|only (?:a )?(?:few )?drops? (?:come|comes) out|(?:leaking|leak) (?:pee|urine|wee)|(?:wet|wetting) (?:myself|the bed)",
    ),
    {
      gate: /pee|wee|urin|piss|loo|toilet|bathroom|bowl|belly|stomach|pelvi|bladder|down there|drop|leak|wet/,
      unless: /laugh|lol|😂|🤣|so funny|pissing me off|pissing down|pissing rain/,
    },
  ),
  rule(
    "medical.perception_late",
    "medical",
    "high",
    any(
      `(?:still|keep|kept|keeps) (?:seeing|hearing) (?:things|shapes|people|patterns|colou?rs|voices|stuff|faces|bugs|someone)`,
      `(?:seeing|hearing) (?:things|shapes|people|patterns|voices|faces|bugs|stuff)(?: \\w+){0,5}? ${LATER}`,
      `${LATER}(?: \\w+){0,4}? (?:so |really |very )?(?:confused|disoriented|disorientated|hallucinating|cant think|dont know where i am|dont recogni[sz]e)`,
    ),
    {
      gate: /seeing|hearing|confus|disorient|hallucin|cant think|dont know where|recogni/,
      unless:
        /in my dreams|dream|movie|film|show|game|on tv|friends? again|my family|at the party|each other/,
    },
  ),
];

/**
 * Read about, feared, or gone (round 8): "read about ketamine cystitis and I'm scared", "probably
 * a uti, not ketamine related", "the bladder pain went away", "the heavy feeling in my chest" of
 * sadness. Said near a medical match, in its sentence, the match is not a symptom now.
 */
const NOT_A_SYMPTOM =
  /\b(?:read|reading|heard|hearing|saw|seen) (?:about|that|of)\b|\bno symptoms\b|\b(?:stuff|posts?|things?|videos?|threads?) online\b|\b(?:capstone|essay|thesis|dissertation|literature review|the data on|rcts?)\b|\b(?:scared|worried|afraid|anxious|nervous) (?:of|about) (?:getting|developing|having)\b|\b(?:havent|have not|dont|do not|never) (?:had|have|noticed) (?:any )?(?:symptoms|problems)\b|\b(?:went|has gone|is gone|gone) away\b|\bcleared up\b|\bprobably (?:a|an|just) (?:uti|infection|cold|bug)\b|\bnot (?:ketamine|k) related\b|\bfor (?:like |just |only )?a (?:second|split second|sec|moment)\b|\beverything (?:was |felt |is |went )?(?:normal|fine|back to normal) (?:after|afterwards|since|again)\b|\bheavy feeling in my chest\b[^.!?\n]{0,40}\b(?:crying|cry|sad|feeling)\b|\b(?:crying|cry|sad)\b[^.!?\n]{0,80}\bheavy feeling in my chest\b/;

/**
 * A whole message about the topic, not a symptom (round 14, long posts): a student's paper on
 * ketamine cystitis, a patient asking about the risk with "no symptoms at all".
 */
const ABOUT_THE_TOPIC =
  /\b(?:no (?:bladder |urinary )?symptoms(?: at all| so far| yet)|i pee like a normal person|(?:capstone|essay|thesis|dissertation|paper|literature review|presentation) (?:on|about)|for my (?:\w+ )?(?:class|course|capstone|paper|essay|thesis|dissertation|presentation)|my instructor|the literature)\b/;

/** Medical rules as the detector reads them: acts in time, and not when only read about or gone. */
export function medicalRule(r: Rule): Rule {
  const unless = r.unless
    ? new RegExp(`${r.unless.source}|${NOT_A_SYMPTOM.source}`)
    : NOT_A_SYMPTOM;
  const own = r.refine;
  const refine = (t: string, from: number, to: number): RiskLevel => {
    if (ABOUT_THE_TOPIC.test(t)) return "none";
    return own === undefined ? r.level : own(t, from, to);
  };
  return { time: "act", past: "none", ...r, unless, refine };
}
