import { any, pattern } from "./rules.ts";

// Figures of speech that borrow risk words. A rule match that overlaps one of these spans is
// dropped. Most idioms never reach a rule (the lexicon asks for "myself", a person, a plan);
// these are the ones that would.

const FUN =
  "(?:tv|netflix|\\w+ tv|sugar|chocolate|coffee|caffeine|candy|carbs|pizza|sunshine|youtube|tiktok|podcasts|cuteness|cute|content|memes|true crime|christmas|cookies|cake|ice cream|junk food|social media|news|doom ?scrolling|love|music|shopping|candy crush|video games|games|anime|books|reading|work|sleep|naps|cheese|snacks|carols|kdramas?|k dramas?|drama|gossip|puppies|kittens|\\w+ videos)";

/** The idiom spans, one global pattern. */
export const IDIOMS: RegExp = pattern(
  any(
    "(?:shot|shoot|shooting) myself in the foot|(?:kill|killing|killed|kills) (?:it|time|the (?:vibe|mood|lights?|engine|music)|two birds|a few hours|an hour|some time|the pain|the germs|the bugs|the weeds|the spider|a spider)",
    "(?:kill|killing) (?:for|4) (?:a|an|some|one|the)",
    // A grumble, a flop, a lie-in, a cry, a kitchen cut (round 20).
    "(?:kms|kys|kill me|kill myself|im going to kill myself|ill kill myself) if i have to (?:\\w+ ){0,3}(?:one more|another|again|sit|listen|wait|hear|watch|do)",
    // A small grievance: "im gonna kill my sister she spoiled the finale".
    "(?:gonna|going to|ima|imma|will|im gonna) kill (?:my \\w+|him|her|them) (?:\\w+ )?(?:she|he|they|for|cause|bc|because)(?: \\w+)? (?:spoiled|spoiling|ate|eating|took|stole|used|finished|forgot|borrowed|broke|drank|hid)",
    // A habit told of the past: "for years whenever my pain hit a 9 id say 'i want to die'".
    "(?:whenever|every time) [^.!?\\n]{0,60}\\b(?:id|i would) (?:say|tell \\w+)\\W{0,3}i (?:want|wanted) to die",
    // The same grumble with the nuisance first: "if i have to sit through one more zoom ... i will kms".
    // Not when the "one more" is of a day, a night or the pain: that is the pain speaking.
    "if i have to (?:\\w+ ){0,4}?(?:one more|another)\\b(?! (?:day|night|week|month|year|hour|minute|flare|round)s?\\b)(?![^.!?\\n]{0,60}\\b(?:pain|hurt|hurting|flare|life|living|alive|this body)\\b)[^.!?\\n]{0,60}?(?:i will|ill|im gonna|im going to|i am going to|imma) (?:kms|kys|kill myself|unalive myself|die)",
    "throw(?:ing)? myself (?:\\w+ )?(?:onto|on|into) (?:the |my )?(?:couch|bed|sofa|floor|chair|pillows|work|project)",
    "sleep forever (?:on|at|every|when|in|til|till|until)",
    "chest (?:hurts|aches|is tight|is sore) from (?:crying|laughing|coughing|sobbing)|not the medical kind",
    "cut (?:my|his|her) (?:finger|thumb|hand|foot|leg) (?:\\w+ )?(?:slicing|chopping|cutting|peeling|on (?:a|the)|with (?:a|the)|while|shaving|opening)",
    // Slang for killing used of a thing or of others: "unalive a spider", "the villain unalives
    // half the town", "banned for telling someone kys", "i say kms as a joke".
    "(?:tried to |trying to |gonna |going to )?unalive(?:s|d)? (?:a|an|the|half|that|this|every|all|some) (?:\\w+ )?(?!(?:person|people|guy|man|woman|kid|child|baby|family|neighbou?r|boss|ex|him|her)\\b)[a-z]+",
    "(?:telling|told|tell|tells|saying|said|says|typed|typing) (?:someone|somebody|people|him|her|them|a (?:kid|guy|player)) (?:to )?(?:kys|kms)|(?:say|said|says|saying) (?:kms|kys) (?:as a joke|jokingly|all the time|like \\d+ times)",
    "(?:dying|dyin|die|died) (?:to (?:see|know|try|hear|meet|go|get|tell|eat|watch|read|visit)|for (?:a|some|an|one)|of (?:laughter|embarrassment|boredom|curiosity|thirst|hunger|heat|cuteness|shame)|laughing|from laughing|of laughing|inside (?:of )?laughing)",
    "to die for|(?:bored|scared|worried|sick|tired|frozen|freezing|tickled|loved|talked|worked|done|beaten|flogged) to death",
    "(?:drop )?dead (?:tired|gorgeous|serious|set|end|on|wrong|last|beat|heat|weight(?! on (?:my|them|everyone|her|him))|ringer|cent(?:er|re)|giveaway|silence|easy|simple|quiet|asleep|on my feet)|(?:my )?(?:phone|battery|laptop|car|plant|plants|tv) (?:is |has |just )?(?:died|dead)",
    `over ?dos(?:e|ed|ing) on ${FUN}|(?:an |a )?over ?dose of ${FUN}`,
    "su[ia]?[cs]{1,2}i?d(?:e|al) (?:squad|mission|run|doors?|sprints?|drills?|burpees?|lane|blonde|hotline|prevention|awareness|crisis line|risk (?:assessment|screening))",
    "(?:would|id|i would|d) (?:rather|sooner) (?:die|be dead|kill myself) than (?:sing|go to|do|eat|wear|watch|sit through|listen|admit|ask|dance|talk|speak|call|work|be seen|give|let|lose|attend|miss|cook|drive|fly|take|use|play|run|read|share|tell|pay|apologi[sz]e|wait|clean)(?! (?:through|with) (?:this|the) pain)",
    "(?:kill|killing) myself (?:out there|in the heat|in this heat|in the garden|at the gym|lifting|working|doing (?:the|all|this|that)|on the farm|with (?:work|overtime|chores))",
    "(?:gave|give|giving|almost gave|nearly gave) me a heart attack|heart attack (?:on a plate|in a)",
    "(?:crying|cried|sobbing|sobbed) (?:so hard |until |till )?(?:where |that )?(?:you |i )?(?:cant|couldnt|cannot) breathe|the kind of (?:crying|sobbing) where you (?:cant|cannot) breathe|(?:thought|thinks|was worried|got scared) (?:that )?(?:id|i had|i would have|i might have) hurt myself|(?:laugh|laughing|laughed|giggl\\w+) (?:so hard |too hard |until |till )?(?:i )?(?:cant|couldnt|cannot) breathe|(?:cant|couldnt) breathe (?:from|because (?:im|i was)|im) (?:laugh\\w*|crying laughing)",
    "passed out (?:on|in) (?:the |my )?(?:couch|sofa|bed|chair|recliner)|passed out (?:asleep|early|for \\d+ hours|at \\d+|watching|after dinner|as soon as)",
    "end of my (?:rope|tether)|(?:hang|hanging|hung) (?:out|in there|on|up|with)|jump(?:ing)? (?:off|from) (?:the )?(?:couch|bed|sofa|diving board|swing|trampoline)|jump(?:ed|ing)? (?:in front of|into) (?:the )?(?:camera|line|queue|conversation)",
    "(?:the )?only way out is through|(?:kill|slay|slayed|slaying) (?:the|that) (?:game|presentation|interview|exam|test)|(?:murder|murdering|killed|killing) (?:mystery|podcast|show|documentary|the (?:song|karaoke|dance floor|interview))",
    "(?:my )?(?:feet|back|knees?|legs?|neck|shoulders?|hips?|joints|body|job|kids|boss|commute|traffic|heat|this|it|that|you|these|those|shoes) (?:is |are |s )?(?:killing|murdering) me|(?:is|are|s) going to be the death of me|(?:i )?(?:could|nearly|almost) (?:just )?die(?:d)? (?:of|from|laughing)",
    "(?:my mom|my mum|my dad|my wife|my husband|my boss|my partner|she|he|they)(?: is| s)? (?:going to|gonna) kill me (?:when|if) (?:she|he|they) (?:sees?|finds? out|hears?)|(?:kill|killing) me (?:with|softly)|kill me now",
    "(?:in|at) the (?:movie|film|show|book|episode|series|game|novel|song)[^.!?\\n]{0,40}(?:dies|died|kill(?:ed|s)? (?:himself|herself|themselves))",
    "(?:shoot|shooting|shot) (?:him|her|them|you|me|my \\w+) (?:a )?(?:text|message|email|dm|msg|line|quick \\w+|look)|cut (?:myself|me) (?:a break|some slack)|(?:almost|nearly) died (?:on|at|during|in) (?:the |my )?(?:leg press|gym|workout|pt|class|squats|treadmill|run|hike|stairs|spin class|bike)",
  ),
);

/** Idiom spans [start, end) in normalised text; linear: one global scan. */
export function idiomSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  IDIOMS.lastIndex = 0;
  for (let m = IDIOMS.exec(text); m !== null; m = IDIOMS.exec(text)) {
    if (m[0].length === 0) {
      IDIOMS.lastIndex++;
      continue;
    }
    spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}
