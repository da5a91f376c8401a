import type { RiskCategory, RiskLevel } from "./types.ts";

// Phrase patterns per category and level, matched against normalised text (src/safety/normalise.ts:
// lower case, contractions expanded: "do not", "i am", "cannot").

export interface Rule {
  id: string;
  category: RiskCategory | "distress";
  level: RiskLevel;
  re: RegExp;
  /** The phrase carries its own negation ("do not want to live"): a "not" before it is not a negation. */
  negationInside?: boolean;
}

const SELF =
  "(?:kill|hang|shoot|drown|poison|off) myself|end(?:ing)? (?:my|it) (?:life|all)|end it all|take my (?:own )?life|commit suicide|suicide";
const MEANS =
  "pills|tablets|meds|medication|rope|noose|gun|firearm|knife|razor|blade|bridge|ledge|roof|train|tracks|overdose|jump|hang";
const WHEN =
  "tonight|today|tomorrow|this (?:weekend|week|evening|afternoon)|when (?:everyone|they|he|she|my \\w+) (?:is|are) (?:asleep|gone|out)|in an hour|soon";
const OTHERS =
  "him|her|them|you|my (?:\\w+ )?(?:boss|husband|wife|partner|dad|father|mom|mother|brother|sister|neighbou?r|ex|coworker|kids?|child|son|daughter|baby)|someone|somebody|everyone|people|that (?:guy|man|woman|bitch|bastard)";
const ABUSER =
  "(?:he|she|they|my (?:\\w+ )?(?:partner|husband|wife|boyfriend|girlfriend|bf|gf|dad|father|mom|mother|stepdad|stepfather|stepmom|ex|brother|uncle|son|daughter|carer|caregiver))";

const r = (s: string) => new RegExp(s);

