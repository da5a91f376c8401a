import { isJoking } from "./modifiers.ts";
import {
  any,
  DESIRE,
  INT,
  INTENT,
  KILL_SELF,
  PILLS,
  type Rule,
  rule,
  SUICIDE,
  THINK,
} from "./rules.ts";

// Levels follow the brief: low = passive wish to be dead; moderate = active thoughts, no plan;
// high = method, intent, plan, preparation or a recent attempt; imminent = happening now or
// means at hand. Statements of a present wish to die ("i want to die") are read as moderate:
// the screener asks the finer questions, and erring upward costs a question, not a life.

const END =
  '(?=\\s*(?:$|[.!?,;:)"]|\\n| and| but| anymore| any more| any longer| no more| no longer| lol| tbh| honestly| like this| tonight| today| now| soon| already| for good| forever| once and for all))';
const LETHAL_PLACE =
  "(?:a |the |this |that |my |our )?(?:bridge|building|roof|rooftop|cliff|balcony|overpass|ledge|parking (?:garage|structure|lot roof)|car park|tower|highway|freeway|train tracks|tracks|window|dam|skyscraper)";
const VEHICLE = "(?:a |the |an |oncoming )?(?:train|traffic|bus|truck|lorry|car|subway|tram)";
const TIME_OLD =
  "(?:years ago|long time ago|when i was (?:a |in )?(?:kid|teen|teenager|younger|little|child|\\d+|high school|college)|as a (?:kid|teen|teenager|child)|in (?:high school|college|my (?:teens|twenties|20s|30s))|back in (?:the day|\\d+|high school|college)|from (?:college|high school|my teens|my twenties|uni)|in (?:19|20)\\d\\d|last year|decades? ago|\\d+ years? ago|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|many|several|a few|a couple of) years ago|when we were (?:kids|little|young|children|teens|teenagers)|growing up|as (?:children|kids|a little (?:girl|boy))|(?:in|during) my childhood|childhood)";

/**
 * Hyperbole about a small thing: "could kill myself for forgetting the milk", "so embarrassed
 * i want to die", "monday traffic makes me want to kill myself" (a weighty cause still counts).
 */
const SMALL_CAUSE =
  /\bcould (?:have )?(?:just )?kill(?:ed)? myself for\b|\b(?:so|really|very|too) (?:embarrassed|mortified)\b|\bcringe\b|\b(?:traffic|mondays?|meetings?|wifi|internet|homework|queues?|commute|spreadsheets?|printer|laptop|video|song|playlist)\b[^.!?\n]{0,25}\b(?:makes?|made|making) me (?:want|wanna)\b|\bif (?:this|that|the|my|one more|another) (?:\w+ )?(?:regex|code|build|test|tests|bug|deploy|compiler|script|laptop|computer|printer|wifi|internet|meeting|game|song|exam|spreadsheet|email|update|page|app)\b/;

const SMALL_THING =
  /\b(?:this|that|these|my) (?:homework|form|forms|exam|essay|traffic|meeting|emails?|monday|spreadsheet|printer|wifi|queue|paperwork|assignment|shift|commute|song)\b/;
const NOT_A_JOKE = /\b(?:but actually|no but|seriously|for real|not (?:joking|kidding)|fr)\b/;

