import { any, type Rule, rule } from "./rules.ts";

// Round 23: what the learned scorer caught alone until its retrain with the round-22 sets (EN
// round-22, posts-9, violence-9) dropped these tune lines, so the rules read them themselves:
// whether two substances together stop your breathing or heart ("ketamine and a lot of alcohol
// together"), a lethality question whoever it is asked for; old prescriptions kept "just in case"
// with the case known; a gun wanted without a background check, soon; abuse going on now.
// Round 24 (violence-10, tune): abuse of another heard or seen now, told with its signs (bruises
// explained away, keys taken, a grab by the neck, a thud and then quiet), and messages watched.
// The round-23 retrain (violence-10, round-23, posts-10 added) dropped more, now read here: gas
// on with the windows shut, a blade held now "if im going to stop this time", a razor in the
// bath, whether swallowing so many would kill, knowing now why people hurt themselves, killing
// him "and me", and ketamine to knock someone out.

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

  rule(
    "abuse.round_24.witnessed_now",
    "abuse",
    "high",
    any(
      "(?:hear|see|watching|can hear|can see) (?:my |the |our |his |her )?(?:\\w+ ){0,2}(?:hitting|beating|choking|strangling|kicking|slapping|punching) (?:my|his|her|the|their|our) (?:\\w+ )?(?:brother|sister|son|daughter|kid|kids|baby|mom|mum|mother|dad|wife|husband|gf|girlfriend|bf|boyfriend|dog)",
      "(?:is|s) (?:choking|strangling|beating|hitting|punching|kicking) (?:his|her|my|their) (?:gf|girlfriend|wife|bf|boyfriend|husband|kids?|son|daughter|brother|sister|mom|dad|baby)\\b[^\\n]{0,40}(?:right now|in the \\w+|wont stop|again)",
    ),
    {
      negatable: false,
      unless: /\b(?:game|movie|show|wrestling|play fight\w*|tickl\w*|pillow fight)\b/,
    },
  ),
  rule(
    "abuse.round_24.signs_told",
    "abuse",
    "low",
    any(
      "(?:bruises|black eye|a split lip)[^\\n]{0,60}(?:says|said|claims|swears) (?:\\w+ ){0,2}(?:was|is|were) (?:just )?(?:stressed|drunk|angry|tired|having a bad)",
      "(?:took|takes|hides|hid|keeps) (?:her|his) (?:car )?keys[^\\n]{0,30}(?:wont|doesnt|won t|will not) let (?:her|him) (?:leave|go)",
      "grabbed (?:her|him) by the (?:neck|throat)",
      "screaming[^\\n]{0,40}(?:big |loud )?thud[^\\n]{0,80}(?:quiet|silent|nothing)",
    ),
    { negatable: false },
  ),
  rule(
    "abuse.round_24.watched_messages",
    "abuse",
    "moderate",
    "(?:he|she) (?:reads|checks|goes through|monitors) (?:every|all|each) (?:of )?(?:my )?(?:texts?|messages|calls)[^\\n]{0,80}(?:delete|not supposed to know|cant know|cant find out|finds out)",
  ),

  rule(
    "suicide.round_24.gas_sealed",
    "suicide",
    "imminent",
    "(?:turned|turn|left|put|have) (?:the )?(?:gas|oven|stove|car|engine) on[^\\n]{0,60}(?:shut|closed|sealed|taped|locked) (?:up )?(?:all )?(?:the )?(?:windows|doors|garage|vents|door)",
    {
      negatable: false,
      unless:
        /\b(?:cooking|baking|dinner|preheat\w*|pilot light|smell|leak|warm\w*|cold|heat\w*|defrost|roast\w*)\b/,
    },
  ),
  rule(
    "self_harm.round_24.blade_now",
    "self_harm",
    "imminent",
    "(?:holding|have|got|im holding) (?:the|a|my) (?:blade|razor|knife|box cutter)[^\\n]{0,20}(?:right now|rn|now)[^\\n]{0,60}(?:dont know if|not sure if|cant) (?:i|im) (?:\\w+ ){0,2}(?:stop|stopping)",
    { negatable: false },
  ),
  rule(
    "suicide.round_24.bath_blade",
    "suicide",
    "imminent",
    "(?:in|sitting in|lying in) the (?:bath|tub|bathtub)[^\\n]{0,40}(?:razor|blade|knife|box cutter)[^\\n]{0,20}(?:done|tonight|now|rn|goodbye|bye)",
    { negatable: false, unless: /\b(?:shav\w*|legs|beard)\b/ },
  ),
  rule(
    "suicide.round_24.swallowed_die",
    "suicide",
    "moderate",
    "(?:if|would|could) (?:someone|somebody|a person|i|you) (?:swallowed|took|ate|swallow|take) (?:\\d+|a (?:whole )?bottle of|a bunch of|all (?:my|the|of)) (?:\\w+ ){0,2}?(?:would|will|could|do) (?:they|i|you|he|she) (?:die|be dead|not wake up)",
    {
      negatable: false,
      unless: /\b(?:my (?:dog|cat)|the (?:dog|cat|kid|toddler) (?:ate|got into))\b/,
    },
  ),
  rule(
    "self_harm.round_24.get_why",
    "self_harm",
    "low",
    "i (?:get|understand|finally get|finally understand) (?:now )?why people (?:hurt|cut|harm|burn) themselves",
  ),
  rule(
    "suicide.round_24.and_me",
    "suicide",
    "moderate",
    "(?:kill|end|shoot) (?:him|her|them|my \\w+) and (?:me|myself)(?: both| too| after)?\\b",
    { negatable: false, unless: /\b(?:game|movie|lol|lmao)\b/ },
  ),
  rule(
    "misuse.round_24.to_knock_out",
    "misuse",
    "moderate",
    "(?:my|the|some of my) (?:ketamine|ket|lozenges?|troches?|doses?)[^\\n]{0,60}(?:knock (?:someone|somebody|him|her|them) out|in (?:their|his|her) drink|put (?:him|her|them) (?:under|out))",
    { negatable: false },
  ),

  rule(
    "suicide.round_24.thanks_no_next",
    "suicide",
    "high",
    // A farewell told as thanks with the next session declined (r17-265).
    "(?:thank(?:s| you) (?:to )?(?:everyone|all of you|you all)|kinder to me than)[^\\n]{0,200}(?:dont|do not|no) need to (?:book|schedule|see) me (?:in )?(?:for )?(?:the )?(?:next|again|anymore)",
    {
      negatable: false,
      unless:
        /\b(?:moving|new clinic|transfer\w*|graduat\w*|finished the (?:course|program)|insurance)\b/,
    },
  ),
];
