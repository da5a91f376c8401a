import { any, type Rule, rule } from "./rules.ts";

// Round-10 farewells and dates without a death word (issue 15): thanks with an appointment
// given up, "it's not your fault, you tried", a goodbye the other did not know was one, a date
// kept secret or picked, "soon they won't have to worry", a note written, things given away
// "because I won't need them", a peace made; and the passive wishes told softly ("evaporate",
// "slip away", writing one's own obituary). Each has its everyday twin in tune-9.

const DAY =
  "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today|next week|this weekend|the weekend|the \\d+(?:st|nd|rd|th)?)";
/** Ordinary reasons to cancel, move on, or sell: the farewell reading does not hold. */
const ORDINARY_REASON =
  /\b(?:because (?:im|i am|we are|were) (?:moving|switching|changing|feeling better|doing better|better)|moving|moved|new (?:clinic|doctor|job|one|place|city)|another (?:clinic|provider|doctor)|switch(?:ing)? to|insurance|reschedul|cancel+ing because|feeling (?:so much )?better|doing (?:great|well|better|fine|so well)|signed off|all clear|finished (?:the|my) (?:course|treatment|program)|graduat|discharged|now that|upgrade|bought a new|getting a new|since i (?:got|have|bought)|declutter|downsiz|clear(?:ing)? out|minimalis)\b/;

/** Events a date is set for. */
const NO_PLAN =
  /\b(?:wedding|party|game|match|move|moving|surgery|interview|exam|birthday|trip|holiday|vacation|launch|concert|race|gig|baby|shower|reveal|appointment|graduation|surprise|gender|due date|anniversary (?:dinner|party|trip)|proposal|closing|court|hearing)\b/;

