import { any, INT, type Rule, rule, SUICIDAL, SUICIDE } from "./rules.ts";
import { suicidalWordLevel } from "./suicidal-word.ts";

// Hopelessness, burden and escape said without a keyword, the slang people use online for
// suicide, and indirect farewells. Weak cues that only count together are in accumulate.ts.

// "Suicidal" alone is not a tendency: news, statistics and third persons use the word too.
const NEWSY =
  /\b(?:paper|measured|participants|sample|among|in (?:students|teens|adults|veterans|patients|youth|children))\b|\b(?:his|her|their|your) suicidal\b|\b(?:a|an|the|this|that|of the) suicidal\b(?! (?:thoughts?|feelings?|urges?|ideation|episodes?|phase|spiral|mood|moments?|days?|nights?|place)\b)|suicidal (?:man|woman|men|women|teens?|people|person|patients?|veterans?|callers?|characters?|kids?|students?|youth|driver|gunman|suspect)|\b(?:news|study|studies|report|reported|article|police|officers?|survey|percent|statistics?|rates?|song|lyrics|movie|film|episode|novel|researchers?|headline|squad|mission)\b/;

/**
 * The word "suicidal" said of oneself: moderate in a present first-person frame, concern
 * otherwise (suicidal-word.ts); hyperbole with a joke marker, news and other people drop it.
 */
export const SUICIDAL_RULES: Rule[] = [
  rule(
    "suicide.ideation.suicidal_word",
    "suicide",
    "moderate",
    `(?<!passive(?:ly)? )${SUICIDAL}(?! doors?| run| sprints?| drills?| burpees?)`,
    {
      gate: /su/,
      self: "strict",
      topic: true,
      time: "state",
      hyperbole: true,
      unless: NEWSY,
      refine: suicidalWordLevel,
    },
  ),
];

