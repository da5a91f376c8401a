// Preparation told as errands (round 13, tune/posts-1): a long message that rehomes the pets,
// gives a treasured thing away, settles the money, says the team is not to blame and that the
// writer "won't be needing" things. Any one is an ordinary week; two or more kinds together
// are how people describe putting their affairs in order before suicide (C-SSRS "preparatory
// acts"), so the message reads as high.
import { lazyGate } from "./word-gate.ts";

const FAMILIES: [string, RegExp][] = [
  [
    "pets",
    /\b(?:(?:found|finding|find) (?:a )?(?:good |new |loving |forever )?homes? for (?:the |my |our )?(?:dogs?|cats?|rabbits?|bunn(?:y|ies)|pets?|budgies?|birds?|guinea pigs?|horses?|kittens?)|rehom(?:e|ed|ing) (?:the |my |our )?(?:dogs?|cats?|rabbits?|pets?)|(?:dogs?|cats?|rabbits?) (?:is |are )?going to (?:my |a |the )?(?:neighbours?|sister|brother|mum|mom|friend|mate)|changed (?:the |my )?(?:dogs?|cats?) (?:microchip|chip)(?: \w+){0,3} to)/,
  ],
  [
    "possessions",
    /\b(?:gave|given|giving) (?:away )?(?:my |her |him |them |it )?(?:\w+ ){0,3}?(?:my )?(?:guitar|ring|wedding ring|grandmothers ring|coat|good coat|watch|jewellery|jewelry|necklace|books|records|vinyl|camera|bike|tools|medals|laptop|console|collection|paintings|golf clubs|surfboards?|fishing (?:rods?|gear)|records|car)\b|(?:left|put) my (?:wedding ring|ring|watch|keys|phone|wallet) (?:on|in) (?:the )?(?:\w+ )?(?:side|table|counter|bedside|drawer|envelope)/,
  ],
  [
    "affairs",
    /\b(?:paid off|paying off|pay off|cleared) (?:the |my |all (?:of )?my )?(?:credit cards?|debts?|loans?|overdraft)|nothing (?:left )?owing|put (?:my )?(?:\w+ ){0,2}on (?:the|my) (?:bank )?account so|(?:sorted|sorting|wrote|updated|made|finished) (?:out )?(?:my )?(?:will|affairs|passwords|life insurance|funeral (?:plan|wishes))|(?:photos|albums) (?:\w+ ){0,4}?(?:names|labels) on the back so|affairs (?:squared away|in order|sorted)|putting (?:things|everything) in order|finished my will|left (?:the|my) (?:house|cottage|flat|car|savings) to|sold (?:my|the) (?:car|truck|house|furniture|stuff|things)|closed (?:all )?(?:of )?(?:my )?(?:bank )?accounts?|(?:its|everything is|everythings) (?:all )?arranged|left (?:the )?envelopes? (?:with|for)/,
  ],
  [
    "not_needing",
    /\b(?:wont|will not|wouldnt|would not) (?:be )?(?:needing|need) (?:them|it|this|these|that|any of (?:it|this))|where (?:i|im) (?:was )?going|wont be (?:anyones|anybodys|a) problem (?:for )?much longer|(?:made|making) (?:the|my) decision|(?:its|it is|it's) nearly (?:done|over) now|(?:cancel|cancelling) (?:the rest of )?my (?:sessions|appointments)/,
  ],
  [
    "letters",
    /\b(?:wrote|written|writing|left) (?:letters?|a letter|notes?) (?:to|for) (?:each of |both )?(?:my|the) (?:\w+ )?(?:boys|girls|kids|children|sons|daughters|family|wife|husband|flatmates|parents)|(?:a )?letter each|cancelled (?:the |my )?(?:newspaper|phone contract|subscriptions?|gym membership)/,
  ],
  [
    // Goodbyes said, or a cover story for being gone: "my sister thinks im moving. im not".
    "farewell",
    /\b(?:told (?:\w+ ){1,3}i love (?:them|him|her|you)|said (?:my )?goodbyes?|(?:thinks?|told (?:\w+ ){1,2}) im (?:moving|going (?:away|on (?:a )?(?:trip|holiday|vacation)))[^\n]{0,40}\b(?:im not|but im not|not really)\b)/,
  ],
  [
    "not_your_fault",
    /\b(?:(?:it )?(?:isnt|wasnt|is not|was not) (?:your|her|his|their|anyones) fault|(?:pass on|say) (?:a )?thank you to|sorry to the (?:clinic|team|nurses?)|sorry for dumping this)/,
  ],
  [
    "sparing",
    /\b(?:so (?:she|he|they|nobody|no one) (?:wont|wouldnt|doesnt|dont) (?:have to|need to)|left the (?:back |front )?door unlocked so|left (?:\w+ ){0,2}(?:a )?note (?:for|on|with))/,
  ],
];
// An actual move or a clear-out with a reason named, and no family of "not needing" or blame.
const ORDINARY =
  /\b(?:moving (?:house|abroad|out|in)|emigrat\w*|relocat\w*|downsiz\w*|new (?:flat|house|job)|decluttering|spring clean\w*|marie kondo|allergic|allergy|landlord says|retir\w*)\b/;

// No family's words, no kinds (word-gate.ts): the eight patterns are not run.
const mayPrepare = lazyGate(() => FAMILIES.map(([, re]) => re));

/**
 * How many kinds of preparatory act a message tells (0 to 8), each counted once. An ordinary
 * reason (a move, a clear-out) takes one off.
 *
 * @example
 * preparationKinds("found a home for the rabbits and paid off the credit card") // 2
 */
export function preparationKinds(text: string): number {
  if (!mayPrepare(text)) return 0;
  let kinds = 0;
  for (const [, re] of FAMILIES) if (re.test(text)) kinds++;
  if (kinds > 0 && ORDINARY.test(text)) kinds--;
  return kinds;
}
