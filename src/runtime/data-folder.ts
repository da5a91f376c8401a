import { chmodSync, existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Logger } from "pino";

/** One narrowed path: its mode before and after (octal strings, for the log). */
export interface Narrowed {
  path: string;
  from: string;
  to: string;
}

/**
 * Patient data stays with the account that runs Lantern: an existing data folder wider than
 * 0700 is narrowed to 0700 and the files in it (the SQLite file and its -wal/-shm, the inbound
 * journals, exports) wider than 0600 to 0600. One log line names what changed (paths and
 * modes, never contents). A folder that does not exist yet is left to whoever creates it
 * (both create theirs 0700).
 */
export function tightenDataFolder(dir: string, logger?: Pick<Logger, "warn">): Narrowed[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  const changed: Narrowed[] = [];
  const narrow = (path: string, mode: number) => {
    const current = statSync(path).mode & 0o777;
    if ((current & ~mode) === 0) return;
    chmodSync(path, current & mode);
    changed.push({ path, from: current.toString(8), to: (current & mode).toString(8) });
  };
  narrow(dir, 0o700);
  for (const entry of readdirSync(dir, { withFileTypes: true }))
    if (entry.isFile()) narrow(join(dir, entry.name), 0o600);
  if (changed.length)
    logger?.warn(
      { folder: dir, narrowed: changed },
      "data folder permissions narrowed (folder 0700, files 0600)",
    );
  return changed;
}
