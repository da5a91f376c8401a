import { any, PILLS, type Rule, rule } from "./rules.ts";

// Round-10 shapes (issue 15), read by phenomenon, each with its everyday twin kept quiet:
// method and access questions with no death word, means made ready or held while moving to a
// place, farewells told as thanks or as "it's not your fault", dates kept secret, an act
// given up on and gone back to, intrusive harm thoughts, self-harm told in small words, misuse
// told as doses stacked or a supply kept, and a relative's confusion after a session.

const PLACES =
  "(?:woods|forest|bridge|river|lake|tracks|train tracks|railway|roof|rooftop|cliff|cliffs|quarry|beach|pier|dam|overpass|parking garage|car park|garage|motel|hotel)";
/** Something a game, a swing, a tent or a boat ties a rope to. */
const TIED_EVERYDAY =
  /\b(?:swing|hammock|tent|tarp|boat|canoe|kayak|clothes ?line|laundry|washing|tyre|tire|climb|gym|workout|dog|leash|curtain|christmas|decoration|bike|trailer|roof rack|tree house|treehouse|fence)/;
const BODY_PART =
  "(?:hip|hips|thigh|thighs|arm|arms|wrist|wrists|stomach|belly|leg|legs|ankle|ankles|forearm|forearms|shoulder|ribs|side|calf)";