/** Community words for suicide and dying by suicide (moderate). */
export const SLANG_RULES: Rule[] = [
  rule(
    "suicide.slang",
    "suicide",
    "moderate",
    any(
      `(?:want|wanna|wish i could|going|gonna|need|ready|planning) (?:to )?${SUICIDE}(?! (?:prevention|awareness|hotline|line|rates?|helpline))`,
      `${SUICIDE} (?:is )?(?:all i (?:can |ever )?think about|always on my mind|on my mind (?:all the time|constantly|again|every day))|(?:cant stop|keep|always) think(?:ing|ng|in) about (?:${SUICIDE}|dying|ending it|killing myself)`,
      "ctb|sewer ?slid(?:e|ing)|sewerslid(?:e|ing)|self ?delet(?:e|ing|ion)|unalive|unaliving|game end myself|rope myself|neck myself|necking myself|roping|catch the bus(?= (?:soon|tonight|for good|forever|early))|(?:eat|eating) (?:a bullet|my gun|lead)",
      "(?:take|taking|took|considering|thinking about) the (?:easy|coward(?:s|ly)?) way out|permanent (?:solution|sleep|exit|nap)|(?:the )?final exit|(?:dirt|worm) nap|yeet myself (?:off|into|in front)|(?:delete|deleting|remove|erase) myself(?! from (?:the|this) (?:group|chat|list|app|server|thread))",
      "end it all|(?:end|ending) (?:everything|my existence|my suffering for good)|(?:leave|leaving|exit|exiting|check out of|checking out of) (?:this|the) (?:world|earth|planet|life)(?! behind)|(?:join|be with) (?:my |our )?(?:\\w+ )?(?:in heaven|on the other side)|see you (?:all )?on the other side(?! of (?:the |my )?(?:holidays?|weekend|break|summer|christmas|new year|exams?|trip|move|surgery|op|operation|week|deadline))",
      `(?:want|wanna|need|ready|going|time) ${INT}(?:to )?(?:go home for good|be with (?:god|jesus) now|rest forever|rest for good|cease|be at peace forever|stop being alive|not be anymore)`,
    ),
    {
      gate: /final|ctb|sewer|self ?delet|unaliv|game end|rop|neck|su|bus|eat|easy|coward|permanent|nap|yeet|delete|remove|erase|end|leav|exit|check|join|be with|other side|want|wanna|need|ready|going|time|keep|cant stop|always/,
      self: "strict",
      time: "state",
      hyperbole: true,
    },
  ),
  rule(
    "suicide.indirect.farewell",
    "suicide",
    "high",
    any(
      "(?:i )?(?:wont|will not) be (?:here|around|alive) (?:to see|for|when|by) (?:\\w+ ){0,3}?(?:christmas|tomorrow|the morning|next week|my birthday|it|the end of)|(?:i )?(?:wont|will not) be alive (?:at|for|by|on|next|this|in)",
      "(?:i )?(?:wont|will not) be (?:here|around|alive) (?:next|by|after|on|this) (?:week|month|weekend|year|christmas|tomorrow|friday|monday|tuesday|wednesday|thursday|saturday|sunday)(?![^.!?\\n]{0,40}(?:holiday|vacation|trip|away|travel|conference|visiting|appointment|session|office|class|work|busy|flight|leave))",
      "(?:so )?this is goodbye|goodbye (?:everyone|all|world|everybody)|(?:i )?love you all[.!,]? (?:goodbye|bye)",
      "(?:this is|consider this) (?:my|a) (?:goodbye|last message|final message|last post|final post)(?! (?:tonight|today|for (?:today|tonight|now|the (?:day|night|week|weekend))|before (?:bed|sleep|i sleep)|until|till))|(?:by the time|when) you (?:read|see|get) this(?: \\w+){0,3}? (?:ill|i will|i\\s?ll) be (?:gone|dead|at peace|somewhere)|(?:take care of|look after) (?:my \\w+|them|her|him|mum|mom) for me(?: when im gone| after)?[.!]? ?(?:goodbye|bye|i love)",
      "(?:thank you|thanks) for (?:everything|trying)[^.!?\\n]{0,40}(?:goodbye|bye forever|im sorry|this is it|i cant anymore|its time)|(?:im|i am) sorry for everything[^.!?\\n]{0,40}(?:goodbye|bye|forgive me|love you all)",
    ),
    {
      gate: /wont|will not|this is|goodbye|bye|consider|by the time|when you|take care|look after|thank|sorry/,
      self: "strict",
    },
  ),
];

