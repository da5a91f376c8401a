import { ABUSER, any, DESIRE, INT, INTENT, OTHER, type Rule, rule, THINK } from "./rules.ts";

// Harm to others (the patient may hurt someone) and abuse (someone is hurting the patient).

const HARM =
  "(?:kill|murder|stab|shoot|strangle|throttle|hurt|harm|beat up|beat|beat the (?:shit|crap|hell|life) out of|punch|attack|poison|choke|smother|run over|drown|slap|hit|bash|torture|burn|shake|smash)";
const HARM_ING =
  "(?:killing|murdering|stabbing|shooting|strangling|hurting|harming|beating|punching|attacking|poisoning|choking|smothering|running over|drowning|slapping|hitting|bashing|torturing|burning|shaking|smashing)";
const WEAPON = "(?:gun|pistol|handgun|rifle|shotgun|knife|weapon|machete|bat|crossbow|axe)";
const ABUSE_VERB =
  "(?:hits?|hitting|beats?|beating|beaten|kicks?|kicked|kicking|slaps?|slapped|slapping|punch(?:es|ed|ing)?|chok(?:es|ed|ing)|strangl(?:es|ed|ing)|shov(?:es|ed|ing)|push(?:es|ed|ing)|hurts?|hurting|burns?|burned|grabs?|grabbed|pins?|pinned|drags?|dragged|rapes?|raped|raping|molest(?:s|ed|ing)?|sexually assault(?:s|ed|ing)?|assault(?:s|ed|ing)|abus(?:es|ed|ing)|attack(?:s|ed|ing)|threw (?:\\w+ )?at|throws (?:\\w+ )?at|spat on|spits on|bit|bites|smacks?|smacked|whips?|whipped|locks?|locked|forces?|forced|touches|touched)";
const FILLER =
  "(?:(?:keeps|kept|has been|has|had|started|starts|always|still|sometimes|often|will|would|used to|tried to|tries to|again|just|even|literally|actually|regularly|constantly|also) )*";

/** Unmistakable jokes about harm ("gonna kill him when he sees this lol"). */
const WHEN_FINDS_OUT =
  /(?:when|if|once) (?:he|she|they|my \w+) (?:sees?|finds? out|hears?|notices?|reads?|gets? home and sees)|for (?:eating|being late|forgetting|breaking|using|taking my|drinking|spoiling)/;

/** Beaten at a game (round 10): "when I beat him at chess" is no assault. */
const GAME =
  /\b(?:at|in) (?:chess|cards|poker|scrabble|monopoly|tennis|golf|pool|darts|checkers|ping pong|arm wrestling|trivia|a game|the game|video games?|board games?|a race|the range|bowling|squash|badminton|mario kart)\b|\bfair and square\b/;
const WHEN_FINDS_OUT_OR_GAME = new RegExp(`${WHEN_FINDS_OUT.source}|${GAME.source}`);
/** "Scared I might hurt her feelings": no body is hurt. */
const WHEN_FINDS_OUT_OR_FEELINGS = new RegExp(
  `${WHEN_FINDS_OUT.source}|\\bhurt(?:ing)? (?:his|her|their|your) (?:feelings|chances|pride|ego|career|reputation|business)\\b`,
);

