import { createHash } from "node:crypto";
import { statSync } from "node:fs";
import { join } from "node:path";
import { cacheFile, cachesOn, readCacheJson, writeCacheJson } from "../../cache-files.ts";
import { type Anchors, alternativeSources, anchorsOf } from "./anchors.ts";

// A rule's top-level alternatives and each one's first words (anchors.ts), which the fast
// path's index is built from. Reading them from 835 rules' sources is ~0.13 s: once per rule
// object in a process (the primary, framed and warm-up indexes share rules), and kept across
// processes beside Node's compile cache (bin/lantern.js turns it on; NODE_COMPILE_CACHE moves
// it), keyed by every rule's source and flags and by anchors.ts itself, so a first check after
// start or a one-line `lantern risk classify` does not parse them again. Without a compile
// cache (tests, library use) they are read from the sources, as before.

/** One alternative of a rule: its source, and the first words a match of it can begin with. */
export interface Alternative {
  source: string;
  anchors: Anchors | undefined;
}

const SPLITS = new WeakMap<RegExp, Alternative[]>();

/** `re`'s alternatives, read from its source once per pattern object. */
export function splitOf(re: RegExp): Alternative[] {
  let split = SPLITS.get(re);
  if (split === undefined) {
    split = alternativeSources(re).map((source) => ({
      source,
      anchors: anchorsOf({ source, flags: re.flags } as RegExp),
    }));
    SPLITS.set(re, split);
  }
  return split;
}

type Stored = [string, string[], string[]][][];

const strings = (v: unknown): boolean => Array.isArray(v) && v.every((x) => typeof x === "string");

/** A stored list of this length, each alternative [source, exact words, prefixes] or nulls. */
function isStored(value: unknown, length: number): value is Stored {
  return (
    Array.isArray(value) &&
    value.length === length &&
    value.every(
      (split) =>
        Array.isArray(split) &&
        split.length > 0 &&
        split.every(
          (alt) =>
            Array.isArray(alt) &&
            typeof alt[0] === "string" &&
            (alt[1] === null ? alt[2] === null : strings(alt[1]) && strings(alt[2])),
        ),
    )
  );
}

function splitsFile(patterns: readonly RegExp[]): string | undefined {
  if (!cachesOn()) return undefined;
  const hash = createHash("sha256");
  for (const file of ["anchors.ts", "rule-splits.ts"]) {
    const info = statSync(join(import.meta.dirname, file), { throwIfNoEntry: false });
    hash.update(`${file}:${info?.size}:${info?.mtimeMs}\0`);
  }
  for (const re of patterns) hash.update(`${re.flags}\0${re.source}\0`);
  return cacheFile("rule-splits", `${hash.digest("hex").slice(0, 32)}.json`);
}

/**
 * Read every pattern's alternatives from the cache when it holds this exact list; otherwise
 * read them from the sources and store them for the next process. Never an error: a cache
 * that cannot be read or written is skipped.
 */
export function loadSplits(patterns: readonly RegExp[]): void {
  const file = splitsFile(patterns);
  if (file === undefined) return;
  const stored = readCacheJson(file);
  if (isStored(stored, patterns.length)) {
    patterns.forEach((re, k) => {
      const alternatives = (stored[k] ?? []).map(([source, exact, prefix]) => ({
        source,
        anchors: exact === null ? undefined : { exact, prefix },
      }));
      if (!SPLITS.has(re)) SPLITS.set(re, alternatives);
    });
    return;
  }
  writeCacheJson(
    file,
    patterns.map((re) =>
      splitOf(re).map(({ source, anchors }) => [
        source,
        anchors?.exact ?? null,
        anchors?.prefix ?? null,
      ]),
    ),
  );
}
