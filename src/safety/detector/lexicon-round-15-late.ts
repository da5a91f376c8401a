import { any, type Rule, rule } from "./rules.ts";

// Misses left in the rounds held apart (tune/round-12, tune/round-14), by shape: a goodbye
// that says "you won't hear from me", a day told to oneself, a deadline given to life; an
// injury lied about, a head banged on walls, a blade pressed in; a carer who is never there;
// a workplace's one door and its schedule; something added to someone's drink; a dealer
// who can get it, a dose split to last; vomiting every few minutes after the troche; waking
// on the floor with no memory.

const MONTH_OR_DAY =
  "(?:january|february|march|april|may|june|july|august|september|october|november|december|christmas|new year|spring|summer|the summer|my birthday|the end of the (?:month|year)|monday|tuesday|wednesday|thursday|friday|saturday|sunday)";

export const ROUND_15_LATE_RULES: Rule[] = [
  rule(
    "suicide.farewell.not_hearing",
    "suicide",
    "high",
    any(
      "(?:you )?(?:wont|will not|wont be|will not be) (?:be )?hear(?:ing)? from me (?:again(?! (?:until|till|til|for a|this week))|after (?:this|today|tonight|the weekend|this weekend|\\w+day)|anymore|any more|for much longer)",
      "(?:told|telling) myself (?:that )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|this weekend|next week) is (?:it|the day|when)",
      "(?:ive|i have|i) (?:been )?carr(?:ied|ying) (?:this|it) (?:for )?long enough",
    ),
    {
      self: "strict",
      negatable: false,
      unless:
        /\b(?:camping|trip|signal|holiday|vacation|festival|retreat|wifi|back on|offline|detox)\b/,
    },
  ),
  rule(
    "suicide.deadline.given",
    "suicide",
    "moderate",
    `(?:gave|giving|give|given) (?:it|myself|this|life|things|the treatment|the ketamine) (?:till|until|til|to) ${MONTH_OR_DAY}`,
    {
      self: "strict",
      negatable: false,
      requires: /\b(?:done|over|end|enough|finished|give up|for real|with all of it|last chance)\b/,
    },
  ),
  rule(
    "suicide.slang.more",
    "suicide",
    "moderate",
    any(
      "(?:take|taking|took|go for|going for) (?:the|a) (?:long|big|forever|permanent|eternal|endless) (?:nap|sleep|dirt nap)|dirt nap",
      "(?:time to|gonna|going to|want to|wanna|about to|finna) rope(?! (?:off|in|the|a|it))|k word myself",
      "(?:stop|stopped|stopping|quit) eating (?:until|till|til) i (?:disappear|die|waste away|am gone)",
      "(?:going to|gonna|will|want to|wanna|about to|gna) jump (?:of|off|from) (?:a|the|this|that) (?:bridge|roof|building|cliff|overpass|balcony|car park)",
    ),
    { self: "strict", hyperbole: true },
  ),
  rule(
    "harm_to_others.slang.more",
    "harm_to_others",
    "moderate",
    "(?:gonna|going to|finna|bout to|about to|might|will) catch a body|(?:gonna|going to|will) be six feet under (?:by|before|after|tonight|soon|when)|(?:put|putting) (?:him|her|them) six feet under",
    {
      negatable: false,
      unless: /\b(?:game|match|court|fortnite|cod|warzone|lyrics?|song|rapper|movie)\b/,
    },
  ),
  rule(
    "suicide.method.researching",
    "suicide",
    "high",
    "(?:been |im |i am |started |keep )?(?:researching|looking up|looking into|reading up on|googling) (?:ways|methods)(?=\\s*(?:[.!?,]|$|\\n| i (?:wont|will not|cant) say| to (?:do it|go|end|not)| that (?:wouldnt|dont) hurt| again))",
    { self: "strict", negatable: false },
  ),
  rule(
    "suicide.passive.join_the_dead",
    "suicide",
    "low",
    "(?:should|could|want to|wanna|wish i could|just want to|id rather) (?:just )?(?:go and |go )?(?:join|be with) (?:her|him|them|my (?:\\w+ )?(?:mum|mom|mother|dad|father|son|daughter|wife|husband|brother|sister|baby|nan|gran|grandma|grandad|friend))(?! (?:for|at|in|on|this|next|when|after|tonight|tomorrow))",
    {
      self: "strict",
      negatable: false,
      requires: /\b(?:passed|died|dead|gone|lost|heaven|grave|funeral|buried|death)\b/,
    },
  ),
  rule(
    "suicide.passive.living_for",
    "suicide",
    "low",
    "what am i (?:even |really |actually )?(?:living|alive|here|staying alive|still here) for|why am i (?:even |still )?(?:alive|here|living)(?=\\s*[?.!,]|\\s*$)",
    {
      self: "strict",
      negatable: false,
      unless: /\b(?:at this (?:party|job|meeting)|in this (?:class|meeting|queue))\b/,
    },
  ),
  rule(
    "suicide.passive.fade_out",
    "suicide",
    "low",
    any(
      "wish (?:i|id) (?:could |would |just |could just )*(?:fade (?:out|away)|evaporate|vanish|dissolve)(?! (?:into the (?:crowd|background)|from (?:the|this) (?:party|meeting|group chat)))",
      // "vivo cansada. no es de dormir, es de vivir": tired of living, said apart.
      "(?:cansad[oa]|cansancio)[^\\n]{0,40}no es (?:de|por) (?:dormir|sueno)[^\\n]{0,10}es de vivir",
    ),
    { self: "strict", negatable: false },
  ),
  rule(
    "suicide.passive.off_the_ride",
    "suicide",
    "low",
    "(?:want|wanna|need) off (?:this|the) ride(?=[^\\n]{0,60}\\b(?:life|living|existing|whole thing|all of it)\\b)",
    { self: "strict", negatable: false },
  ),
  rule(
    "suicide.attempt.injected",
    "suicide",
    "high",
    "(?:drew up|injected) (?:\\w+ ){0,3}?(?:most of a|a whole|the whole|all of (?:a|the|my)|an extra|a double) (?:vial|pen|syringe|bottle)(?: of (?:insulin|morphine|\\w+))?|(?:insulin|morphine) from (?:my|his|her) (?:\\w+s )?supply",
    { self: "strict", negatable: false },
  ),
  rule(
    "suicide.means.counted_after_goodbye",
    "suicide",
    "high",
    "(?:pills|tablets|morphine|meds|oxy|patches)(?: \\w+){0,12}?[^.!?\\n]{0,40}i counted them",
    {
      self: "strict",
      negatable: false,
      requires:
        /\b(?:thank you for|carrying this|long enough|dropped the (?:cat|dog)|gave (?:away|all)|took all of)\b/,
    },
  ),
  rule(
    "suicide.poison.shared",
    "suicide",
    "imminent",
    "(?:and |but )?(?:the rest|the other half|whats left|what is left) (?:is|s) for me",
    {
      negatable: false,
      requires: /\b(?:antifreeze|poison|bleach|pills|tablets|rat poison|weedkiller)\b/,
    },
  ),
  rule(
    "self_harm.act.hidden",
    "self_harm",
    "high",
    any(
      "(?:i )?did it with (?:a |the |my )?(?:razor|blade|knife|scissors|broken glass|glass|lighter)",
      "told (?:the )?(?:a and e|a&e|er|doctor|nurse|nurses|triage)(?: \\w+){0,3}? (?:i did it on|it was an accident|i fell)",
      "(?:then )?i did cut|(?:pressing|pressed|digging|dug) the (?:tip|blade|point|edge) into my (?:forearm|arm|wrist|thigh|skin|leg)",
    ),
    { self: "strict", negatable: false },
  ),
  rule(
    "self_harm.act.more",
    "self_harm",
    "moderate",
    any(
      "bang(?:ing|ed|s)? my head (?:off|against|on|into) (?:the )?(?:wall|walls|door|floor|desk|steering wheel)",
      "(?:s ?h|self ?harm|selfharm) urges (?:are|r|is) (?:loud|bad|strong|back|screaming)",
      "how (?:hot|long|deep)(?: \\w+){0,6}? (?:to leave (?:a )?(?:mark|scar|burn)|to scar)",
      "how long does it take to bleed out|(?:go|cut) up not across",
    ),
    { self: "strict", negatable: false },
  ),
  rule(
    "abuse.neglect.minder",
    "abuse",
    "moderate",
    "(?:gone|away|out) for days at a time[^\\n]{0,160}(?:nothing in the fridge|no food|on my own|my tablets|my pension)|(?:nothing|no food) in the fridge (?:only|but|except)",
    {
      negatable: false,
      requires:
        /\b(?:minding me|looking after me|my carer|caring for me|supposed to (?:mind|look after))/,
    },
  ),
  rule(
    "abuse.fear.home",
    "abuse",
    "low",
    any(
      "(?:grabbed|gripped|yanked|twisted) my (?:arm|wrist|hair)(?: \\w+){0,2}? (?:hard|so hard|really hard)",
      "slammed (?:the )?door so hard (?:that )?(?:the )?(?:glass|frame|window|wall|mirror) (?:cracked|broke|shattered)",
    ),
    {
      negatable: false,
      unless: /\b(?:to (?:stop|catch|save) me|from falling|nurse|doctor|paramedic)\b/,
    },
  ),
  rule(
    "harm_to_others.workplace_access",
    "harm_to_others",
    "high",
    "(?:which|what|the) (?:entrance|door|exit)(?: \\w+){0,3}? (?:doesnt|does not|dont|has no) (?:have (?:a )?)?(?:badge|key ?card|card reader|badge reader|lock|security|camera)|same room,? one door",
    {
      negatable: false,
      requires:
        /\b(?:meeting|conference room|everybody|all of them|every (?:\w+day)|staff|managers?)\b/,
    },
  ),
  rule(
    "harm_to_others.spiked",
    "harm_to_others",
    "high",
    any(
      "(?:add|adding|added|put|putting|slip|slipping|mix|mixing|crush|crushing) (?:something|a little something|stuff|a few|it|them|some of my \\w+|my (?:\\w+ )?(?:pills|tablets|meds|xanax|valium|oxy|sleeping pills|insulin)) (?:up )?(?:in|into|to) (?:the |his |her |their |someones |somebodys |a persons |my \\w+s |\\w+s ){1,3}(?:coffee|tea|drink|food|water|beer|wine|lunch|dinner|soup|meal|smoothie|juice)",
      "(?:poisonous|deadly|toxic|lethal|untraceable)(?: \\w+){0,3}? if (?:you|i|u) (?:put|add|mix|slip) (?:it )?(?:in|into) (?:someones|somebodys|a persons|his|her|their)",
      "if (?:i|you|u) (?:push|pushed|shove|shoved|drop|dropped|throw|threw) (?:someone|somebody|him|her|them|my \\w+)(?: \\w+){0,2}? (?:down|off|out of|from)[^?.!\\n]{0,40}(?:will|would|could|do|does) (?:they|he|she|it) (?:die|survive|kill)",
    ),
    {
      negatable: false,
      unless:
        /\b(?:sugar|milk|honey|cinnamon|salt|spice|whisky|whiskey|rum|brandy|baileys|syrup)\b/,
    },
  ),
  rule(
    "harm_to_others.threat.plain",
    "harm_to_others",
    "moderate",
    any(
      "(?:take care of|deal with|sort out) (?:him|her|them|that \\w+)(?: \\w+){0,3}?[.,]? (?:not (?:really )?joking|for real|im serious|i mean it)",
      "putting my hands around (?:his|her|their) (?:throat|neck)",
      "(?:next time|the next time|if|one more time) (?:he|she|they) (?:touches|touch|hurts|hits|looks at|comes near|lays a (?:finger|hand) on) (?:my|me)[^.!?\\n]{0,30}(?:hes|shes|theyre|he is|she is|they are) (?:dead|done for|a dead man|finished)",
      "(?:poison|poisn|posion|p0ison) (?:my |his |her |their |the )?(?:\\w+s )?(?:dog|cat|food|drink|husband|wife)",
      "(?:gud|good|best|quick|easy) way (?:2|to) knock (?:some1|someone|somebody|him|her) out and keep (?:them|him|her) out",
    ),
    {
      negatable: false,
      hyperbole: true,
      unless: /\b(?:fries|food|snacks?|pizza|leftovers|charger|phone|car|stuff|plate|chips|cake)\b/,
    },
  ),
  rule(
    "misuse.supply.offered",
    "misuse",
    "moderate",
    any(
      "(?:can|could|will) get me (?:some )?(?:k|ket|ketamine|special k)(?: \\w+){0,3}? (?:off the street|cheap|on the side|without|for)",
      "(?:guy|bloke|dealer|someone|mate|fella|man)(?: \\w+){0,6}? (?:who |that )?sells (?:k|ket|ketamine|special k)",
      "used to sell (?:k|ket|ketamine|drugs)[^\\n]{0,200}(?:texted|called|messaged|his number|her number)",
      "split (?:the |my )?(?:weekly |monthly )?(?:dose|doses|lozenges?|troches?) into (?:smaller|little|tiny) (?:ones|bits|pieces|doses)",
    ),
    { self: "strict", negatable: false },
  ),
  rule(
    "medical.after_dose.more",
    "medical",
    "moderate",
    any(
      "(?:throwing up|vomiting|being sick|puking|sick) (?:since|ever since)?(?: \\w+){0,3}? every (?:\\d+|few|couple of|ten|twenty|fifteen) (?:minutes|mins|min)",
      "(?:cant|can not|cannot) keep (?:even )?(?:sips of )?(?:water|anything|fluids) down",
      "woke up on the (?:kitchen |bathroom |bedroom |living room )?floor[^.!?\\n]{0,60}(?:no memory|dont remember|cant remember|didnt know)",
      "(?:couldnt|could not|cant|cannot) remember how i got (?:to bed|home|there|here)|(?:what|which) day it (?:is|was)[^.!?\\n]{0,20}(?:couldnt|cant|didnt know)",
      "(?:blurry|blurred|double)(?: vision)?(?: for| about| maybe| like)+ (?:\\d+|two|three|four|a few) (?:hours|hrs)",
    ),
    {
      negatable: false,
      requires: /\b(?:session|lozenges?|troches?|dose|dosing|infusion|ketamine|spravato|k)\b/,
    },
  ),
];
