import { any, type Rule, rule } from "./rules.ts";

// Misuse and after-dose signs in the words patients use: a drink or a benzo taken with the dose
// to go deeper, a craving that comes every day, ketamine from a friend's job or a party, a
// month's supply gone in days, doses hoarded for a big night, a lost bottle invented; vomited
// blood, a body left and not re-entered a day later, people seen who were not there.

const TREATMENT =
  "(?:dose|doses|spray|nasal spray|lozenges?|troches?|infusions?|ketamine|ket|k|sessions?|afterglow|the k)";
const BOOST =
  "(?:hit harder|harder|stronger|more intense|intense|go deeper|deeper|stretch(?: out)?|last longer|longer|khole|k hole|more of a khole|extend|on top of|knock the pain out|how far (?:i|we) can (?:push|take) (?:it|this|myself)|push it|find the bottom|go all the way)";

/** Misuse beyond the plan, in everyday words. */
export const MISUSE_MORE_RULES: Rule[] = [
  // Ketamine by the line or bought, and take-home doses put by ("the k i bought", "save some of
  // the leftover spray for when the clinic is closed").
  rule(
    "misuse.lines_bought_saved",
    "misuse",
    "moderate",
    any(
      "(?:doing|did|do|snorting|snorted|cut|cutting) (?:a |another |one more )?(?:line|bump|key)s? (?:of )?(?:the |my |some )?(?:k|ket|ketamine|special k)\\b",
      "(?:the |some |this )(?:k|ket|ketamine) (?:i|we) (?:bought|got off|scored|picked up|ordered)",
      "(?:save|saving|keep|keeping|hold back|holding back|stash|stashing) (?:some |a bit |a few )?(?:of )?(?:the |my )?(?:leftover |extra |take home |spare )?(?:spray|sprays|doses|lozenges|troches|vials?) (?:for|until|till)",
    ),
    {
      unless:
        /\b(?:(?:clinic|doctor|prescriber|nurse|team|pharmacist) (?:says|said|told|tells|wants|asked|okayed)|as (?:prescribed|planned|told)|years ago|never again)\b/,
    },
  ),
  rule(
    "misuse.boosted",
    "misuse",
    "moderate",
    any(
      `(?:wine|vodka|rum|gin|bourbon|booze|liquor|beers?|drinks?|drinking|alcohol|tequila|whiskey|whisky|klonopin|xanax|benzos?|valium|weed|a joint|oxy|percocet|vicodin)[^.!?\\n]{0,60}${TREATMENT}[^.!?\\n]{0,40}${BOOST}`,
      `${TREATMENT}[^.!?\\n]{0,40}(?:wine|vodka|rum|gin|bourbon|booze|liquor|beers?|drinks|drinking|alcohol|tequila|whiskey|whisky|klonopin|xanax|benzos?|valium|weed|oxy)[^.!?\\n]{0,50}${BOOST}`,
      `(?:does|do|can|is it ok to) (?:k|ket|ketamine|the spray|my dose) mix (?:ok |okay |well )?with (?:xanax|alcohol|benzos|klonopin|valium|weed|oxy)[^\\n]{0,60}(?:khole|k hole|deeper|stronger|more intense|higher)`,
    ),
    {
      gate: /wine|vodka|rum|gin|bourbon|booze|liquor|beer|drink|alcohol|tequila|whisk|klonopin|xanax|benzo|valium|weed|joint|oxy|percocet|vicodin|mix/,
      self: "strict",
      unless:
        /\b(?:(?:doctor|clinic|nurse|prescriber|info sheet) said (?:it was|its) (?:ok|okay|fine)|not to|never|shouldnt i|should i avoid)\b/,
    },
  ),
  rule(
    "misuse.sourced_or_hoarded",
    "misuse",
    "moderate",
    any(
      "vials? from (?:his|her|my|their|the) (?:vet|clinic|hospital|job|work|pharmacy)|(?:picked up|bought|got|scored) a (?:gram|g|bag|baggie|vial) (?:of k |of ket |of ketamine )?(?:on|last|from|yesterday|friday|saturday|off)|knows a guy[^.!?\\n]{0,60}(?:picked up|bought|got|gram|k\\b)",
      "(?:bumped|bump|bumps|bumping|snorted|railed|did|doing|took|had) (?:some |a little |a bit of |a line of |small |a few )?(?:bumps of )?(?:k|ket|special k)\\b(?! (?:session|infusion|appointment|clinic|therapy))(?:[^.!?\\n]{0,40}(?:party|before|lol|nobody|no one|slip|alone|at home|weekend))",
      "(?:used|took|went through|finished|ran through|blew through) (?:my |the )?(?:whole |entire |full )?(?:months?|weeks?)(?: worth)? (?:of )?(?:supply|doses|lozenges|troches|sprays)? ?in (?:\\d+|a|one|two|three|four|a few) (?:days|day|week)",
      "(?:hoard|hoarding|saving|save|saved|stockpil\\w+|skip|skipping) (?:\\w+ ){0,4}?(?:lozenges?|troches?|doses?|sprays?)[^.!?\\n]{0,80}(?:bigger|big|higher|stronger|solo trip|trip|khole|k hole|one really big|at home without)",
      "(?:said|told (?:the |my )?\\w+|claimed|pretended) (?:that )?i (?:lost|dropped|spilled) (?:my |the )?(?:bottle|script|prescription|lozenges|troches|meds)[^.!?\\n]{0,40}(?:refill|early|more|another)",
      "(?:\\d+x|double|triple|twice|three times|\\d+ times) what (?:im|i am|i was|i m) (?:prescribed|supposed to)",
      "(?:the )?cravings? (?:hits?|comes?|kicks? in) (?:around|at|every|each)|my body (?:wants|needs|craves) it|thinking about dosing|dream about the infusion|(?:trying|looking) to find more (?:k|ket|ketamine|lozenges|troches)?",
    ),
    {
      gate: /vial|picked|bought|got|scored|knows a guy|bump|snort|rail|did|doing|took|had|used|went|finished|ran|blew|hoard|sav|stockpil|skip|said|told|claim|pretend|\dx|double|triple|twice|times|crav|body|dosing|dream|find more/,

      unless:
        /\b(?:game|movie|tv show|the show|a show|novel|kilometers|km|kg|\d+k (?:steps|run|race)|5k|10k|chocolate|sugar|sweets|candy|coffee|cigarettes?|nicotine|vape|food|carbs|pizza|salt|snacks?|sleep|nap|rest)\b/,
    },
  ),

  rule(
    "misuse.plain_more",
    "misuse",
    "moderate",
    any(
      "(?:split|splitting|divide|dividing) (?:the |my )?(?:weekly |monthly )?(?:dose|doses|lozenges?|troches?) (?:\\w+ ){0,4}?(?:every day|daily|more often)",
      "(?:used to sell|sells|selling|dealt) (?:k|ket|ketamine)[^.!?\\n]{0,80}(?:his number|her number|pulling it up|call (?:him|her))",
      "(?:said|told \\w+(?: \\w+)?) (?:that )?my (?:bottle|lozenges|troches|meds|script|prescription) (?:spilled|got lost|was stolen|fell)",
      "(?:ordered|bought|got) (?:some|it|k|ket|ketamine) (?:from|off) (?:a |some )?(?:site|website|vendor|guy) (?:overseas|abroad|on telegram|on the dark web)",
      "(?:crush|crushing|crushed) (?:and )?(?:snort|snorting|snorted)|snort(?:ing)? (?:the |my )?(?:troche|lozenge|tablet)",
      "(?:get|gets|got|sell|sells) me (?:some )?(?:k|ket|ketamine|special k)\\b",
      "(?:take|taking|do|doing) (?:tomorrows|the next|next weeks|saturdays|sundays|\\w+days) dose (?:tonight|today|now|early|too)",
      "(?:valium|xanax|klonopin|ativan|benzos?|nyquil|sleeping pills)[^.!?\\n]{0,40}(?:with|on top of) (?:the |my )?(?:spray|dose|lozenge|troche|ketamine)",
    ),
    {
      gate: /split|divid|sell|dealt|said|told|order|bought|got|crush|snort|get|take|taking|do|valium|xanax|klonopin|ativan|benzo|nyquil|sleeping/,
      self: "strict",
    },
  ),
];

