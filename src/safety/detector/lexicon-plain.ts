import { ABUSER, any, BODY, DESIRE, INT, PILLS, type Rule, rule } from "./rules.ts";

// Plain words (round 7, issue 15): the writers who never saw the detector told self-harm,
// abuse, harm to others and misuse in everyday verbs rather than the lexicons' set phrases.
// Each rule below is a shape, not a line: a first-person act with a marker of purpose or
// repetition, a person doing something to "me", an intent with a weapon or a named target,
// a supply or a dose outside the plan. Levels follow the writers' labels (acts told plainly
// are moderate; the rules that own high and imminent stay in their lexicons).

/** Acts done to one's own body, past and present (the lexicon's verbs plus plain ones). */
const OWN_ACT =
  "(?:cut|cutting|cuttin|burned|burnt|burning|scratched|scratching|scratch|punched|punching|punch|hit|hitting|banged|banging|bang|pinned|pinching|pinched|pulled out|pulling out|ripped out|tore|picked at|picking at|bit|biting|carved|starved|starving|hurt)";
/** What makes an act deliberate self-harm rather than an accident. */
const PURPOSE =
  "(?:on purpose|deliberately|intentionally|to feel (?:something|better|pain|real)|to punish myself|(?:until|till|til) (?:it|they|i|my \\w+|the skin) (?:\\w+ )?(?:bled|bleed|bleeds|bleeding|bruised|bruise|swelled|swell|swelled up|broke|break|blistered|blister|went numb))";
/** Ordinary uses of the verbs: sport, cooking, work, a game, a pet, a haircut. */
const EVERYDAY =
  /\b(?:boxing|sparring|punching bag|gym|bag work|martial|karate|game|level|cooking|kitchen accident|haircut|barber|hairdresser|the dog|the cat|my cat|my dog|the kids|the ball|pitch|bat|paper|hours|budget|costs|prices|oven|stove|kettle|pan|grill|toast|toaster|shaving|shave|classic me|clumsy|mosquito|bites|bug bites|itchy|itching|eczema|hives|poison ivy|chicken ?pox)\b/;
/** Strong acts on the patient that no everyday sense shares. */
const DONE_TO_ME =
  "(?:choked|chokes|choking|strangled|strangles|strangling|slapped|slaps|punched|punches|kicked|kicks|shoved|shoves|beat|beats|beat up|raped|rapes|molested|smacked|smacks|throttled)";

/** A filler word that is not a negation ("he would never hit me" is not a report). */
const NOT_NEGATED =
  "(?:(?!(?:never|not|doesnt|dont|didnt|wouldnt|wont|isnt|cant|hasnt|havent|nunca|no) )\\w+ )";

