import { any, INT, type Rule, rule } from "./rules.ts";

// Misuse: ketamine (or another drug) taken beyond the treatment plan, from a supply at home
// or bought elsewhere, or a craving to redose. Moderate, alert to the physician.

const DRUG =
  "(?:ketamine|ket|special k|k|troches?|lozenges?|esketamine|spravato|mdma|molly|coke|cocaine|xanax|benzos|oxy|pills|weed|shrooms|acid|lsd|dmt|meth|heroin|fentanyl)";
const DOSE =
  "(?:dose|doses|troche|troches|lozenge|lozenges|ketamine|tablet|tablets|bump|bumps|line|lines|hit)";

/** Taking or seeking ketamine or other drugs outside the plan. */
export const MISUSE_RULES: Rule[] = [
  rule(
    "misuse.beyond_plan",
    "misuse",
    "moderate",
    any(
      `(?:took|taken|take|taking|had|used|using|did|do|snorted|dosed|redosed) (?:an? )?(?:extra|another|a second|a third|second|double|a double|two|three|more|some more|an additional) ${INT}(?:\\w+ )?${DOSE}`,
      `(?:took|take|taking|used|had|dosed) (?:\\w+ ){0,3}?(?:more|higher|stronger|bigger|twice|double)(?: \\w+){0,2}? than (?:prescribed|i was (?:told|prescribed|supposed to)|my (?:dose|prescription|plan)|the plan|(?:my|the) (?:doctor|clinic|psychiatrist) (?:said|told|prescribed))`,
      `(?:using|used|taking|took|doing|did) (?:k|ket|ketamine|special k) (?:between|outside (?:of )?) (?:the |my )?(?:sessions|doses)|(?:redos(?:e|ed|ing)|re dos(?:e|ed|ing)|dosed again|took (?:it|some|one) again|took (?:more|another) (?:on my own|without)|(?:between|outside (?:of )?) (?:the |my )?sessions? i (?:took|take|used|use|did))`,
      `(?:my own|leftover|left over|spare|saved|a stash of|my stash of|extra) (?:\\w+ )?(?:ketamine|ket|supply|stash|troches|lozenges|spravato)|(?:ketamine|ket|troches|lozenges) (?:\\w+ ){0,2}?(?:in my (?:drawer|cupboard|room|bag|car)|saved up|hidden)|(?:ketamine|ket|troches|lozenges) (?:stashed|hidden|saved|tucked|squirrel\\w*) (?:away )?at home|(?:kept|keeping|saved|saving|hid|hiding) (?:some|a few|back|a couple)(?: \\w+){0,2}? (?:troches|lozenges|doses|ketamine)`,
      // A supply older than the program is not the program's ("ketamine at home from before").
      `(?:ketamine|ket|troches|lozenges|spravato)\\b[^.!?\\n]{0,40}?\\b(?:from|since) (?:before|a previous|my old|my last|an old|another) (?:the |this |my )?(?:program|programme|treatment|clinic|prescription|script|doctor)|(?:ketamine|ket|troches|lozenges) (?:\\w+ ){0,2}?left ?over from|(?:used|took|had|did) (?:some|a bit|a little) of (?:the|my) (?:ketamine|ket|troches|lozenges) (?:that )?i (?:keep|kept|have|had|saved|stashed|hid) (?:at home|in my|hidden)`,
      `(?:bought|buy|buying|got|get|getting|ordered|order|ordering|scored|score|picked up|sourced) (?:\\w+ ){0,2}?${DRUG}(?: \\w+){0,3}? (?:online|off (?:a|my|some) (?:friend|dealer|mate|guy|coworker)|from (?:a|my|some) (?:friend|dealer|guy|mate|coworker|website)|on the street|off the street|dark ?web|elsewhere|somewhere else|without (?:a )?(?:prescription|script))`,
      `(?:using|used|taking|took|had|got|getting|get) (?:\\w+ ){0,2}?${DRUG} (?:\\w+ ){0,2}?from (?:a|my|some) (?:friend|mate|dealer|guy|coworker|website|pal|neighbou?r)`,
      `(?<!(?:should|can|could|do|may|to|i|we|much|many|water) )(?:glass|glasses|pints?|shots?|beers?|drinks?|wine|vodka|gin|whisky|whiskey|cans?) (?:of \\w+ )?(?:on top of|with|before|after|alongside) (?:my|the) (?:troche|lozenge|dose|session|ketamine|spray)`,
      "(?:took|take|taking|had|used|did) (?:double|twice|triple|two times|three times) (?:my|the) (?:usual |normal |prescribed |regular )?(?:dose|amount|troche|lozenge)",
      `(?:craving|crave|craves|cravings for|urge to|urges to|want to|wanna|tempted to|itching to|cant stop thinking about|need to|dying to) ${INT}(?:redose|re dose|dose again|take (?:more|another|some more|it again)|do (?:more|another|it again|some more) ${DOSE}|(?:more )?ketamine(?! session| appointment| treatment| therapy)|another (?:dose|troche|lozenge|bump|hit|line)|(?:the )?next dose (?:now|already|early))`,
      `(?:mixed|mixing|mix|combined|took) (?:it|ketamine|ket|k|(?:the|my) (?:troche|lozenge|dose|spray|ketamine|meds))s? with (?:\\w+ ){0,3}?(?:alcohol|wine|beers?|vodka|booze|xanax|benzos|weed|coke|mdma|molly|other drugs|drinks?)|(?:drank|drinking|had (?:a few|a couple of|some|two|three) (?:drinks|beers|wine)) (?:\\w+ ){0,3}?(?:before|after|with|on top of) (?:my|the) (?:dose|session|troche|lozenge|ketamine)`,
    ),
    {
      gate: /took|taken|take|taking|had|used|using|did|do|snort|dose|redos|between|outside|own|home|left|spare|saved|stash|extra|ketamine|ket|troche|lozenge|kept|keep|sav|hid|bought|buy|got|get|order|score|picked|source|crav|urge|want|wanna|tempt|itch|stop|need|dying|mix|combin|drank|drink/,
      self: "strict",
      topic: false,
      unless:
        /\b(?:prescribed (?:me|an? extra)|doctor (?:said|told|okayed|approved)|as prescribed|clinic (?:said|says|told|tells|approved|allows)|if (?:the|my) (?:clinic|doctor|psychiatrist|team)|the plan is|allowed|per the plan|part of the plan|(?:can i|should i|is it (?:ok|okay|safe) to|ok to|okay to|safe to) (?:have|drink) (?:a |some |any )?(?:glass|glasses|pint|beer|beers|wine|drink|drinks|shot|can))\b/,
    },
  ),
];
