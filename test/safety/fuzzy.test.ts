import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import {
  distance,
  editLimit,
  FUZZY_KEYS,
  fuzzyKey,
  fuzzyKeysHash,
} from "../../src/safety/detector/fuzzy.ts";
import { DICTIONARY_NEIGHBOURS, KEYS_SHA } from "../../src/safety/detector/fuzzy-keep.ts";

describe("fuzzy key words", () => {
  it.each([
    ["scracth", "scratch"],
    ["peopel", "people"],
    ["suicdie", "suicide"],
    ["overdoese", "overdose"],
    ["pastilals", "pastillas"],
    ["ahorcarmee", "ahorcarme"],
  ])("reads %s as %s", (typo, key) => {
    expect(fuzzyKey(typo)).toBe(key);
  });

  // Real words one or two edits from a key: "strange" is not "strangle", "quemarme" not "quitarme".
  it.each(["strange", "strangely", "scratchy", "peoples", "stabling", "quemarme", "envenenarme"])(
    "leaves the real word %s alone",
    (word) => {
      expect(fuzzyKey(word)).toBeUndefined();
    },
  );

  it("keeps a dictionary list generated for the current keys", () => {
    expect(KEYS_SHA).toBe(fuzzyKeysHash(FUZZY_KEYS));
    // Every kept word is near some key: the list holds nothing else.
    for (const word of DICTIONARY_NEIGHBOURS.split(" ")) {
      const near = FUZZY_KEYS.some((key) => {
        const limit = editLimit(word, key);
        return limit > 0 && distance(word, key, limit) <= limit;
      });
      expect(near, word).toBe(true);
    }
  });

  it("matches what the word lists give today (scripts/fuzzy-keep.ts --check)", {
    timeout: 60_000,
  }, () => {
    const run = spawnSync(process.execPath, ["scripts/fuzzy-keep.ts", "--check"], {
      encoding: "utf8",
    });
    expect(run.stdout).toContain("is current");
    expect(run.status).toBe(0);
  });
});
