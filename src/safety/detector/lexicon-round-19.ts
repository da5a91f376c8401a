import { any, type Rule, rule } from "./rules.ts";

// Round 19 (tune/round-18.jsonl): the act's place or means named at the moment of writing,
// without a suicide word ("writing this from the ledge", "guns loaded and in my lap", "at the
// tracks, next one comes at 10:40"); a lethal place visited to look; and another person's
// goodbye told with worry ("posted goodbye world and isnt answering"), at low.

const PLACE =
  "(?:ledge|roof|rooftop|bridge|edge|tracks|train tracks|railway|cliff|overpass|top floor|top of the (?:parking )?(?:garage|building|car park))";
const MEANS_HELD =
  "(?:razor|razors|blade|blades|knife|pills|the bottle|gun|pistol|rope|cord|belt|noose|toaster|hair ?dryer)";
/** A photo, a view, a class: being at a high place for its own sake. */
const SIGHTSEEING =
  /\b(?:pics|pictures|photos?|photography|sunset|sunrise|view|selfie|lol|lmao|hike|hiking|tour|roofer|roofing|gutters|shingles|fixing|repair\w*|train ?spotting)\b/;

export const ROUND_19_RULES: Rule[] = [
  rule(
    "suicide.round_19.means_now",
    "suicide",
    "imminent",
    any(
      `(?:writing|typing|texting|posting|sending) (?:this |you )?(?:from|on) (?:the |a |this )?${PLACE}`,
      `(?:train )?tracks[^.!?\\n]{0,60}(?:next (?:one|train)|comes at|due at|\\d{1,2}:\\d\\d)|next (?:train|one) (?:comes|is due|passes) (?:at|in) \\d`,
      "(?:gun|guns|gun is|guns|pistol|pistols) (?:is |s )?(?:loaded|cocked)[^.!?\\n]{0,30}(?:in my (?:lap|hand|hands|mouth)|next to me|on my (?:lap|bed|knee))",
      "(?:loaded|cocked) (?:gun|pistol|rifle|shotgun) (?:is )?(?:in my (?:lap|hand|hands|mouth)|next to me|on my (?:lap|knee))",
      `(?:im|i am|sitting|lying) in the (?:bath|bathtub|tub)[^.!?\\n]{0,30}\\bwith (?:the |a |my )?${MEANS_HELD}`,
      "(?:cord|rope|noose|belt|ligature) (?:is )?(?:tied(?: off| up)?|up|set up|hanging) (?:in|from|on|to) (?:the |my )?\\w+[^\\n]{0,60}(?:waiting (?:till|until|for)|tonight|once|when (?:she|he|they|my \\w+) (?:leaves?|goes|is asleep))",
    ),
    { negatable: false, unless: SIGHTSEEING },
  ),
  rule(
    "suicide.round_19.place_scouted",
    "suicide",
    "high",
    any(
      `(?:drove|went|walked|been going|keep going|keep driving) (?:out )?to the (?:bridge|cliff|tracks|overpass|roof|parking garage|quarry|dam)[^.!?\\n]{0,40}(?:just to look|to look|to see it|to check)`,
      "i know (?:where|which|exactly where) (?:the )?(?:railing|fence|barrier|rail|wall|drop|spot|gap) is (?:lowest|highest|easiest|weakest|shortest|lower)",
    ),
    { negatable: false, unless: SIGHTSEEING },
  ),
  rule(
    "suicide.round_19.jump_thoughts",
    "suicide",
    "moderate",
    "(?:thoughts?|thinking|think) (?:about|of) (?:jumping|falling|going over)[^.!?\\n]{0,30}(?:balcony|ledge|bridge|roof|window)",
    { unless: SIGHTSEEING },
  ),
  rule(
    "suicide.round_19.other_goodbye",
    "suicide",
    "low",
    any(
      "(?:posted|texted|sent|wrote|left) (?:me |us |everyone )?(?:a |this )?(?:weird |strange |long |random )?(?:goodbye|good bye|farewell)(?: (?:world|post|message|text|to everyone))?[^\\n]{0,120}(?:not answering|isnt answering|wont answer|not picking up|isnt picking up|hasnt answered|not responding|car is gone|cant reach|not at)",
      "(?:goodbye world|take care of (?:your |my )?(?:\\w+ )?for me)[^\\n]{0,120}(?:not answering|not picking up|hasnt answered|isnt answering|not responding|car is gone|out of nowhere)",
    ),
    { negatable: false },
  ),
];
