import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
import { cacheFile, cachesOn, readCacheJson, writeCacheJson } from "../cache-files.ts";
import type { YamlSource } from "./source.ts";

// Parsing YAML is most of the time `lantern flows check` (and a start) spends on flows: ~10 ms
// a file while the parser's code is still cold. A flow file's parse, its data and the line of
// every node, is kept by the file's content beside Node's compile cache (bin/lantern.js turns
// it on; NODE_COMPILE_CACHE moves it), so an unchanged file is read back instead of parsed.
// Without a compile cache (tests, library use) every file is parsed as before (source.ts).

/** A node's line, and its children: by key (a map, first pair wins) or by index (a list). */
interface LineTree {
  l: number;
  m?: [unknown, LineTree | null][];
  s?: (LineTree | null)[];
}

export interface Stored {
  data: unknown;
  problems: [number, string][];
  lines: LineTree | null;
}

const ROOT = join(import.meta.dirname, "..", "..");
let version: string | undefined;

function parseFile(text: string): string | undefined {
  if (!cachesOn()) return undefined;
  version ??= (() => {
    try {
      return String(
        JSON.parse(readFileSync(join(ROOT, "node_modules/yaml/package.json"), "utf8")).version,
      );
    } catch {
      return "?";
    }
  })();
  const key = createHash("sha256").update(`v1 yaml ${version}\0`).update(text).digest("hex");
  return cacheFile("yaml", `${key.slice(0, 32)}.json`);
}

function linesOf(node: unknown, counter: LineCounter): LineTree | null {
  if (!isNode(node) || !node.range) return null;
  const tree: LineTree = { l: counter.linePos(node.range[0]).line };
  if (isMap(node))
    tree.m = node.items.filter(isPair).map((pair) => {
      const key = isScalar(pair.key) ? pair.key.value : { node: true };
      return [key, linesOf(pair.value, counter)];
    });
  else if (isSeq(node)) tree.s = node.items.map((item) => linesOf(item, counter));
  return tree;
}

/** The tree at `path`, matching keys and indexes as yaml's `Document.getIn` does. */
function walk(tree: LineTree | null, path: readonly PropertyKey[]): LineTree | null {
  let current = tree;
  for (const key of path) {
    if (!current) return null;
    if (current.m) current = current.m.find(([k]) => k === key)?.[1] ?? null;
    else if (current.s) {
      const index = typeof key === "string" && key ? Number(key) : key;
      current =
        typeof index === "number" && Number.isInteger(index) && index >= 0
          ? (current.s[index] ?? null)
          : null;
    } else return null;
  }
  return current;
}

/** JSON keeps it exactly (no Infinity, NaN, undefined, Date or Map). */
function jsonSafe(value: unknown): boolean {
  if (value === null || typeof value === "string" || typeof value === "boolean") return true;
  if (typeof value === "number") return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(jsonSafe);
  if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype)
    return Object.values(value as object).every(jsonSafe);
  return false;
}

/** A source read back from what parseStorable made (after a trip through JSON). */
export function fromStored(file: string, stored: Stored): YamlSource {
  return {
    file,
    data: stored.data,
    problems: stored.problems.map(([line, message]) => ({ file, line, message })),
    lineOf(path) {
      for (let depth = path.length; depth >= 0; depth--) {
        const node = walk(stored.lines, path.slice(0, depth));
        if (node) return node.l;
      }
      return 1;
    },
  };
}

/** Parse as source.ts's parseYamlSource does, into a form that can be stored. */
export function parseStorable(text: string): Stored {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const problems: [number, string][] = [...doc.errors, ...doc.warnings].map((error) => [
    error.linePos?.[0].line ?? 1,
    error.message.split("\n")[0] ?? error.message,
  ]);
  const data = doc.errors.length ? undefined : doc.toJS();
  return { data, problems, lines: linesOf(doc.contents, counter) };
}

/** A YAML file's source (data, problems, lines), read back when this text was parsed before. */
export function cachedYamlSource(file: string, text: string): YamlSource {
  const path = parseFile(text);
  const kept = readCacheJson(path);
  if (kept !== undefined) {
    try {
      return fromStored(file, kept as Stored);
    } catch {
      // A damaged copy: parsed below.
    }
  }
  const stored = parseStorable(text);
  if (stored.data === undefined || jsonSafe(stored.data)) writeCacheJson(path, stored);
  return fromStored(file, stored);
}