/** After-dose signs that persist or alarm, in everyday words. */
export const MEDICAL_PLAIN_RULES: Rule[] = [
  rule(
    "medical.after_dose.plain",
    "medical",
    "moderate",
    any(
      "(?:vomit(?:ed|ing)?|threw up|throwing up|puking|puked|coughing up|coughed up) (?:\\w+ ){0,2}?blood",
      "(?:still|keep|kept) (?:\\w+ )?(?:floating|outside my body|dissociat\\w+|detached|disoriented|out of it|seeing things|hearing things)[^!?\\n]{0,80}(?:yesterdays|yesterday|a day later|days? later|since the (?:dose|session|infusion)|(?:\\d+|two|three) days|that was|cant get back)",
      "(?:talking|talked|talks) to (?:people|someone|things|somebody) (?:who|that) (?:werent|wasnt|were not|was not) there",
      "(?:keeps|kept) asking (?:what day it is|where (?:she|he) is|where (?:her|his) car is)",
      "(?:disoriented|confused|out of it|foggy)[^.!?\\n]{0,30}(?:a day later|days? later|next day)|blanked on my (?:\\w+ )?(?:kids|sons|daughters|husbands|wifes|own) name",
    ),
    {
      gate: /vomit|threw|throwing|puk|cough|still|keep|kept|talk|asking|disorient|confus|out of it|foggy|blank/,
      unless:
        /\b(?:dementia|alzheimer|my (?:grand)?(?:mom|mum|dad|ma|pa) (?:has|is)|drunk|hangover|movie|tv show|the show|a show|game)\b/,
    },
  ),

  rule(
    "medical.plain_more",
    "medical",
    "moderate",
    any(
      "(?:pee|urine|piss) (?:\\w+ ){0,5}?(?:red|pink|bloody|blood)",
      "heart (?:keeps|kept|is|has been) (?:skipping|racing|pounding|fluttering|jumping)",
      "(?:see|seeing|saw) (?:people|someone|things|shadows|figures) (?:standing|sitting|moving|in the corner|that (?:arent|werent) there)[^.!?\\n]{0,40}(?:hrs?|hours) after",
      "(?:threw up|throwing up|vomited|vomiting|puked|puking) (?:like |about )?(?:\\d+|several|many|so many) times|(?:cant|can not|cannot) keep (?:water|anything|fluids|food) down",
      "(?:throwing up|vomiting|puking) (?:\\w+ ){0,3}?(?:since (?:the|my|last|this|she|he|around)|every \\d+ minutes|all night|non stop|nonstop)",
      "chest (?:squeezing|crushing|tight|tightness)[^.!?\\n]{0,60}(?:arm|jaw) (?:feels )?(?:heavy|numb|tingling|hurts)|left arm (?:feels )?(?:heavy|numb)",
    ),
    {
      gate: /pee|urine|piss|heart|see|saw|threw|throw|vomit|puk|keep|chest|arm/,
      unless:
        /\b(?:dementia|alzheimer|drunk|hangover|movie|tv show|game|food poisoning|stomach bug|flu|pregnan\w*|beets?|workout|running|ran|cardio|laughing)\b/,
    },
  ),
];