/** Suicide: explicit, indirect, plans, means, attempts. */
export const SUICIDE_RULES: Rule[] = [
  rule(
    "suicide.intent.kill_self",
    "suicide",
    "high",
    `(?:${INTENT}|im going to|i am going to|gonna|im gonna) ${INT}(?:${KILL_SELF}|end it(?: all)?${END}|end everything|end things(?! off| with| between| for (?:now|the (?:day|night|week|year)))|kys|jump(?= ?$|\\s*[.!,]| off| from| in front| now| tonight| today))`,
    { self: "strict" },
  ),
  rule(
    "suicide.method.lethal",
    "suicide",
    "high",
    any(
      "(?:hang|hanging|hanged|hung|shoot|shooting|shot|drown|drowning|drowned|gas|gassing|suffocate|suffocating|electrocute|electrocuting|poison|poisoning|throw|throwing|threw|starve) myself(?! in the foot| up| out there| into (?:work|it|my work|the|a project))",
      "(?:slit|slitting|slice|slicing|cut|cutting) (?:open )?my (?:wrists?|throat)",
      `(?:jump|jumping|jumped|leap|leaping|throw myself|throwing myself) (?:off|from|in front of|under|into) ${LETHAL_PLACE}`,
      `(?:jump|jumping|step|stepping|walk|walking|throw myself|throwing myself|lie|lying) (?:in front of|into|onto|under) ${VEHICLE}`,
      "(?:drive|driving|drove|crash|crashing|steer|swerve|swerving) (?:my car |the car )?(?:off|into) (?:a |the |oncoming )?(?:bridge|cliff|wall|tree|river|lake|ocean|sea|traffic|truck|pole|barrier)",
      "(?:walk|walking) into the (?:sea|ocean|lake|river|water)",
      "(?:put|putting) (?:a |the )?(?:bullet|gun) (?:in|to|through) my (?:head|brain|mouth)",
      `(?:overdos(?:e|ing)|od|oding) on (?:my |all my |all of my |all |the |her |his |a bunch of |some )?${PILLS}`,
      `(?:take|taking|swallow|swallowing) (?:all|every one|a whole bottle|the whole bottle|a bunch|a handful|too many)(?: of)?(?: my| the)? (?:\\w+ )?${PILLS}`,
      "(?:carbon monoxide|exhaust pipe|helium|car running in the garage)",
      "(?:in the car|in the garage) (?:\\w+ ){0,4}?with the (?:engine|exhaust|motor) running|exhaust (?:is )?running|(?:hose|tube|pipe) (?:from|to|on|into) the (?:exhaust|car window)|run (?:\\w+ ){0,2}?from the exhaust",
      "(?:use|using|used) (?:it|them|the gun|the rifle|the pistol|the shotgun|the knife|the rope) on myself",
    ),
    {
      self: "strict",
      time: "act",
      past: "moderate",
      // Sport, fiction and markets: "bungee jumping off a bridge", "the heroine jumping".
      unless:
        /\b(?:bungee|parachut\w*|base jump\w*|stocks?|shares|prices?|markets?|heroine|hero|protagonist|character|novel|film|movie|episode)\b|\bif (?:this|that|the|my|one more|another) (?:\w+ )?(?:regex|code|build|test|tests|bug|deploy|compiler|script|laptop|computer|printer|wifi|meeting|exam|spreadsheet|app)\b/,
    },
  ),
  rule(
    "suicide.method.overdose_wish",
    "suicide",
    "high",
    `(?:${DESIRE}|${INTENT}|${THINK}|tempted|urge|my plan is) (?:to )?${INT}(?:overdose|overdosing|od)|${THINK} ${INT}jumping(?=\\s*(?:$|[.!?,;]))`,
    { self: "strict" },
  ),
  rule(
    "suicide.plan.research",
    "suicide",
    "high",
    any(
      "(?:lethal|fatal|deadly|killing) (?:dose|amount|dosage)",
      `how many (?:of (?:my|these|the|those) )?(?:\\w+ )?${PILLS} (?:it )?(?:would |will |does it |would it |it would )?(?:take|takes|kill|to (?:die|kill|overdose|od|not wake up))`,
      "(?:painless|easy|quick|quickest|easiest|best|fastest|surest) (?:ways?|methods?) to (?:die|go|kill myself|end it|end my life|do it|kill yourself|commit)",
      "(?:looked|looking|look|searched|searching|googled|googling|researched|researching) (?:up )?(?:ways|how) to (?:die|kill myself|end my life|end it|overdose|commit suicide|hang myself)",
      "(?:how|when|where) (?:i(?:d|ll| would| will| am going to| im going to)?|im going to) (?:do it|end it|kill myself)",
      "(?:i have|ive got|i got|ive made|i made|i have made|made) a plan(?= to| for (?:how|when|ending|killing|it)| and| ?[.!,]| ?$)",
      "(?:know|figured out|worked out|decided|planned|planning|picked|chosen|chose) (?:exactly )?(?:how|when|where|the date|the day|a date|a day)(?: i(?:d|ll| would| will| want to| am going to)?)? (?:do it|end it|kill myself|go|die)",
      "(?:set|picked|chosen|chose|decided on|marked) (?:the |a )?(?:date|day) (?:for|of) my (?:death|suicide)|(?:the )?(?:last|final) (?:day|night|week|days) of my life",
    ),
    {
      self: "strict",
      // "the lethal dose of caffeine is like 100 cups right? im on cup 5": not a means.
      unless:
        /\b(?:caffeine|coffee|espresso|energy drinks?|red bull|monster|chilli|hot sauce|water)\b/,
    },
  ),
  rule(
    "suicide.plan.preparation",
    "suicide",
    "high",
    any(
      `(?:stockpil\\w*|hoard\\w*|saving up|saved up|stash\\w*|collecting|collected|squirrel\\w* away|putting aside|put aside|been saving|keeping back|kept back) (?:all |some |enough |a lot of |extra |my |of my |up )*(?:\\w+ )?${PILLS}`,
      `(?:enough|have enough|got enough) ${PILLS} (?:to|saved)`,
      "(?:wrote|written|writing|write|left|leave|leaving|finished|drafted|drafting) (?:a |my |the )?(?:suicide|goodbye|farewell|last) (?:note|letter|letters|notes|message|video)",
      "(?:note|notes|letters?) (?:is |are )?(?:written|done|finished|ready)[^.!?\\n]{0,20}?(?:im|i am) ready",
      "(?:wrote|written|writing|write|left|leaving|finished) (?:a |my |some |the )?(?:notes?|letters?) (?:to|for) (?:my |each of my |everyone|all my |my whole )?[^.!?\\n]{0,40}?(?:goodbye|when im gone|after im gone|once im gone|for when|explain(?:ing)? why|understand why|so (?:they|she|he|you|everyone) (?:understand|know|will know|wont blame)|forgive me|im sorry|sorry for everything|to find|after i die|when i die|in case)",
      "(?:said|saying|say|said all) (?:my )?(?:goodbyes?|good byes?|farewells?)|(?:texted|called|visited|messaged|wrote to|phoned|rang|saw|hugged) (?:\\w+ ){0,3}?to say goodbye(?! before (?:she|he|they|i) (?:left|leaves|moves?|moved|flies|flew|go|goes)| at the)|(?:this is|saying) goodbye (?:for good|forever|to everyone|to you all)|goodbye forever",
      "(?:giving|gave|give|given|giving away|gave away) (?:away )?(?:all |most |some )?(?:of )?(?:my|away my) (?:stuff|things|belongings|possessions|clothes|books|records|jewell?ery|collection|guitar|games|plants|savings|money)(?: away| to (?:people|friends|my \\w+))",
      "(?:giving|gave|give) away (?:all |most |some )?(?:of )?(?:my|the) (?:stuff|things|belongings|possessions|pets?|cat|dog)",
      "(?:giving|gave|give|given) (?:\\w+ ){0,5}?(?:all|most) (?:of )?my (?:stuff|things|belongings|possessions) away|(?:giving|gave|give|given) (?:\\w+ ){0,3}?my (?:stuff|things|belongings|possessions) away(?! to (?:goodwill|charity|the thrift))",
      "(?:sorted|sorting|sorted out|put) (?:out )?(?:all )?my affairs(?![^.!?\\n]{0,40}(?:trip|travel|holiday|move|moving|surgery|operation|hospital|abroad))|(?:getting|got|put|putting|have put|sorting|sorted) (?:all )?my (?:affairs|things|stuff) in order|(?:made|updated|wrote|writing|finished) my will (?:and|so)|rehom(?:e|ed|ing) my (?:cat|dog|pets?)|found (?:a )?(?:new )?homes? for my (?:cat|dog|pets?)",
      `(?:planning|planned|plan|preparing|prepared|scheduled|scheduling|organi[sz]ing) (?:my|the) (?:own )?${SUICIDE}|my ${SUICIDE} (?:plan|date|method)`,
    ),
    {
      self: "strict",
      // Goodbyes to a flat, a car or colleagues and things given away for a move are logistics.
      unless:
        /\b(?:(?:the|my|our) old (?:apartment|flat|house|home|car|office|school|phone|job|place)|the move|neighbou?rs|new (?:job|flat|place|house|home|apartment|owners?)|colleagues|coworkers|co workers|leaving (?:party|do|drinks)|trading it in|downsiz\w*|moving (?:house|out|abroad|day)|charity shop|thrift|goodwill)\b/,
    },
  ),
  rule(
    "suicide.indirect.not_around",
    "suicide",
    "high",
    "(?:wont|will not|not going to|wont be|will not be) (?:be )?(?:a burden|around|here|a problem|bothering anyone|in anyones way|your problem)(?: to \\w+)? (?:much longer|for (?:much )?longer|for long|soon|anymore after|after (?:tonight|today|this week|this weekend)|by (?:tomorrow|monday|next week))|(?:soon|after tonight) (?:i|ill|i will) (?:wont|will not|not) be (?:a burden|around|here|a problem)|(?:because|since|as|cause) (?:i|ill) (?:wont|will not) be (?:here|around)(?! (?:next|for|on|this|tomorrow|at))|(?:last|final) time (?:youll|you will) (?:hear|see) from me|wont have to (?:deal with|worry about) me (?:much longer|for long|anymore|soon|after (?:tonight|today|this|tomorrow))",
    { self: "strict" },
  ),
  rule(
    "suicide.attempt",
    "suicide",
    "high",
    any(
      `(?:tried|attempted|tryed|try|trying|made an attempt|attempting) (?:to )?(?:${KILL_SELF}|overdose|od|hang myself|end it(?: all)?|suicide|commit|jump)`,
      `(?:attempted|attempt(?:ed)?) ${SUICIDE}|${SUICIDE} attempts?|(?:an |my )?attempt on my (?:own )?life|(?:my|an|the) (?:last |first |second |third |recent |previous )?(?:suicide )?attempt (?:was|last|in|when|(?:a |\\w+ )?(?:days?|weeks?|months?|years?) ago)`,
      "(?:i|ive|i have|i had) attempted (?:\\w+ )?(?:before|twice|once|three times|several times|multiple times|a few times|in the past)",
      "(?:i|ive|i have) attempted (?:again )?(?:last|this|a few|two|three|\\d+) (?:week|month|night|days?|weeks?|months?)|(?:^|(?<=[.!?,] ))took an overdose (?:on|last|yesterday|a few|two|three)|i (?:have |had )?(?:overdosed|oded|took an overdose)(?! on (?:tv|netflix|sugar|caffeine|coffee|chocolate)| (?:the|my|our) (?:roses|plants?|garden|lawn|tomatoes|veg|seedlings|fish|tank))|(?:i )?(?:ended up|woke up|was) in (?:the )?(?:hospital|er|icu|a&e|psych ward)[^.!?\\n]{0,30}(?:overdose|attempt|stomach pumped)|(?:got|had) my stomach pumped",
    ),
    {
      self: "strict",
      time: "act",
      past: "moderate",
      // Someone else's attempt told as their story (round 10): "my cousin who had ... a suicide attempt".
      unless:
        /\bmy (?:\w+ )?(?:cousin|friend|brother|sister|mom|mum|mother|dad|father|uncle|aunt|son|daughter|niece|nephew|neighbou?r|coworker|colleague|partner|husband|wife|boyfriend|girlfriend|grandma|grandpa)\b (?:who|whose|that) (?:had|made|survived|went through|has had)\b/,
    },
  ),
  // Moderate: active thoughts, no plan.
  rule("suicide.ideation.kill_self", "suicide", "moderate", `${KILL_SELF}|kys`, {
    self: "inherent",
    time: "state",
    unless: SMALL_CAUSE,
    // "kms 💀 this form is 14 pages": the abbreviation in a joke is a groan (concern).
    refine: (text, from, to) =>
      /^k[my]s+$/.test(text.slice(from, to)) &&
      (isJoking(text) || SMALL_THING.test(text)) &&
      !NOT_A_JOKE.test(text)
        ? "concern"
        : "moderate",
  }),
  rule(
    "suicide.ideation.want_die",
    "suicide",
    "moderate",
    `${DESIRE} (?:to )?${INT}(?:die(?! (?:my|the|her|his|some|these|those|it) (?:hair|clothes|shirt|jeans|eggs|fabric|roots|beard|eyebrows))|be dead|not (?:be )?(?:alive|exist|here)(?: anymore| any more| any longer)|stop (?:existing|living|breathing)(?! in| like| for| with)|cease to exist|be gone|not wake up|disappear forever|unalive)|(?:wanna|want) ${INT}die`,
    { self: "strict", time: "state", unless: SMALL_CAUSE },
  ),
  rule(
    "suicide.ideation.not_live",
    "suicide",
    "moderate",
    `(?:dont|do not|didnt|did not|no longer|dont really|dont even|never|doesnt|not sure i|dont think i|dont know if i|dont know why i) ${INT}(?:want|wanna|wish|feel like|care) (?:to )?${INT}(?:live|be alive|be here${END}|be here on this earth|be on this earth|be in this world|exist|go on${END}|go on living|keep going${END}|keep living|keep fighting${END}|carry on${END}|stay alive|be around${END}|continue living|continue${END}|do life${END})`,
    {
      self: "strict",
      time: "state",
      // "i don't want to be here anymore, this party is so boring": a place, not a life.
      unless:
        /\b(?:this|the) (?:party|meeting|class|lecture|queue|wedding|event|concert|gig|work do|office party|waiting room|shop|mall)\b|\b(?:so|really|super) boring\b|\bgo on (?:and (?:cry|talk|rant|ramble)|stage|holiday|a date)\b/,
    },
  ),
  rule(
    "suicide.ideation.suicidal",
    "suicide",
    "moderate",
    `${SUICIDE} (?:thoughts|ideation|urges|feelings|ideas)|(?:active|having|had|been having|experiencing|with|some|my) si${END}|(?:${THINK}|thinking|considering|contemplating) ${SUICIDE}|${SUICIDE} (?:is|seems|feels|looks) (?:like )?(?:the |my |an )?(?:only|best|easiest|answer|option|way out|solution)|only way out(?! is)|(?:end|ending|ended) (?:it all|it|things|everything)(?: for good)?${END}|(?:end|ended|ending) (?:it|things|everything)(?: all)? for good|(?:why cant|cant) i (?:just )?die|(?:let me|i should (?:just )?) die|i should (?:just )?(?:be dead|not be here|not exist)`,
    { self: "strict", topic: true, time: "state" },
  ),
  rule(
    "suicide.indirect.burden",
    "suicide",
    "moderate",
    "(?:better|happier|easier|lighter|relieved|fine)(?: off?| of)?(?: for (?:everyone|everybody|them|my family|my kids|all of them))? (?:without me|if i (?:just )?(?:was |were |am )?(?:gone|dead|not here|not around|died|disappeared|disappear|wasnt here|wasnt around|didnt exist|wasnt alive))|(?:no one|nobody|noone|no body) (?:would|will|is going to|gonna|d) (?:even |really )?(?:miss me|notice|care)[^.!?\\n]{0,25}?(?:gone|dead|died|disappeared|not here|not around|kill myself|wasnt here|disappear)|(?:no one|nobody|noone) (?:would|will) (?:even )?miss me|(?:world|everyone|they) (?:would|will|d) be better without me",
    {
      self: "inherent",
      time: "state",
      // An absence for a while: "fine without me for a week", "while im on holiday".
      unless:
        /\bwithout me (?:for (?:a|the|one|two|\d+) (?:week|day|days|weeks|month|night|weekend|shift|meeting)|while im (?:away|gone|off|out))|\b(?:camping|vacation|holiday|trip|my shift|the meeting)\b/,
    },
  ),
  // Low: passive wish to be dead, hopelessness about living.
  rule(
    "suicide.passive.wish_dead",
    "suicide",
    "low",
    any(
      "wish (?:i (?:was|were|could be|would be)|to be|i was just) (?:already )?dead",
      `wish (?:i|id) (?:could |would |had |just )*(?:die|died|disappear|not exist|never (?:been born|woke up|existed)|(?:was|were) never born|wasnt born|wasnt alive|wasnt here|didnt exist|didnt wake up|could sleep forever|could just go to sleep forever|wouldnt wake up|could fall asleep and not wake up)`,
      "(?:go to |fall |falling |went to )?(?:sleep|asleep) and (?:just |simply )?(?:never|not|wouldnt|didnt|dont) wake up",
      "wish (?:a|some|the) (?:car|bus|truck|lorry|train|drunk driver) would (?:just )?(?:hit|run over|kill) me|(?:hope|wish|pray)(?: that)? (?:i|id) (?:get|got|would get) (?:hit by|run over|cancer|sick and die|in an accident)|(?:want|wanna|wish|need) to (?:go to )?sleep forever|eternal sleep|(?:just )?waiting to die|waiting for (?:death|the end|it all to end|my time)|(?:imagin\\w+|picturing|planning|thinking about|think about) my (?:own )?funeral",
      "not meant to be (?:here|alive|on this earth)|(?:shouldnt|should not) (?:be here|be alive|have been born|exist)|dont belong (?:here|in this world|on this earth)|nothing (?:left )?to live for|(?:no|nothing) left to (?:live|fight) for|(?:dont|do not|cant|cannot) see (?:the|any) (?:point|reason) (?:in|of|to|for) (?:living|life|waking up|going on|being here|being alive|carrying on|anything|it all|trying anymore)",
      `(?:hope|hoping|pray|praying|wish) (?:that )?i ${INT}(?:dont|do not|never|wont|will not|wouldnt) wake up`,
      "(?:dont|do not|never) (?:want|wanna) (?:to )?wake up(?! early| at| for| before| in the morning)",
      "(?:would be |id be |im |i am )?better off dead|(?:rather|prefer to) (?:be dead|not exist|not be alive|not wake up|die)(?! than (?!(?:live|go on|keep (?:living|going)|feel|deal|be in|suffer|wake up|spend another|face|live|another day|this)))",
      "(?:dont|do not) care (?:if|whether) i (?:die|live|wake up|make it|survive|am alive|get hit)",
      "(?:wouldnt|would not|wont|dont) (?:mind|care) (?:if i (?:just )?(?:died|didnt wake up|was dead|got hit|never woke up|wasnt here|stopped existing|got sick and died)|dying|being dead|not waking up)",
      `tired of (?:living|being alive|life|existing|being here)|hate being alive|life (?:isnt|is not|aint|is no longer|isnt really) worth (?:living|it)|(?:no|nothing to|not any|not a) (?:reason|point|purpose) (?:to|in|of|for) (?:live|living|life|go on|going on|keep going|being here|being alive|stay|staying alive|keep living|carry on|wake up)|whats ${INT}the point ${INT}(?:of|in) ${INT}(?:living|life|going on|being alive|being here|anything anymore|me|existing|waking up|staying alive)`,
      `(?:wish|wishing|wished|hope|hoping|pray|praying) (?:that )?(?:i|id) (?:would |could |will |might )?${INT}(?:die|not wake up|be dead|pass away|disappear forever|get hit)`,
      "(?:want|wanting|need) (?:out of (?:this|my) life|out of life|to check out for good|to be done with life)",
      "(?:want|need|wish) (?:it|everything|this|life)(?: all)? to (?:stop|end) (?:permanently|forever|for good)|(?:want|wish|need) (?:it|everything|life) (?:all )?to (?:just )?end(?! soon| for (?:the|today))",
      "(?:dont|do not) have (?:a|any) reason to (?:live|go on|keep going|be here)",
      "(?:(?:there is|theres|i see|see) no (?:way out|escape|future for me|point in going on|other way))|cant see a way out|trapped with no way out",
      `(?:cant|can not|cannot|couldnt) ${INT}(?:do|take|handle|bear|stand|live like|keep living|keep going|live|keep doing|go on|cope with|deal with|face|continue|survive) (?:this|it|that|life|any of this|this life|this pain|the pain|living|everything|this shit|all this|any more of this|like this|with this|this anymore)? ?(?:anymore|any more|any longer|much longer|for much longer|another day|like this)(?![^.!?\\n]{0,12}(?:laptop|computer|printer|wifi|internet|spreadsheet|excel) (?:crashed|died|broke|froze|is broken|keeps crashing))`,
      `(?:cant|cannot|can not) (?:go on|keep going|carry on)(?: like this)?${END}`,
      `(?:dont think i can|dont know if i can|dont know how (?:much )?longer i can|not sure i can|dont know how long i can) ${INT}(?:go on|keep going|carry on|do this|take (?:it|this|much more)|keep living|survive|hold on|last)`,
      "if i (?:dont|didnt|never|do not) wake up[^.!?\\n]{0,30}?(?:fine|ok|okay|good|relief|wouldnt mind|dont care|so be it|whatever|better)|(?:wouldnt|would not) (?:mind|care) if i did",
      `${THINK} (?:dying|being dead|not being (?:here|alive|around)|not existing|not waking up|my (?:own )?death|disappearing forever)`,
      "feel(?:ing)? like dying|(?:want|wish) (?:someone|somebody|something) (?:to|would|could) (?:just )?kill me|(?:want|wish) (?:it|everything|life) (?:all )?to (?:just )?end|want (?:it|everything) (?:all )?to be over|passive(?:ly)? (?:suicidal|si|thoughts)",
    ),
    { self: "strict", time: "state", refine: painVent },
  ),
];

/** Worn out by pain or illness, told without a word of death (round 8): concern, not low. */
const ENDURANCE =
  /^(?:cant|can not|cannot|couldnt|dont think i can|dont know if i can|not sure i can|dont see the point|(?:dont|do not|cant|cannot) see (?:the|any) point)/;
const PAIN =
  /\b(?:pain|hurting|doctors?|specialists?|physio|fibro\w*|flare\w*|rheumatolog\w*|scans?)\b/;
const DEATH =
  /\b(?:die|dying|dead|death|suicid\w*|kill\w*|end it|alive|wake up|live|living|life|gone|exist\w*|funeral|goodbye|bye)\b/;
function painVent(text: string, from: number, to: number): "concern" | "low" {
  if (!ENDURANCE.test(text.slice(from, to))) return "low";
  const near = text.slice(Math.max(0, from - 300), Math.min(text.length, to + 300));
  return PAIN.test(near) && !DEATH.test(near) ? "concern" : "low";
}

/** Sentence text that dates an attempt or self-harm act long ago. */
export const OLD_TIME = new RegExp(`(?<![a-z])${TIME_OLD}(?![a-z])`);
