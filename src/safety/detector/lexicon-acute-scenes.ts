import { any, type Rule, rule } from "./rules.ts";

// Acute scenes told in a few words (round-26 tune sets): the act already done with what the
// body does next ("already cut. theres a lot of blood and its not stopping", "pills kicking
// in"), a last message that thanks and says sorry and bye, a platform with the next train
// minutes away, a note left and the drive begun, a knife heated for a burn; and for harm to
// others the same shapes: a poison already in the food being eaten, a gun loaded while waiting
// for him, on the way to the office with one, petrol poured where people are, a threat to kill
// shouted through the door the patient hides behind, and the patient's own words for "until he
// cant hurt anyone again". Passive wishes without a keyword read low. After the retrain with the
// round-26 sets, what it dropped: a rape told without "by", a month of tramadol with whiskey,
// letters left with the will, a funeral playlist and who gets what, meds stopped in secret and
// "ready", a knife against the wrist, "so it doesnt clot", thallium asked about, an app put on
// her phone, a plan with "i just need the nerve", and "id do it again" after hurting someone.

/** After-dose words: feeling it "kicking in" after a dose is the treatment, not an overdose. */
const DOSE_CONTEXT =
  /\b(?:dose|lozenge|troche|session|infusion|prescribed|my spray|nasal spray|the clinic|as directed)\b/;

/** A threat to kill shouted through the door the patient is behind: abuse, and harm by him. */
const THREAT_AT_DOOR =
  "(?:hes|shes|he is|she is|theyre) (?:banging on|kicking|pounding on|breaking down|trying to (?:break|get through)) (?:the|my) door\\b[^\\n]{0,60}\\b(?:kill me|kill us|hurt me|hurt us)";

