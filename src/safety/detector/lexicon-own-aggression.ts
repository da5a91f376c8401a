import { type Rule, rule } from "./rules.ts";

// The patient's own hands on someone at home, told as it happened ("i grabbed him by the collar
// and pushed him against the wall. he's 15"): harm to others, whatever words of fear follow. Told
// of someone else it is abuse (lexicon-round-19-others.ts); childhood memories are history.

const FAMILY =
  "(?:(?:my )?(?:son|daughter|kid|kids|child|boy|girl|toddler|baby|wife|husband|partner|mum|mom|mother|dad|father|brother|sister|gf|bf|girlfriend|boyfriend)|him|her|them)";

export const OWN_AGGRESSION_RULES: Rule[] = [
  rule(
    "harm_to_others.own_aggression.hands_on",
    "harm_to_others",
    "moderate",
    `(?<=\\bi )(?:grabbed|shoved|pushed|slammed|threw|shook|pinned|dragged) ${FAMILY} (?:\\w+ ){0,3}?(?:by (?:the|his|her|their) (?:collar|throat|neck|hair|shirt)|(?:against|into) (?:the|a) (?:wall|door|fridge|floor|counter)|(?:to|on|onto) the (?:floor|ground)|down the stairs)`,
    {
      negatable: false,
      unless:
        /\b(?:as a (?:kid|child|teen)|when i was (?:a |little|young|small|\d+)|growing up|in (?:a |the )?(?:dream|nightmare)|playing|wrestling|rough ?housing|tickl\w*|out of the way of|to safety|from (?:the|a) (?:car|road|fire|street)|to stop (?:him|her|them) (?:from )?(?:falling|running|going)|into the road)\b/,
    },
  ),
];
