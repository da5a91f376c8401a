import { createHash, type Hash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { cacheFile, cachesOn, readCacheJson, writeCacheJson } from "../cache-files.ts";

// A check's result remembered by what it read: the same flows, prompts and clinic file (by
// content), the same settings and the same code (by size and time: every module the checking
// entry imports, followed file by file, and the installed packages) give the same result
// again without checking. `lantern flows check` keeps what it printed (cli/flows-check.ts); a
// start keeps the content checks' warnings once they found no problem (app/content.ts).
// Stored beside Node's compile cache (bin/lantern.js turns it on; NODE_COMPILE_CACHE moves it),
// so an empty compile cache is also an empty check cache. Any change is a new key: the check
// runs in full.

const ROOT = join(import.meta.dirname, "..", "..");
/** `from "./x.ts"`, `import "../y.ts"`, `import("./z.ts")`: Lantern's own modules. */
const LOCAL_IMPORT = /\b(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g;

// Synchronous reads: a few hundred small files, in a few milliseconds (awaiting each is slower).

/** `entry` and every Lantern module it imports, directly or not (read, not loaded). */
function moduleGraph(entry: string): string[] {
  const seen = new Set<string>([entry]);
  const queue = [entry];
  for (let file = queue.pop(); file; file = queue.pop()) {
    const text = readOrEmpty(file).toString("utf8");
    for (const [, spec] of text.matchAll(LOCAL_IMPORT)) {
      const path = join(dirname(file), spec as string);
      if (!seen.has(path)) {
        seen.add(path);
        queue.push(path);
      }
    }
  }
  return [...seen];
}

function readOrEmpty(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch {
    return Buffer.from("\0missing");
  }
}

function filesUnder(path: string): string[] {
  try {
    return readdirSync(path, { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .sort();
  } catch {
    return [path];
  }
}

/** Every file under `path` (a file or a folder), sorted, into `hash`: content or size+time. */
function addTree(hash: Hash, path: string, content: boolean): void {
  for (const file of filesUnder(path)) {
    hash.update(`\0${file}\0`);
    if (content) hash.update(readOrEmpty(file));
    else {
      const info = statSync(file, { throwIfNoEntry: false });
      hash.update(info ? `${info.size}:${info.mtimeMs}` : "\0missing");
    }
  }
}

/**
 * The key of a check by module `entry` (a path) over `inputs` with `settings`, or undefined
 * when there is no cache.
 */
export function checkKey(
  kind: string,
  entry: string,
  inputs: string[],
  settings: unknown,
): string | undefined {
  if (!cachesOn()) return undefined;
  const hash = createHash("sha256");
  hash.update(
    JSON.stringify({ kind, settings, cwd: process.cwd(), node: process.version, inputs }),
  );
  for (const input of inputs) addTree(hash, input, true);
  for (const file of moduleGraph(entry)) addTree(hash, file, false);
  addTree(hash, join(ROOT, "package-lock.json"), false);
  addTree(hash, join(ROOT, "node_modules", ".package-lock.json"), false);
  return hash.digest("hex").slice(0, 32);
}

/** The result kept under `key`, parsed by `read` (which returns undefined for a bad one). */
export function readCached<T>(
  kind: string,
  key: string | undefined,
  read: (value: unknown) => T | undefined,
): T | undefined {
  const value = key ? readCacheJson(cacheFile(kind, `${key}.json`)) : undefined;
  return value === undefined ? undefined : read(value);
}

/** Store `output` under `key`; a cache that cannot be written is skipped, never an error. */
export function writeCached(kind: string, key: string | undefined, output: unknown): void {
  if (key) writeCacheJson(cacheFile(kind, `${key}.json`), output);
}
