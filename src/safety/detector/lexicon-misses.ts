import { ACTS_RULES } from "./lexicon-acts.ts";
import { FAREWELL_RULES } from "./lexicon-farewell.ts";
import { SHAPES_RULES } from "./lexicon-shapes.ts";
import { any, INT, OTHER, PILLS, type Rule, rule } from "./rules.ts";

// Wordings the fresh sets showed the rule layer missing (issue 15): going to be with someone
// who died, farewells with love, going silent for good, a bare craving to redose, threats
// carried out through someone else, and "someone should" aimed at a person or a place.

const KIN =
  "(?:(?:my |our )?(?:late |dear |sweet |beautiful |little |baby )?(?:dad|daddy|father|mom|mommy|mum|mummy|mother|mama|papa|grandma|grandpa|granny|gran|nan|nana|nanna|grandmother|grandfather|son|daughter|baby|babies|brother|sister|husband|wife|partner|boyfriend|girlfriend|fiance|fiancee|best friend|twin|kids?|children|family)|him|her|them)";
// Seeing a living person again: a visit, a date, a trip.
const VISIT =
  /\b(?:visit|visits|visiting|coming|comes|arrive|arrives|flight|flies|trip|weekend|christmas|holiday|holidays|birthday|next|tomorrow|tonight|later|dinner|lunch|back from|home from|moves? back|summer|easter|thanksgiving|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|at the|in hospital|at home|after work|after school|cuddle|hug)\b/;
const PERSON_OR_GROUP = `(?:${OTHER}|that (?:teacher|boss|cop|family|couple)|his (?:\\w+ )?family|her (?:\\w+ )?family)`;
const PLACE =
  "(?:(?:that|this|the|my|our|his|her|their) (?:\\w+ )?(?:school|office|church|mosque|synagogue|temple|mall|building|place|station|clinic|hospital|party|concert|club|bar|house|workplace|factory|warehouse|campus|classroom|store|shop|restaurant|stadium|courthouse|precinct))";
const HARM_VERB =
  "(?:hurt|beat|beat up|kill|shoot|stab|jump|rough up|batter|break (?:his|her|their) (?:legs?|arms?|face|jaw|neck)|smash (?:his|her|their) face in|teach (?:him|her|them) a lesson|run (?:him|her|them) over|torch|burn)";

