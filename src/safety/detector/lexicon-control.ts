import { ABUSER, any, OTHER, type Rule, rule } from "./rules.ts";

// Abuse told as control and threat rather than blows: money, medicines, phone and friends
// kept; threats to take the children or break a bone; stalking; being locked in; sex while the
// patient cannot move after a dose. And harm done by the patient to someone in their care.

const HOLDER =
  "(?:he|she|they|(?:my )?(?:partner|husband|hubby|wife|boyfriend|bf|girlfriend|gf|ex|brother|sister|mom|mum|mother|dad|father|stepdad|stepfather|stepmom|stepmother|mother in law|father in law|son|daughter|uncle|aunt|roommate|landlord|boss|carer|caregiver|family|parents|fiance|fiancee|spouse))";
const DEPENDENT =
  "(?:my (?:mom|mum|mother|dad|father|grandma|grandpa|grandmother|grandfather|baby|son|daughter|kid|kids|child|children|toddler|husband|wife|partner|boyfriend|girlfriend|bf|gf)|him|her)";

// The patient hurting someone in their care: harm to others, and abuse of that person.
const ACT_ON_DEPENDENT = `(?:i |i just )?(?:slapped|hit|pushed|shoved|smacked|shook|kicked|pinched) ${DEPENDENT}(?: \\w+){0,4}? (?:today|yesterday|last night|again|hard|too hard|shes \\d+|hes \\d+)|(?:grabbed|squeezed|yanked) (?:his|her|my \\w+s) (?:arm|wrist|hair) (?:way )?too hard`;

