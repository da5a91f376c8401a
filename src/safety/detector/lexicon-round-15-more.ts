import { any, type Rule, rule } from "./rules.ts";

// Round-15 misses, the second half: control, neglect and unwanted touching told plainly by
// older patients and partners (a carer who rations the lozenge, a son who took the bank card,
// a hand left on a back, a partner who insists after "no"); post-dose confusion, numbness
// with a pounding heart, stinging urine and a lingering headache said in passing; a passive
// wish told as a prayer or a number called; a gathering, a gun and a grudge.

/** A session word, for signs that count only after a dose. */
const AFTER_DOSE =
  /\b(?:session|lozenges?|troches?|dose|dosing|infusion|ketamine|spravato|treatment|k)\b/;

export const ROUND_15_MORE_RULES: Rule[] = [
  rule(
    "abuse.control.rationed",
    "abuse",
    "moderate",
    any(
      "only (?:gives|lets|let|gave|hands) me (?:have )?(?:my )?(?:\\w+ )?(?:lozenges?|troches?|meds|medication|medicine|pills|tablets|money|phone|food|dinner|car keys|keys|pension)(?: \\w+){0,2}? (?:if|when) i",
      "(?:made|makes|making|forced|forces) me (?:to )?sign (?:something|papers|a form|documents|things|over)",
      "(?:has |have |had )?(?:taken over|took over|taking over|got hold of|has control of|controls) my (?:bank card|bank cards|bank account|money|finances|pension|benefits|cards|savings|post)",
      "(?:told|tells|telling) (?:the |my )?(?:neighbou?rs|doctor|family|everyone)[^.!?\\n]{0,20} i (?:am|m|was) (?:getting )?(?:confused|losing it|demented|going senile)[^.!?\\n]{0,20}(?:which i am not|but i am not|im not)",
    ),
    {
      negatable: false,
      unless: /\b(?:bank|solicitor|clinic|consent|lease|mortgage|contract|insurance|pharmacy)\b/,
    },
  ),
  rule(
    "abuse.neglect.carer",
    "abuse",
    "moderate",
    any(
      "(?:left|leaves|leaving) (?:me )?(?:sitting|lying|sat) in (?:soiled|wet|dirty|my own) (?:things|clothes|sheets|pads|mess|urine)",
      "(?:she|he|they|the aide|my carer|the carer|my caregiver|the nurse)(?: \\w+){0,3}? (?:is|was|gets|got|are|were) (?:so |very |really )?rough with (?:me|my)",
      "(?:not|never|didnt|did not) (?:come|turn up|show up)[^.!?\\n]{0,40}(?:until after lunch|at all)[^\\n]{0,200}(?:bruises|rough|soiled|calling through)",
    ),
    { negatable: false },
  ),
  rule(
    "abuse.touch_or_fear",
    "abuse",
    "low",
    any(
      "(?:put|puts|kept|keeps|left|rests|rested) (?:his|her) hand on my (?:lower back|thigh|leg|bum|butt|waist|knee|chest|breasts?)(?: and (?:left|kept) it there)?",
      "(?:comments|remarks) about my (?:body|breasts|chest|bum|butt|figure)|stands (?:way |really )?too close",
      "(?:she|he) (?:throws|threw|smashes|smashed) (?:things|plates|stuff|the remote|chairs|dishes|her phone|his phone)",
      "(?:i )?(?:plan|planning) my (?:day|days|life) around (?:her|his|their) (?:mood|moods|temper)|walking on eggshells (?:around|with) (?:him|her|my)|(?:i )?flinch (?:now )?when (?:a |the )?(?:cupboard|door|dish|plate) (?:bangs|slams)",
    ),
    {
      negatable: false,
      unless: /\b(?:toddler|baby|the dog|puppy|our son is \d|tantrum)\b/,
      // At work it is harassment, for HR; abuse here means home, family and carers.
      requires: /^(?![\s\S]*\b(?:supervisor|boss|manager|coworker|co worker|colleague|hr)\b)/,
    },
  ),
  rule(
    "abuse.sexual.coerced",
    "abuse",
    "moderate",
    any(
      "when i say no,? (?:he|she|they) (?:says|said|insists|insisted|does it anyway|did it anyway|gets angry|keeps going|carries on|sulks and)",
      "(?:he|she) (?:insists|insisted|pressures me|pressured me|pushes me)(?: \\w+){0,4}? (?:for |into |about )?sex|pushy about sex",
      "(?:says|said|tells me|told me) i owe (?:him|her) (?:sex|it|for)",
    ),
    { negatable: false },
  ),
  rule(
    "abuse.order.broken",
    "abuse",
    "moderate",
    "(?:the |a |his |her |my )?(?:protective |restraining |court |no contact )?order says (?:he|she|they) (?:cant|can not|cannot|isnt allowed to|is not allowed to)|(?:breaking|broke|breaks|violating|violated|violates|ignores|ignored|ignoring) (?:the |his |her |my )?(?:protective|restraining|court|no contact) order",
    { negatable: false },
  ),
  rule(
    "medical.after_dose.confusion",
    "medical",
    "moderate",
    any(
      "(?:couldnt|could not|cant|cannot|can not) (?:figure out|work out|remember) (?:how i got (?:there|here)|why my key|where i (?:was|am|parked))",
      "ended up (?:at|in) (?:my old|the wrong|an old|someone elses) (?:house|home|address|flat|street|school)",
      "still (?:feel |feeling )?(?:so |really |all )?(?:scrambled|confused|disoriented|muddled)[^.!?\\n]{0,40}(?:cant remember|hours|since)",
    ),
    { negatable: false, requires: AFTER_DOSE },
  ),
  rule(
    "medical.after_dose.slip",
    "medical",
    "low",
    any(
      "for a (?:few )?(?:seconds|second|moment|minute) i (?:couldnt|could not|didnt|did not) (?:remember|know) (?:if|what|where|who)",
      "called my \\w+ by the \\w+s name",
      "(?:pee|peeing|wee|weeing|urine)(?: \\w+){0,3}? (?:felt|feels|feeling|has felt|is|was)? ?(?:a bit |a little |kinda |super )?(?:stingy|stingey|burny|sore|stinging)",
      "headache (?:thats |that has |which has |that )?(?:hung around|lingered|stuck around|lasted|still there|not gone|hasnt gone)|headache (?:today |still )?from (?:yesterdays|last nights|the|my) (?:session|dose|lozenge|infusion)",
    ),
    { negatable: false, requires: AFTER_DOSE },
  ),
  rule(
    "medical.after_dose.numb_heart",
    "medical",
    "high",
    "(?:cant|can not|cannot) feel my (?:face|legs|arms|hands|feet|body)[^.!?\\n]{0,60}(?:heart|chest|breath|breathing)|(?:heart is|hearts|heart) (?:slamming|hammering|banging out of)",
    { negatable: false, requires: AFTER_DOSE },
  ),
  rule(
    "medical.after_dose.fall_or_stroke",
    "medical",
    "high",
    any(
      "(?:fell|fallen|slipped|tripped|collapsed|went down)(?: \\w+){0,8}? (?:and )?(?:hit|banged|smacked|cracked|bashed) my head",
      "(?:face|mouth|smile|eyelid)(?: \\w+){0,2}? (?:feels|looks|went|gone|is|seems) (?:all |kind of |kinda )?(?:droopy|drooping|lopsided|numb on one side)",
    ),
    { negatable: false, requires: AFTER_DOSE },
  ),
  rule(
    "medical.after_dose.shaking",
    "medical",
    "moderate",
    "(?:cant|cannot|can not|couldnt) stop (?:shaking|shivering|trembling|twitching)|(?:sweating|sweat) (?:buckets|like crazy|through my clothes)[^.!?\\n]{0,40}(?:hours|since|after)",
    {
      self: "strict",
      negatable: false,
      requires:
        /\b(?:since|after) (?:the |my |this mornings |yesterdays |last nights )?(?:dose|session|lozenge|troche|infusion)|\bhours after\b/,
      unless:
        /\b(?:laugh\w*|cold outside|freezing|nervous|excited|scared|fear|panic\w*|upset|crying|shaken)\b/,
    },
  ),
  rule(
    "suicide.passive.prayer",
    "suicide",
    "low",
    any(
      "(?:god|lord|jesus),? (?:please )?take me(?: now| home| away|,|\\.|$)|(?:telling|tell|ask|asking|beg|begging|pray(?:ing)? to) (?:god|the lord|allah|jesus),? (?:to )?take me",
      "(?:called|calls|call|calling|came for|comes for) my number(?: early)?|(?:wouldnt|would not|wont) put up (?:much of )?a fight",
      "(?:should have|shouldve|should of) died (?:over there|with (?:them|him|her|\\w+)|in (?:the|that) (?:crash|accident|war|fire)|back then|instead)",
      "(?:on|living on) borrowed time i (?:dont|do not) deserve|(?:fine|ok|okay) if the time ran out",
      "take the decision out of my hands|an ending (?:people|everyone|they) would understand",
    ),
    { self: "strict", negatable: false },
  ),
  rule(
    "harm_to_others.gathering_armed",
    "harm_to_others",
    "high",
    "(?:know|knows) where (?:he|she|they) keeps? (?:the key|the keys|it|the gun|his gun|the shotgun)|(?:i )?still know the door codes",
    {
      negatable: false,
      requires:
        /^(?=[\s\S]*\b(?:shotgun|gun|rifle|pistol|guns)\b)(?=[\s\S]*\b(?:meeting|canteen|everybodys there|everyones there|all the managers|assembly|shift change|the office|the plant)\b)/,
    },
  ),
];
