// Layers point one way (docs/architecture.md):
//   adapters/cli -> app -> care -> runtime/llm/channel -> engine -> flow/safety/measures/config
//   -> prompts -> store/lock -> errors/log/problems
// src/index.ts, the public face, sits with the CLI and adapters, which may import it.
// A module may import its own layer or any lower one, never a higher one. Type-only imports count:
// they tie a lower layer to a higher one's shape just the same. This test reads every import in
// src/**/*.ts (static, re-exports, dynamic import() of a literal) and compares the ones that run up
// a layer with KNOWN_VIOLATIONS, exactly: a new one fails, and so does one that has been fixed
// but is still listed (delete its line, so the list only shrinks).
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..");

/** Each top-level module of src/ (a directory, or a file without `.ts`); higher is higher. */
const LAYER: Record<string, number> = {
  errors: 0,
  log: 0,
  problems: 0,
  "cache-files": 0, // files beside Node's compile cache (src/cache-files.ts)
  store: 1,
  lock: 1, // locks and the scheduler's job claim (src/lock.ts)
  prompts: 2,
  flow: 3,
  safety: 3,
  measures: 3,
  config: 3,
  engine: 4,
  runtime: 5,
  llm: 5,
  channel: 5,
  care: 6,
  app: 7,
  cli: 8,
  adapters: 8, // outside src/; only the CLI imports it
  index: 8, // the public face (re-exports the layers below), for the CLI and adapters
};

/**
 * Imports that run up a layer today, `from -> to` (paths from the repository root). None: keep
 * it so. A lower layer that needs something from above takes a port (e.g. the store's
 * `ConversationCodec`, passed in by the engine's `stateCodec`). If one must be listed for a
 * while, name the issue item that removes it; when it is fixed, delete its line.
 */
const KNOWN_VIOLATIONS: string[] = [];

function tsFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** Module specifiers of every import, re-export and literal dynamic import in a source text. */
function importSpecifiers(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  const patterns = [
    /(?:^|[;\n])\s*(?:import|export)\b[^;'"`]*?\bfrom\s*["']([^"']+)["']/g,
    /(?:^|[;\n])\s*import\s*["']([^"']+)["']/g,
    /\bimport\(\s*["']([^"']+)["']\s*\)/g,
  ];
  return patterns.flatMap((pattern) => [...code.matchAll(pattern)].map((m) => m[1] ?? ""));
}

/** The layer key of a repository path: `src/flow/x.ts` -> flow, `src/app.ts` -> app. */
function moduleOf(path: string): string | undefined {
  const parts = path.split("/");
  if (parts[0] === "adapters") return "adapters";
  if (parts[0] !== "src" || parts.length < 2) return undefined;
  const top = parts[1] ?? "";
  return parts.length === 2 ? top.replace(/\.ts$/, "") : top;
}

/** package.json "imports" (e.g. `#lantern`), resolved to a repository path. */
function packageImport(specifier: string): string | undefined {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
    imports?: Record<string, string | Record<string, string>>;
  };
  for (const [key, value] of Object.entries(pkg.imports ?? {})) {
    const target = typeof value === "string" ? value : (value.default ?? value.import ?? "");
    if (key === specifier) return normalize(target);
    const [head, tail] = key.split("*");
    if (tail !== undefined && specifier.startsWith(head ?? "") && specifier.endsWith(tail)) {
      const star = specifier.slice((head ?? "").length, specifier.length - tail.length);
      return normalize(target.replace("*", star));
    }
  }
  return undefined;
}

interface Edge {
  from: string;
  to: string;
}

function sourceEdges(): Edge[] {
  return tsFiles("src").flatMap((from) =>
    importSpecifiers(readFileSync(join(ROOT, from), "utf8")).flatMap((specifier): Edge[] => {
      if (specifier.startsWith(".")) {
        return [{ from, to: relative(ROOT, join(ROOT, dirname(from), specifier)) }];
      }
      if (specifier.startsWith("#")) {
        return [{ from, to: packageImport(specifier) ?? `unresolved ${specifier}` }];
      }
      return []; // a package or node: built-in
    }),
  );
}

function upward(edges: Edge[]): string[] {
  return edges
    .filter(({ from, to }) => {
      const a = moduleOf(from);
      const b = moduleOf(to);
      return a !== undefined && b !== undefined && (LAYER[b] ?? -1) > (LAYER[a] ?? -1);
    })
    .map(({ from, to }) => `${from} -> ${to}`);
}

describe("layers", () => {
  const edges = sourceEdges();

  it("reads the imports it checks: plain, type-only, re-exports, multi-line and dynamic", () => {
    const sample = [
      'import { a } from "./a.ts";',
      'import type { B } from "../b.ts";',
      "import {\n  c,\n  type D,\n} from '../c.ts';",
      'export { e } from "./e.ts";',
      'export * from "./f.ts";',
      'import "./g.ts";',
      'const h = await import("./h.ts");',
      '// import { no } from "./comment.ts";',
      '/* import { no } from "./block.ts"; */',
    ].join("\n");
    expect(importSpecifiers(sample)).toEqual(
      expect.arrayContaining([
        "./a.ts",
        "../b.ts",
        "../c.ts",
        "./e.ts",
        "./f.ts",
        "./g.ts",
        "./h.ts",
      ]),
    );
    expect(importSpecifiers(sample)).toHaveLength(7);
    // And it finds real ones: the engine imports flow.
    expect(
      edges.some((e) => e.from.startsWith("src/engine/") && e.to.startsWith("src/flow/")),
    ).toBe(true);
  });

  it("places every module of src/ in a layer", () => {
    const modules = new Set(edges.flatMap((e) => [moduleOf(e.from), moduleOf(e.to)]));
    const unplaced = [...modules].filter((m) => m === undefined || !(m in LAYER));
    const unresolved = edges.filter((e) => e.to.startsWith("unresolved")).map((e) => e.to);
    expect(unplaced, "add new modules to LAYER (and docs/architecture.md)").toEqual([]);
    expect(unresolved, "package.json imports this test cannot resolve").toEqual([]);
  });

  it("has no import running up a layer beyond the known ones, and lists none that is fixed", () => {
    const found = [...new Set(upward(edges))].sort();
    const known = [...KNOWN_VIOLATIONS].sort();
    const added = found.filter((v) => !known.includes(v));
    const fixed = known.filter((v) => !found.includes(v));
    expect(added, "new imports that run up a layer: depend downwards, or pass a port in").toEqual(
      [],
    );
    expect(fixed, "fixed: delete these lines from KNOWN_VIOLATIONS").toEqual([]);
  });
});

it("adapters import src/ only through the public face (#lantern, src/index.ts)", () => {
  const faceOnly = (from: string, specifier: string): string | undefined => {
    const to = specifier.startsWith(".")
      ? relative(ROOT, join(ROOT, dirname(from), specifier))
      : specifier.startsWith("#")
        ? (packageImport(specifier) ?? `unresolved ${specifier}`)
        : undefined; // a package or node: built-in
    if (to === undefined || to === "src/index.ts") return undefined;
    return to.startsWith("src/") || to.startsWith("unresolved") ? `${from} -> ${to}` : undefined;
  };
  const files = tsFiles("adapters").filter((f) => !f.endsWith(".test.ts"));
  const specifiers = files.flatMap((from) =>
    importSpecifiers(readFileSync(join(ROOT, from), "utf8")).map((s) => [from, s] as const),
  );
  const internal = specifiers.flatMap(([from, s]) => faceOnly(from, s) ?? []);
  expect(internal, "import these from #lantern (add the name to src/index.ts)").toEqual([]);
  // It reads real imports, and would catch one that reaches past the face.
  expect(packageImport("#lantern")).toBe("src/index.ts");
  expect(specifiers.filter(([, s]) => s === "#lantern").length).toBeGreaterThan(20);
  expect(faceOnly("adapters/slack/index.ts", "../../src/errors.ts")).toBe(
    "adapters/slack/index.ts -> src/errors.ts",
  );
  expect(faceOnly("adapters/outage.ts", "../src/index.ts")).toBeUndefined();
});

describe("file size", () => {
  /** Lines as `wc -l` counts them. */
  const lineCount = (text: string) => text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
  const REASON = /Over 300 lines because/;

  it("gives every .ts file in src/ and adapters/ over 300 lines a reason in its first 40", () => {
    const long = [...tsFiles("src"), ...tsFiles("adapters")].flatMap((path) => {
      const text = readFileSync(join(ROOT, path), "utf8");
      const lines = lineCount(text);
      if (lines <= 300) return [];
      const head = text.split("\n").slice(0, 40).join("\n");
      return REASON.test(head) ? [] : [`${path} (${lines} lines)`];
    });
    expect(long, 'split it by responsibility, or add "// Over 300 lines because ..."').toEqual([]);
    // It counts as wc -l does, and finds the reason only near the top.
    expect(lineCount("a\nb\n")).toBe(2);
    expect(lineCount("a\nb")).toBe(2);
    expect(REASON.test("// Over 300 lines because the table is one unit")).toBe(true);
  });
});
