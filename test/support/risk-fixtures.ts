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
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
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
