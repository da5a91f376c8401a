import { any, type Rule, rule } from "./rules.ts";

// Round-8 phenomena (issue 15, issue 19 item 5), each a shape and not a line: means at hand
// with intent now, lethality questions without the word suicide, means kept "just in case",
// farewells with a date, plain passive wishes and burden, misuse in plain words, self-harm
// acts told plainly, harm-to-others how-tos and fantasies, medical signs hours after a dose.

const MEANS =
  "(?:razors?|blades?|knife|knives|box cutter|rope|noose|belt|gun|pistol|pills|tablets|meds|bottle)";
const DRUG = "(?:k|ket|keta|ketamine|special k|it|the stuff|some)";
const SOURCE =
  "(?:a guy|some guy|this guy|a friend|my friend|a mate|my mate|my cousin|a dealer|my dealer|my old dealer|reddit|a website|a site|online|the dark web|the deep web|a party|someone at (?:work|a party))";
const DOSE_WORD = "(?:dose|doses|amount|how much|how many|mg|milligrams|grams)";
const LETHAL =
  "(?:liver failure|organ failure|kidney failure|be fatal|is fatal|fatal|be lethal|is lethal|lethal|kill (?:me|you|someone|a person|a human|an adult)|to die|not wake up|never wake up|stop (?:your|my|the|a) heart|shut (?:my|your) (?:body|organs) down)";

/** Ordinary spares kept "just in case": shaving, a migraine, travel, an inhaler. */
const ORDINARY_SPARE =
  /\b(?:spare|shav\w*|migraines?|headaches?|allerg\w*|emergenc\w*|first aid|travel\w*|trip|flight|period|cramps|asthma|inhaler|epipen)\b/;
/** Lethality told as safety: "told me what dose would be fatal so I keep them locked up". */
const SAFETY_TALK =
  /\b(?:told me|explained|so i know to|locked (?:up|away)|keep (?:them|it) (?:locked|away|safe)|poison control|safe (?:dose|for))\b/;

