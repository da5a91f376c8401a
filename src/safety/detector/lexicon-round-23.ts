import { any, type Rule, rule } from "./rules.ts";

// Round 23: what the learned scorer caught alone until its retrain with the round-22 sets (EN
// round-22, posts-9, violence-9) dropped these tune lines, so the rules read them themselves:
// whether two substances together stop your breathing or heart ("ketamine and a lot of alcohol
// together"), a lethality question whoever it is asked for; old prescriptions kept "just in case"
// with the case known; a gun wanted without a background check, soon; abuse going on now.

export const ROUND_23_RULES: Rule[] = [
  rule(
    "suicide.round_23.mixed_lethal_question",
    "suicide",
    "high",
    any(
      "(?:is it true|can|could|does|do|would|will)(?: that)? (?:\\w+ ){0,3}?(?:ketamine|ket|pills|xanax|benzos?|opioids?|oxy|sleeping pills|tylenol|alcohol|vodka|drinks?) (?:and|with|plus|mixed with|on top of) (?:\\w+ ){0,4}?(?:together )?(?:can |could |would |will |really )?(?:stop (?:you|your|a person|someone|someones|people)(?:s)? (?:from )?(?:breathing|heart)|kill (?:you|a person|someone|people)|be (?:fatal|lethal|deadly|enough to die))",
    ),
    {
      unless:
        /\b(?:my (?:dog|cat)|the dog|the cat|warning label|pharmacology class|nursing school)\b/,
    },
  ),

  rule(
    "suicide.round_23.just_in_case_known",
    "suicide",
    "high",
    "(?:keep|keeping|kept|saving|saved|stash\\w*|hoard\\w*|hid\\w*) (?:\\w+ ){0,4}?(?:prescriptions|pills|meds|bottles|tablets)[^\\n]{0,60}just in case[^\\n]{0,40}(?:i know what|you know what|if you know what|we both know)",
    { negatable: false },
  ),
  rule(
    "suicide.round_23.gun_soon",
    "suicide",
    "high",
    "(?:get|buy|find) a (?:gun|firearm|pistol|handgun) (?:without|with no|and skip) (?:a |the )?(?:background check|waiting period)[^\\n]{0,60}(?:need it|by) (?:soon|tonight|today|this week|asap|fast|quick)",
    { negatable: false },
  ),
  rule(
    "abuse.round_23.ongoing_sexual",
    "abuse",
    "high",
    "(?:has been|have been|is|keeps|kept|been|still) (?:raping|molesting|sexually (?:abusing|assaulting)|touching) me\\b(?! in my dreams)",
    { unless: /\b(?:tickl\w*|cuddl\w*|massage)\b/ },
  ),
];
