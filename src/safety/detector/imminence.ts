import type { RiskCategory, RiskEvidence, RiskLevel } from "../types.ts";

// Imminence (DESIGN.md "Safety core": imminent is happening now or means at hand). A rule
// already reads the message as high: a plan, a method, an act or means acquired. Said with a
// marker of now (a place the act happens at, a time within hours, an act in progress or just
// done, waiting for the household to sleep), it is imminent. One shape for every category
// the rules read at high, instead of one imminent rule per wording (round 7 and round 6 told
// "I'm on the roof", "about 20 min ago", "the engine running", "ahora mismo" in many ways).

/** A time within hours: the co-occurrence rule's own timeline words, so they lift only a lexicon hit. */
const SOON = /(?<![a-z0-9])(?:tonight|esta noche|this evening)(?![a-z0-9])/;
const NOW = new RegExp(
  [
    "right now|as we speak|ahora mismo|ahorita|en este momento",
    "(?:\\d+|a few|ten|twenty|thirty|half an|an) (?:min|mins|minutes|hours?) ago|hace (?:rato|un rato|\\d+ minutos)",
    "(?:im|i am|sitting|standing) (?:\\w+ )?(?:on|at|in) (?:the |a )?(?:\\w+ )?(?:roof|bridge|edge|ledge|tracks|cliff|garage|bathroom|motel|hotel|woods|quarry|platform|car park|carpark)",
    "estoy en (?:el|la) (?:puente|techo|azotea|cuarto|carro|vias|hotel|bano)",
    "(?:sitting|standing|parked|waiting|im) outside (?:his|her|their) (?:building|house|flat|door|work|place|school)",
    "engine running|(?:feel|feeling|getting|im) (?:so |really )?(?:sleepy|drowsy)|lying down now",
    "once (?:the kids|everyone|they) (?:are|is) asleep|when (?:the kids|everyone|they) (?:are|is|fall) asleep|(?:cuando|en cuanto) (?:se duerman|todos se duerman|se duerma)",
    "on my way|voy en camino|already took|just took|just swallowed|ya me tome",
    "(?:walking|driving|heading) (?:out )?(?:to|into|toward|towards|down to) (?:the )?(?:\\w+ )?(?:woods|forest|bridge|river|lake|tracks|cliff|quarry|pier|overpass)",
    "in an hour|within the hour|in (?:\\d+|ten|twenty|thirty|a few) minutes|en una hora|en (?:\\d+|unos) minutos",
  ].join("|"),
);
const NOW_ALL = new RegExp(`(?<![a-z0-9])(?:${NOW.source})(?![a-z0-9])`, "g");
/** Addressed to a reader: "if you are", "si estás", "anyone who". */
const READER =
  /\b(?:if you|if youre|if anyone|anyone who|you are|youre|si estas|si alguien|si tu)\b[^.!?\n]*$/;
/** The means held by the patient: "have the pills", "the rest of my patches", "with my sleeping pills". */
const MEANS_HELD =
  /(?:^|[.!?,;] |\bi |\bive |\band )(?:have|got|ive got|am holding|holding|bought|brought)(?: \w+){0,2}? (?:pills|tablets|patches|meds|rope|noose|razor|blade|gun|pistol)\b|\b(?:the rest of|with) my (?:\w+ )?(?:pills|tablets|patches|meds)\b|\b(?:razor|blade|rope|noose|pills|gun) (?:is|are) (?:on|in|by|next to|right)\b/;

/** A plain joke marker: "tonight" next to "lol" is not a time for an act. */
const JOKING =
  /(?<![a-z])(?:lol|lmao|haha\w*|jk|jaja\w*|\ud83d\ude02|\ud83d\udc80|\ud83e\udd23)(?![a-z])/;

const ACUTE: ReadonlySet<RiskCategory | "distress"> = new Set([
  "suicide",
  "self_harm",
  "harm_to_others",
]);

/**
 * The category a "now" marker lifts to imminent: the first rule (not the learned scorer) that
 * read the normalised text `t` as high in suicide, self-harm or harm to others. Undefined when
 * none did or `t` says nothing of now.
 */
export function imminentCategory(
  t: string,
  evidence: readonly RiskEvidence[],
  level: RiskLevel,
): RiskCategory | undefined {
  if (level !== "high" || JOKING.test(t)) return undefined;
  const acute = evidence.filter(
    (e) => e.level === "high" && ACUTE.has(e.category) && !e.rule.startsWith("learned."),
  );
  // A lexicon hit quotes its words; a co-occurrence (means with a time) has no excerpt and
  // already counted its time word, so only a marker of now lifts it.
  const lexicon = acute.find((e) => e.excerpt !== "");
  const high = lexicon ?? acute[0];
  if (high === undefined || high.category === "distress") return undefined;
  // "Tonight" lifts a plan only with the means named as at hand ("tonight, I have the pills").
  // A farewell with a time ("I won't be around after tonight") is the act set for tonight.
  const meansAtHand =
    acute.some((e) => e.excerpt !== "" && /means|weapon|farewell|end_things/.test(e.rule)) ||
    MEANS_HELD.test(t);
  if (saysNow(t) || (meansAtHand && SOON.test(t))) return high.category;
  return undefined;
}

/** A marker of now said of the patient, not to a reader ("if you're in the dark right now"). */
function saysNow(t: string): boolean {
  NOW_ALL.lastIndex = 0;
  for (let m = NOW_ALL.exec(t); m !== null; m = NOW_ALL.exec(t)) {
    if (!READER.test(t.slice(Math.max(0, m.index - 50), m.index))) return true;
  }
  return false;
}
