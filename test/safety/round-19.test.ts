import { describe, it } from "vitest";
import { atLeast, below } from "./risk-expect.ts";

// The round-19 shapes (docs/risk-detector.md, "Round 19"), each beside an everyday twin.

describe("round-19 detector shapes", () => {
  it("reads the place or means named at the moment of writing", () => {
    atLeast("typing this from the roof of my building. its cold up here", "imminent", "suicide");
    atLeast("loaded gun in my hand, just wanted to say it to someone", "imminent", "suicide");
    atLeast("sitting in the tub with the blade. nobody is home", "imminent", "suicide");
    atLeast("i know exactly where the fence is lowest on that bridge", "high", "suicide");
    below("typing this from the roof bar, the sunset view is amazing", "low");
    below("sitting in the tub with a book and a candle", "low");
  });

  it("reads another person's goodbye told with worry, at low", () => {
    atLeast(
      "my cousin posted a long goodbye post last night and now shes not picking up",
      "low",
      "suicide",
    );
    below("my cousin posted a goodbye post for her old job, shes starting a new one monday", "low");
  });

  it("reads preparation told as errands with a cover story", () => {
    atLeast(
      "sold my truck and closed my accounts. my mom thinks im moving to ohio. im not",
      "high",
      "suicide",
    );
    below("sold my truck because we're moving to ohio, closed the old bank account too", "high");
  });

  it("reads a stretched or stacked dose, and a body that will not stop after a session", () => {
    atLeast("saving my dose this week so i can double up on saturday", "moderate", "misuse");
    atLeast("can i have wine with the troche so i feel it more", "moderate", "misuse");
    below("i keep my meds in a weekly organiser so i dont double up", "low");
    atLeast(
      "my legs keep twitching and i cant make them stop since the session",
      "high",
      "medical",
    );
  });

  it("reads self-harm told as an act and a child hit with a belt", () => {
    atLeast("i slap my own face when the pain gets too loud, to make it stop", "low", "self_harm");
    atLeast("held my arm under the boiling water again", "high", "self_harm");
    atLeast("my stepdad hit my little sister with the extension cord today", "high", "abuse");
    below("i hit my leg on the table again, clumsy", "low");
  });

  it("keeps slang for killing used of a thing or of others, and a grumble, out", () => {
    below("my cat tried to unalive a moth all night lol", "low");
    below("got muted for telling someone kys in the game chat", "moderate");
    below("if i have to do one more spreadsheet im gonna jump out a window lmao", "low");
  });
});
