import { medicalRule } from "./lexicon-medical-more.ts";
import { any, OTHER, PILLS, type Rule, rule } from "./rules.ts";

// Round-10 acts told in small words (issue 15): a whole supply just taken or mixed with drink,
// an intrusive urge to crash the car, self-harm as "small ones on my hip", "did some cutting
// again", a blade hidden "for when it gets bad", skin picked until it bled; harm to others as
// intrusive images, "scared I might next time", thinking "bout" hurting a neighbour, "I could
// stab him right now"; abuse as a child's words, being locked in as a child, a threat to
// cripple; misuse as doses stacked, more than prescribed, a leftover supply, hiding use from
// the clinic; and a relative confused or seeing things after a session.

const BODY_PART =
  "(?:hip|hips|thigh|thighs|arm|arms|wrist|wrists|stomach|belly|leg|legs|ankle|ankles|forearm|forearms|shoulder|ribs|side|calf)";
/** Scratches and marks with an everyday cause. */
const EVERYDAY_MARK =
  /\b(?:cat|cats|dog|kitten|puppy|bramble|thorn|rash|eczema|stretch marks?|tattoo|sunburn|surgery|scar from|fell|fall|bike|mosquito|bites?|hives|itch|allerg|garden|rose|cooking|oven|iron|pen|marker|paint|art|drawing|ink|henna|makeup|eyeliner|sharpie)\b/;
const KET =
  "(?:ketamine|ket|k|it|the spray|nasal spray|the lozenges|lozenges|troches|the troches|vials?|the vials|the leftover|the rest|the stuff|my dose|the dose)";
/** A supply with an everyday use. */
const EVERYDAY_SUPPLY =
  /\b(?:allerg|congest|stuffy|cold|flu|sinus|decongestant|saline|hay fever|vitamins?|antibiotics?|returned|disposal|dispose|take back|drop off|pharmacy took)\b/;
/** A second dose the plan allows. */
const NOT_STACKED =
  /\b(?:told me to|said (?:i can|to)|prescribed (?:a|me) (?:second|top)|allowed (?:a|to)|as directed|the plan says i can|rescue dose|booster dose|cream|ointment|lotion|rash|inhaler|drops|vitamins?|moisturi[sz]er)/;
const GAME_OR_GYM =
  /\b(?:leg day|gym|workout|trainer|coach|squats|hike|marathon|lol|lmao|haha|kidding|joking|tickl)\b/;