/** Hopelessness, burden, entrapment and escape (low); others better off without me (moderate). */
export const ESCAPE_RULES: Rule[] = [
  rule(
    "suicide.indirect.better_off",
    "suicide",
    "moderate",
    any(
      "(?:theyd|they would|hed|he would|shed|she would|everyone would|everybody would|everyoned|my \\w+ would|my \\w+d) (?:all )?(?:be|do) (?:so much |much |a lot )?(?:better off|happier|fine|better|relieved)(?=\\s*(?:$|[.,!;]| if i| without me| when im| once im| if im))",
      "(?:easier|better|happier|simpler|lighter|calmer) (?:\\w+ )?(?:life|lives|time|world)? ?without me|(?:doing|do) (?:everyone|them|the world|my \\w+) a (?:favou?r|kindness) by (?:disappearing|dying|leaving|going|being gone|not being here|ending it)",
      "(?:kinder|easier|better|simpler|lighter|a relief|a mercy) (?:(?:life|lives|time|off) )?(?:for (?:everyone|everybody|them|all of them|my \\w+) )?if i (?:was |were |am )?(?:gone|dead|not here|not around|didnt exist|wasnt here|wasnt around|disappeared|wasnt in (?:it|their lives|the picture|their life)|was out of the picture)",
    ),
    {
      self: "inherent",
      time: "state",
      gate: /better|happier|fine|relieved|favou?r|kindness|without me|kinder|easier|simpler|lighter|relief|mercy/,
    },
  ),
  rule(
    "suicide.passive.escape",
    "suicide",
    "low",
    any(
      "(?:trapped|stuck)(?: \\w+){0,4}? (?:no way out|no escape|no exit|nowhere to go|forever)|(?:cant|dont|cannot) see (?:any|a) way out|no way out(?! of (?:the|this) (?:parking|building|car park|maze|contract|meeting))|(?:only|one) way (?:out|to escape)(?! is (?:through|to (?:talk|ask|keep)))|(?:cant|cannot) escape (?:this|my (?:life|head|mind|thoughts)|the pain|it)",
      "(?:everyone|everybody|my family|they|people|my kids|the world)(?: \\w+){0,3}? (?:would|will|d) be (?:better|happier|fine|okay|ok) (?:off )?(?:without me|if i (?:wasnt|werent|was not|were not|left)|once im gone)|(?:im|i am|im just|i am just|i feel like) (?:such |a )?(?:burden|dead weight|waste of (?:space|air|oxygen)) (?:to|on|for) (?:everyone|everybody|my \\w+|them|the world)|(?:they|everyone|he|she) (?:would|will|d) (?:get over it|move on|be relieved) (?:quickly|fast|soon)? ?(?:if|once|when) (?:i|im) (?:was |were |am )?(?:gone|dead|not here)",
      `(?:tired|sick|weary|exhausted) of (?:existing|being alive|living|being me|breathing|waking up)|(?:so |just )?(?:done|finished) (?:with )?(?:existing|being alive|living|life)${"(?![a-z])"}|exhausted (?:of|from|by) (?:existing|living|being alive)|(?:dont|do not) want to (?:exist|be a person) (?:anymore|any more)`,
      `(?:want|wish|need) ${INT}(?:it|everything|this|the pain|the noise|all of it|it all)(?: all)? to (?:stop|end|be over|go quiet|go away|go dark|be quiet) (?:for good|forever|permanently)|(?:want|wish) ${INT}(?:not to be|to not be|not be|i wasnt|i wasn't) (?:here|around|alive)(?: anymore| any more| any longer)?`,
      "(?:escape|answer|solution|option|way out|way) (?:is|would be|seems) (?:just )?(?:not existing|to not exist|to stop existing|death|dying|to die)|(?:cant|cannot|dont want to) (?:keep|go on|carry on|continue) existing",
      "(?:im|i am|i feel like|feel like) (?:\\w+ ){0,5}?(?:a burden|dead weight) (?:to|on|for)|nothing left for me|(?:stay|staying) asleep forever|(?:sleep|asleep) forever|(?:no|dont have a|dont see a|cant see a|see no) future for myself",
      // The wish told as a condition: "if i wasnt here maybe everyone elses lives would go smoother".
      "if i (?:wasnt|werent|was not|were not) (?:here|around|alive)(?: anymore)? (?:\\w+ ){0,2}?(?:everyone|everybody|my family|they|people|things|everything|my kids|the world)(?: \\w+){0,3}? (?:would|will|d|might) (?:go|be|run|get) (?:so much |a lot |much )?(?:smoother|easier|simpler|better|calmer|lighter)",
      "(?:disappear|vanish|fade away|stop existing) (?:forever|for good|permanently|and never come back)|(?:no|dont have a|dont see a|cant see a) future (?:for me|ahead of me)|(?:cant|cannot|dont) (?:see|picture|imagine) (?:myself|me) (?:in|at|being|getting|making it to) (?:the future|a future|next year|30|40|old|older|my thirties)",
    ),
    {
      gate: /burden|asleep|sleep forever|future|nothing left|wasnt here|werent here|wasnt around|werent around|was not here|were not here|trapped|stuck|sick|weary|way out|way to escape|escape|better|happier|fine|okay|ok|burden|dead weight|waste|get over|move on|relieved|tired|done|finished|exhausted|exist|want|wish|need|disappear|vanish|fade|future|see|picture|imagine/,
      self: "strict",
      time: "state",
      // "so tired i could sleep forever": tiredness, not a wish.
      unless:
        /\b(?:could (?:just )?(?:sleep|stay asleep) forever|so (?:tired|sleepy|exhausted) i could)\b/,
    },
  ),
];
