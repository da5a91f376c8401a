import { any, type Rule, rule } from "./rules.ts";

// Self-harm in the words people use for it: "sh", lines counted, bites, a head hit against a
// door, skin scratched raw, keys dug into a palm, burns from an iron or a cigarette, blades
// bought and hidden, a time set aside for it, marks hidden from a nurse or a child.

const LIMB =
  "(?:arm|arms|hand|hands|wrist|wrists|leg|legs|thigh|thighs|hip|hips|ankle|ankles|palm|palms|skin|stomach|belly|shoulder|shoulders|finger|fingers|lip|chest)";

/** Self-harm acts, urges and concealment without the usual verbs. */
export const SELF_HARM_MORE_RULES: Rule[] = [
  rule(
    "self_harm.act.everyday",
    "self_harm",
    "moderate",
    any(
      "sh (?:again|tonight|last night|today)[^\\n]{0,60}(?:lines?|cuts?|cleaned|blade|razor|bleed|bled|burns?|dont tell|pls dont)|(?:self harm|selfharm|slef harm|self ham) (?:again|relapse|tonight|last night|today|urges? (?:are|r|is) back)|relapsed? (?:on|with|into) (?:sh|self harm)|(?:\\d+|two|three|four|five|a few|some) (?:new |more |fresh )?lines (?:tonight|today|again|last night|on my)",
      `bit (?:my own|my) ${LIMB} (?:so |really )?(?:hard|until|till|so hard)`,
      "(?:hit|hitting|bang|banged|banging|slam|slammed|slamming|smash|smashed) my head (?:on|against|into) (?:\\w+ ){0,3}?(?:until|till|over and over|again and again|on purpose|to make)",
      `scratch(?:ing|ed)? (?:my )?(?:${LIMB} )?(?:raw|until (?:it|they) bled?|till (?:it|they) bled?)`,
      `(?:dug|digging|dig|pressed|pressing|jabbed|jabbing|stabbed|stabbing) (?:my )?(?:keys|nails|fingernails|a pen|scissors|a pin|pins|a needle|a compass) into (?:my )?(?:\\w+ )?${LIMB}`,
      `(?:iron|lighter|cigarette|stove|curling iron) burns on my|(?:burn|burned|burnt|burning|doing it|press(?:ed|ing)? it) (?:myself |to my ${LIMB} |my ${LIMB} )?with (?:a |the |my )?(?:cigarettes?|lighter|iron|curling iron|stove|hot \\w+)|(?:the )?lighter and press it to my`,
      `hide (?:my |the |fresh |new |these )*(?:cuts|scars|marks|burns|wounds)|(?:saw|seen|noticed) (?:the )?(?:marks|cuts|burns) on my ${LIMB}[^.!?\\n]{0,80}(?:lied|cat scratched|said yes|hide|covered)`,
      "(?:i keep|keep|kept) doing it (?:with|to) (?:cigarettes|a lighter|the lighter|a blade|razors?)|asking (?:cuz|cause|because|bc) i keep doing it",
    ),
    {
      gate: /sh|self|slef|relaps|lines|bit|head|scratch|dug|dig|press|jab|stab|burn|lighter|hide|saw|seen|notic|doing it/,
      self: "strict",
      unless:
        /\b(?:accident|by accident|accidentally|bug bites?|mosquito|pen|pens|marker|sharpie|drew|draw|drawing|art class|tattoo|henna|eczema (?:cream|flare)|cooking|ironing (?:shirts|clothes)|code|script|terminal|bash|ssh|poem|song|lyrics)\b/,
    },
  ),
  rule(
    "self_harm.plan",
    "self_harm",
    "high",
    any(
      "(?:scheduled|planned|planning|saving|set aside) (?:\\w+ ){0,2}?(?:cutting|to cut|sh|self harm|burning)(?: for| tonight| after)",
      "(?:bought|got|ordered) (?:a pack of |a box of |some )?(?:new )?(?:blades|razor blades)[^!?\\n]{0,60}(?:havent used|hidden|hid|hiding|in my (?:\\w+ )?(?:bag|drawer|purse)|for later|just in case)",
      "how deep (?:can|should|do|would) (?:you|u|i) cut (?:on |into )?(?:your|ur|my|a) (?:thigh|arm|wrist|leg|forearm)",
    ),
    {
      gate: /schedul|plan|saving|aside|bought|got|order|deep/,
      self: "strict",
      negatable: false,
      unless:
        /\b(?:for (?:my|the) (?:razor|shaver|mower|saw|cricut|craft knife|box cutter|utility knife|blender)|shav\w*|cricut|craft\w*|hobby|woodwork\w*)\b/,
    },
  ),
  rule(
    "self_harm.now.blade",
    "self_harm",
    "imminent",
    "(?:in the bathroom|sitting here|locked in (?:the|my) (?:bathroom|room)|on the floor) with (?:a |the |my )?(?:razor|blade|knife|lighter)[^.!?\\n]{0,40}(?:shaking|right now|now|cant stop)",
    { gate: /bathroom|sitting|locked|floor/, self: "strict", negatable: false },
  ),
  rule(
    "self_harm.urge.returning",
    "self_harm",
    "low",
    "(?:used to|use to) (?:cut|burn|hurt|sh)[^!?\\n]{0,80}(?:urge|urges|itch|want to|stare at)(?: \\w+){0,3}? (?:comes? back|returns?|back|the (?:stove|knives|blades))|(?:urge|urges) (?:\\w+ ){0,2}?(?:comes? back|return) when i see (?:the )?(?:\\w+ )?(?:knives|blades|razors)",
    { gate: /used to|use to|urge/, self: "strict" },
  ),

  rule(
    "self_harm.plain_more",
    "self_harm",
    "moderate",
    any(
      "s ?h urges|(?:pressed|pressing|held|put) (?:a |the )?hot (?:spoon|knife|metal|pan|iron|coin|key|lighter) (?:into|on|against|to) my",
      "(?:not eating|starving myself|skipping meals) (?:on purpose|as punishment|to punish)|(?:its|it is) (?:my )?punishment[^.!?\\n]{0,20}(?:eating|food|hurt)",
      "(?:what|which) (?:kind of )?(?:blade|razor) (?:makes|leaves|gives) (?:a )?(?:clean|deep|neat) (?:line|cut)",
      "how hot (?:\\w+ ){0,6}?to (?:leave a mark|burn|scar)|how deep (?:do|should|can|would) (?:you|u|i) (?:have to )?go so",
      "(?:picked up|bought|got) (?:a |some )?(?:new )?(?:pack of )?(?:blades|razor blades) (?:just )?for (?:that|it|later)",
      "(?:used to|use to) (?:cut|burn|sh)[^!?\\n]{0,80}urge (?:\\w+ ){0,2}?(?:floats up|creeps back|shows up|kicks in)",
    ),
    {
      gate: /urge|press|held|put|eating|starv|skipping|punish|blade|razor|hot|deep|picked|bought|got|used|use to/,
      self: "strict",
    },
  ),
];