export const RULES: Rule[] = [
  // — imminent: happening now, means at hand.
  {
    id: "suicide.imminent.means_at_hand",
    category: "suicide",
    level: "imminent",
    re: r(
      `\\bi (?:have|have got|got|am holding|am sitting with|bought) (?:the |a |my |some )?(?:${MEANS})\\b.{0,40}\\b(?:right )?(?:here|now|with me|in my hand|ready)\\b`,
    ),
  },
  {
    id: "suicide.imminent.taken",
    category: "suicide",
    level: "imminent",
    re: r(
      "\\b(?:i )?(?:just )?(?:took|swallowed|have taken|taken) (?:all|a bunch|a lot|a handful|a whole bottle|the whole bottle|the rest|too many|\\d+|loads)(?: of)? (?:my |the |of my )?(?:pills|tablets|meds|medication|sleeping pills|painkillers)",
    ),
  },
  {
    id: "suicide.imminent.location",
    category: "suicide",
    level: "imminent",
    re: r(
      "\\bi am (?:standing |sitting )?(?:on|at) (?:the|a) (?:bridge|edge|ledge|roof|tracks|cliff)\\b",
    ),
  },
  {
    id: "suicide.imminent.now",
    category: "suicide",
    level: "imminent",
    re: r(
      `\\b(?:i am (?:going to|about to) (?:${SELF}|do it)|doing it) (?:right )?now\\b|\\bthis is (?:my )?goodbye\\b|\\bgoodbye forever\\b`,
    ),
  },
  {
    id: "medical.imminent.unresponsive",
    category: "medical",
    level: "imminent",
    re: r(
      "\\b(?:not breathing|stopped breathing|unconscious|unresponsive|(?:will not|cannot|can not) wake (?:him|her|them|up)|having a seizure|seizing)\\b",
    ),
  },
  {
    id: "others.imminent.weapon",
    category: "harm_to_others",
    level: "imminent",
    re: r(
      `\\b(?:i have|i got|holding) (?:a |my |the )?(?:gun|knife|weapon)\\b.{0,40}\\b(?:use it|kill|shoot|stab)\\b`,
    ),
  },
  // — high: plan, method, intent, timeline, preparation, recent attempt.
  {
    id: "suicide.high.timeline",
    category: "suicide",
    level: "high",
    re: r(
      `\\b(?:${SELF}|die)\\b.{0,40}\\b(?:${WHEN})\\b|\\b(?:${WHEN})\\b.{0,40}\\b(?:${SELF})\\b`,
    ),
  },
  {
    id: "suicide.high.method",
    category: "suicide",
    level: "high",
    re: r(
      `\\b(?:${SELF}|end it|die)\\b.{0,30}\\b(?:with|by|using|from) (?:the |a |my |some )?(?:${MEANS}|jumping|hanging|cutting)`,
    ),
  },
  {
    id: "suicide.high.plan",
    category: "suicide",
    level: "high",
    re: r(
      `\\b(?:i have|i made|i have made|i have got|i worked out|i figured out) (?:a |the )?plan\\b|\\bplanning (?:to|how to|my) (?:${SELF}|die|death|suicide)|\\bplanned (?:how|when) (?:i will|to)\\b`,
    ),
  },
  {
    id: "suicide.high.intent",
    category: "suicide",
    level: "high",
    re: r(`\\bi (?:am going to|will|am gonna|have decided to|am ready to) (?:${SELF})\\b`),
  },
  {
    id: "suicide.high.stockpile",
    category: "suicide",
    level: "high",
    re: r(
      "\\b(?:saving|stockpiling|hoarding|collecting|saved up|stockpiled) (?:up )?(?:my |all my |the )?(?:pills|tablets|meds|medication|painkillers)",
    ),
  },
  {
    id: "suicide.high.prepare",
    category: "suicide",
    level: "high",
    re: r(
      "\\b(?:giving|gave|given) (?:away )?(?:all )?(?:my )?(?:things|stuff|belongings|possessions|pets?|cat|dog) away\\b|\\bgiving away (?:all )?my\\b|\\bsaid (?:my )?goodbyes?\\b|\\b(?:wrote|writing|written|left) (?:a |my )?(?:suicide )?(?:note|letter|goodbye letter)s? (?:to|for) (?:my |everyone|the)|\\bsuicide note\\b|\\bput my affairs in order\\b|\\bupdated my will\\b|\\bbought (?:a )?(?:rope|gun)\\b",
    ),
  },
  {
    id: "suicide.high.recent_attempt",
    category: "suicide",
    level: "high",
    re: r(
      `\\b(?:tried|attempted|tried to) (?:to )?(?:${SELF}|overdose)\\b.{0,30}\\b(?:last (?:night|week|month)|yesterday|this (?:week|month|morning)|days? ago|weeks? ago|again)\\b|\\b(?:last (?:night|week)|yesterday) i (?:tried|attempted) (?:to )?(?:${SELF}|overdose)`,
    ),
  },
  {
    id: "suicide.high.burden_timeline",
    category: "suicide",
    level: "high",
    re: r(
      "\\b(?:will not|not going to) be (?:a burden|around|here) (?:much|for much) longer\\b|\\bwill not have to (?:deal|worry) (?:with|about) me (?:much longer|soon|anymore)\\b|\\bwhen i am gone\\b",
    ),
  },
  {
    id: "self_harm.high.act",
    category: "self_harm",
    level: "high",
    re: r(
      "\\bi (?:cut|burned|burnt|hit|hurt|harmed|scratched|carved) (?:myself|my (?:arms?|wrists?|legs?|skin|thighs?))\\b.{0,30}\\b(?:last night|yesterday|today|again|this (?:week|morning)|just now|tonight)?|\\bi (?:have been|keep|started|am) (?:cutting|burning|hurting|harming) (?:myself|my)\\b",
    ),
  },
  {
    id: "others.high.intent",
    category: "harm_to_others",
    level: "high",
    re: r(
      `\\bi (?:am going to|will|am gonna|am about to|swear i will) (?:kill|hurt|stab|shoot|strangle|beat up|murder) (?:${OTHERS})\\b`,
    ),
  },
  {
    id: "abuse.high.violence",
    category: "abuse",
    level: "high",
    re: r(
      `\\b${ABUSER} (?:hits|hit|beats|beat|punched|punches|kicked|kicks|choked|chokes|strangled|slapped|slaps|pushed|shoved|raped|hurts|hurt|burned|threw .{0,20} at) me\\b|\\bthreatened to (?:kill|hurt) me\\b|\\b${ABUSER} (?:says|said|threatens|threatened) (?:he|she|they) (?:will|would|is going to) (?:kill|hurt) me\\b`,
    ),
  },
  {
    id: "abuse.high.unsafe",
    category: "abuse",
    level: "high",
    re: r(
      `\\bi am not safe (?:at home|with ${ABUSER}|here)\\b|\\bi am (?:scared|afraid|terrified) (?:of )?${ABUSER} (?:will|is going to) (?:hurt|kill) me\\b|\\bi am being (?:abused|hurt|beaten|raped)\\b|\\b${ABUSER} (?:abuses|abused|molested|touches) me\\b`,
    ),
  },
  {
    id: "medical.high.chest",
    category: "medical",
    level: "high",
    re: r(
      "\\bchest (?:pain|pains|is hurting|hurts|tightness|pressure|feels tight)|\\b(?:pain|tightness|pressure) in my chest\\b|\\bheart (?:is )?(?:racing|pounding) .{0,20}(?:will not|cannot|not) (?:stop|slow)",
    ),
  },
  {
    id: "medical.high.breathing",
    category: "medical",
    level: "high",
    re: r(
      "\\b(?:trouble|difficulty|hard|struggling|problems?) (?:to )?breath(?:e|ing)\\b|\\bcannot (?:breathe|catch my breath|get (?:enough )?air)\\b|\\bshort(?:ness)? of breath\\b|\\bgasping\\b",
    ),
  },
  {
    id: "medical.high.faint",
    category: "medical",
    level: "high",
    re: r("\\b(?:i )?(?:fainted|passed out|blacked out|lost consciousness|collapsed)\\b"),
  },
  {
    id: "medical.high.headache",
    category: "medical",
    level: "high",
    re: r(
      "\\b(?:severe|worst|terrible|really bad|splitting|unbearable|extreme|awful) headache\\b|\\bheadache (?:is|that is) (?:severe|unbearable|the worst)",
    ),
  },
  {
    id: "medical.high.confusion",
    category: "medical",
    level: "high",
    re: r(
      "\\b(?:still|keep|keeps) (?:confused|hallucinating|seeing things|hearing things|disoriented)\\b|\\b(?:confusion|hallucinations?|seeing things) (?:will not|has not|have not|still (?:has not|have not)|do not|does not) (?:stop|go away|gone|cleared?|worn off)|\\b(?:still|days later) .{0,20}(?:hallucinat|confus)",
    ),
  },
  {
    id: "medical.high.bladder",
    category: "medical",
    level: "high",
    re: r(
      "\\bblood in (?:my )?(?:urine|pee)\\b|\\b(?:bloody|red|pink) (?:urine|pee)\\b|\\b(?:peeing|urinating|pissing) blood\\b|\\bbladder (?:pain|hurts|is hurting|burns)\\b|\\b(?:burns|burning|hurts|painful|pain) (?:when|while) (?:i )?(?:pee|urinate)|\\bpainful urination\\b|\\bcannot stop (?:needing to )?(?:pee|urinate)|\\bneed to pee (?:all the time|constantly|every (?:few|\\d+) minutes)",
    ),
  },
  // — moderate: active thoughts without a plan.
  {
    id: "suicide.moderate.active",
    category: "suicide",
    level: "moderate",
    re: r(
      `\\b(?:want|wanted|wanting|going|need|ready|tempted|planning|thinking|thought|think|thoughts|urge|urges|considering|contemplating) (?:about |of |to )?(?:${SELF}|die|dying|end (?:my life|it all|everything))\\b|\\bsuicidal\\b|\\b(?:${SELF})\\b`,
    ),
  },
  {
    id: "suicide.moderate.not_live",
    category: "suicide",
    level: "moderate",
    negationInside: true,
    re: r(
      "\\b(?:do not|no longer|not) want to (?:live|be alive|exist|be here anymore|be on this earth|wake up)\\b|\\bno (?:reason|point) (?:to|in) (?:live|living|go on|going on|stay alive)\\b|\\bbetter off dead\\b|\\b(?:everyone|they|my family|the world|people) (?:would|will) be better off without me\\b",
    ),
  },
  {
    id: "self_harm.moderate.urge",
    category: "self_harm",
    level: "moderate",
    re: r(
      "\\b(?:want|wanted|urge|urges|thinking about|tempted|need|going) (?:to |of )?(?:cut|cutting|burn|burning|hurt|hurting|harm|harming|punish|punishing) (?:myself|my (?:arms?|wrists?|legs?|skin))\\b|\\bself[- ]?harm(?:ing)?\\b",
    ),
  },
  {
    id: "others.moderate.urge",
    category: "harm_to_others",
    level: "moderate",
    re: r(
      `\\b(?:want|wanted|urge|urges|thoughts of|thinking about|fantasi[sz]e about|could) (?:to )?(?:kill|killing|hurt|hurting|stab|stabbing|shoot|shooting|strangle|strangling) (?:${OTHERS})\\b`,
    ),
  },
  // — low: passive wish to be dead.
  {
    id: "suicide.low.passive",
    category: "suicide",
    level: "low",
    negationInside: true,
    re: r(
      "\\bwish (?:i|that i) (?:was|were|could be) dead\\b|\\bwish i (?:was|were) never born\\b|\\b(?:go to sleep|sleep|fall asleep) and (?:not|never) wake up\\b|\\bnot wake up\\b|\\bdo not care (?:if|whether) i (?:die|live)\\b|\\bwould not mind (?:if i|dying)|\\b(?:tired|sick) of (?:living|being alive|life|existing)\\b|\\bwish (?:it|this|everything|life) would (?:all )?end\\b|\\bwant (?:it all|everything) to (?:end|stop)\\b|\\bwish i could disappear\\b|\\bwant to disappear\\b|\\bno way out\\b|\\bcannot go on\\b|\\bi am a burden\\b|\\bburden (?:to|on) (?:everyone|my family|them)\\b|\\bwhat is the point of living\\b|\\bdeath would be a relief\\b",
    ),
  },
  // — concern: distress.
  {
    id: "distress.concern",
    category: "distress",
    level: "concern",
    re: r(
      "\\bhopeless\\b|\\bworthless\\b|\\bcannot cope\\b|\\bcannot (?:do|take) (?:this|it) any ?more\\b|\\bnothing (?:helps|matters)\\b|\\bgive up\\b|\\bgiving up\\b|\\bfalling apart\\b|\\bso alone\\b|\\bno one cares\\b|\\bnobody cares\\b|\\bempty inside\\b|\\bi hate myself\\b|\\bbreaking down\\b|\\boverwhelmed\\b|\\bunbearable\\b|\\bin despair\\b|\\bno hope\\b",
    ),
  },
];

