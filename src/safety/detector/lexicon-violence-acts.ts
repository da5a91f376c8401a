import { any, OTHER, type Rule, rule } from "./rules.ts";

// Violence against people, second pass (round 12 sets): an act in progress (choking him now,
// holding her under, bleach in her drink, the gas on while they sleep), sabotage made to look
// natural, poisons by how they work, casualty questions, and threats that name a weapon coming
// back or a bomb left.

const WHO = `(?:${OTHER}|someone|somebody|somone|some1|sum1|a person|a girl|a guy|a kid|a baby|people|that (?:\\w+ )?(?:punk|kid|guy|man|woman|bitch|bastard|asshole|prick|dude|idiot|moron|creep|loser|fucker))`;
const WEAPON = "(?:knife|gun|bat|hammer|rifle|pistol|shotgun|machete|axe|crowbar)";
const PLACE =
  "(?:school|office|mall|clinic|church|rally|concert|crowd|stadium|protest|parade|market|farmers market|break room|staff meeting|meeting|bar|club|party|reunion|game)";

/** Acts, sabotage and poisons against people; threats naming the means. */
export const VIOLENCE_ACTS_RULES: Rule[] = [
  rule(
    "harm_to_others.act.now",
    "harm_to_others",
    "imminent",
    any(
      `(?<!without |not |stop |avoid |from |about |of )(?:im |i am )?(?:choking|strangling|stabbing|suffocating) ${WHO}(?: (?:rn|right now|now)|[.,!]| he| she| they)|(?:im |i am )?smothering ${WHO} (?:rn|right now|now)`,
      "(?:im |i am )?holding (?:him|her|them|his head|her head) (?:under|down under)",
      "(?:poured|put|mixed|dumped|slipped) (?:the |some )?(?:bleach|antifreeze|poison|rat poison|pills|powder|drugs) (?:\\w+ ){0,2}?(?:in|into) (?:his|her|their) (?:drink|beer|coffee|food|tea|wine|soda|water)",
      "spiked (?:his|her|their) (?:drink|beer|coffee|wine|food|tea|soda|water)",
      "(?:turning|turned|left|leaving) (?:the )?gas on[^.!?\\n]{0,40}(?:asleep|sleeping|inside|upstairs|in there)",
      "(?:got|have|tied) (?:him|her|them) tied up",
      `(?:waiting|hiding) (?:behind|by|in|under) (?:the )?(?:door|closet|bushes|car|stairs|garage)[^.!?\\n]{0,20}with (?:the |a |my )?${WEAPON}`,
      `(?:driving|heading|walking|going|on my way) (?:over )?to (?:my \\w+s|his|her|their)(?: (?:place|house|apartment|work))?[^.!?\\n]{0,30}(?:with|and) (?:the |a |my )?${WEAPON}`,
      `(?:in|at|outside) the ${PLACE}(?: parking lot| entrance| lobby)? with (?:it|the gun|the rifle|a gun|a bomb|the bomb|them) (?:loaded|strapped on|ready|on me)|with it (?:strapped on|strapped to me)`,
    ),
    {
      gate: /chok|strangl|smother|stab|suffocat|holding|pour|put|mix|dump|slip|spiked|gas|tied|wait|hid|driv|head|walk|going|way|with it|with the|with a/,
      negatable: false,
      unless:
        /\b(?:game|movie|film|tv show|the show|a show|novel|episode|character|book|scene|cpr|heimlich|rescue|lifeguard|swim lesson|baptism|plants?|tomato(?:es)?|vines|garden|boat|hair|laces|horse|package|bags|knife set|knife block|sharpen\w*|she wanted|he wanted|gift|present|borrow|lend|return)\b/,
    },
  ),
  rule(
    "harm_to_others.howto.sabotage",
    "harm_to_others",
    "high",
    any(
      "(?:loosen|loosening|loosened|tamper\\w*|mess with|messing with|cut|cutting) (?:the |a |his |her |their |my \\w+s )?(?:balcony )?(?:railing|brakes?|brake lines?|gas line|insulin|meds|medication|ladder|harness|pacemaker|oxygen)[^.!?\\n]{0,60}(?:looks? (?:natural|like)|accident|so (?:the house|he|she|it)|while (?:hes|shes|he is|she is|theyre) (?:asleep|sleeping)|fills up|wont notice|nobody)",
      "(?:make|making) (?:\\w+ ){0,3}?(?:fire|death|crash|fall|overdose) look (?:electrical|natural|accidental|like an accident)",
      "(?:poison|poisons|toxin) (?:that|which) (?:takes|works|acts|kicks in|wont show|doesnt show|leaves no)",
      `ricin (?:recipe|how)|make ${WHO} (?:really |very |so )?sick (?:enough|without|wo|w o|so (?:they|he|she)|but)`,
      `(?:what|which|wat|wht) (?:household )?(?:chemicals?|stuff|pills|poison|drugs?|meds) (?:\\w+ ){0,2}?(?:would|could|will|can) (?:make|knock out|kill|hurt|stop) ${WHO}`,
      "(?:what|wat|wht) (?:can|could|should|do) (?:i|you|u) (?:slip|put|drop) in (?:a |her |his |their |my |some )?(?:\\w+s )?(?:drink|food|coffee|beer)",
      "stop (?:my \\w+s|his|her|their|someones|somebodys|a persons) heart",
      "(?:how|hw) long (?:til|till|until|before|does it take (?:for|until)) (?:someone|somebody|a person|he|she|they|a kid|a baby|a child) (?:dies|die|passes out|suffocates|drowns|stops breathing)",
      `(?:best|good|right|what|which) (?:knife|gun|weapon|blade|poison) (?:for|to) (?:stab|stabbing|kill|killing|shoot|shooting|hurt|hurting|poison|poisoning) ${WHO}`,
      `hold ${WHO} under|(?:cause|causing) the most casualties|(?:most|max|maximum) casualties|how many people (?:could|can|would) (?:you|i|u|one) (?:hit|kill|run over|take out|shoot)`,
    ),
    {
      gate: /loosen|tamper|mess|cut|make|making|poison|toxin|ricin|what|which|wat|wht|stop|long|best|good|right|hold|casualt|how many/,
      negatable: false,
      unless:
        /\b(?:game|minecraft|movie|film|tv show|the show|a show|novel|episode|character|book|writing|plot|story|mystery|true crime|podcast|documentary|weeds|rats|mice|roaches|ants|flies|pests|zombie|process|server|cache|by accident|accidentally|safety|by mistake|avoid|never mix|shouldnt mix|dangerous to mix)\b/,
    },
  ),
  rule(
    "harm_to_others.threat.means",
    "harm_to_others",
    "high",
    any(
      `(?:gonna|going to|ill|i will|im gonna|im going to|will) (?:break|snap) (?:${OTHER}|my \\w+s|that \\w+s) (?:legs?|arms?|neck|jaw|face|nose|ribs|kneecaps?)`,
      `(?:ill|i will|im gonna|gonna|im going to|going to) (?:strangle|stab|choke|shoot) ${WHO}`,
      `(?:bring|bringing|brought) something (?:\\w+ ){0,2}?(?:to|into) (?:the |my |that )?${PLACE}[^.!?\\n]{0,40}(?:news|remember|regret|already packed|see|pay)`,
      `(?:into|be|gonna be|going to be) a (?:bloodbath|massacre|slaughter)(?! (?:on the scoreboard|for (?:the|our) team))`,
      "end (?:every one|everyone|all|each) of them|come back with (?:my|a|the) (?:rifle|gun|shotgun|pistol|knife|ar|guns)",
      `make (?:everyone|everybody|all of them|them all) (?:at|in) (?:that|the|this) \\w+ pay`,
      "(?:put|plant|planting|leave|place|build|building) (?:a )?(?:pipe )?bomb (?:in|at|under|on|for)",
      `take out the trash[^.!?\\n]{0,50}(?:if (?:u|you) know what i mean|hell be there|shell be there)`,
      `(?:handle|handling|take care of|deal with|settle (?:things|it|the score) with|settling the score with) (?:${OTHER}|my (?:old )?\\w+(?:s \\w+)?)(?: \\w+)? (?:permanently|for good|tonight|once and for all)`,
      "(?:make|making) (?:him|her|them|my \\w+) disappear (?:this|tonight|tomorrow|on|for good|soon)|(?:hes|shes|he is|she is|theyre) (?:gonna|going to|about to) have an? (?:\\w+ )?accident (?:soon|this week|tonight|tomorrow)",
    ),
    {
      gate: /break|snap|strangl|stab|choke|shoot|bring|brought|bloodbath|massacre|slaughter|end|come back|make|bomb|trash|handl|care of|deal|settl|disappear|accident/,
      hyperbole: true,
      negatable: false,
      unless:
        /\b(?:game|games|minecraft|fortnite|movie|film|tv show|the show|a show|novel|episode|character|book|scoreboard|score was|team|match|season|playoffs|league|lol|lmao|jk|kidding|laptop|phone|printer|zipper|dog|cat|puppy|kitten|pet|adopt\w*|foster\w*|shelter)\b/,
    },
  ),

  rule(
    "harm_to_others.plain_more",
    "harm_to_others",
    "moderate",
    any(
      "(?:quietest|best|easiest) way to break into (?:someones|a|his|her|their|my \\w+s) (?:house|home|apartment|place)",
      "take care of (?:him|her|them) (?:after (?:shift|work|school|class)|tonight|tomorrow)",
      "(?:drive|driving|plow|plowing|ram|ramming) (?:my |the |a )?(?:truck|car|van)? ?(?:\\w+ ){0,2}?into (?:a |the |that )?(?:rally|protest|march|crowd|parade|market)",
      "(?:gun|pistol|rifle)[^.!?\\n]{0,60}(?:has|have|got) it coming|(?:my \\w+(?: in law)?|he|she|they) (?:has|have|got) it coming",
      "how long (?:does|will|would) (?:someone|somebody|a person|he|she) stay (?:out|unconscious|down)",
      "maybe (?:him|her|them) next",
      "(?:shoot|shooting) up (?:the |my |that )?(?:\\w+ ){0,2}?(?:office|school|clinic|building|church|mall|store|hospital|station)",
      "(?:torch|burn|set fire to) (?:it|the place|the building|the office) with (?:them|everyone|people|him|her) (?:still )?inside",
      "(?:rifle|gun|pistol|shotgun)[^.!?\\n]{0,60}i know (?:exactly )?(?:what time|when) (?:my |the |he |she )?(?:\\w+ ){0,2}?(?:leaves|gets off|comes|arrives)",
    ),
    {
      gate: /break|care|driv|plow|ram|coming|how long|maybe|shoot|torch|burn|fire|know/,
      hyperbole: true,
      unless:
        /\b(?:game|minecraft|fortnite|movie|film|tv show|novel|episode|character|book|locked out|my keys|lockout|locksmith|basketball|hoops|photos?|video)\b/,
    },
  ),
];
