import { any, BODY, DESIRE, INT, type Rule, rule, THINK } from "./rules.ts";

// Self-harm: urges are moderate, acts are high (concern when dated long ago), harm happening
// now or bleeding that will not stop is imminent.

const ACT_VERB =
  "(?:cut|cutting|cuttin|burned|burnt|burning|hurt|hurting|harmed|harming|hit|hitting|punched|punching|scratched|scratching|carved|carving|bit|biting|starved|starving|bruised|bruising|slapped|slapping|stabbed|stabbing|pinched|pinching|beat|beating|banged|banging|smashed|smashing|strangled|choked|choking)";
const URGE_VERB =
  "(?:cut|burn|hurt|harm|hit|punch|scratch|carve|bite|starve|bruise|slap|stab|pinch|beat|bang|smash|punish)";

/** Cancels an act or urge: accidents and ordinary use of the verbs. */
const ACCIDENT =
  /(?<!not (?:to |for |from |when |while )?)(?:(?:a |new )?stud(?:y|ies) (?:links?|finds?|found|shows?)|research(?:ers)? (?:links?|finds?|found|shows?)|in teenagers|among (?:teens|teenagers|young people)|shav|cook|chopp|slic|peel|by accident|accident|on (?:the|a|my) (?:stove|oven|pan|kettle|iron|knife|glass|can|tin|paper|door|table|corner|counter|edge|bed|car|fence|nail|grill|bbq|toaster)|at the gym|work(?:ing)? out|lifting|fell(?! apart)|falling(?! apart)|tripped|slipped|gardening|while (?:cooking|opening|cleaning|moving|playing|running|hiking|skiing)|doing (?:yoga|dishes)|paper cut|straightener|curling iron|boiling water|hot water|steam|sunburn|football|soccer|climbing|hiking|in the kitchen)/;