/** Missed wordings, read like the other lexicons (self-checked, negation-checked). */
export const MISSES_RULES: Rule[] = [
  ...SHAPES_RULES,
  ...FAREWELL_RULES,
  ...ACTS_RULES,
  // Round 9: sleep as a way not to come back, and a dose already taken told with a farewell.
  rule(
    "suicide.intent.not_wake",
    "suicide",
    "high",
    any(
      "(?:make sure|making sure|so that|so) i (?:dont|do not|never|wont|will not) (?:ever )?wake up(?! (?:late|early|tired|with|in|at|before|until|till|to|the|my|him|her|them|again at)\\b)",
      "(?:go|going|gonna go) to sleep (?:and|&) (?:hopefully )?for good|asleep (?:and hopefully )?for good(?: this time)?",
    ),
    { gate: /wake|for good/, self: "strict", hyperbole: true },
  ),
  rule(
    "suicide.act.taken_farewell",
    "suicide",
    "imminent",
    any(
      `i took (?:the|all the|all my|all of my|my|the whole|a whole|my whole|my entire) (?:${PILLS}|vial|bottle|box|pack|stash)(?: \\w+){0,6}? ago[^!?\\n]{0,80}?(?:goodbye(?= *(?:$|[.!,]|everyone|all|world|guys|forever|love))|go under|going under|fading|cant stay awake|wanted someone to know|just want(?:ed)? you to know|tell my)`,
      `since i took (?:the|all the|all my|all of my|my|the whole|a whole|my whole|my entire) (?:${PILLS}|vial|bottle|box|pack|stash)[^!?\\n]{0,80}?(?:goodbye(?= *(?:$|[.!,]|everyone|all|world|guys|forever|love))|go under|going under|fading|cant stay awake|wanted someone to know|tell my)`,
    ),
    { gate: /took/, self: "strict" },
  ),
  rule(
    "suicide.indirect.reunion",
    "suicide",
    "moderate",
    any(
      `(?:want|wanna|need|ready|going|time|longing|wish i could|wish i can|cant wait|cannot wait|just want|i want) ${INT}(?:to )?(?:go |finally )?(?:be with|join|see|meet|hold) ${KIN}(?: again)?(?: (?:now|soon|in heaven|up there|on the other side|where (?:he|she|they) (?:is|are)|wherever (?:he|she|they) (?:is|are)))?(?=$|\\s*[.!,;\\n]| and| but| so| because| cause| again| now| soon| in heaven| up there| on the other side| where| wherever)`,
      `(?:go|going|gonna go) ${INT}(?:be with|join) ${KIN}(?: again)?`,
    ),
    {
      gate: /be with|join|see|meet|hold/,
      self: "strict",
      time: "state",
      unless: VISIT,
    },
  ),
  rule(
    "suicide.indirect.farewell_love",
    "suicide",
    "high",
    any(
      "(?:bye|goodbye|good bye|farewell|bye bye) (?:everyone|everybody|all|guys|world|yall|y all|all of you|friends)[,.!\\s]+(?:\\w+ ){0,2}?(?:i )?(?:love (?:you|u|yall|ya|each of you)|im sorry|i am sorry|forgive me|take care of|thank you for everything|thanks for everything)",
      "(?:i )?love (?:you|u) all[,.!\\s]+(?:bye|goodbye|farewell|forever|im sorry|forgive me)",
    ),
    { gate: /bye|farewell|love/, self: "strict" },
  ),
  rule(
    "suicide.indirect.never_hear_again",
    "suicide",
    "high",
    "(?:(?:you|u|yall|anyone|nobody|no one|noone|everyone)(?: all)? (?:wont|will not|will never|wont ever|are not going to|arent going to|not going to|never)|(?:nobody|no one|noone) (?:will|is going to|is gonna|s going to)) (?:ever )?(?:hear from|see|hear of|talk to|speak to) me (?:ever )?again(?! (?:until|till|til|before|for (?:a|the|some|\\w+ (?:days|weeks|months))|this (?:week|weekend|month)|next|today|on|at|in|when|unless|if|once))",
    { gate: /again/, self: "strict" },
  ),
  rule(
    "misuse.craving_bare",
    "misuse",
    "moderate",
    "(?:im |i am |been |keep |still |so |really )*(?:craving|crave|hungry for|itching for) (?:some )?(?:more|another (?:one|round|go|hit|dose)|it again|the next one|that feeling again)(?=$|\\s*[.!,;?\\n]| already| now| so bad| badly| and| but| tbh| honestly| lol| again)",
    { gate: /crav|hungry|itching/, self: "strict" },
  ),
  rule(
    "harm_to_others.delegated",
    "harm_to_others",
    "high",
    `(?:ill|i will|im going to|im gonna|i am going to|i could|i might|i want to|gonna|going to) (?:get|have|pay|send|ask|make) (?:my |some |a |his |her |the )?(?:\\w+ ){0,2}?(?:to )?(?:${HARM_VERB}(?: up)? (?:${PERSON_OR_GROUP}|${PLACE})|break (?:his|her|their) (?:legs?|arms?|face|jaw|neck|kneecaps?|fingers?)|smash (?:his|her|their) face in)`,
    { gate: /get|have|pay|send|ask|make/, self: "strict" },
  ),
  rule(
    "harm_to_others.someone_should",
    "harm_to_others",
    "moderate",
    any(
      `(?:someone|somebody|some one|anyone|one of us|we) (?:really )?(?:should|needs to|need to|ought to|oughta|has to|have to|gotta|could|shall) (?:just |really |finally )?(?:shoot up|bomb|blow up|burn down|set fire to|torch|shoot|attack) (?:${PLACE}|${OTHER})|(?:someone|somebody|some one|anyone|one of us|we) (?:really )?(?:should|needs to|need to|ought to|oughta|has to|gotta|could) (?:just |really |finally )?(?:burn|blow|shoot) ${PLACE} (?:down|up|to the ground)`,
      `(?:someone|somebody|some one|anyone) (?:really )?(?:should|needs to|ought to|oughta|has to|gotta) (?:just |really |finally )?(?:kill|shoot|stab|poison|strangle|run over|beat up|put a bullet in|put a knife in|take out|end|hurt) ${PERSON_OR_GROUP}(?! (?:in|at) (?:the )?(?:game|match|chess|minecraft|fortnite))`,
    ),
    {
      gate: /someone|somebody|some one|anyone|one of us|we/,
      hyperbole: true,
      unless:
        /\b(?:spider|wasp|fly|flies|bug|bugs|mosquito|rat|mouse|weeds?|plant|game|match|movie|film|scene|photo|picture|trash|garbage|rubbish|bins?|dog out|light|lights|music|engine|process|server|app|job|task|ticket|bug report|cake|bread|pizza|boss fight)\b/,
    },
  ),
  rule(
    "suicide.attempt.stomach_pumped",
    "suicide",
    "high",
    "(?:they|doctors|the doctors|the hospital|the er|the nurses|paramedics) (?:had to )?pump(?:ed)? my stomach",
    { gate: /pump/, self: "strict", time: "act", past: "moderate" },
  ),
  rule(
    "suicide.plan.where_things_are",
    "suicide",
    "high",
    "(?:told|showed|texted|wrote down for|left a note for|messaged) (?:\\w+ ){0,3}?where (?:my|all my) (?:\\w+ ){0,5}?(?:will|passwords|documents|papers|bank details|life insurance|insurance) (?:is|are)\\b[^.!?\\n]{0,30}?(?:just in case|in case|if anything happens|for after|when im gone)",
    { gate: /where/, self: "strict" },
  ),
  rule(
    "suicide.intent.now",
    "suicide",
    "high",
    `(?:want|wanna|going|gonna|ready|need|planning|plan) ${INT}(?:to )?(?:end it all|end it|ctb|catch the bus|kill myself|end my life) (?:right )?(?:now|tonight|today|soon|this weekend|tomorrow)|(?:planning|going|gonna|plan|ready) (?:to )?ctb`,
    { gate: /end|ctb|bus|kill|life/, self: "strict" },
  ),
  rule(
    "suicide.indirect.only_escape_death",
    "suicide",
    "moderate",
    "no (?:escape|way out|exit|relief)(?: \\w+){0,5}? (?:except|but|other than|apart from|besides) (?:dying|death|to die|suicide|ending it|not being here|not existing)",
    { gate: /escape|way out|exit|relief/, self: "strict", time: "state" },
  ),
  rule(
    "harm_to_others.make_pay",
    "harm_to_others",
    "moderate",
    "(?:im going to|im gonna|i am going to|ill|i will|i swear ill|i swear i will|going to|gonna) make (?:them|him|her|you|everyone|all of them|that \\w+|my \\w+)(?: all)? (?:pay|suffer|regret (?:it|this|that|everything)|sorry)(?! (?:for (?:dinner|lunch|the (?:bill|meal|drinks|tickets|pizza|food)|my share|rent)|back))",
    { gate: /make/, self: "strict", hyperbole: true },
  ),
];
