import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lantern } from "../support/cli.ts";

// `lantern flows check` prints its last result again when nothing it reads has changed
// (src/flow/check-cache.ts); any edit to a flow runs the check in full.

function sandbox() {
  const root = mkdtempSync(join(tmpdir(), "lantern-check-cache-"));
  const flows = join(root, "flows");
  cpSync("test/fixtures/i18n/flows", flows, { recursive: true });
  const cache = join(root, "compile-cache");
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_COMPILE_CACHE: cache };
  const check = () => {
    const run = lantern(["flows", "check", flows], env);
    return { code: run.status, out: run.stdout, err: run.stderr };
  };
  const stored = () =>
    readdirSync(cache, { recursive: true, encoding: "utf8" }).filter((f) =>
      /lantern-flows-check[\\/]\w+\.json$/.test(f),
    );
  return { flows, check, stored, cache };
}

describe("flows check cache", () => {
  it("repeats an unchanged check's output and exit code; an edit is checked again", () => {
    const { flows, check, stored, cache } = sandbox();
    const first = check();
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/3 flows OK \(en, es\)/);
    const [entry] = stored();
    expect(stored()).toHaveLength(1);
    expect(check()).toEqual(first);
    // The second run printed what was stored: a marked copy shows through.
    const marked = { stdout: "from the cache\n", stderr: "", code: 0 };
    writeFileSync(join(cache, entry as string), JSON.stringify(marked));
    expect(check().out).toBe("from the cache\n");

    const file = join(flows, "hello.yaml");
    const original = readFileSync(file, "utf8");
    writeFileSync(file, original.replace(/next: bye/, "next: nowhere"));
    const broken = check();
    expect(broken.code).toBe(1);
    expect(broken.out).toContain('unknown step "nowhere"');
    expect(broken.err).toMatch(/problem\(s\) found/);
    expect(stored()).toHaveLength(2);
    expect(check()).toEqual(broken);

    writeFileSync(file, original);
    expect(check().out).toBe("from the cache\n");
    expect(stored()).toHaveLength(2);
  }, 60_000);

  it("runs the check in full when the stored result is unreadable", () => {
    const { check, stored, cache } = sandbox();
    const first = check();
    const [entry] = stored();
    writeFileSync(join(cache, entry as string), "{not json");
    expect(check()).toEqual(first);
    expect(JSON.parse(readFileSync(join(cache, entry as string), "utf8")).code).toBe(0);
  }, 60_000);

  it("skips the content checks of unchanged content that passed, never of edited content", () => {
    const { flows, check, cache } = sandbox();
    expect(check().code).toBe(0);
    const contentDir = join(
      cache,
      ...[
        readdirSync(cache, { recursive: true, encoding: "utf8" }).find((f) =>
          /lantern-content$/.test(f),
        ) as string,
      ],
    );
    const [entry] = readdirSync(contentDir);
    const forget = () =>
      rmSync(join(contentDir, "..", "lantern-flows-check"), { recursive: true, force: true });
    // What a start reads: the warnings of the content checks, shown through a marked copy.
    const marked = { warnings: [{ file: "marked.yaml", line: 7, message: "kept by the cache" }] };
    writeFileSync(join(contentDir, entry as string), JSON.stringify(marked));
    forget();
    expect(check().out).toContain("marked.yaml:7: kept by the cache");
    // A flow edited to a broken one: a new key, the checks run and refuse it.
    const file = join(flows, "hello.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace(/next: bye/, "next: nowhere"));
    forget();
    const refused = check();
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('unknown step "nowhere"');
    expect(refused.out).not.toContain("kept by the cache");
  }, 60_000);
});