/** Self-harm urges, acts and emergencies. */
export const SELF_HARM_RULES: Rule[] = [
  rule(
    "self_harm.imminent.bleeding",
    "self_harm",
    "imminent",
    "(?:cut|cutting|went|gone|cuts?) (?:way |too |really |so |a bit )?(?:too )?deep|(?:cant|cannot|wont|can not|will not) stop (?:the )?bleeding|(?:bleeding|bleeds) (?:a lot|everywhere|so much|heavily|badly|really bad|wont stop|through)|blood (?:everywhere|wont stop|all over)|(?:im|i am) (?:cutting|burning|hurting|hitting) (?:myself )?(?:right )?now|(?:blade|razor|knife) (?:is )?in my hand",
    {
      self: "strict",
      // A kitchen or shaving cut: "cut my thumb chopping onions, blood everywhere but fine".
      unless:
        /\b(?:chopping|slicing|peeling|cooking|kitchen|shaving|nick|band ?aid|paper cut|nosebleed|tripped|accident\w*|dog bit|but (?:im |its )?fine)\b/,
    },
  ),
  rule(
    "self_harm.act",
    "self_harm",
    "high",
    any(
      `(?<!(?:to|of|about|might|may|could|would|will|ill|gonna|wanna|dont|never|not|about to|feel like|urge to) )(?:${ACT_VERB} myself|(?:cut|cutting|carved|carving|slit|slitting|slashed|slashing|stabbed|stabbing|burned|burnt|burning) ${BODY})(?! up| on (?:the|a) | against (?:the|a) (?:door|wall|table)| at the )`,
      "(?<!(?:about|of|(?<!used )to|urge to|urges to|thinking|thoughts of) )(?:self ?harm(?:ed|ing)?|self ?injur(?:ed|ing|y)|selfharmed)(?= again| last| yesterday| this| today| tonight| earlier| for| a lot| every| in| as| when| during| back| $|\\s*[.!?,])",
      "(?<!(?:about|of|to|thinking) )(?:i|ive|i have|i just|just|started|start|been|keep|kept|went back to|back to|relapsed and) (?:just |also |been |started |kept |again )?(?:cut|cutting|self ?harm(?:ing|ed)?|burning myself)(?= again| last| yesterday| this| today| tonight| earlier| deeper| more| every| a lot|\\s*$|\\s*[.!?,])",
      "(?:(?<=[,.;!?] )|(?<=(?:^|\\n))|(?<=(?:i|ive|and|just|relapsed|again) ))(?:cut|cutting|burned|burnt) (?:again )?(?:last night|yesterday|this morning|today|earlier|tonight)",
      "(?:relaps(?:e|ed|ing)|slipped up|slip up) (?:\\w+ ){0,2}(?:on |with |into |and )?(?:self ?harm|cutting|sh|hurting myself|burning)|(?:self ?harm|cutting|sh) relapse",
      "(?:scratch|scratched|scratching|pick|picked|picking|pulled|pulling) (?:at )?(?:my )?(?:skin|arms?|legs?|scabs?|hair out)? ?(?:until|till|til) (?:it|they|i) (?:bleeds?|bled|bleed)",
      "(?:bang|banging|banged|hit|hitting|smash|smashing|smashed) my head (?:against|on|into) (?:the |a )?(?:wall|floor|door|desk|table)(?! (?:trying|with|over|about|because of (?:this|work)))|carv(?:e|ed|ing) (?:\\w+ ){0,3}?(?:into|in|on) (?:my (?:arms?|legs?|thighs?|skin|wrists?|stomach)|myself)",
      "(?:new|fresh) (?:cuts|scars|burns|wounds) on my|(?:cuts|burns) on my (?:arms?|legs?|thighs?|wrists?|stomach) (?:from|that i)",
      "(?:i )?(?:used|use) (?:a |my |the )?(?:razor|blade|lighter|knife|compass|scissors) on (?:myself|my (?:arms?|legs?|thighs?|wrists?|skin|stomach|belly|hips?|chest|ankles?|shoulders?))",
    ),
    { self: "strict", time: "act", past: "concern", unless: ACCIDENT },
  ),
  rule(
    "self_harm.intent",
    "self_harm",
    "high",
    `(?:going to|gonna|will|ill|about to|im going to|plan to|planning to) ${INT}(?:cut|burn|hurt|harm|hit|punch)(?: ${BODY}| again| tonight| now| deeper|(?=\\s*$|\\s*[.!?,;]))`,
    { self: "strict", unless: ACCIDENT },
  ),
  rule(
    "self_harm.urge",
    "self_harm",
    "moderate",
    any(
      `(?:${DESIRE}|wanna|urge|urges|tempted|itching|feel like|fighting the urge|resisting the urge|resisted the urge|close to|${THINK}) (?:to |of )?${INT}(?:${URGE_VERB}|${ACT_VERB}) ${BODY}`,
      `(?:${DESIRE}|wanna|urges?|tempted|itching|craving|fighting the urge|resisting the urge|close to) (?:to |of )?${INT}(?:cut|cutting|burn|burning|self ?harm|self ?harming|sh|bleed)(?=\\s*$|\\s*[.!?,;]| again| so| really| tonight| right now| badly| bad| and| but| or| lately| all)`,
      `(?:${THINK}|urges?(?: \\w+)? (?:to|of)) (?:self ?harm|self ?harming|cutting|cutting again|hurting myself|burning myself)`,
      "(?:urges?|craving) (?:to )?(?:self ?harm|sh|cut)|(?:i )?(?:deserve|need) (?:to )?(?:pain|to hurt|to bleed|to be punished|to suffer)",
      "(?:hid|hide|hiding|bought|buying|got|have|keep|kept) (?:new |some |the |my )?(?:razor )?blades(?! for)|(?:took|take|taking) (?:apart|the blade out of) (?:a |my )?(?:razor|sharpener)",
    ),
    { self: "strict", time: "state", unless: ACCIDENT },
  ),
];
