import { any, INT, type Rule, rule } from "./rules.ts";

// Distress: concern level, no category. Words common in ordinary pain talk ("exhausted",
// "desperate for sleep") are left out on purpose; these name hopelessness, not tiredness.

/** Distress signals (concern). */
export const DISTRESS_RULES: Rule[] = [
  rule(
    "distress.hopeless",
    "distress",
    "concern",
    any(
      "hopeless(?:ness)?|helpless(?:ness)?|worthless|no hope|lost (?:all )?hope|losing (?:all )?hope|(?:there is|theres) no hope|(?:never|not) (?:going to|gonna) get better|(?:will|wont|will never|is never going to) (?:never )?get better|nothing (?:will )?(?:ever )?(?:changes?|gets? better)",
      "nothing (?:ever )?(?:helps|works|is working|is helping|has helped|has worked|seems to help)|nothing i do (?:helps|works|matters)",
      "(?:whats|what is) the point(?! of (?:the|this|that|these|doing|filling|logging|tracking) )|no point (?:anymore|in anything|trying)|pointless|meaningless|(?:life|everything) (?:is|feels) (?:so )?(?:pointless|meaningless|empty|dark|hopeless)",
      "i give up|giving up(?! (?:sugar|coffee|caffeine|alcohol|drinking|smoking|meat|gluten|dairy|carbs|on (?:the|that|this) (?:diet|idea|plan|book)))|(?:im|i am|im so|i am so|im just) done(?=\\s*$|\\s*[.!?,]| with (?:everything|it all|this|life|trying|fighting))",
    ),
    { self: "strict", time: "state" },
  ),
  rule(
    "distress.coping",
    "distress",
    "concern",
    any(
      `(?:cant|cannot|can not|couldnt|unable to|dont know how to) ${INT}(?:cope|handle (?:it|this|anything|life|any of it|everything)|deal(?: with (?:it|this|life|anything|everything))?|function|get out of bed)(?! with (?:the|my|this) (?:nausea|noise|heat|cold|traffic|weather|kids))`,
      "overwhelm(?:ed|ing)?(?! (?:in a good way|but (?:good|in a good way)|with (?:love|gratitude|joy|happiness|relief|beauty)))|(?:too|so) much to (?:handle|bear|cope)",
      "falling apart|breaking down|(?:mental|nervous) breakdown|(?:cant|cannot|can not) stop crying|crying (?:all day|every day|every night|nonstop|non stop|all night|for hours)|(?:in|at) (?:such )?(?:a|my) (?:really )?(?:dark|bad|low|scary) place|rock bottom|spiral(?:ling|ing)|panic attacks?",
      "(?:i )?hate (?:myself|my life|who i am|being me)|(?:im|i am|i feel|feel) (?:like )?(?:such )?a (?:burden|failure|waste of space|waste of (?:air|oxygen))|burden (?:to|on) (?:everyone|my family|people|my \\w+)",
      "(?:so|completely|totally|all|very) alone|(?:no one|nobody|noone) (?:cares|understands|loves me|would care)|(?:empty|dead) inside|(?:feel|feeling|felt|am|im) (?:so |completely |totally |really |just )?(?:numb|empty|broken|trapped|defeated|desperate|miserable)|(?:dark|black|intrusive|scary|bad) thoughts|(?:the |these |those |my )?thoughts (?:scare|frighten|terrify|worry) me|scared of my (?:own )?thoughts|despair",
      "(?:sick|tired) of (?:everything|fighting|it all|this pain|being in pain|struggling|trying|living with (?:this|pain)|feeling like this)|(?:end of my (?:rope|tether))|(?:i )?(?:feel|feeling) like (?:im|i am) dying|(?:want|wish) (?:it|everything|the pain) (?:all )?(?:to )?(?:stop|go away)(?! for)",
      "(?:pain|it|this) is (?:so |just )?(?:unbearable|unbearable today)|(?:cant|can not|cannot) bear (?:it|this|the pain)|in (?:so much )?agony",
      "(?:just )?want to disappear|wish i could disappear|(?:cant|cannot) (?:take|handle) (?:much|any) more|(?:at|reached) (?:my )?breaking point",
    ),
    { self: "strict", time: "state" },
  ),
  rule(
    "distress.death_thoughts",
    "distress",
    "concern",
    "(?:think|thinking|thought|thoughts|thinkin|obsessing|obsessed|preoccupied|fixated)(?: \\w+){0,2}? (?:about|of|with) (?:death|mortality|dying|my (?:own )?(?:death|funeral|mortality))|death (?:thoughts|keeps coming up|is on my mind)|(?:ready|prepared) for death",
    { self: "strict", topic: true, time: "state" },
  ),
  rule(
    "distress.suicide_topic",
    "distress",
    "concern",
    "(?:su[ia]?[cs]{1,2}i?des?|self ?harm)(?! squad| mission| doors?| run| sprints?| drills?| burpees?)",
    { topic: true, self: "strict", time: "state" },
  ),
];