/** Round-10 shapes, read like the other lexicons (self-checked, negation-checked). */
export const SHAPES_RULES: Rule[] = [
  // Method and access questions without a death word (high): heights, railings, gas, the neck,
  // the direction of a cut, a whole supply at once.
  rule(
    "suicide.method.access_height",
    "suicide",
    "high",
    any(
      "(?:tallest|highest) (?:\\w+ )?(?:building|bridge|parking garage|car park|parking structure|structure|tower|point|floor|level|roof)(?: \\w+){0,8}? (?:get (?:onto|up (?:on|to)|to) the (?:roof|top)|get up to|roof access|without (?:a )?(?:keycard|key|pass|anyone seeing)|(?:is|are) (?:open|unlocked|not locked))",
      "(?:bridge|roof|balcony|ledge|overpass|garage)(?: \\w+){0,10}? (?:could|can|would|do) (?:you |i |someone |a person |anyone )?(?:actually |easily |still |just )?(?:get|climb|jump) over (?:the )?(?:railing|rail|railings|barrier|fence|wall|netting|nets)",
    ),
    { gate: /tallest|highest|railing|barrier|fence|netting|\bnets\b|\brails?\b|\bwall\b/ },
  ),
  rule(
    "suicide.method.gas_room",
    "suicide",
    "high",
    "(?:what|which|how|can|could|do)(?: \\w+){0,4}? (?:chemicals?|cleaners?|cleaning products?|products?|gases|gas)(?: \\w+){0,6}? (?:make|makes|give off|gives off|produce|create|release) (?:a )?(?:toxic|poisonous|deadly|lethal) (?:gas|fumes?)(?: \\w+){0,8}? (?:closed|sealed|small|enclosed|locked) (?:room|space|car|bathroom|closet)",
    {
      gate: /toxic|poison|deadly|lethal/,
      unless:
        /\b(?:accident|by mistake|avoid|safe(?:ly|ty)?|ventilat|never mix|not to mix|warning)/,
    },
  ),
  rule(
    "suicide.method.neck_pressure",
    "suicide",
    "high",
    "how (?:much|long|hard)(?: \\w+){0,3}? (?:pressure|squeezing|choking|strangling)(?: \\w+){0,4}? (?:neck|throat)(?: \\w+){0,3}? (?:before|until|till) (?:someone|you|i|a person|they|he|she) (?:passes? out|blacks? out|dies|die|loses? consciousness|stops? breathing)",
    {
      unless: /\b(?:massage|first aid|cpr|martial|judo|jiu|bjj|self defen[cs]e|class|training)/,
    },
  ),
  ...(["suicide", "self_harm"] as const).map((category) =>
    rule(
      `${category}.method.cut_direction`,
      category,
      "high",
      "(?:cut|cutting|slit|slitting|slice|slicing)(?: \\w+){0,4}? (?:along|across|down|up|vertical(?:ly)?|horizontal(?:ly)?|lengthwise|sideways|deep(?:er)?)(?: \\w+){0,8}? (?:bleed out|bleeds out|bleed more|bleed faster|do more damage|does more damage|more damage|die faster|fatal|lethal|deadlier)",
      {
        self: "strict",
        unless:
          /\b(?:meat|steak|chicken|fish|wood|fabric|grain|onion|bread|cake|plant|stem|flower)/,
      },
    ),
  ),
  rule(
    "suicide.method.whole_supply",
    "suicide",
    "high",
    `what (?:would|will|could|might) happen if i (?:took|take|swallowed|swallow|downed|had) (?:all|every one|the rest|the whole (?:bottle|box|pack|packet)|a whole (?:bottle|box|pack|packet)|the entire (?:bottle|box|pack|supply))(?: of)?(?: my| the| them| those)?(?: \\w+)? (?:at once|in one go|together|at the same time|tonight)`,
    { self: "strict" },
  ),
  // Means made ready or held, with no death word (high; imminence.ts lifts it with "now").
  rule(
    "suicide.means.laid_out",
    "suicide",
    "high",
    `(?:${PILLS}|pillz|pilz|bottles?)(?: \\w+){0,2}? (?:are|is|all) (?:\\w+ )?(?:counted|lined up|laid out|set out|crushed|counted out)(?: and (?:lined up|laid out|ready|waiting|crushed|counted))?(?: \\w+){0,4}?(?:[.!,\\s]+(?:tonight|tomorrow|today|now|ready|soon|this weekend)(?=$|[.!,\\s]))`,
    {
      self: "strict",
      unless: /\b(?:organi[sz]er|weekly|dosette|blister pack|pharmacist|nurse|for the week)/,
    },
  ),
  rule(
    "suicide.means.carried_to_place",
    "suicide",
    "high",
    `(?:${PILLS}|rope|noose|gun|pistol|belt|razor|blades?)(?: \\w+){0,3}? in my (?:pocket|bag|hand|backpack|car|coat|jacket)[^.!?\\n]{0,40}(?:walking|driving|heading|going|on my way) (?:to|toward|towards|into|down to|out to) (?:the )?(?:\\w+ )?${PLACES}`,
    { gate: /in my (?:pocket|bag|hand|backpack|car|coat|jacket)/, self: "strict" },
  ),
  rule(
    "suicide.means.ligature_tied",
    "suicide",
    "imminent",
    "(?:belt|rope|cord|noose|scarf|ligature|cable|sheet|tie)(?: \\w+){0,2}? (?:is |are |all )?(?:tied|attached|fastened|knotted|hooked|looped|hanging) (?:to|around|on|over|from) (?:the |my |a )?(?:\\w+ )?(?:rod|beam|door|doorknob|door handle|banister|bannister|railing|hook|pipe|rail|ceiling|fan|rafter|branch|pole|bar)",
    {
      self: "strict",
      unless: TIED_EVERYDAY,
    },
  ),
  rule(
    "suicide.means.staring",
    "suicide",
    "high",
    "(?:keep|keeps|kept|cant stop|cannot stop|can t stop|been) (?:\\w+ )?(?:looking|staring|glancing|looking down) at (?:the )?(?:tracks|edge|drop|water below|ledge|railing|rope|belt|noose|pills|bottle of pills|gun|oncoming trains?)",
    {
      self: "strict",
      negatable: false,
      unless:
        /\b(?:pool|swim|swimming|diving|bed|table|desk|counter|delayed|delay|late|cancelled|canceled|timetable|departure board|schedule|photo|picture|painting|view)\b/,
    },
  ),
  rule(
    "self_harm.means.staring",
    "self_harm",
    "high",
    `(?:keep|keeps|kept|cant stop|cannot stop|been) (?:\\w+ )?(?:looking|staring|glancing) at (?:the |my )?(?:knife|scissors|razor|blades?|box cutter|${BODY_PART})(?=$|[.!,;\\s])`,
    {
      self: "strict",
      negatable: false,
      unless: /\b(?:tattoo|ring|watch|bracelet|bruise from|rash|eczema|mole|bite|swelling)\b/,
    },
  ),
  rule(
    "suicide.plan.aborted_return",
    "suicide",
    "high",
    any(
      "(?:was|were) (?:gonna|going to|about to|so close to|ready to) (?:jump|hang myself|overdose|end it|do it)(?= (?:yesterday|last night|today|this morning|earlier|last week|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\\b)",
      "(?:got|made it|climbed|went) (?:all the way )?(?:up )?to the (?:top|edge) of the (?:\\w+ )?(?:parking garage|car park|building|bridge|cliff|roof|tower|overpass)[^!?\\n]{0,120}(?:im going back|ill go back|going back (?:tonight|tomorrow|later|there)|next time)",
    ),
    {
      self: "strict",
    },
  ),
];