/** Acts, harm and misuse shapes, read like the other lexicons. */
export const ACTS_RULES: Rule[] = [
  rule(
    "suicide.act.whole_supply_taken",
    "suicide",
    "high",
    any(
      `(?:took|swallowed|downed|taken|necked) (?:the|a|my) (?:whole|entire|full) (?:bottle|pack|box|packet|strip|blister pack|supply|prescription)(?: of (?:my )?(?:${PILLS}|\\w+ (?:pills|tablets)))?(?! of)`,
      `(?:mixed|mixing|washed down|washing down|took|taking|downed|swallowed) (?:the |my |all (?:the |my |of my )?)?${PILLS}(?: \\w+){0,2}? (?:with|and) (?:the |a |some |half a |a whole )?(?:bottle of )?(?:vodka|alcohol|wine|whiskey|whisky|booze|beer|liquor|rum|gin|tequila|drink)(?: \\w+){0,2}?[.,!\\s]+(?:just now|already|i can feel|feeling it|its kicking in|ten min|\\d+ min)`,
    ),
    {
      self: "strict",
      negatable: true,
    },
  ),
  rule(
    "suicide.urge.crash_car",
    "suicide",
    "moderate",
    "(?:keeps? (?:saying|telling me)|keep hearing|voices? (?:says|saying|say|tells me|telling me|told me)|urge to|urges to|tempted to|want to|wanna|thoughts? (?:of|about)|thinking (?:about|of)|picture myself|imagine myself) (?:to )?(?:just )?(?:drive|driving|swerve|swerving|steer|steering|crash|crashing|veer|veering) (?:my car |the car )?(?:into|off|in front of|across) (?:the |a |an )?(?:median|wall|tree|truck|lorry|oncoming|traffic|barrier|bridge|river|lake|cliff|pole|ditch|overpass|divider)",
    {
      gate: /(?:drive|driving|swerve|swerving|steer|steering|crash|crashing|veer|veering) (?:my car |the car )?(?:into|off|in front of|across)/,
      self: "strict",
      negatable: false,
      unless: /\b(?:gps|sat ?nav|game|video|simulator|my son|my daughter|learner)/,
    },
  ),
  rule(
    "self_harm.act.small_marks",
    "self_harm",
    "moderate",
    any(
      `(?<=\\b(?:small|little|tiny|shallow|few|couple of|couple|two|three|four|some|new|fresh) )(?:ones|lines|cuts|scratches|marks|slashes)(?: \\w+){0,2}? (?:on|across|into|along) my (?:upper |inner |left |right )?${BODY_PART}`,
      "(?:done|did|doing|started) (?:some |a bit of |a little |more )?cutting (?:again|last night|today|yesterday)",
      `(?:did|done|made) (?:one|a cut|a line|two|a few|another one)(?: \\w+)? (?:on|across) my (?:\\w+ )?${BODY_PART}`,
    ),
    {
      self: "strict",
      unless: EVERYDAY_MARK,
    },
  ),
  rule(
    "self_harm.means.hidden_blade",
    "self_harm",
    "moderate",
    any(
      "(?:razor|razors|blade|blades|box cutter|sharpener)(?: \\w+){0,2}? (?:hidden|stashed|tucked away)|(?:hid|hide|hiding|stash|stashed|keep|kept) (?:a |my |the |some |an old )?(?:razor|razors|blade|blades|box cutter)(?: \\w+){0,6}? (?:for when (?:it|things|i) (?:gets?|get|feel) (?:bad|too much|really bad|worse)|just in case i)",
    ),
    {
      gate: /razor|blade|cutter|sharpener/,
      self: "strict",
      unless:
        /\b(?:from (?:my|him|her|them|the kids|the children)|so (?:he|she|they) (?:cant|wont)|shaving|shave|spare|gym bag|travel|safety)/,
    },
  ),
  rule(
    "self_harm.act.picked_until_bled",
    "self_harm",
    "moderate",
    "(?:picking|pick|picked|scratching|scratched|pulling|pulled|digging|dug)(?: at)? my (?:skin|scabs?|face|arms?|hair|lips?|cuticles?|nails?|legs?)[^!?\\n]{0,120}?(?:until|till|til|and) (?:it|they) (?:bled|bleed|bleeds|was bleeding|were bleeding|started bleeding)",
    {
      gate: /bled|bleed/,
      self: "strict",
      unless: /\b(?:mosquito|bites?|hives|chicken ?pox|poison ivy)/,
    },
  ),
  rule(
    "harm_to_others.thoughts.intrusive",
    "harm_to_others",
    "moderate",
    any(
      `(?:flashes|images|thoughts|intrusive thoughts|visions|urges|pictures|scenes)(?: \\w+)? (?:of|about) (?:me )?(?:hurting|harming|drowning|dropping|stabbing|smothering|shaking|killing|suffocating|strangling|pushing) (?:my |the |our )?(?:baby|babies|son|daughter|kids?|child|children|newborn|toddler|${OTHER})`,
      `(?:imagining|picturing|fantasi[sz]ing about|daydreaming about|keep seeing myself|see myself) (?:me )?(?:pushing|shoving|throwing) ${OTHER} (?:off|down|into|in front of|out of|over)`,
      `(?:imagining|picturing|fantasi[sz]ing about|daydreaming about|keep seeing myself|see myself) (?:me )?(?:strangling|choking|stabbing|shooting|drowning|smothering|poisoning|killing|running over) ${OTHER}`,
      "(?:thinking|thinkin|thought|thoughts)(?: \\w+)? (?:about|bout|abt|of) (?:hurting|killing|stabbing|beating up|beating|shooting|attacking|poisoning|strangling|jumping) (?:the |that |this )?(?:old )?(?:lady|woman|man|guy|girl|kid|dude|neighbou?rs?|couple|family)(?: (?:next door|upstairs|downstairs|across the (?:hall|street)|down the hall))?",
    ),
    {
      self: "strict",
      negatable: false,
      unless:
        /\b(?:nightmare|movie|film|show|book|game|someone (?:hurting|harming)|(?:he|she|they) (?:was|were|is|are) hurting)|\bno (?:thoughts|urges|intention|plans?|desire) (?:of|to)\b|\bprinter\b/,
    },
  ),
  rule(
    "harm_to_others.fear_next_time",
    "harm_to_others",
    "moderate",
    `(?:scared|afraid|worried|terrified|frightened) (?:that )?i (?:might|will|could|would|am going to|m going to|ll)(?: (?:actually |really )?(?:hurt|hit|punch|touch|strangle|kill|snap and hurt|lose it and hurt|do something to)(?: her| him| them| ${OTHER})?)? (?:next time|one day|someday|eventually|if (?:she|he|they)|when (?:she|he|they))`,
    {
      self: "strict",
      negatable: false,
      unless:
        /\b(?:feelings|chances|career|reputation|pride|ego|by accident|accidentally|with the car|playing)/,
    },
  ),
  rule(
    "harm_to_others.intent.could_now",
    "harm_to_others",
    "high",
    `(?<=\\bi )(?:could|can) (?:just |easily |finally )?(?:stab|shoot|strangle|smother|poison|kill|bash|hit) ${OTHER}(?: \\w+){0,2}? (?:right now|now|while (?:he|she|they)(?:s| is| are)? (?:asleep|sleeping|passed out|out)|in (?:his|her|their) sleep)`,
    {
      self: "strict",
      hyperbole: true,
      unless: GAME_OR_GYM,
    },
  ),
  rule(
    "abuse.disclosure.child",
    "abuse",
    "moderate",
    "(?:said|says|told me|told the \\w+|telling me)(?: that)? (?:daddy|mommy|dad|mom|mum|papa|her dad|his dad|her mom|his mom|uncle \\w+|uncle|grandpa|stepdad|her stepdad|his stepdad|her stepmom|his stepmom|the babysitter|the coach)\\s*\\W?\\s*(?:squeezes|squeezed|hits|hit|hurts|hurt|spanks|grabs|grabbed|chokes|choked|bites|pinches|slaps|slapped|kicks|shakes|shook|locks|touches|touched) (?:her|him|them|me)(?: (?:hard|too hard|really hard|until|where|down there|there|in|when|at night|and it hurts))",
    {},
  ),
  rule(
    "abuse.past.locked_in",
    "abuse",
    "moderate",
    "(?:used to|would|often|always) (?:lock|locked|shut) me (?:in|inside|up in|out)(?: of)? (?:the |a |my |our )?(?:basement|cellar|closet|cupboard|room|shed|garage|attic|bathroom|car|house|cage|dog crate|crate)(?: for (?:hours|days|the night|a day|whole days|nights))?",
    {
      unless: /\b(?:lol|lmao|haha|joke|game|hide and seek|prank)/,
    },
  ),
  rule(
    "abuse.threat.cripple",
    "abuse",
    "moderate",
    "(?<=\\b(?:he|she|they|my \\w+)(?:ll| will| would| d| is going to| s going to| said (?:he|she)d| said (?:he|she) would| threatened to)(?: \\w+)?[\\s\"']+)(?:make sure i (?:cant|cannot|wont|will never|never|can never|couldnt) (?:walk|talk|see|leave|move|get up|use my)|break my (?:legs?|arms?|neck|jaw|face|fingers)|put me in (?:a wheelchair|hospital|the hospital|the ground))",
    { unless: GAME_OR_GYM },
  ),
  rule(
    "abuse.hit_again",
    "abuse",
    "moderate",
    "(?<=\\b(?:after|from|since) (?:him |her |them )?)(?:hitting|beating|choking|punching|slapping|kicking|strangling|shoving) me (?:again|last night|earlier|tonight|today)",
    {
      unless:
        /\b(?:pillow|toy|ball|snowball|by accident|accidentally|lol|game|play|sparring|boxing|practice)/,
    },
  ),
  // Doses stacked or a supply used early, one rule per shape.
  ...(
    [
      [
        "extra_dose",
        "(?<=\\b(?:take|took|taking|do|doing|did|have|had|use|using|used) (?:a |an )?)(?:second|third|extra|another|2nd|3rd|fourth) (?:one|dose|lozenge|troche|spray|round|hit|bump)(?: \\w+){0,4}? (?:later|after|on top|afterwards)",
        /\b(?:second|third|extra|another|2nd|3rd|fourth) (?:one|dose|lozenge|troche|spray|round|hit|bump)\b/,
      ],
      [
        "supply_early",
        "(?:used (?:up )?|burned through|burnt through|went through|gone through|got through|finished) (?:a |my |the |almost a |nearly a )?(?:whole )?(?:month|months|week|weeks|two weeks|fortnight)(?:s)?(?: \\w+)? (?:of|worth)(?: \\w+){0,3}? in (?:\\d+|a few|two|three|four|five|six|ten|one|a couple of) (?:days?|weeks?)",
        /\b(?:months?|weeks?|fortnight)(?: \w+)? (?:of|worth)\b/,
      ],
      [
        "over_prescribed",
        "(?<=\\b(?:used|taken|took|taking|using|had) (?:way |a lot |a bit |much |a little |so much )?)more (?:of )?(?:the |my |these |those )?(?:[\\w-]+ ){0,3}?than (?:prescribed|i was told|i should|im supposed to|i am supposed to|allowed|the plan says|directed|my dose)",
        /\bthan (?:prescribed|i was told|i should|im supposed|i am supposed|allowed|the plan|directed|my dose)/,
      ],
      [
        "bumps",
        `(?<=\\b(?:doing|did|do|take|taking|had) (?:a |some |little |small |tiny |a few |few |the odd )*)(?:bumps?|key bumps?|hits) (?:of (?:${KET}) )?(?:at home|on my own|between (?:sessions|appointments|treatments|visits)|when no ones|from the (?:vials?|leftover))`,
        /\b(?:bumps?|hits)\b/,
      ],
    ] as const
  ).map(([name, source]) =>
    rule(`misuse.stacked_doses.${name}`, "misuse", "moderate", source, {
      self: "strict",
      unless: NOT_STACKED,
    }),
  ),
  rule(
    "misuse.leftover_supply",
    "misuse",
    "moderate",
    any(
      "(?:leftover|left over|old|spare|extra) (?:vials?|nasal spray|spray|sprays|lozenges|troches|ketamine|ket|bottles?)(?: \\w+){0,8}? (?:prescription|prescribed|doctor|clinic)[^.!?\\n]{0,80}(?:used it|using it|been using|been doing|took it|taking it|doing|bumps?|used them|taking them)",
      "(?<=\\b(?:found|have|got|kept) (?:the |some |a few |my )?)(?:leftover|left over|old) (?:vials?|nasal spray|spray|lozenges|troches|ketamine|ket)[^.!?\\n]{0,80}(?:and|so) (?:i )?(?:used|took|have been using|ve been using|been using|did)",
      "ran out (?:early|too soon|too early|already|a week early|days early)(?: \\w+){0,8}? (?:refill|prescription|pharmacy|more)",
    ),
    {
      self: "strict",
      unless: EVERYDAY_SUPPLY,
    },
  ),
  rule(
    "misuse.street_or_online",
    "misuse",
    "moderate",
    any(
      "(?<=\\b(?:how much|what|where (?:to|can i|do you|could i)|whether (?:you|i) (?:can|could)|if (?:you|i) (?:can|could)|how (?:to|do you|can i)) (?:\\w+ ){0,2}?)(?:ketamine|ket|special k)(?: \\w+){0,3}? (?:costs? |goes for |sells for )?(?:on the street|online|off the street|from a dealer|on the dark ?web|without a prescription)",
      "(?<=\\b(?:buy|buying|bought|order|ordering|ordered|get|getting|got|score|scoring|scored) (?:some |more )?)(?:ketamine|ket|special k)(?: \\w+){0,3}? (?:online|off (?:a|the) (?:guy|street|dealer)|from (?:india|china|abroad|overseas|the dark ?web|a forum|a dealer|a guy|the street|someone)|on the street)",
      "(?:buying|buy|ordering|order|getting) it (?:online |off the street )?from (?:india|china|abroad|overseas|the dark ?web|a dealer|a guy)",
    ),
    {
      unless: /\b(?:news|article|documentary|podcast|study|research|police|arrested|scam warning)/,
    },
  ),
  rule(
    "misuse.hide_from_clinic",
    "misuse",
    "moderate",
    `(?<=\\b(?:${PILLS}|dose|doses|take|use|using|more|ket)\\b[^.!?\\n]{0,60})without (?:the |my )?(?:clinic|doctor|nurse|team|care team|psychiatrist|prescriber|pharmacy|therapist|anyone|them) (?:noticing|knowing|finding out|seeing|catching on|catching|picking up)`,
    {
      gate: /without (?:the |my )?(?:clinic|doctor|nurse|team|care team|psychiatrist|prescriber|pharmacy|therapist|anyone|them) (?:noticing|knowing|finding|seeing|catching|picking)/,
      self: "strict",
    },
  ),
  medicalRule(
    rule(
      "medical.other.confused_hallucinating",
      "medical",
      "moderate",
      any(
        "(?<=\\b(?:shes|hes|she is|he is|theyre|she has been|he has been|shes been|hes been|been|is|seems|seemed|got|getting|became) (?:really |very |so |super |kind of |kinda |quite |suddenly |more and more )?)(?:confused|disoriented|delirious)(?! about| by| why| with| as to| on| if| whether| what| how| when)",
        "(?:saying|says|sees|seeing|thinks) (?:that )?there (?:are|is) (?:bugs|people|spiders|ants|animals|snakes|insects|someone|men|kids|children) (?:on|in|crawling|under|at)(?: the)? (?:walls?|ceiling|floor|room|bed|corner|yard|patio|window|house)",
        "calling me by (?:my |her |his )?(?:dead |late )?(?:\\w+ )?(?:aunts?|uncles?|mothers?|sisters?|brothers?|dads?|moms?|wrong|husbands?|wifes?) name",
      ),
      {
        unless:
          /\b(?:movie|film|show|game|dementia for years|alzheimers for years|always been|every day for years|book|dream)/,
      },
    ),
  ),
];
