import { describe, expect, it } from "vitest";
import { normalise } from "../../src/safety/detector/normalise.ts";
import { violenceLevel } from "../../src/safety/detector/violence-reader.ts";

// The word-class reader for harm to others (violence-reader.ts): each combination of classes
// beside the everyday message that shares its words.
const level = (text: string) => violenceLevel(normalise(text).text);

describe("violence reader", () => {
  it("reads a how-to about hurting a person, and a lethal one higher", () => {
    expect(level("how hard would i need to hit a guy to break his nose")).toBe("moderate");
    expect(level("what part of the neck do you squeeze to make a person pass out")).toBe(
      "moderate",
    );
    expect(level("how much antifreeze in his drink before it kills him, would anyone tell")).toBe(
      "high",
    );
    expect(level("how hard should i hit the nail so the board doesnt split")).toBe("none");
  });

  it("leaves a lethal-dose question about 'a person' to the suicide reading", () => {
    expect(level("how many mg of xanax would kill a person my size")).toBe("none");
  });

  it("reads a weapon carried to a person, and the moment of it as imminent", () => {
    expect(level("bringing the crowbar when i go over to his house sunday")).toBe("high");
    expect(
      level("parked outside her work right now with the hammer in my lap. waiting for her"),
    ).toBe("imminent");
    expect(level("brought the hammer to her house to hang the shelves")).toBe("none");
  });

  it("reads watching a person, a threat sent, and resolve", () => {
    expect(level("hid a tracker under her car so i always know where she is")).toBe("moderate");
    expect(level("texted him that i know where you live and hes going to pay")).toBe("high");
    expect(level("my ex gets out next week. i know exactly what im going to do when hes out")).toBe(
      "high",
    );
  });

  it("reads a harm fantasy at low and a harm the patient did at high", () => {
    expect(level("i keep imagining him getting hurt in a car crash")).toBe("low");
    expect(level("i slipped some of my sleeping pills in her tea so she would pass out")).toBe(
      "high",
    );
  });

  it("keeps games, films, classes, jokes, cooking and the past out", () => {
    for (const text of [
      "in the game you have to choke him out before the boss fight",
      "my krav maga class taught how hard to hit someone to break a hold",
      "how hard do you have to hit him lol he snores like a train",
      "my husband has the knife out chopping onions tonight",
      "her ex used to beat her and i want to help her leave",
      "i dont want to hurt him, i just want him to listen",
      "im going to shoot him a text about dinner",
    ]) {
      expect(level(text), text).toBe("none");
    }
  });
});