export const PLAIN_RULES: Rule[] = [
  rule(
    "self_harm.act.purpose",
    "self_harm",
    "moderate",
    any(
      `(?<=(?:^|[.!?,;\\n] |\\bi |\\bive |\\band |\\bjust |\\bagain ))${OWN_ACT} (?:\\w+ ){0,8}?${PURPOSE}`,
      `${OWN_ACT} (?:\\w+ ){0,4}?(?:${BODY}|my (?:hair|knuckles|nails|head|scalp|wrists?|thighs?)) (?:\\w+ ){0,8}?${PURPOSE}`,
    ),
    { self: "strict", time: "act", past: "concern", unless: EVERYDAY },
  ),
  rule(
    "self_harm.act.again",
    "self_harm",
    "moderate",
    any(
      "(?<=(?:^|[.!?,;\\n] |\\bi |\\bive |\\bbeen |\\bstarted ))(?:cutting|cuttin|cut|scratched|scratching|burned|burning|burnt) (?:\\w+ ){0,4}?(?:again|agen|agin)",
      "(?<=(?:^|[.!?,;\\n] |\\bi |\\bive ))(?:pulled|pulling|ripped|ripping) (?:out )?(?:\\w+ ){0,4}?my (?:hair|eyelashes|eyebrows)(?: out)?(?: \\w+){0,3}? (?:again|agen|last night|tonight|today)",
      "(?<=(?:^|[.!?,;\\n] |\\bi |\\bive ))(?:scratched|cut|burned) (?:\\w+ ){0,2}?with (?:the|a|my) (?:razor|blade|lighter|knife|scissors|compass)",
    ),
    { self: "strict", time: "act", past: "concern", unless: EVERYDAY },
  ),
  rule(
    "self_harm.urge.plain",
    "self_harm",
    "low",
    any(
      `(?:${DESIRE}|wanna|urge|urges|tempted|itching|cant stop thinking about|keep thinking about|think about|thinking about) (?:to |of )?${INT}(?:make myself bleed|making myself bleed|bang my head|banging my head|punch(?:ing)? (?:walls|the wall|a wall)|pull(?:ing)? (?:out )?my hair|(?:the )?(?:kitchen )?knives in the kitchen|the kitchen knives)`,
    ),
    { self: "strict", time: "state", unless: EVERYDAY },
  ),
  rule(
    "abuse.done_to_me",
    "abuse",
    "moderate",
    any(
      `(?<!(?:it|that|this|reality|grief|the news|the pain|the wave|the heat|the smell|the music) )${DONE_TO_ME} me(?! (?:up|out|awake|through|with joy|in the game))`,
      `${ABUSER} ${NOT_NEGATED}{0,4}?(?<!(?:never|not|doesnt|dont|didnt|wouldnt|wont|isnt|cant|nunca|no) )(?:hit|hits|hurt|hurts|bit|bites|grabbed|grabs) me(?! up| out| hard that| like a| an? | some| coffee| lunch| food| one| something| a drink)`,
      `(?:gonna|going to|will|is going to|hes gonna|shes gonna|hes going to|shes going to) (?:hit|hurt|beat|choke) me (?:again|agen|when|if|tonight)`,
      "(?:makes|made|make|forces|forced|force|obligaba|obliga) (?:me|a mi) (?:to )?(?:do (?:things|stuff|sexual)|have sex|sleep with|touch (?:him|her)|hacer cosas)",
      "(?:wont|doesnt|wouldnt|didnt) let me (?:\\w+ ){1,6}?(?:unless|until|if i dont) i (?:sleep with|have sex|do what|give)",
      "(?:leaves|left|leaving) (?:me )?(?:with )?bruises|handles me (?:really )?(?:roughly|rough)|me (?:jala|jalo|jalaba) el pelo|me deja sin comer|me (?:avento|empujo|aventaba) contra",
    ),
    {
      self: "inherent",
      time: "act",
      past: "concern",
      hyperbole: true,
      unless:
        /\b(?:sparring|boxing|match|tackle|rugby|football|game|(?:at|in) (?:cards|chess|poker|scrabble|monopoly|tennis|golf|pool|darts|checkers|trivia|board games?|video games?)|the wave|realisation|realization|dream|dreamt|dreamed|nightmare|sueno|sone|fair and square|(?:at|on) the range)\b/,
    },
  ),
  rule(
    "harm_to_others.weapon_plan",
    "harm_to_others",
    "high",
    any(
      "(?:ill|i will|im going to|im gonna|going to|gonna|i am going to) (?:bring|take|grab|get|use) (?:the|my|a|his|dads|moms) (?:bat|hammer|knife|gun|pistol|machete|crowbar|axe)",
      "(?:smash|bash|cave|kick) (?:his|her|their) (?:head|face|skull) in|(?:meter(?:le)?|pegar(?:le)?) un tiro|echar(?:le)? gasolina (?:al|a su) (?:carro|coche|casa)",
      "(?:knife|gun|pistol|blade) in my (?:bag|pocket|car|glovebox|jacket)[^.!?\\n]{0,80}(?:he|she|they|him|her|them)|(?:outside|near) (?:his|her|their) (?:building|house|flat|work)[^.!?\\n]{0,60}(?:knife|gun|pistol|pay for)",
      "(?:him|her|them|he|she)[^.!?\\n]{0,60}[.!?,] (?:ive got|i have|ive|got|grabbed) (?:the|my|a|his|dads) (?:hammer|bat|knife|belt|gun|pistol|machete|crowbar|axe)(?: ready| with me| in my hand)?|(?:ive got|i have|got|grabbed) (?:the|my|a) (?:hammer|bat|knife|belt|gun|pistol|machete|crowbar|axe) ready",
      "(?:im|i am|ill|i will) (?:going to |gonna )?(?:hurt|stab|shoot|kill|poison|strangle|beat) (?!myself|my (?:back|knee|hand|neck|head|foot|leg)|it|time)\\w+ (?:when|if|after|the next time|next time) (?:i see|he|she|they)",
    ),
    // The match itself says "i" (or names the weapon or the blow): a clause before it, such as
    // "if my neighbour plays that music", is not someone else speaking.
    { self: "inherent", hyperbole: true },
  ),
  rule(
    "harm_to_others.plain_thoughts",
    "harm_to_others",
    "moderate",
    any(
      "(?:picture|pictured|picturing|imagine|imagining|fantasies of|fantasias de|fantasize about|thinking (?:about|of)|think about) (?:\\w+ ){0,2}?(?:strangling|stabbing|poisoning|killing|hurting|drowning|golpearlo|golpearla|matarlo|matarla) (?:my|his|her|their|the|a|people|everyone|someone)",
      "(?:i|i just) (?:hit|slapped|smacked|shook|punched|kicked|hurt) (?:my|our) (?:\\d+ year old|son|daughter|kid|child|baby|toddler|little one|boy|girl)",
      "(?:looking up|looked up|found out) (?:their|his|her) (?:addresses|address|home)",
      "(?:i|i just) (?:threw|throw|hurled) (?:my |a |the )?\\w+ at (?:my|our) (?:wife|husband|partner|kid|son|daughter|mum|mom|dad|girlfriend|boyfriend|baby|child)",
    ),
    { self: "strict", hyperbole: true, time: "act", past: "concern" },
  ),
  rule(
    "abuse.of_child",
    "abuse",
    "moderate",
    any(
      "(?:i|i just) (?:hit|slapped|smacked|shook|punched|kicked|hurt|beat) (?:my|our) (?:\\d+ year old|son|daughter|kid|child|baby|toddler|little one|boy|girl)",
      "my (?:\\d+ year old|son|daughter|kid|child|baby|toddler|stepson|stepdaughter)[^.!?\\n]{0,60}(?:going to|gonna|want to|about to) (?:hurt|hit|beat|smack|belt) (?:him|her|them)",
    ),
    { self: "strict", hyperbole: true, time: "act", past: "concern" },
  ),
  rule(
    "misuse.plain",
    "misuse",
    "moderate",
    any(
      "(?:extra|another|second|more) (?:\\w+ ){0,2}?(?:doses?|sprays?|hits?|puffs?) (?:of|from) (?:my|the) (?:k|ket|ketamine|esketamine|nasal)? ?(?:spray|sprays|nasal spray|troches?|lozenges?)",
      "(?:secret |my )?stash of (?:k|ket|ketamine|special k)|(?:found|got|have|know) (?:a|my|some) (?:dealer|guy|connect|plug)(?: \\w+){0,4}?(?: who sells| that sells|$|[.!?,])|(?:sells|selling|sold) me (?:some |k|ket|ketamine)",
      "(?:another|a second|a different|a 2nd) (?:ketamine )?(?:prescription|script|clinic|doctor)(?:[ ,]+\\w+){0,6}?[ ,]+(?:without telling|dont know|doesnt know|they dont know|behind)",
      "(?:used|took|had|did|taken) (?:some of |a bit of )?(?:the |my )?(?:ketamine|k|ket|spray|troches|lozenges) (?:that )?i (?:had )?(?:saved|kept|hid|hidden|stashed)|(?:taken|took|had|done|did) (?:\\d+|a dozen|loads|lots) of my (?:take home |home )?(?:lozenges|troches|doses|sprays)",
      "(?:told|lied to|tell|lie to) (?:the|my) (?:nurse|doctor|clinic|psychiatrist|team)(?: \\w+){0,6}? so (?:she|he|they)(?:d| would| will|ll)? (?:up|raise|increase|double) (?:my|the) dose",
      "(?:kept|keeping|saved|saving) (?:a couple|some|a few|two|three)(?: \\w+){0,4}? (?:doses|sprays|troches|lozenges) (?:\\w+ ){0,4}?(?:instead of returning|to use|for later|from last)",
      "ketamine (?:\\w+ ){0,3}?from (?:the|a|my) (?:vet|veterinary|farm|clinic he works|ranch)|(?:compre|consegui) (?:\\w+ ){0,2}?ketamina (?:por fuera|con un amigo|en la calle)|dosis extra|(?:i|im) (?:doing|using|taking) it every (?:night|day)",
    ),
    { self: "strict", unless: /\b(?:prescribed|doctor said|clinic said|as directed|allowed)\b/ },
  ),
  rule(
    "suicide.farewell.plain",
    "suicide",
    "high",
    any(
      "(?:wont|will not|im not going to|i dont think ill) be (?:around|here|at the next session) (?:to (?:finish|see|do|read|hear|answer)|after (?:tonight|today|this week|this weekend|the \\d+\\w*)|anymore|much longer|for much longer|for the next)",
      "(?:i )?(?:came|come|wanted|want|just wanted) to say (?:goodbye|goodby|good bye|bye)(?: properly)?(?! to (?:my|the|our) (?:\\w+ )?(?:before|at))|this is (?:my )?(?:goodbye|last goodbye)(?! to)",
      "if you dont hear from me (?:after|by|again after) (?:tonight|tomorrow|today|the weekend)",
      "(?:go|jump|step) off the (?:back|side|edge) of (?:it|the ferry|the boat|the bridge)",
      "(?:dont|wont|will not) need to worry about anything (?:after|from|past)",
      "going away for a long time(?= and| so|[.,!]| to)",
      "(?:please )?tell (?:the group|everyone|them all|the others) (?:that )?(?:im|i am|i was) (?:grateful|sorry|thankful)",
    ),
    {
      self: "strict",
      time: "state",
      unless:
        /\b(?:holiday|holidays|vacation|trip|travel|travelling|traveling|abroad|moving|move|new job|flight|flying|deployment|deployed|conference|course|rehab|retreat|hospital stay|surgery|op|wedding|honeymoon|visit|visiting|phone|signal|wifi|battery|exams?|semester|term)\b/,
    },
  ),
  rule(
    "suicide.plain.end_things",
    "suicide",
    "moderate",
    "(?<!(?:had|have had|used to have|i had) (?:\\w+ )?thoughts (?:about|of) )(?:ending|end|to end) things(?! with| between| off| up| on (?:a|good|bad))",
    {
      self: "strict",
      time: "state",
      unless:
        /\b(?:relationship|boyfriend|girlfriend|partner|husband|wife|dating|date|him|her|job|contract|lease|friendship)\b/,
    },
  ),
  rule(
    "suicide.plain.end_things_when",
    "suicide",
    "high",
    "(?:ending|end|to end) things (?:this (?:weekend|week|friday|saturday|sunday|month)|tonight|tomorrow|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|soon|after)|(?:the )?letters are (?:written|done)|(?:tied|hung|set up|rigged) (?:the |a |my )?(?:rope|noose)|(?:rope|noose)[^.!?\\n]{0,40}[.!?] ?i (?:tied|hung|set up|rigged) it",
    {
      self: "strict",
      time: "act",
      past: "moderate",
      unless:
        /\b(?:relationship|boyfriend|girlfriend|partner|dating|job|contract|lease|tent|boat|swing|hammock|tree|climbing|camping|washing|clothes line|clothesline|wedding|invitations|christmas|cards)\b/,
    },
  ),
  rule(
    "suicide.imminent.at_edge",
    "suicide",
    "imminent",
    "(?:sitting|standing|stood|sat|im|i am) (?:right )?(?:on|at) (?:the )?(?:edge|ledge|railing|rail|parapet)(?! of (?:the |my )?(?:bed|pool|sofa|seat|chair|bath|stage|table|desk))",
    {
      self: "strict",
      unless:
        /\b(?:pool|bed|sofa|seat|chair|bath|stage|table|desk|cliff walk|hike|hiking|photo|view|sunset|fishing)\b/,
      requires:
        /\b(?:quarry|bridge|roof|rooftop|cliff|car ?park|multistorey|platform|tracks|building|tower|balcony|dam)\b/,
    },
  ),
  rule(
    "suicide.plain.ideation",
    "suicide",
    "moderate",
    any(
      `(?:${DESIRE}|wanna|thinking (?:about|of)|think about|tempted) (?:to )?${INT}(?:jump|jumping) (?:off|from) (?:the |a |my )?(?:\\w+ )?(?:roof|bridge|building|cliff|car ?park|carpark|balcony|tower|ledge|multistorey)`,
      "(?:scared|afraid|bad feeling|worried|terrified) (?:that )?(?:im|i|ill) (?:going to|gonna|might|will|could) do something(?: stupid| drastic| bad| to myself)?(?: tonight| today| soon)?(?=\\s*$|\\s*[.!?,])",
      "(?:let|letting|just let) (?:the pain|it|the cancer|the illness|this disease|my body) take me|or helping it along",
    ),
    { self: "strict", hyperbole: true, time: "state" },
  ),
  rule(
    "suicide.plain.passive",
    "suicide",
    "low",
    any(
      "(?:if )?god (?:wants to |can |could |would just |should just )?take me(?! to| home to| there)",
      "(?:want|wanna|wana|wish i could|just want to) (?:to )?(?:disappear|disapear|dissapear|disapper|vanish) (?:forever|forevr|4ever|for good|and never come back)",
      "(?:im|i am) (?:such |just |so much of )?(?:a |an )?(?:burden|dead weight)(?! of| to carry| when| sometimes| on bad)",
    ),
    { self: "strict", hyperbole: true, time: "state" },
  ),
  rule(
    "self_harm.intent.plain",
    "self_harm",
    "high",
    "(?:going to|gonna|about to) (?:\\w+ )?cut (?:until|till|til|deep|deeper|again)",
    { self: "strict", unless: EVERYDAY },
  ),
  rule(
    "medical.plain",
    "medical",
    "moderate",
    any(
      "(?:been |still |keep )?(?:hallucinating|seeing things|feel(?:ing)? detached|cant feel my (?:arms|legs))(?: \\w+){0,4}? since (?:yesterdays?|the|my|last) (?:session|infusion|dose|treatment|appointment)",
      "(?:its|it has|its been|been) (?:been )?(?:about |nearly |over )?(?:\\d+|five|six|seven|eight|nine|ten|several) hours and i (?:still )?(?:feel|am|cant|see)",
      "(?:peeing|pee|wee|weeing) (?:feels like |like )?(?:glass|razor blades|razors|fire)|like i(?:m| am) (?:peeing|weeing) (?:glass|razor blades|fire)",
    ),
    { self: "strict", time: "act", past: "none" },
  ),
  rule(
    "suicide.plain.preparation",
    "suicide",
    "high",
    any(
      `(?:bought|got|picked up) (?:\\w+ ){0,2}?(?:boxes|packs|packets|bottles|strips) of (?:${PILLS}|pills|tablets) (?:\\w+ ){0,3}?(?:different|other|separate) (?:shops|pharmacies|chemists|stores)|so (?:they|nobody|no one) (?:wouldnt|would not|wont) ask`,
      "(?:wrote|written|writing|left) (?:a |my )?(?:note|letter)[, ]+the kind (?:you|people)(?:d| would| d)? leave",
      "(?:took|swallowed|taken) (?:everything|all) (?:i had|i had saved|i had left|in the house|in the cabinet)(?:[ ,]+\\w+){0,12}?[ ,]+(?:ambulance|hospital|a&e|a and e|er|icu|psych ward|ward|stomach pumped)",
      "(?:bought|got|have) (?:what|everything) i (?:need|needed)(?:[ ,]+\\w+){0,8}?[ ,]+(?:in the (?:trunk|boot|car|garage|drawer|wardrobe)|hidden|havent decided when|calmer knowing)",
    ),
    {
      self: "strict",
      time: "act",
      past: "moderate",
      unless:
        /\b(?:recipe|party|trip|camping|cake|project|diy|paint|garden|move|moving|the kids|school)\b/,
    },
  ),
  rule(
    "suicide.attempt.overdose_now",
    "suicide",
    "imminent",
    any(
      `(?:just|already|i|ive) (?:took|taken|swallowed|downed|had) (?:all|the whole|a whole|my whole|the entire|every|everything|the rest of|all of) (?:\\w+ ){0,4}?(?:${PILLS}|zopiclone|amitriptyline|pregabalin|sertraline|patches|them all)`,
      "(?:took|swallowed) everything in the (?:cabinet|cupboard|drawer|box)",
      "(?:ya )?me (?:tome|tomé) (?:el bote|la caja|todas|todo el frasco|el frasco) (?:entero|entera|de)?",
    ),
    {
      self: "strict",
      time: "act",
      past: "high",
      unless:
        /\b(?:for the day|for today|morning|evening|night ?time|as prescribed|vitamins|with (?:food|breakfast|lunch|dinner)|can i|should i|is it ok|on time)\b/,
    },
  ),
];
