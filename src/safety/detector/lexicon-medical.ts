import { any, type Rule, rule } from "./rules.ts";

// Medical red flags after a ketamine dosing session (docs/clinical.md): at least high; someone
// unconscious or not breathing is imminent. Expected effects (mild nausea, dizziness,
// drowsiness, blurred vision or dissociation for a few hours) have no rule on purpose.
// These rules are not limited to the patient: a support person's emergency counts too.

const STILL =
  "(?:still|wont (?:go away|stop|clear|wear off)|will not (?:go away|stop|clear)|hasnt (?:stopped|cleared|gone away|worn off|gotten better)|has not (?:stopped|cleared|gone)|havent (?:stopped|cleared|gone away|worn off)|not (?:going away|stopping|clearing|wearing off)|since (?:yesterday|the session|last night|my session|the treatment|the infusion|\\w+day)|(?:the )?next day|(?:two|2|three|3|four|4|five|several|few|couple of|\\d+) days|for (?:days|a day|two days|over a day)|keeps? (?:coming back|happening)|all day|hours later|days later|(?:this|the) morning after|the day after)";

/** Post-dosing medical red flags. */
export const MEDICAL_RULES: Rule[] = [
  rule(
    "medical.imminent.unresponsive",
    "medical",
    "imminent",
    any(
      "(?:not|isnt|is not|stopped|hes not|shes not|theyre not|not really) breathing(?! (?:properly|right|through|well|deeply|exercises))",
      "(?:is |hes |shes |was |went |gone |become )?(?:unresponsive|unconscious)|(?:cant|cannot|can not|couldnt) wake (?:him|her|them|my \\w+)(?: up)?(?! (?:for|in time|early|before))|(?:wont|will not) wake up and (?:hes|shes|is|isnt|not)|(?:isnt|is not|not|stopped|wont stop|hasnt been) responding",
      "(?:lips|face|skin) (?:are |is )?(?:turning |gone |going |look |looks |looking |are looking )?(?:blue|grey|gray)",
      "(?:having|is having|hes having|shes having|im having) (?:a )?(?:seizure|fit|convulsions)|(?:seizing(?! up)|convulsing)|(?:im|i am|i think im|i think i am) (?:having a )?(?:heart attack|stroke|dying)(?: right)? now|(?:throat|airway) (?:is )?(?:closing|closing up|swelling shut)",
    ),
    { negatable: true, unless: /knock\w* (?:\w+ ){0,2}?(?:unconscious|out)/ },
  ),
  rule(
    "medical.chest",
    "medical",
    "high",
    "chest (?:pain|pains|hurts?|is hurting|hurting|tight(?:ness)?|(?:is|feels|felt|was|has been|is getting|keeps getting) (?:really |very |so |super |kinda |a bit |kind of |quite )?(?:tight|heavy|crushed|painful|sore|weird and tight)|feels like|pressure|crushing|aches?|aching|is aching|is pounding and hurts)|(?:pain|pressure|tightness|ache|squeezing|crushing feeling) (?:in|on|across) (?:my |the |his |her )?chest|(?:tight|heavy|crushing|sharp|stabbing) (?:feeling in (?:my )?)?chest|(?:pain|ache|numbness|tingling) (?:down|in) (?:my |his |her )?left arm|(?:having|had|having like) a heart attack|(?:heart|chest) (?:is |feels )?(?:skipping|fluttering|racing) (?:and|with) (?:pain|hurting|chest pain)",
    {
      unless:
        /gave me a heart attack|nearly had a heart attack when|almost had a heart attack when|off my chest/,
    },
  ),
  rule(
    "medical.breathing",
    "medical",
    "high",
    "(?:cant|cannot|can not|couldnt|can barely|could barely|hard to|hard time|trouble|difficulty|struggling to|struggle to|struggled to|problems?|unable to|fighting to) (?:catch (?:my )?)?breath(?:e|ing)?(?! exercises?| techniques?| through it)|short(?:ness)? of breath|(?:breathing|breath) (?:is |feels |was |has been |keeps )?(?:really |very |so )?(?:shallow|laboured|labored|slow|stopping|rattling|wheezy|wheezing)|gasping for (?:air|breath)|(?:cant|cannot|couldnt) get (?:enough )?air|(?:throat|tongue|lips|face) (?:is |are |feels |feel )?(?:like (?:its|it is|they are|theyre) )?(?:swelling|swollen|tight|closing)|wheezing",
    { unless: /laugh|😂|🤣|lol|lmao|exercise|breathing exercise/ },
  ),
  rule(
    "medical.fainting",
    "medical",
    "high",
    "(?:fainted|fainting|faint|passed out|pass out|passing out|blacked out|black out|blacking out|lost consciousness|losing consciousness|collapsed|collapsing|keeled over|nearly fainted|almost fainted|almost passed out|nearly passed out)(?! asleep| on the (?:couch|sofa|bed)| in (?:bed|my bed|the chair)| for \\d+ hours| at \\d| early| watching| after dinner)",
    {
      unless:
        /couch|sofa|in bed|asleep|nap|slept|sleep|for \d+ hours|as soon as i got home|tired|exhausted|drunk|lol|haha|😂|faint (?:hope|idea|smell|sound|memory|line|light)|feel faint hearted|before (?:it|the (?:session|infusion|iv|dose)) (?:even )?(?:started|began)|waiting room|fasted|fasting|skipped (?:breakfast|lunch)|souffl\w*|cakes?|tents?|buildings?|ceilings?|roofs?|deals?|talks|markets?|shelf|shelves|chairs?|plans?|lungs?|economy/,
    },
  ),
  rule(
    "medical.headache",
    "medical",
    "high",
    `(?:severe|worst|really bad|terrible|awful|horrible|excruciating|splitting|killer|blinding|pounding|unbearable|extreme|intense|massive|crazy|insane|horrendous|agonising|agonizing|the worst|sudden|thunderclap|migraine like) (?:\\w+ )?(?:headache|head pain|migraine)|worst (?:headache|head pain) (?:of my life|ever|ive ever)|(?:headache|migraine|head pain)(?: is| was|s)? (?:so |really |just |absolutely )?(?:severe|unbearable|excruciating|the worst|splitting|blinding|awful|horrible|terrible|crazy bad|insane)|(?:headache|head pain|migraine)[^.!?\\n]{0,30}${STILL}|(?:head|my head) (?:is )?(?:exploding|feels like its going to explode|feels like it will explode)`,
    {
      // A headache that has already cleared is a report, not a red flag.
      unless:
        /(?:a )?(?:little|slight|mild|small|bit of a|tiny) headache|finally (?:gone|over|better|cleared)|(?:has|is|its) (?:gone|cleared|better)|went away|cleared up/,
    },
  ),
  rule(
    "medical.confusion",
    "medical",
    "high",
    any(
      `(?:confused|confusion|disoriented|disorientated|hallucinat\\w*|seeing things|hearing things|hearing voices|seeing (?:\\w+ ){0,3}?(?:that|which) (?:arent|are not|isnt|is not|werent) (?:there|real)|not sure whats real|cant tell whats real|dont know whats real|derealization|derealisation|depersonali[sz]ation|not making sense|cant think straight|cant remember (?:anything|things|what|who))[^.!?\\n]{0,40}${STILL}`,
      `${STILL}[^.!?\\n]{0,30}(?:confused|disoriented|hallucinat\\w*|seeing things|hearing things|hearing voices|not sure whats real|cant tell whats real|tripping)`,
      "(?:dont|do not|didnt) (?:know|recogni[sz]e) (?:where i am|where i was|who i am(?! without| anymore| any more| these days| now that| as a)|my (?:husband|wife|partner|kids|own house|family|mom|mum|dad))|(?:hes|shes|he is|she is|theyre) (?:really |very )?(?:confused|disoriented) and (?:not|cant|wont|doesnt)",
      "(?:slurred|slurring) (?:speech|words)[^.!?\\n]{0,30}(?:still|next day|hours later|since)|(?:face|mouth|smile) (?:is )?(?:drooping|droopy|lopsided)|(?:cant|cannot) (?:move|feel) (?:one side|my (?:left|right) (?:side|arm|leg))",
    ),
    // Waking from a nightmare not knowing where one is, for seconds: PTSD, not the dose.
    {
      unless:
        /\b(?:wake|wakes|woke|waking) up\b|\bnightmares?\b|\bflashbacks?\b|\bfor (?:a few|about \w+|\w+) seconds\b/,
    },
  ),
  rule(
    "medical.bladder",
    "medical",
    "high",
    "bladder (?:(?:really|still|so|very|kind of|kinda|badly|a lot|always|constantly) )?(?:pain|hurts?|is hurting|is killing me|spasms?|problems?|issues?|infection|is on fire|burning|aches?|aching|sore)|(?:pain|ache|aching|burning|pressure) (?:in|around|near) (?:my )?(?:bladder|lower belly when i pee)|(?:hurts?|burns?|burning|painful|pain|stings?|stinging|agony)(?: \\w+){0,2}? (?:when|while|to|after|every time|each time|whenever) (?:i )?(?:pee|peeing|urinate|urinating|wee|weeing|go to the (?:toilet|bathroom|loo))|(?:blood|bloody|red|pink) (?:in )?(?:my )?(?:urine|pee|wee)|(?:blood|bleeding) when i (?:pee|wee|urinate)|(?:peeing|pissing|urinating|weeing) (?:out )?blood|(?:urine|pee|wee) (?:has|had|with|contains|is full of) (?:some |a bit of |a little )?blood|(?:urine|pee|wee) (?:is |looks |was |came out )?(?:red|pink|brown|bloody|dark red|cola|tea colou?red)|(?:cant|cannot|can not) (?:stop peeing|pee|hold (?:my )?(?:pee|bladder|it in))|(?:pee|peeing|urinate|urinating|wee|weeing|go to the (?:bathroom|toilet|loo)) (?:every (?:\\d+|few|ten|five|fifteen|twenty|couple of) (?:min|mins|minutes)|constantly|all the time|nonstop|like every \\d+ minutes)|(?:urgent need|constant urge|sudden urges?|always needing|always need) to (?:pee|urinate|wee)|(?:urinary|bladder|peeing|pee|wee) urgency|urgency (?:to pee|when i pee|down there)|(?:need|have|having) to (?:pee|urinate|wee) (?:constantly|all the time|every \\d+ (?:min|mins|minutes)|so often)|cystitis",
    // "any info on ketamine and bladder issues? i read online...": a question, not a symptom.
    {
      unless:
        /\b(?:any info|info on|information (?:on|about)|read (?:online|that|an article|about)|articles?|research|studies|leaflet says)\b/,
    },
  ),
  rule(
    "medical.other",
    "medical",
    "high",
    "(?:cant|cannot|can not) stop (?:throwing up|vomiting|puking|being sick)|(?:vomiting|throwing up|puking|threw up|vomited) (?:\\w+ )?(?:blood|for hours|all (?:night|day)|nonstop|non stop|every (?:hour|few minutes)|since (?:yesterday|the session)|over and over)|(?:blood pressure|bp)\\D{0,25}(?:1[89]\\d|2\\d\\d) ?(?:/|over) ?\\d+|(?:heart|pulse) (?:is )?(?:still )?(?:racing|pounding|over \\d+)[^.!?\\n]{0,30}(?:and (?:chest|cant breathe)|since yesterday|next day|for (?:hours|a day|days))",
  ),
];
