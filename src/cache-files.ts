import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { getCompileCacheDir } from "node:module";
import { join } from "node:path";

// Lantern's own caches live beside Node's compile cache (bin/lantern.js turns it on;
// NODE_COMPILE_CACHE moves it), one folder per kind: flow parses (flow/source-cache.ts), check
// results (flow/check-cache.ts), the rules' splits (safety/detector/rule-splits.ts). Without a
// compile cache (tests, library use) there is none. A cache only ever saves work: a file that
// cannot be read or written is skipped, never an error. No patient data is ever kept here.

/** Is there a compile cache, and so a place for Lantern's own? */
export const cachesOn = (): boolean => Boolean(getCompileCacheDir?.());

/**
 * The file `name` of the cache `kind`, or undefined when there is no compile cache.
 *
 * @example
 * cacheFile("rule-splits", `${hash}.json`) // …/node-compile-cache/…/lantern-rule-splits/<hash>.json
 */
export function cacheFile(kind: string, name: string): string | undefined {
  const dir = getCompileCacheDir?.();
  return dir ? join(dir, `lantern-${kind}`, name) : undefined;
}

/** The JSON kept in `file`, or undefined when it is missing or unreadable. */
export function readCacheJson(file: string | undefined): unknown {
  if (file === undefined) return undefined;
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

/** Keep `value` as JSON in `file`, whole or not at all (a temp file renamed); folder 0700, file 0600. */
export function writeCacheJson(file: string | undefined, value: unknown): void {
  if (file === undefined) return;
  try {
    mkdirSync(join(file, ".."), { recursive: true, mode: 0o700 });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(value), { mode: 0o600 });
    renameSync(temp, file);
  } catch {
    // Read-only or full disk: the next process does the work again.
  }
}
