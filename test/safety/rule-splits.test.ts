import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lantern } from "../support/cli.ts";

// The rules' alternatives and first words are kept beside Node's compile cache
// (src/safety/detector/rule-splits.ts): a process that reads them back classifies exactly as
// one that parsed the sources, and a damaged copy is parsed again, never trusted.
const LINES = [
  "i have the pills saved up and im going to take them all tonight",
  "this fibro flare is killing me lol",
  "se donde vive y tengo un cuchillo",
  "my husband hit me again last night",
  "peeing blood since the session",
  "how do people usually get rid of someone they hate",
  "pain is a 3 today, walked the dog",
]
  .map((text, id) => JSON.stringify({ id, text }))
  .join("\n");

describe("rule splits cache", () => {
  it("classifies the same from the cache, from the sources, and after damage", () => {
    const cache = mkdtempSync(join(tmpdir(), "lantern-splits-"));
    const env = { ...process.env, NODE_COMPILE_CACHE: cache };
    const classify = () => {
      const run = lantern(["risk", "classify"], env, `${LINES}\n`);
      expect(run.status).toBe(0);
      return run.stdout;
    };
    const first = classify(); // parses the sources, stores the splits
    const stored = readdirSync(cache, { recursive: true, encoding: "utf8" }).filter((f) =>
      /lantern-rule-splits[\\/]\w+\.json$/.test(f),
    );
    expect(stored).toHaveLength(1);
    const file = join(cache, stored[0] as string);
    expect(JSON.parse(readFileSync(file, "utf8")).length).toBeGreaterThan(500);
    expect(classify()).toBe(first); // read back from the cache
    expect(first).toContain('"level":"high"');
    writeFileSync(file, JSON.stringify([["not", "a", "split"]]));
    expect(classify()).toBe(first);
    expect(JSON.parse(readFileSync(file, "utf8")).length).toBeGreaterThan(500);
  }, 60_000);
});
