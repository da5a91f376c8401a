import { any, type Rule, rule } from "./rules.ts";

// Long posts (tune/posts-4) where the risk is one clause among many: "thoughts about checking
// out", plans that stop at next month, a mind made up beside a bottle kept; on a bridge saying
// where so nobody looks long; a lighter held "to the inside of my arm"; a dose put aside each
// time; craving the feeling itself; a son who holds the pension and the key; blurred sight
// for hours; a vivid picture of cracking something over a boss's head (low).

export const POSTS_ROUND_16_RULES: Rule[] = [
  rule(
    "suicide.posts.round_16",
    "suicide",
    "moderate",
    "(?:thoughts|thinking|thought) (?:about|of) (?:checking out|not being here|ending things|just stopping)(?! (?:of|from) (?:the|this|my) (?:hotel|job|group|library|shop|store))",
    {
      self: "strict",
      negatable: false,
      time: "state",
      unless:
        /\b(?:id had|i had had|used to have|back then|before (?:the|this) (?:programme|program|treatment))\b/,
    },
  ),
  rule(
    "suicide.posts.round_16.burden",
    "suicide",
    "low",
    any(
      "(?:dont|do not|stopped|no longer|dont really) (?:make|making) (?:any )?plans (?:past|beyond|for after) (?:next|this|the end of (?:the|this)) (?:month|week|year|summer)",
      "theyd (?:get|have) their (?:\\w+ ){0,2}back|what (?:everyone|they|my family) (?:gives?|gave) up because of me",
    ),
    { self: "strict", negatable: false },
  ),
  rule(
    "suicide.posts.round_16.decided",
    "suicide",
    "high",
    any(
      "(?:since|now that|once) i (?:made|have made|finally made) up my mind(?: about (?:a few things|it|things))?",
      "(?:didnt|dont|do not|did not) want anyone to have to look (?:for (?:long|me)|too long)|the railings? (?:is |are |s )?lower than i (?:remembered|thought)",
    ),
    {
      self: "strict",
      negatable: false,
      requires:
        /\b(?:oxy\w*|pills|tablets|bottle|gun|rifle|rope|bridge|railings?|river|ledge|roof|the 1\dth|the 2\dth|tonight|goodbye|love her|love him)\b/,
    },
  ),
  rule(
    "self_harm.posts.round_16",
    "self_harm",
    "high",
    "(?:held|pressed|put|holding|pressing) (?:a |the |my )?(?:hot )?(?:lighter|flame|match|cigarette|iron|blade|knife) (?:to|on|onto|against) the (?:inside|back|top|soft part|underside) of my (?:arm|arms|wrist|wrists|thigh|thighs|leg|hand|forearm)",
    { self: "strict", negatable: false },
  ),
  rule(
    "misuse.posts.round_16",
    "misuse",
    "moderate",
    any(
      "(?:putting|put|set|setting|keeping|kept) one aside (?:each|every) time|a little stash (?:in|of)",
      "(?:craving|crave|craves|craved) (?:it|the (?:feeling|infusion|infusions|session|sessions|k|ketamine|lozenge|troche)s?)(?: like| so| again| already)",
      "(?:find|finding|get|getting) (?:a way to get )?more (?:of it )?(?:in between|between (?:sessions|infusions|doses))|(?:online )?clinics that (?:mail|post|ship) it",
    ),
    {
      self: "strict",
      negatable: false,
      requires: /\b(?:infusions?|sessions?|lozenges?|troches?|doses?|ketamine|k|spray)\b/,
    },
  ),
  rule(
    "abuse.posts.round_16",
    "abuse",
    "moderate",
    any(
      "(?:has|keeps|took|holds|kept) my (?:bank card|bank cards|pension|cards|passport|pension book)(?! (?:safe for|for safe))",
      "(?:an |the )?account (?:he|she|they) controls|(?:locking|locks|locked) the (?:front )?door and (?:keeping|keeps|kept) the key",
      "(?:listens|listening|listened) (?:in )?on (?:the extension|my calls|my phone calls)",
    ),
    {
      negatable: false,
      unless: /\b(?:at my request|i asked (?:him|her) to|power of attorney i (?:gave|signed))\b/,
    },
  ),
  rule(
    "abuse.posts.round_16.fear",
    "abuse",
    "low",
    "walking on eggshells in my own (?:home|house|room|flat)|(?:says|said|tells me) i (?:owe|d be on the street without) (?:him|her)",
    { negatable: false },
  ),
  rule(
    "harm_to_others.posts.round_16",
    "harm_to_others",
    "low",
    "(?:pictured|imagined|picture|imagine|picturing|imagining) (?:\\w+ ){0,8}?(?:cracking|smashing|breaking|bringing) (?:it |that |the \\w+ )?(?:down )?(?:over|on|into|across) (?:his|her|their) (?:head|face|skull)",
    { negatable: false },
  ),
  rule(
    // A carer writing for the patient: "she had a seizure after her home dose".
    "medical.carer.seizure",
    "medical",
    "high",
    "(?:she|he|they|my (?:wife|husband|partner|mum|mom|dad|son|daughter))(?: has| had| is| was)? (?:had|having|has had|just had) (?:a )?(?:seizure|fit|convulsion)s?(?! of (?:rage|laughter|giggles))",
    {
      negatable: false,
      requires:
        /\b(?:after (?:her|his|their|the) (?:home )?(?:dose|session|lozenge|troche|infusion)|since (?:her|his|the) (?:dose|session))/,
    },
  ),
  rule(
    "medical.posts.round_16",
    "medical",
    "low",
    "(?:vision|eyes|sight) (?:was|were|stayed|has been) (?:still )?(?:blurry|blurred|fuzzy|double) for (?:quite )?(?:a few|several|many|hours|most of the) ?(?:hours|evening|day|night)?",
    { negatable: false, requires: /\b(?:session|lozenges?|troches?|dose|infusion|ketamine)\b/ },
  ),
];