/** Harm to others: thoughts, intent, means. */
export const HARM_OTHERS_RULES: Rule[] = [
  rule(
    "harm_to_others.imminent.weapon",
    "harm_to_others",
    "imminent",
    `(?:have|got|bought|grabbed|holding|loaded|brought|took|taking|picked up) (?:a|my|the|his|her|dads|moms|our) ${WEAPON}[^.!?\\n]{0,50}?(?:use it on|shoot|stab|kill|hurt|on (?:him|her|them)|waiting for (?:him|her|them))|(?:waiting|outside|parked outside) (?:for |of )?(?:his|her|their|my \\w+s?) (?:house|place|work|office)[^.!?\\n]{0,30}${WEAPON}`,
    { self: "strict" },
  ),
  rule(
    "harm_to_others.intent",
    "harm_to_others",
    "high",
    any(
      `(?:${INTENT}|im going to|i am going to|gonna|im gonna) ${INT}(?:${HARM}) ${OTHER}`,
      `(?:ill|i will|im going to|im gonna|going to|gonna) use (?:it|the ${WEAPON}|my ${WEAPON}) on ${OTHER}`,
      `make ${OTHER} pay[^.!?\\n]{0,40}${WEAPON}|(?:bought|got|grabbed|sharpened) (?:a |my |the )?${WEAPON}[^.!?\\n]{0,40}make ${OTHER} pay`,
      `(?:i|ive|i have|i just|and i|i accidentally|i ended up) (?:just |also |accidentally |actually |literally |then )?(?:hit|punched|beat|choked|strangled|stabbed|shoved|slapped|attacked|kicked|shook|smothered|hurt|beat up) ${OTHER}(?= (?:last|yesterday|this|today|tonight|again|and|so|until|till|hard|because|when|while|after|during|in front of|with|at|badly|bad)|\\s*$|\\s*[.!?,])`,
    ),
    { self: "strict", hyperbole: true, unless: WHEN_FINDS_OUT_OR_GAME },
  ),
  rule(
    "harm_to_others.thoughts",
    "harm_to_others",
    "moderate",
    any(
      `(?:${DESIRE}|wanna|wish i could|feel like|tempted|itching|urges?|desire|scared i (?:might|will|would)|afraid i (?:might|will|would)|worried i (?:might|will|would)|i might|i might just) (?:to )?${INT}${HARM} ${OTHER}`,
      `(?:keep |kept |cant stop |can not stop )?(?:picturing|imagining|visuali[sz]ing|fantasi[sz]ing about|dreaming about|thinking about) ${INT}${HARM_ING} ${OTHER}`,
      `(?:scared|afraid|worried|terrified|frightened) (?:that )?(?:i|ill|id)(?: might| will| would| could| may)? (?:\\w+ (?:and )?){0,2}?${HARM} ${OTHER}`,
      `(?:${THINK}|keep|kept|cant stop|can not stop|cannot stop|feel like|felt like|feeling like) ${INT}${HARM_ING} ${OTHER}`,
      `(?:going to|gonna|will|ill|im gonna) make ${OTHER} pay`,
      `(?:thoughts|urges|images|visions|pictures) (?:of|about) (?:${HARM_ING}|${HARM}) ${OTHER}`,
    ),
    { self: "strict", hyperbole: true, unless: WHEN_FINDS_OUT_OR_FEELINGS },
  ),
  rule(
    "harm_to_others.wish_dead",
    "harm_to_others",
    "low",
    `(?:wish|hope|want) (?:that )?(?:he|she|they|${OTHER}) (?:was|were|would|would just|will|to|could) (?:be |just )?(?:dead|die|drop dead|get hit by)|(?:he|she|they|${OTHER}) (?:deserves?|deserved) to (?:die|be dead|suffer and die)`,
    { self: "strict", hyperbole: true },
  ),
  rule(
    "harm_to_others.hyperbole",
    "harm_to_others",
    "concern",
    `(?:i )?could (?:${INT})(?:kill|murder|strangle|throttle) ${OTHER}|(?:so angry|so mad|so furious|rage) (?:that )?i (?:could|want to|wanna) (?:kill|hurt|hit|punch|murder) (?:\\w+ )?`,
    { self: "strict", hyperbole: true, unless: WHEN_FINDS_OUT },
  ),
];

