#!/usr/bin/env node
// Lantern is TypeScript run by Node's type stripping (on by default from Node 22.18 and 24).
// Older 22.x releases need the flags, so re-run this file with them.
import { spawnSync } from "node:child_process";
import * as nodeModule from "node:module";

const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `Lantern needs Node.js 22.12 or newer (24 LTS recommended); this is ${process.version}.`,
  );
  process.exit(1);
}
const needsFlags = !process.features.typescript;
if (needsFlags) {
  const flags = ["--experimental-strip-types", "--experimental-sqlite", "--no-warnings"];
  const { status } = spawnSync(process.execPath, [...flags, ...process.argv.slice(1)], {
    stdio: "inherit",
  });
  process.exit(status ?? 1);
}
// Cache compiled code (Node's compile cache, in the OS temp folder by default, or
// NODE_COMPILE_CACHE): a second `lantern` command starts in about half the time.
nodeModule.enableCompileCache?.();
// node:sqlite is stable enough for us; its experimental notice would clutter the chat.
const emit = process.emitWarning;
process.emitWarning = (warning, ...rest) => {
  if (String(warning).includes("SQLite")) return;
  return emit.call(process, warning, ...rest);
};
await import("../src/cli/main.ts");
