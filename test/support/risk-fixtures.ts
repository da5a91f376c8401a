import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** test/fixtures, where the labelled risk sets live (risk/, risk-es/). */
export const FIXTURES_DIR = join(import.meta.dirname, "..", "fixtures");

/**
 * Every labelled text in the JSON-lines files under `dir`, walked recursively (train/, tune/,
 * fresh/ included): for tests that compare two detector paths on every line we have.
 */
export function fixtureTexts(dir: string): string[] {
  const out: string[] = [];
  // Sorted, so two checkouts list the lines in one order (bench/detector-identity.ts diffs them).
  const entries = readdirSync(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...fixtureTexts(path));
    else if (entry.name.endsWith(".jsonl")) {
      for (const line of readFileSync(path, "utf8").split("\n")) {
        if (line.trim() === "") continue;
        const text = (JSON.parse(line) as { text?: unknown }).text;
        if (typeof text === "string") out.push(text);
      }
    }
  }
  return out;
}
