import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseYamlSource } from "../../src/flow/source.ts";
import { fromStored, parseStorable } from "../../src/flow/source-cache.ts";

// A flow file's parse read back from the cache (src/flow/source-cache.ts) must be the parse:
// the same data, the same problems, and the same line for every path a check may ask about.

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => join(dir, f));
}

/** Every path into `data`, each with a missing child, a numeric-string index and a dead end. */
function pathsOf(data: unknown, prefix: PropertyKey[] = []): PropertyKey[][] {
  const out: PropertyKey[][] = [prefix, [...prefix, "no-such-key"], [...prefix, 99]];
  if (Array.isArray(data))
    data.forEach((item, i) => {
      out.push([...prefix, String(i)], [...prefix, String(i), "deeper"]);
      out.push(...pathsOf(item, [...prefix, i]));
    });
  else if (data && typeof data === "object")
    for (const [key, value] of Object.entries(data)) out.push(...pathsOf(value, [...prefix, key]));
  return out;
}

function roundTrip(file: string, text: string) {
  return fromStored(file, JSON.parse(JSON.stringify(parseStorable(text))));
}

const files = [...yamlFiles("flows"), ...yamlFiles("test/fixtures")];

describe("cached YAML sources", () => {
  it("covers the shipped flows, their translations and the broken fixtures", () => {
    expect(files.length).toBeGreaterThan(60);
    expect(files.some((f) => f.includes("broken"))).toBe(true);
  });

  it.each(files)("%s reads back as parsed", (file) => {
    const text = readFileSync(file, "utf8");
    const parsed = parseYamlSource(file, text);
    const cached = roundTrip(file, text);
    expect(cached.data).toEqual(parsed.data);
    expect(cached.problems).toEqual(parsed.problems);
    for (const path of pathsOf(parsed.data)) expect(cached.lineOf(path)).toBe(parsed.lineOf(path));
  });

  it("keeps problems and lines of text that does not parse", () => {
    const text = "id: a\nid: b\nsteps:\n  - say: [unclosed\n";
    const parsed = parseYamlSource("x.yaml", text);
    const cached = roundTrip("x.yaml", text);
    expect(parsed.problems.length).toBeGreaterThan(0);
    expect(cached.problems).toEqual(parsed.problems);
    expect(cached.data).toBeUndefined();
    expect(cached.lineOf(["steps", 0, "say"])).toBe(parsed.lineOf(["steps", 0, "say"]));
  });

  it("answers lines through nested lists and maps, and 1 for an empty file", () => {
    const text = "a:\n  - x: 1\n    y:\n      - 2\n      - 3\nb: null\n";
    const cached = roundTrip("t.yaml", text);
    expect(cached.lineOf(["a", 0, "y", 1])).toBe(5);
    expect(cached.lineOf(["a", "0", "x"])).toBe(2);
    expect(cached.lineOf(["b", "c"])).toBe(6);
    expect(roundTrip("e.yaml", "").lineOf(["a"])).toBe(1);
  });
});
