// The two suites split the tests that need a server from those that do not (README "Tests"): a
// file that reaches for Redis or PostgreSQL must be listed in vitest.config.ts, or `npm test`
// would fail on a machine without them and `npm run test:stores` would never run it.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { SERVER_TEST_FILES, STORES_SUITE_MIXED_FILES } from "../vitest.config.ts";

const ROOT = join(import.meta.dirname, "..");

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return entry.name.endsWith(".test.ts") ? [relative(ROOT, path)] : [];
  });
}

const files = testFiles(join(ROOT, "test"));
const source = (file: string) => readFileSync(join(ROOT, file), "utf8");
// serviceUrl and inject reach the suite's shared servers; the own-server helpers start a
// server a test may stop and restart (test/store/outage-servers.ts).
const needsServer = (file: string) =>
  /\bserviceUrl\(|inject\(\s*["'](?:redisUrl|postgresUrl)["']|\bown(?:Redis|Postgres)\(/.test(
    source(file),
  );

describe("test suites", () => {
  it("lists every file that needs a Redis or PostgreSQL server in vitest.config.ts", () => {
    const listed = [...SERVER_TEST_FILES, ...STORES_SUITE_MIXED_FILES];
    expect(files.filter(needsServer).filter((f) => !listed.includes(f))).toEqual([]);
    expect(listed.filter((f) => !files.includes(f) || !needsServer(f))).toEqual([]);
  });

  it("has each file run by both suites pick its store kinds with suiteKinds()", () => {
    expect(STORES_SUITE_MIXED_FILES.filter((f) => !source(f).includes("suiteKinds("))).toEqual([]);
  });
});
