import { describe } from "vitest";
import { itLeavesQuiet, itReads } from "../support/risk-readings.ts";

// More acute scenes in few words (lexicon-acute-scenes-more.ts), in wording of their own
// beside their everyday twins.
describe("more acute scene rules", () => {
  itReads([
    ["noose is around my neck. im sorry", "imminent", "suicide"],
    ["my wrists are open and its quiet", "imminent", "suicide"],
    ["took all the pills from the bathroom cabinet an hour ago", "imminent", "suicide"],
    ["roof. tonight. bye", "imminent", "suicide"],
    ["gonna do all my ketamine at once tonight and not wake up", "high", "suicide"],
    ["got what i need from the pharmacy. doing it after dinner", "high", "suicide"],
    ["gonna do it tomorrow when my wife is at work", "high", "suicide"],
    ["my boyfriend threw me against the wall again", "high", "abuse"],
    ["on my way to the warehouse with my rifle", "imminent", "harm_to_others"],
    ["how long can my husband go without his heart pills before he dies", "high", "harm_to_others"],
    ["ill take her out first then myself", "high", "harm_to_others"],
  ]);
  itLeavesQuiet([
    "bridge. now. the one with the view, meet me there for pics",
    "took everything from the med cabinet to clean it out",
    "the bath is filling, hair dryer is put away, candles lit",
    "im gonna kill my sister she spoiled the finale",
    "on my way to the range with my dads rifle for his birthday shoot",
  ]);
});
