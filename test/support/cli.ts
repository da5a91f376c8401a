import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A temp dir, a SQLite store file in it, and an environment with no platform configured. */
export function cliSandbox(prefix = "lantern-cli-") {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const file = join(dir, "s.sqlite");
  const env: NodeJS.ProcessEnv = { ...process.env, LANTERN_STORE: `sqlite://${file}` };
  for (const key of Object.keys(env))
    if (/^(TELEGRAM|SLACK|TEAMS|MICROSOFT)_/.test(key)) delete env[key];
  return { dir, file, env };
}

/** Run `bin/lantern.js` as an operator would, with `input` on stdin. */
export function lantern(args: string[], env: NodeJS.ProcessEnv, input = "") {
  return spawnSync(process.execPath, ["bin/lantern.js", ...args], {
    env,
    input,
    encoding: "utf8",
    timeout: 30_000,
  });
}