/** Farewell and date shapes, read like the other lexicons (self-checked, negation-checked). */
export const FAREWELL_RULES: Rule[] = [
  rule(
    "suicide.farewell.no_more_appointments",
    "suicide",
    "high",
    "(?<=\\b(?:wont|will not|am not going to|dont think ill) (?:be )?)(?:needing|need) (?:the|my|any|another|a) (?:next )?(?:more )?(?:appointments?|sessions?|refills?|prescriptions?|check ?ups?|follow ?ups?)(?: (?:anymore|after (?:this|today)|ever again))?",
    {
      self: "strict",
      // The negation is part of the shape ("won't be needing", "not telling", "if i don't").
      negatable: false,
      unless: ORDINARY_REASON,
    },
  ),
  rule(
    "suicide.farewell.not_your_fault",
    "suicide",
    "high",
    "(?<=\\b(?:want|need) (?:you|you all|everyone|all of you|them|you guys|yall|my \\w+) to know (?:that )?(?:its|it is|it was|this is|this isnt|it isnt|it wasnt) (?:not )?)(?:anyones|anybodys|your|their|yalls|nobodys) fault(?: \\w+){0,4}?[.,!\\s]+(?:you tried|you did (?:everything|your best)|i tried|im (?:just )?(?:so )?tired|i love you|im sorry|thank you|thanks for)",
    {
      self: "strict",
      negatable: false,
    },
  ),
  rule(
    "suicide.farewell.secret_goodbye",
    "suicide",
    "high",
    any(
      "(?:said|say|saying|told) (?:bye|goodbye|good bye|my goodbyes?)(?: to)?(?: \\w+){0,3}? without (?:her|him|them|anyone|any of them|my \\w+) (?:knowing|realising|realizing)",
      `(?<=\\b(?:ill|i will|im going to|i am going to|gonna) be )gone by ${DAY}`,
    ),
    {
      self: "strict",
      unless:
        /\b(?:trip|flight|holiday|vacation|back (?:on|by|in)|moving|move out|new job|college|uni|school|work trip|deploy|business)/,
    },
  ),
  rule(
    "suicide.plan.secret_date",
    "suicide",
    "high",
    any(
      "(?<=\\b(?:not|wont|will not|not going to|never|cant) )tell(?:ing)? (?:anyone|anybody|you|them|my \\w+|a soul) (?:the|my|which) (?:date|day|night|plan|when)",
      "(?:picked|chose|chosen|set|decided on|settled on) (?:a|the|my) (?:date|day|night|anniversary)(?: of (?:my|his|her|their) \\w+(?: \\w+)?)?(?=$|[.!,;]| its| it is| and| for (?:it|me)| two| next| in)",
      `(?:^|(?<=[.!?,] )|(?<=\\n))${DAY} is the (?:day|night|date)(?=$|\\s*[.!;\\n])`,
    ),
    {
      gate: /\btell|(?:picked|chose|chosen|set|decided on|settled on) (?:a|the|my) (?:date|day|night|anniversary)|is the (?:day|night|date)/,
      self: "strict",
      // The negation is part of the shape ("won't be needing", "not telling", "if i don't").
      negatable: false,
      unless: NO_PLAN,
    },
  ),
  rule(
    "suicide.farewell.wont_have_to",
    "suicide",
    "high",
    "(?:soon|after (?:tonight|this week|friday)|before long|shortly) (?:(?:they|you|nobody|no one|noone|everyone|you all|yall|my family)(?: all)? (?:wont|will not|will never|wont ever|wont need to|dont)|(?:nobody|no one|noone) (?:will|will ever|is going to)) (?:have to|need to|be able to)?(?: (?:worry|deal|bother|care|put up))?(?: about me| with me)?(?=$|[.!,;\\s])",
    {
      self: "strict",
      unless:
        /\b(?:better|heal|recover|moving|move out|graduat|job|independent|grown|adult|retire|paid off|pay (?:it|them) back)/,
    },
  ),
  rule(
    "suicide.farewell.note_written",
    "suicide",
    "high",
    "(?:wrote|written|writing|finished|left|sealed) (?:my|the|a) (?:last |final |goodbye )?(?:note|letter)(?=$|\\s*[.!;\\n]| and| for (?:my|them|her|him|everyone|the kids)| already| last night| today)(?! for (?:my |the )?(?:landlord|school|teacher|boss|work|doctor|neighbou?r|babysitter|sitter|delivery|mailman|postman))",
    {
      self: "strict",
      unless:
        /\b(?:grocery|shopping|thank you|birthday|card|class|lecture|permission|sick note|doctors note|school|teacher|landlord|lunchbox|fridge|delivery|neighbou?r)/,
    },
  ),
  rule(
    "suicide.farewell.wont_need_it",
    "suicide",
    "high",
    any(
      "(?:sold|selling|gave away|giving away|gave|giving|left|leaving|donated) (?:\\w+ ){0,5}?(?:because|since|cause|bc|as) i (?:wont|will not|wont be|dont|will never) (?:need|needing|use|using)(?:ing)? (?:it|them|any of it|any of them)(?: (?:anymore|where im going|after))?",
      "(?:wrote|writing|written|worked|figured|decided|sorted|planned) (?:out )?who (?:gets|will get|should get|can have|is getting) my (?:stuff|things|belongings|cat|dog|pets?|savings)",
      "(?:gave|given|giving) (?:away )?my (?:cat|dog|pets?|kitten|puppy|bird|rabbit) (?:away )?to (?:my |a |the )?(?:\\w+ )?(?:neighbou?r|friend|sister|brother|mom|mum|mother|dad|cousin|aunt|coworker)(?: \\w+)?(?=$|[.!,;]| this| today| yesterday| last| and)",
    ),
    {
      self: "strict",
      unless: ORDINARY_REASON,
    },
  ),
  rule(
    "suicide.farewell.made_peace",
    "suicide",
    "moderate",
    "(?<=\\b(?:ive|i have|i) (?:finally )?)made (?:my )?peace(?: with (?:it|everything|this|that|dying|it all|my decision|the decision|leaving|going))?(?=$|\\s*[.!;\\n]| now| and| so)",
    { gate: /peace/, self: "strict" },
  ),
  rule(
    "suicide.farewell.not_see_sunrise",
    "suicide",
    "high",
    "(?<=\\bif i (?:dont|do not|never|dont ever|wont) )(?:see|make it (?:to|through)|live to see|wake up to|get to see)(?: \\w+){0,2}? (?:the )?(?:sunrise|sun rise|morning|tomorrow|the night|another day|next week|the weekend|my birthday)(?:[^.!?\\n]{0,40}[.!,\\s]+)(?:just )?(?:know|remember|tell|i tried|i love|im sorry|forgive)",
    {
      self: "strict",
      // The negation is part of the shape ("won't be needing", "not telling", "if i don't").
      negatable: false,
      unless:
        /\b(?:session|meeting|class|appointment|traffic|bus|train|shift|flight|game|party|deadline|match)/,
    },
  ),
  rule(
    "suicide.plan.conditional_deadline",
    "suicide",
    "high",
    any(
      "(?<=\\bif (?:this|it|the (?:next )?(?:\\w+ )?(?:round|session|treatment|course|med|medication|try)|ketamine|the ketamine) )(?:doesnt|does not|dont|wont|will not|isnt going to|fails to) (?:work|help|change anything)(?: \\w+){0,4}?[,\\s]+(?:then )?(?:thats it|that is it|im done|i am done|im out|ill end it|ill do it|its over|im gone)(?=$|[.!,;\\s])",
      "(?<=(?:^|[.!?,] |\\n|but )i (?:have|ve got|got|already have) a )(?:way|method)(?=\\s*[.!;\\n]|$| (?:to do it|to end|figured|worked|sorted|ready|picked|planned))",
    ),
    {
      self: "strict",
      unless:
        /\b(?:diet|business|job|relationship|marriage|school|exam|project|career|plan b|move on|quit (?:the|my) job|switch|try something else|try another)/,
    },
  ),
  // Passive wishes told softly (low): the sentence has no death word but a wish to stop being.
  rule(
    "suicide.passive.evaporate",
    "suicide",
    "low",
    "(?<=\\b(?:wish|want|wanna|wanted|ready|long|need) (?:i could |to |i would |id |i can )?(?:just )?(?:quietly |peacefully |slowly )?)(?:evaporate|dissolve|fade away|cease to exist|melt away into nothing|slip away|stop existing|be erased|blink out)(?: (?:quietly|peacefully|forever|for good|in my sleep))?(?=$|[.!,;\\s])",
    {
      self: "strict",
      hyperbole: true,
      unless:
        /\b(?:heat|humid|sweat|party|early|meeting|dinner|office|wedding|class|event|embarrass|cringe|awkward|stain|crowd|room|conversation|call)/,
    },
  ),
  rule(
    "suicide.passive.obituary",
    "suicide",
    "low",
    "(?:writing|wrote|write|planning|planned|plan|composing|drafting|thinking about) (?:my|my own) (?:obituary|eulogy|funeral|headstone|epitaph)",
    {
      self: "strict",
      unless:
        /\b(?:terminal|palliative|hospice|prepaid|pre paid|insurance|will and|estate|lawyer|class|assignment|exercise|homework|workshop)/,
    },
  ),
  rule(
    "suicide.passive.stick_around",
    "suicide",
    "low",
    any(
      "(?<=\\b(?:dont think|not sure|doubt|dont know if|dont see) (?:ill|i will|id|i would|i can|i could|myself) (?:stick|stay|be|hang) )around(?: (?:much longer|long|for long|after that|after (?:she|he|they) (?:goes|go|dies|die)))?(?=$|[.!,;\\s])",
      "only (?:reason|thing) (?:im|i am|keeping me|that keeps me) (?:still )?(?:here|alive|going|around)(?: is| are)",
    ),
    {
      self: "strict",
      negatable: false,
      unless:
        /\b(?:party|event|concert|meeting|session|lunch|dinner|wedding|job|town|city|company|team|work|school|club|group chat|server|house|flat|apartment|country)/,
    },
  ),
];