export const ACUTE_SCENE_RULES: Rule[] = [
  rule(
    "self_harm.scene.cut_bleeding",
    "self_harm",
    "imminent",
    "(?:already|just|i) cut\\b[^\\n]{0,60}\\b(?:blood|bleeding)\\b[^\\n]{0,50}\\b(?:not stopping|wont stop|will not stop|everywhere|so much|a lot|lightheaded|dizzy|soaked|pooling)",
    {
      negatable: false,
      unless: /\b(?:shaving|finger|cooking|chopping|onion|knife slipped|paper cut)\b/,
    },
  ),
  rule(
    "suicide.scene.taken_going",
    "suicide",
    "imminent",
    any(
      "(?:took|swallowed|shot up|injected|downed) (?:\\w+ ){0,3}?(?:all|the whole|every|the rest)\\b (?:\\w+ ){0,4}?(?:pills|meds|tablets|ketamine|k|bottle|xanax|oxy|vial|benzos|opioids|insulin|i had(?: left)?)\\b[^\\n]{0,60}\\b(?:feel (?:myself|it) (?:going|fading|slipping)|going now|kicking in|sorry|goodbye|bye)",
      "(?:already )?took care of it\\b[^\\n]{0,40}\\b(?:pills|meds|tablets)\\b[^\\n]{0,20}\\bkicking in|(?:pills|meds|tablets) (?:are )?kicking in\\b[^\\n]{0,60}\\b(?:bye|goodbye|sorry|final|thank)",
    ),
    { negatable: false, unless: DOSE_CONTEXT },
  ),
  rule(
    "suicide.scene.last_thanks",
    "suicide",
    "high",
    any(
      "sorry for everything\\b[^\\n]{0,60}\\bthank(?:s| you| u)\\b[^\\n]{0,60}\\b(?:bye|goodbye)\\b",
      "(?:final|last) (?:msg|message|text)\\b[^\\n]{0,80}\\b(?:thank(?:s| you| u)|bye|goodbye|sorry)\\b",
    ),
    {
      negatable: false,
      unless: /\b(?:of the day|before (?:bed|my shift|work)|for today|for tonight|lol|haha)\b/,
    },
  ),
  rule(
    "suicide.scene.platform",
    "suicide",
    "imminent",
    any(
      "(?:on|at) the (?:train |subway |metro )?platform\\b[^\\n]{0,50}\\b(?:so tired|cant do this|bye|goodbye|step off|jump|im sorry|im done)",
      "(?:wrote|left|finished) (?:the|my|a) note\\b[^\\n]{0,60}\\b(?:leaving|heading|driving|going|walking) (?:for|to|out to) (?:the )?(?:lake|river|bridge|woods|coast|cliffs?|beach|tracks|ocean|sea)",
    ),
    { negatable: false },
  ),
  rule(
    "self_harm.scene.heating_blade",
    "self_harm",
    "imminent",
    "heating (?:up )?(?:the|a|my) (?:knife|blade|metal|coat hanger|paperclip|key|lighter)\\b(?! (?:for|to) (?:cut|slice|the butter|the cheese|the cake|the bread))",
    { negatable: false, unless: /\b(?:butter|cheese|cake|bread|ice cream|wax|soldering)\b/ },
  ),
  rule(
    "suicide.scene.which_place",
    "suicide",
    "high",
    "i know (?:exactly )?which (?:overpass|bridge|building|cliff|tracks|parking garage)(?= *(?:[.!,\\n]|$| i (?:drive|walk|pass|look)))",
    { negatable: false },
  ),
  rule(
    "suicide.scene.passive_quiet",
    "suicide",
    "low",
    any(
      "(?:envy|jealous of|lucky are) (?:people|ppl|those|the ones) who (?:die|go|pass) in (?:their|there) sleep",
      "(?:sleep|be asleep) for (?:a|a whole) (?:year|month|decade)\\.? or forever",
      "waste of (?:oxygen|space|air)(?= *(?:[.!,\\n]|$))",
      "ready for the lights to go out|not being here (?:sounds|seems|feels) (?:kinda |kind of |so |pretty |really )?(?:restful|peaceful|nice|good|easier)",
      "(?:everyone|everybody|they|my family)(?: \\w+){0,2}? (?:would|will|d) be (?:so much |a lot )?less (?:stressed|worried|burdened) if i (?:wasnt|werent|was not|were not) (?:around|here)",
      "if (?:it )?(?:wasnt|werent|was not|were not) for my (?:cat|dog|kids?|son|daughter|mom|mum|pets?) i (?:dont|do not) know if (?:id|i would|i d) (?:bother|still be here|be here|keep going)",
      "(?:hope|hoping|wish) the (?:biopsy|scan|test|results?) (?:comes? back|is|are) bad so (?:its|it is|it gets) (?:decided|over|out of my hands)",
      "(?:tired|sick|exhausted) of (?:everything|it all)\\.? of being (?:a person|alive|me|human)",
    ),
    { negatable: false },
  ),
  rule(
    "suicide.scene.let_it_take_me",
    "suicide",
    "moderate",
    any(
      "(?:stop|stopping|quit|quitting) (?:taking )?all my (?:meds|medication|pills)\\b[^\\n]{0,40}\\b(?:let|letting) (?:the \\w+(?: and (?:the )?\\w+)? |it )take me",
      "(?:fantasi[sz]e|daydream|think) about (?:running|driving|steering|crashing) my car (?:off|into) (?:the|a) (?:bridge|overpass|cliff|wall|tree|embankment)",
      "(?:not|never) going to do it but i think about it (?:every|each) (?:night|day|morning)",
    ),
    { negatable: false },
  ),
  rule(
    "harm_to_others.scene.poison_served",
    "harm_to_others",
    "imminent",
    "(?:pills|poison|it|the \\w+) (?:are |is )?already in (?:his|her|their) (?:soup|food|drink|coffee|tea|plate|dinner|lunch|beer|water|wine|smoothie)",
    { negatable: false },
  ),
  rule(
    "harm_to_others.scene.armed_waiting",
    "harm_to_others",
    "imminent",
    any(
      "loaded(?= *[.!,\\n])[^\\n]{0,40}\\bwaiting for (?:him|her|them|my \\w+)",
      "on my way to (?:the|my|his|her|their) (?:old )?(?:office|school|work|job|church|party|bar|house|meeting)\\b[^\\n]{0,30}\\b(?:w|with) (?:my |his |a |the )?(?:\\w+s )?(?:gun|rifle|pistol|shotgun|knife|ar)\\b",
      "poured (?:gas|gasoline|petrol|lighter fluid)\\b[^\\n]{0,60}\\b(?:everyone|people|they|he|she)(?:s| is| are)? (?:still )?inside",
      "(?:ive|i) (?:got|have) the pillow\\b[^\\n]{0,40}\\b(?:\\w+s|hes|shes|theyre|is|are) (?:asleep|sleeping)\\b",
      "(?:i brought it|brought it|its in my (?:bag|pocket|jacket))\\b[^\\n]{0,30}\\b(?:im )?(?:walking|going|heading) (?:over|up to (?:him|her))",
      "the bag and the tape (?:are )?ready",
    ),
    { negatable: false },
  ),
  rule("abuse.scene.threat_at_door", "abuse", "imminent", THREAT_AT_DOOR, { negatable: false }),
  rule("harm_to_others.scene.threat_at_door", "harm_to_others", "high", THREAT_AT_DOOR, {
    negatable: false,
  }),
  rule(
    "harm_to_others.scene.until_he_cant",
    "harm_to_others",
    "high",
    any(
      "(?:not leaving|wont leave|will not leave) (?:until|till|til) (?:he|she|they) (?:cant|can not|cannot|wont) (?:hurt anyone|hurt me|walk|breathe|get up)",
      "(?:bringing|brought|bring|taking) something so (?:he|she|they) (?:finally )?(?:listens?|learns?|gets it)",
      "(?:hes|shes|theyre|he is|she is) not walking (?:back )?out",
      "(?:they|theyll|they will) all remember me (?:after|when)",
      "which door (?:the )?(?:staff|teachers|they|employees) use and when its (?:left )?unlocked",
    ),
    { negatable: false },
  ),
  rule(
    "harm_to_others.scene.beat_until",
    "harm_to_others",
    "moderate",
    any(
      "(?:beat|hit|punch|kick|stomp) (?:him|her|them) (?:til|till|until) (?:he|she|they) (?:stopped|stops|stop) (?:moving|breathing)",
      "smash (?:a|the) (?:bottle|bat|brick|chair) (?:over|on|into) (?:the|his|her) (?:\\w+s )?head",
      "(?:fantasi[sz]\\w*|picture|imagine|dream) (?:about )?(?:the|my) (?:office|school|house|building|work) burning down with (?:all of )?(?:them|everyone|him|her) inside",
    ),
  ),
  rule(
    "harm_to_others.scene.veiled",
    "harm_to_others",
    "low",
    any(
      "(?:has|had) it coming(?:\\. |, )?(?:not saying|just saying)",
      "(?:better|should) pray (?:he|she|they) (?:never )?(?:runs?|bumps?) into me",
      "need(?:s)? to be taught a lesson\\b[^\\n]{0,40}\\bim (?:the one|gonna|going)",
      "karma(?:s| is)? (?:coming|slow)\\b[^\\n]{0,60}\\b(?:help|hand|push)",
      "(?:im|i am) not responsible for what i (?:do|might do)",
      "picture (?:him|her) (?:just\\.* )?(?:not waking up|never waking up)",
    ),
    { negatable: false },
  ),
  rule(
    "abuse.scene.raped",
    "abuse",
    "high",
    "(?:i was|i got|ive been|i have been|i had been|was|got) (?:\\w+ )?(?:raped|sexually assaulted|molested)\\b(?! (?:scene|joke|case|trial|victims?|statistics?))",
    {
      self: "inherent",
      time: "act",
      past: "concern",
      unless: /\b(?:character|episode|book|movie|show|novel|podcast|news|article)\b/,
    },
  ),
  rule(
    "suicide.scene.whole_supply_question",
    "suicide",
    "high",
    "(?:what would happen|what happens|what will happen|would i die) if i (?:took|take|swallowed|swallow|had) (?:my |the )?(?:entire|whole|all(?: of)?(?: my)?|a whole) (?:month|months|bottle|box|pack|supply|prescription|script)",
    {
      negatable: false,
      unless: /\b(?:by accident|accidentally|by mistake|pharmacist|double dosed)\b/,
    },
  ),
  rule(
    "suicide.scene.left_with_will",
    "suicide",
    "high",
    any(
      "(?:wrote|left|put|tucked|placed|leaving) (?:\\w+ ){0,6}?(?:letter|letters|note|notes|card|cards)\\b(?: \\w+){0,6}? (?:in )?(?:with|beside|next to|inside) (?:the|my) will\\b",
      "(?:playlist|songs|music|hymns) for my (?:own )?funeral\\b[^\\n]{0,60}\\bwho gets (?:what|my)",
    ),
    { negatable: false, unless: /\blol\b|\bhaha\b|😂/ },
  ),
  rule(
    "suicide.scene.stopped_in_secret",
    "suicide",
    "high",
    "(?:stopped|quit|stopped taking) (?:my |all my )?(?:blood thinners|heart meds|insulin|meds|medication|pills|lithium|antidepressants?|seizure meds)\\b[^\\n]{0,60}\\bnot telling (?:my |anyone|anybody|the)\\b[^\\n]{0,40}\\b(?:im|i am) (?:tired and (?:im |i am )?)?ready\\b",
    { negatable: false },
  ),
  rule(
    "suicide.scene.last_message_set",
    "suicide",
    "imminent",
    "(?:the|my) (?:last|final) (?:msg|message|text)\\b[^\\n]{0,40}\\beverything(?:s| is) (?:set|ready|arranged|planned)\\b",
    { negatable: false },
  ),
  rule(
    "self_harm.scene.blade_on_wrist",
    "self_harm",
    "imminent",
    "(?:knife|blade|razor|glass|scissors) (?:is )?(?:against|on|to|pressed (?:to|against)) my (?:wrist|wrists|arm|arms|skin|thigh|thighs)\\b[^\\n]{0,30}\\b(?:right now|now|rn)",
    { negatable: false },
  ),
  rule(
    "suicide.scene.so_it_wont_clot",
    "suicide",
    "high",
    "(?:so (?:it|the blood|the cut)|so that it) (?:doesnt|does not|wont|will not|cant) (?:clot|stop bleeding|close)",
    { negatable: false },
  ),
  rule(
    "harm_to_others.scene.poison_asked",
    "harm_to_others",
    "high",
    "(?:thallium|arsenic|cyanide|ricin|polonium|strychnine|oleander)\\b[^\\n]{0,50}\\b(?:tasteless|odou?rless|untraceable|undetectable|where (?:would|could|can|do) (?:someone|i|you|one) (?:even )?(?:get|buy|find))",
    {
      negatable: false,
      unless:
        /\b(?:documentary|history class|chemistry class|agatha christie|mystery novel|podcast|true crime)\b/,
    },
  ),
  rule(
    "harm_to_others.scene.spy_app",
    "harm_to_others",
    "moderate",
    "(?:installed|put|hid|snuck) (?:a |an |the |some )?(?:app|tracker|spyware|software|keylogger) on (?:her|his|their|my (?:wifes|husbands|gfs|bfs|exs)) (?:phone|laptop|computer)\\b(?! with (?:her|his|their) (?:permission|consent))",
    {
      negatable: false,
      unless:
        /\b(?:parental controls?|my (?:kid|son|daughter|child)s?|find my|permission|consent|she asked|he asked)\b/,
    },
  ),
  rule(
    "harm_to_others.scene.need_the_nerve",
    "harm_to_others",
    "high",
    "the plan is (?:simple|easy|set|done)\\b[^\\n]{0,100}\\b(?:he|she|they)\\b[^\\n]{0,100}\\b(?:(?:i )?just need the nerve|nobody (?:else )?(?:is )?(?:around|on that street|there|will see))",
    { negatable: false },
  ),
  rule(
    "harm_to_others.scene.do_it_again",
    "harm_to_others",
    "moderate",
    "(?:punched|hit|beat|stabbed|hurt|broke) (?:my |his |her |the )?(?:\\w+ ){0,3}?(?:and )?(?:broke )?[^\\n]{0,60}\\b(?:im|i am) not sorry and (?:id|i would|i will|ill) do it again",
    { negatable: false },
  ),
  rule(
    "suicide.scene.passive_more",
    "suicide",
    "low",
    any(
      "(?:the )?life insurance would do more for (?:my family|them|my kids|everyone) than i (?:do|could|ever did)",
      "(?:i )?(?:wouldnt|would not|wont) fight it if my (?:heart|body|lungs) (?:just )?(?:quit|stopped|gave out|gave up)",
    ),
    { negatable: false },
  ),
];