/** Coercive control, threats and confinement by someone close. */
export const CONTROL_RULES: Rule[] = [
  rule(
    "abuse.control",
    "abuse",
    "moderate",
    any(
      `${HOLDER} (?:\\w+ ){0,2}?controls (?:all )?(?:of )?(?:the |my )?(?:money|finances|paycheck|bank account|cards|phone|meds|medication)|${HOLDER} (?:\\w+ ){0,2}?(?:takes|took|keeps|kept|holds onto|holds on to|hides|hid) (?:all )?(?:of )?my (?:money|paycheck|pay check|disability check|check|bank card|cards|phone|passport|id|car keys|pain meds|pain pills|meds|medication|lozenges|troches|pills)[^.!?\\n]{0,60}(?:only|unless|if i|says i owe|wont (?:give|let)|so i cant|from me|every (?:month|week|time)|to sell|hands? them over|tell the clinic)`,
      `${HOLDER} (?:\\w+ ){0,2}?(?:reads|checks|goes through|tracks) my (?:texts|phone|messages|location|emails) (?:every (?:night|day|time)|all the time|constantly|always|behind my back|when im asleep)|(?:im|i am) not allowed to (?:see|talk to|call|leave|go out|have) (?:my )?(?:friends|family|sister|brother|mom|mum|anyone|money)|${ABUSER} (?:wont|will not|doesnt|does not) let me (?:see|talk to|call|leave|go|eat|sleep) (?:my )?(?:friends|family|sister|brother|mom|mum|anyone|out|the house)?`,
      `${HOLDER} (?:just )?decides (?:everything|what i wear|who i see|how much (?:food|money)|if i can)(?! about| for (?:the|our))`,
      `(?:if i|when i) (?:\\w+ ){0,4}?${ABUSER}(?:ll| will| is going to| is gonna) (?:\\w+ ){0,2}?(?:take (?:the|my) (?:kids|children|baby|son|daughter)|tell (?:the clinic|my doctor|everyone|the police) (?:im|i am))|(?:hell|shell|he will|she will|he said hed|she said shed|he says hell|she says shell|threatens to|threatened to) (?:\\w+ ){0,2}?take (?:the|my) (?:kids|children|baby|son|daughter)|ill never see (?:them|my kids|the kids|my children) again`,
      `(?:my |the )?(?:boss|employer|landlord|manager|supervisor) (?:\\w+ ){0,2}?(?:threatens|threatened) to (?:call|report me to) (?:immigration|ice|the police)`,
      "(?:he|she|they) (?:hasnt|has not|havent|have not|didnt|did not) (?:hit|hurt|choked|slapped) me (?:in|for|since) (?:like )?(?:a|two|three|\\d+) (?:week|weeks|month|months|days)",
      "(?:keeps|kept|started|keep) (?:showing up|turning up) (?:at|outside) my (?:job|work|house|place|door|apartment|school)|texting (?:me )?from (?:new|different) numbers|found (?:out )?my new (?:address|place|number|apartment)|(?:sent|send|sends) (?:me )?(?:a )?(?:photo|pic|picture) of my (?:door|house|car|street)",
    ),
    {
      gate: /control|take|took|keep|kept|hold|hide|hid|read|check|goes|track|not allowed|wont|will not|doesnt|does not|decides|if i|when i|hell|shell|he will|she will|said|says|threat|never see|hasnt|has not|havent|have not|didnt|did not|showing|turning|texting|found|sent|send/,
      hyperbole: true,
      unless:
        /\b(?:game|character|movie|tv show|the show|a show|novel|episode|my dog|the dog|puppy|cat|typos?|spelling|grammar)\b/,
    },
  ),
  rule(
    "abuse.danger",
    "abuse",
    "high",
    any(
      "(?:hell|he will|shell|she will|hes going to|hes gonna|he said hed|she said shed|he says hell|threatened to|threatens to) (?:\\w+ ){0,2}?(?:break|snap) my (?:\\w+ )?(?:arm|arms|leg|legs|neck|jaw|nose|fingers|ribs)|break my other (?:arm|leg|hand)",
      "(?:held|holds|put|pressed|pushed) (?:a )?(?:pillow|hand|hands|towel) over my (?:face|mouth|nose)|(?:choked|strangled) me (?:until|till)",
      `${ABUSER} (?:\\w+ ){0,2}?(?:hurt|hit|slapped|beat|kicked|burned|choked|shook|whipped|belted) my (?:kid|kids|son|daughter|baby|child|children|nephew|niece|sister|brother)|(?:a )?handprint on (?:her|his|my \\w+s) (?:cheek|face|arm|leg|back)`,
      "(?:comes|walks|barges|came|walked) in (?:\\w+ ){0,2}?when (?:im|i am|she is|shes) (?:showering|in the shower|changing|undressed|naked|in the bath)|took the lock off the (?:bathroom|bedroom) door",
      "(?:having sex with me|has sex with me|touches me|touching me|touched me) (?:\\w+ ){0,4}?(?:while|when|during) (?:im|i am|i was|that time|the time|i cant|i couldnt)",
      "(?:used to|would) touch me (?:when i was|as a)|touched me when i was (?:little|young|a kid|small|\\d+)",
      "(?:hiding|hid|hide) (?:in|at) (?:\\w+ ){0,5}?(?:cuz|because|cause|bc|since|from) (?:he|she|my \\w+) (?:was|is|were|started) (?:throwing|hitting|yelling|drunk|screaming|breaking)|(?:cant|can not|scared to|afraid to) go (?:back )?home (?:tonight|today)[^.!?\\n]{0,40}(?:he|she|my \\w+)|(?:he|she|my \\w+) (?:was|is|started) throwing (?:chairs|things|plates|furniture)",
      "(?:left|put) a dead (?:bird|rat|animal|cat|mouse) (?:on|at|in) my",
    ),
    {
      gate: /hell|he will|shell|she will|hes|said|says|threat|break|held|holds|put|press|push|choked|strangled|hurt|hit|slap|beat|kick|burn|shook|whip|belt|handprint|comes|walks|barges|came|walked|lock|sex|touch|hiding|hid|hide|home|throwing|dead/,
      unless: /\b(?:movie|tv show|the show|a show|novel|episode|character|game|lyrics|song)\b/,
    },
  ),
  rule(
    "abuse.confined",
    "abuse",
    "imminent",
    "(?:im|i am|locked|trapped) (?:locked |trapped )?in (?:the|my|a|his) (?:bedroom|room|basement|bathroom|closet|house)[^.!?\\n]{0,60}(?:he|she) (?:took|wont|will not|locked)|(?:he|she) (?:took the (?:doorknob|door handle|handle) off|locked me in)[^.!?\\n]{0,40}(?:wont|will not|cant|can not) (?:let me )?(?:out|leave|get out)",
    { gate: /locked|trapped|took/, negatable: false },
  ),
  rule(
    "harm_to_others.dependent",
    "harm_to_others",
    "moderate",
    any(
      `(?:almost|nearly) (?:choked|strangled|hit|killed|hurt|stabbed|smothered) ${DEPENDENT}`,
      `i could (?:seriously|really|actually|easily) (?:hurt|strangle|stab|choke) ${OTHER}(?! for (?:eating|taking|leaving|using|forgetting|not|being|stealing|drinking|finishing|making))`,
      `(?:id love to|i would love to|i want to|wanna|i wish i could) (?:(?:put a bullet in|shoot|stab|strangle|choke) ${OTHER}|put a bullet in (?:that|this|my|the) \\w+)`,
      "(?:she|he|they) (?:wont|will not|isnt going to|is not going to) make it (?:to (?:her|his|their) \\w+|home|out (?:of here )?alive)",
      "end (?:this|the) whole (?:department|office|team|class|school|floor)|bring something to (?:work|school|the office) (?:and|to)",
      "(?:rifle|gun|shotgun|pistol)\\b[^!?\\n]{0,80}(?:they deserve it|they all deserve|theyll (?:all )?pay|they will pay|i know when the (?:\\w+ ){0,2}?(?:meeting|class|shift|service|assembly))",
      "i know which (?:side |back |fire |staff )?(?:door|entrance|exit) (?:is|stays) (?:never )?(?:locked|unlocked|open)",
    ),
    {
      gate: /slap|hit|push|shove|smack|shook|kick|pinch|grab|squeez|yank|almost|nearly|could|love|want|wanna|wish|make it|end|bring|rifle|gun|shotgun|pistol|which/,
      hyperbole: true,
      unless:
        /\b(?:game|minecraft|fortnite|movie|tv show|the show|a show|novel|episode|character|by accident|accidentally|ball|pinata|piñata|range|hunting|deer)\b/,
    },
  ),
  rule("harm_to_others.dependent.act", "harm_to_others", "moderate", ACT_ON_DEPENDENT, {
    gate: /slap|hit|push|shove|smack|shook|kick|pinch|grab|squeez|yank/,
    self: "strict",
    hyperbole: true,
  }),
  rule(
    "abuse.of_dependent",
    "abuse",
    "moderate",
    "(?:i |i just )?(?:slapped|hit|pushed|shoved|smacked|shook|kicked|pinched|grabbed) my (?:mom|mum|mother|dad|father|grandma|grandpa|grandmother|grandfather|baby|son|daughter|kid|kids|child|children|toddler)(?: \\w+){0,4}? (?:today|yesterday|last night|again|hard|too hard|shes \\d+|hes \\d+)|(?:grabbed|squeezed|yanked) (?:his|her|my \\w+s) (?:arm|wrist|hair) (?:way )?too hard",
    {
      gate: /slap|hit|push|shove|smack|shook|kick|pinch|grab|squeez|yank/,
      self: "strict",
      hyperbole: true,
    },
  ),

  rule(
    "abuse.plain_more",
    "abuse",
    "moderate",
    any(
      "(?:airtag|air tag|tracker|gps tracker|tracking device) (?:taped |hidden |stuck )?(?:under|in|on) my",
      "(?:acts|is|gets) (?:weird|strange|inappropriate|creepy|too touchy) (?:with|around) my (?:little )?(?:girl|boy|daughter|son|kid|child|niece|nephew)",
      "(?:controls|takes|checks) every (?:dollar|cent|penny)|(?:show|give) (?:her|him) (?:the |my |every )?receipts or (?:she|he)",
      "(?:staff|aide|aides|nurse|caregiver|carer|daycare (?:lady|worker|teacher)|babysitter|nanny|night guy) (?:\\w+ ){0,3}?(?:grab|grabbing|grabbed|hit|hitting|slapped|yells? at|yelling at|leaves? (?:\\w+ ){0,3}?in wet|pushed|shoving|shoves)",
      "(?:post|share|send|leak) (?:the |my )?(?:pictures|pics|photos|videos|nudes)(?: \\w+)?(?: everywhere| online| to everyone)?[^.!?\\n]{0,20}if i",
      "(?:had|has|having) sex with me (?:\\w+ ){0,6}?(?:couldnt|could not|cant|can not) (?:really )?(?:move|talk|say no)|i (?:didnt|did not|never) (?:say yes|consent|agree)",
      "locks (?:my |our )?(?:grandma|grandpa|mom|mum|dad|kids?|son|daughter|wife|husband|her|him) in (?:her|his|their|the|a) (?:room|basement|closet|bedroom)",
    ),
    {
      gate: /tag|tracker|tracking|weird|strange|inappropriate|creepy|touchy|every|receipt|staff|aide|nurse|care|daycare|babysit|nanny|guy|post|share|send|leak|sex|yes|consent|agree|locks/,
      unless:
        /\b(?:movie|tv show|the show|novel|episode|character|game|lyrics|song|wallet|keys|luggage|suitcase|dog|cat)\b/,
    },
  ),
];