export const PLAIN_MORE_RULES: Rule[] = [
  rule(
    "suicide.imminent.means_here_now",
    "suicide",
    "imminent",
    `${MEANS} (?:is |are |s )?(?:right )?(?:here|in my hand|next to me|beside me|on the (?:sink|table|bed|counter|floor|desk))(?:\\W+\\w+){0,5}?\\W+(?:and )?(?:im|i am) (?:going to|about to|ready to) do it`,
    { gate: /going to do it|about to do it|ready to do it/ },
  ),
  rule(
    "self_harm.imminent.means_here_now",
    "self_harm",
    "imminent",
    `(?:razors?|blades?|knife|box cutter)(?: is| are| s)? (?:right )?(?:here|in my hand|next to me|on the (?:sink|table|bed|counter|floor))(?:\\W+\\w+){0,5}?\\W+(?:im|i am) (?:going to|about to) do it(?: deep| deeper)?`,
    { gate: /do it/ },
  ),
  rule(
    "suicide.method.lethality_question",
    "suicide",
    "high",
    any(
      `${DOSE_WORD}(?: \\w+){0,6}? (?:would|will|could|does it take to|do you need to|to|it takes to|cause|causes|can) (?:\\w+ ){0,2}?${LETHAL}`,
      "(?:if you|if i|if someone) cut (?:vertically|down the arm|along the vein)s?(?: \\w+){0,3}? (?:faster|quicker|better|works)",
      "enough(?: \\w+){0,4}? to (?:not wake up|never wake up|float off forever|go to sleep forever|not come back)|(?:float|drift|slip) (?:off|away) forever",
      "(?:would|will|could) (?:that|this|it) do it(?:\\W+\\w+){0,2}?\\W+permanently",
    ),
    {
      gate: /dose|amount|how much|how many|mg|gram|cut|enough|permanently|forever/,
      unless: SAFETY_TALK,
    },
  ),
  rule(
    "suicide.means.kept_just_in_case",
    "suicide",
    "high",
    any(
      `(?:pills|tablets|meds|patches|rope|gun|bottles?|vials?|oxy|fentanyl)(?:\\W+\\w+){0,8}?\\W+just in case`,
      "(?:bottle|vials?) of (?:\\w+ ){0,2}?euthanasia (?:meds|drugs|solution)",
      "euthanasia (?:meds|drugs)(?:\\W+\\w+){0,8}?\\W+(?:thinking about it|been thinking)",
    ),
    { gate: /just in case|euthanasia/, self: "strict", unless: ORDINARY_SPARE },
  ),
  rule(
    "self_harm.means.kept_just_in_case",
    "self_harm",
    "high",
    `(?:box cutter|razors?|blades?|knife)(?:\\W+\\w+){0,8}?\\W+just in case`,
    { gate: /just in case/, self: "strict", unless: ORDINARY_SPARE },
  ),
  rule(
    "suicide.means.acquired_plain",
    "suicide",
    "high",
    any(
      "(?:bought|got|picked up) (?:\\d+|two|three|four|five|a few|several) (?:bottles|boxes|packs|packets) of (?:tylenol|paracetamol|acetaminophen|ibuprofen|advil|aspirin|sleeping pills|pills)(?:\\W+\\w+){0,6}?\\W+(?:whiskey|whisky|vodka|alcohol|wine|(?:dont|do not) (?:really )?want to talk about (?:why|it))",
      "(?:gun safe|gun cabinet|gun locker|gun box) (?:code|key|combination)(?:\\W+\\w+){0,8}?\\W+(?:thinking about it|tonight|been thinking)",
      "(?:looking|look|staring|stare) at (?:the|her|his|my) (?:bottle|box|stash) of (?:\\w+ ){0,2}?(?:morphine|oxycodone|pills|fentanyl|tablets|insulin)",
    ),
    { gate: /bottles|boxes|packs|packets|gun|morphine|oxy|pills|fentanyl|tablets|insulin/ },
  ),
  rule(
    "suicide.farewell.dated",
    "suicide",
    "high",
    any(
      "if im not (?:here|around)(?: \\w+){0,3}? (?:its|it is|thats) because i (?:finally|did it|gave up|decided|couldnt|ended|went through with)",
      "(?:i )?(?:wont|will not) (?:be needing|need) (?:any more|anymore|any other|more) (?:appointments|sessions)",
      "(?:dont|do not) think ill (?:be around|be here|be alive|make it) (?:much longer|for (?:christmas|new year|my birthday|the holidays))",
      "not (?:going to|gonna) be (?:a problem|a burden) (?:for|to) (?:anyone|anybody|you|them) (?:much|for much) longer",
      "(?:going to|gonna) do it after (?:my|the|her|his) (?:\\w+ ){0,2}(?:graduation|wedding|birthday)",
    ),
    { gate: /because|appointments|sessions|longer|christmas|birthday|holidays|graduation|wedding/ },
  ),
  rule(
    "suicide.passive.plain_wish",
    "suicide",
    "low",
    any(
      "wish(?:ing|ed)? i (?:never|didnt|hadnt|had not|wouldnt) (?:woke|wake|woken|waken) up",
      "(?:disappointed|sad|upset|angry) (?:that )?(?:im|i am|to be|i was) still (?:here|alive|breathing)",
      "(?:dont|do not) (?:know|see) why im still (?:here|alive|around)",
      "burden(?:\\W+\\w+){0,16}?\\W+better off|better off(?:\\W+\\w+){0,8}?\\W+burden",
      "(?:kids|children|family|wife|husband) (?:being |would be |will be |are )?better off (?:with|without)",
      "(?:go|going|disappear) away for good",
      "(?:throw a party|celebrate|be relieved) if i died",
      "(?:daydream|daydreaming|thinking|dreaming|dreams) about my (?:own )?funeral",
      "(?:dreams|dreaming|dream) (?:about|of) (?:dying|being dead)(?:\\W+\\w+){0,6}?\\W+(?:peaceful|disappointed)",
      "(?:the world|everyone) (?:forgets|forgot) me(?:\\W+\\w+){0,4}?\\W+peaceful",
      "not sure i want to(?= make it|$|[.!])",
      "reasons to (?:stay|live|keep going|be here)(?:\\W+\\w+){0,6}?\\W+(?:gets|getting|got) (?:shorter|smaller)",
    ),
    { self: "strict" },
  ),
  rule(
    "misuse.plain.source",
    "misuse",
    "moderate",
    any(
      `(?:${DRUG})(?: \\w+){0,3}? (?:i |that i |we )?(?:got|bought|buy|get|scored|ordered) (?:from|off) ${SOURCE}`,
      `(?:get|getting|buy|buying) (?:some |more )?(?:k|ket|ketamine)(?: \\w+){0,2}? (?:from|off) ${SOURCE}`,
      "(?:go|going|went|call|calling|text|texting|hit up|back to|message|messaging) (?:back to )?(?:my |an )?(?:old )?dealer",
      "(?:(?:a|big|another|few|couple of) )?(?:bump|bumps|key|keys) of (?:k|ket|ketamine)",
      "snort(?:ing|ed)? (?:k|ket|ketamine)",
      "i think im addicted|(?:im|i am|getting|becoming) addicted to (?:it|k|ket|ketamine|the ketamine|the sessions|the infusions|the spray|the lozenges|the feeling)",
      "craving (?:it|k|ket|ketamine|the ketamine)(?: so)? (?:bad|badly)",
      "(?:triple|double|twice|three times|four times)(?: \\w+){0,3}? (?:what|the dose|the amount) (?:the clinic|my doctor|they|my prescriber) (?:gives|give|gave|prescribed)",
      "(?:ketamine|ket|vials?) from the (?:drug )?cabinet",
      "the extra (?:i was|ive been|im|i am|i have been) (?:using|taking|doing)",
      "supposed to (?:do|use|take) (?:it|them|the spray|the lozenges?) (?:once|twice|two times) a week(?:\\W+\\w+){0,6}?\\W+(?:every night|every day|daily)",
      "(?:how to|where to|where i can|where can i) (?:buy|get|order) (?:it|k|ket|ketamine|more)(?: \\w+){0,2}? online",
      "(?:almost|nearly) (?:put|slipped|took|stole) (?:it|one|a vial) (?:in|into) my (?:pocket|bag)",
    ),
    {
      gate: /extra|supposed|got|bought|buy|get|scored|ordered|dealer|bump|key|snort|addicted|craving|triple|double|twice|times|cabinet|pocket|bag|order|online/,
    },
  ),
  rule(
    "self_harm.plain.act",
    "self_harm",
    "moderate",
    any(
      "(?:dug|dig|digging) my nails into (?:my )?\\w+(?: \\w+){0,6}? (?:till|until|til) (?:they|it|i) (?:bled|bleed|was bleeding|were bleeding)",
      "(?:keep |kept |been )?(?:hitting|punching|slapping) my (?:own )?(?:face|head)",
      "(?:scratched|scratch|scratching|cut|cutting) my (?:\\w+ )?(?:arm|arms|skin|leg|legs|thigh|thighs|wrist|wrists) with (?:a|the) (?:paperclip|paper clip|pin|safety pin|needle|blade|razor|knife|scissors|compass)",
    ),
    { gate: /nails|hitting|punching|slapping|with a|with the/, self: "strict" },
  ),
  rule(
    "harm_to_others.plain.howto",
    "harm_to_others",
    "high",
    any(
      "(?:what|which) poison (?:would|will|could|can)(?= kill)",
      "poison (?:the|my|their|his|her) (?:neighbou?rs? |neighbou?rs )?(?:dog|cat|food|drink|coffee|water)",
      "(?:punch|punched|hit|kick|kicked)(?: \\w+){0,6}? (?:could|would|will|can) (?:it|that) kill (?:him|her|them)",
      "(?:address|home address) from (?:their|his|her|a) (?:license|licence) plate",
      "take care of\\W+(?:my |her |him )?(?:ex|him|her)(?: for me)?(?:\\W+\\w+){0,2}?\\W+(?:like )?permanently",
    ),
    { gate: /poison|kill|plate|permanently/, hyperbole: true },
  ),
  rule(
    "harm_to_others.plain.fantasy",
    "harm_to_others",
    "moderate",
    any(
      "(?:fantasi[sz]ing|fantasi[sz]e|thinking|think|daydreaming|dreaming) about (?:running (?:him|her|them) over|shoving|pushing|stabbing|strangling|smothering|poisoning|burning)",
      "burn (?:the|his|her|their|this) (?:whole )?(?:house|place|flat|apartment) down with (?:\\w+ ){1,3}in it",
    ),
    { gate: /about|burn/, hyperbole: true },
  ),
  rule(
    "abuse.plain.secret_and_care",
    "abuse",
    "moderate",
    any(
      "what (?:my|his|her|our) (?:\\w+ )?(?:cousin|uncle|brother|stepdad|stepfather|dad|father|grandpa|grandfather|neighbou?r|teacher|coach|babysitter|aunt|stepmom) did to me when i was (?:little|a kid|young|a child|small|\\d+)",
      "if i (?:tell|told) (?:anyone|anybody|someone|my \\w+)(?: \\w+){0,2}? (?:about )?what (?:he|she|they) (?:does|did|do|is doing) to me",
      "(?:carer|caregiver|care worker|aide|nurse)(?: \\w+){0,6}? (?:is|was|gets|has been) (?:rough|violent|cruel) with (?:my )?(?:dad|mom|mum|mother|father|gran|granny|grandma|grandpa|nan)",
      "(?:carer|caregiver|care worker|aide)(?: \\w+){0,2}? left (?:her|him|my \\w+) alone for (?:\\w+ ){1,2}(?:days?|nights?) without (?:food|water|meds)",
    ),
    { gate: /tell|told|carer|caregiver|care worker|aide|nurse|did to me/ },
  ),
  rule(
    "medical.plain.after_dose_story",
    "medical",
    "moderate",
    any(
      "(?:session|infusion|dose|ketamine|lozenge|spray|clinic)[^]{0,400}?(?:heart|pulse|heart rate)(?: \\w+){0,8}? (?:at |like |around |about |is |was )?(?:1[3-9]\\d|2\\d\\d)",
      "(?:voices|seeing things|hallucinations?)[^.!?]{0,80}?(?:(?:two|three|\\d+|a few) (?:hours|days) later|still here|still there|wont stop)",
      "(?:still )?(?:cant|can not|cannot) form (?:sentences|words)|(?:my )?words are (?:all )?(?:mixed up|jumbled|slurred)|(?:face|mouth) on one side (?:feels |is |went )?(?:numb|droopy|drooping)",
      "(?:still|keep) (?:short of breath|out of breath|cant breathe|struggling to breathe)",
      "crushing (?:\\w+ ){0,2}?(?:in|on) (?:the middle of )?my chest|(?:chest|jaw)(?: \\w+){0,6}? (?:and|with) my (?:jaw|left arm|arm) hurts?",
    ),
    { gate: /heart|pulse|voices|seeing|hallucinat|sentences|words|side|breath|chest|jaw/ },
  ),
];