/** Figures of speech that contain risk words but are not risk. Removed before matching. */
export const IDIOMS: RegExp[] = [
  /\b(?:is|are|was|were|it is|that is|this is|its|they are|you are|he is|she is) (?:\w+ )?killing me\b/g,
  /\b(?:my \w+|\w+) (?:is|are) killing me\b/g,
  /\bkilling it\b|\bkilled it\b|\bkill(?:ed|ing)? (?:the|some|a little|an hour of) time\b|\bkill time\b/g,
  /\b(?:could|would) kill for (?:a|an|some)\b/g,
  /\bdying (?:to|for)\b|\bto die for\b|\bdie (?:of|from) (?:laughter|laughing|embarrassment|boredom|shame)\b|\bdied laughing\b|\bdie laughing\b/g,
  /\b(?:bored|scared|tired|worried|freezing|starving|loved) to death\b/g,
  /\bdead (?:tired|serious|on|wrong|right|end|battery|phone)\b|\bdrop dead gorgeous\b|\bdeadline\b/g,
  /\b(?:would|i would|i'd) rather die than\b/g,
  /\b(?:going|gonna) to kill me\b|\bwill kill me (?:if|when)\b|\bgoing to kill (?:me|him|her|them|you) if\b/g,
  /\bkill (?:the|this) (?:pain|lights?|engine|process|bugs?|weeds|spider|mood|vibe)\b/g,
  /\boverdose(?:d)? on (?:tv|netflix|chocolate|sugar|coffee|caffeine|sun)\b/g,
  /\bshoot me (?:a|an) (?:text|message|email)\b|\bshoot (?:for|the breeze)\b/g,
  /\bmy (?:battery|phone|laptop|car|plant|plants) (?:is|are|just)? ?(?:dead|died|dying)\b/g,
  /\b(?:cut|cutting) (?:myself )?(?:a slice|some slack|back|down|corners|the cake|my hair)\b/g,
  /\bkill(?:ing|ed)? myself laughing\b/g,
];