/** Abuse: the patient is being hurt, threatened or kept unsafe. */
export const ABUSE_RULES: Rule[] = [
  rule(
    "abuse.imminent",
    "abuse",
    "imminent",
    `(?:${ABUSER}|hes|shes|theyre)(?: is| are)? (?:(?:pointing|holding|waving|has|got) (?:a |his |her |the )?${WEAPON} (?:at|to|against) (?:me|my)|(?:breaking|trying to break|trying to get|kicking the door|banging on the door|outside (?:my|the) (?:door|house|window)|coming (?:for me|to get me|after me|back with)|here with a ${WEAPON})[^.!?\\n]{0,30}?(?:right now|now|help|hiding)|(?:strangling|choking|beating|hitting|attacking) me (?:right )?now)|(?:hiding|locked myself) in (?:the |my )?(?:bathroom|closet|room|car) (?:from|because) (?:him|her|them|hes|shes|theyre|${ABUSER})`,
  ),
  rule(
    "abuse.physical",
    "abuse",
    "high",
    any(
      `${ABUSER} ${FILLER}${ABUSE_VERB} (?:me|us|my (?:face|head|neck|arm|body|kids|children|son|daughter|baby))(?! up| off| down| out)`,
      "(?:i|im|ive|i am|i was|i got|i get|ive been|i have been|been) (?:being |getting |been )?(?:hit|beaten|raped|assaulted|sexually assaulted|abused|attacked|choked|strangled|hurt|kicked|slapped|punched|molested) (?:again )?(?:by|at home by) (?:him|her|them|my \\w+|him again|my \\w+ \\w+)",
      "(?:im|i am) (?:being )?(?:abused|beaten|raped|hit)(?: at home| again| every| by)",
      `${ABUSER} ${FILLER}(?:forces?|forced|makes|made|pressures|pressured) me (?:to )?(?:have sex|do sexual|into sex|sleep with)`,
      `${ABUSER} (?:is|gets|got|has been|can be|was) (?:violent|physical|rough|abusive) (?:with|to|toward|towards) me`,
    ),
    { self: "inherent", time: "act", past: "none", unless: GAME },
  ),
  rule(
    "abuse.threat",
    "abuse",
    "high",
    any(
      `${ABUSER} (?:\\w+ ){0,5}?(?:threaten(?:s|ed|ing)?|(?:said|says|told me|swore|swears|promised|texted|wrote)(?: that)?(?: if [^.!?\\n]{0,30}?)? (?:he|she|they)(?:d| would| will|ll| is going to| was going to| gonna| wants to)) (?:to )?${INT}(?:kill|hurt|beat|shoot|stab|strangle|end|burn|break|take the kids|take my kids|destroy|bury) (?:me|us|my|the kids|the children|himself and me)`,
      `${ABUSER} (?:has|had|keeps|got) (?:a |his |her )?${WEAPON} (?:and|to) (?:threaten|scare|point)`,
      "(?:death )?threats? (?:from|by) (?:him|her|my \\w+)",
      `(?:pointed|pointing|held|holding|aimed|aiming|waved|waving) (?:a |the |his |her )?(?:${WEAPON}|it) (?:at|to|against) (?:me|my head|my face|my throat|my chest|my kids)`,
    ),
    {
      self: "inherent",
      // Family teasing: "she'll kill me if i forget mum's birthday again haha".
      unless:
        /\bif i (?:forget|miss|am late|im late|eat|spoil|break|lose|dont (?:call|text|ring|come|turn up))\b|\b(?:haha\w*|lol|fair enough|jokingly)\b/,
    },
  ),
  rule(
    "abuse.unsafe",
    "abuse",
    "high",
    `(?:(?:not|dont feel|do not feel|never feel|no longer feel|dont|not feeling|isnt|is not) ${INT}(?:feel |feeling )?safe|unsafe) (?:at home|in (?:my|our|this|the) (?:own )?(?:home|house|apartment|flat|room|bed)|with (?:him|her|them|my (?:partner|husband|wife|boyfriend|girlfriend|dad|mom|mum|father|mother|stepdad|ex|family|roommate))|around (?:him|her|them|my \\w+)|living with (?:him|her|them|my \\w+)|going home)|(?:scared|afraid|terrified|frightened) (?:to go home|of going home|to be (?:alone )?(?:with|around) (?:him|her|them|my \\w+)|(?:he|she)(?:ll| will|s going to| is going to) (?:hurt|kill|hit) me)|(?:my kids|the kids|my children|my son|my daughter|my baby) (?:are not|arent|isnt|is not) safe`,
    { self: "inherent" },
  ),
  rule(
    "abuse.control",
    "abuse",
    "moderate",
    `${ABUSER} ${FILLER}(?:wont|doesnt|will not|does not|never) let me (?:leave|go out|see|have|call|use|talk|eat|sleep|go)|${ABUSER} ${FILLER}(?:took|takes|controls|control|hides|hid) (?:all )?my (?:money|phone|car keys|keys|passport|meds|medication|id)|(?:scared|afraid|terrified|frightened) of (?:him|her|my (?:partner|husband|wife|boyfriend|girlfriend|dad|father|stepdad|ex))`,
    { self: "inherent", hyperbole: true },
  ),
  rule(
    "abuse.threat_ambiguous",
    "abuse",
    "concern",
    `(?:${ABUSER}|hes|shes|theyre)(?: is| are)? (?:going to|gonna) kill me|${ABUSER} ${FILLER}(?:yells|screams|shouts|swears) at me (?:all the time|constantly|every day|every night|for hours)|${ABUSER} ${FILLER}calls me (?:worthless|stupid|fat|ugly|names|a (?:whore|slut|bitch|waste|failure))`,
    { self: "inherent", hyperbole: true, unless: WHEN_FINDS_OUT },
  ),
];
