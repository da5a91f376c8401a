import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

function check(...paths: string[]) {
  const run = spawnSync(process.execPath, ["bin/lantern.js", "flows", "check", ...paths], {
    encoding: "utf8",
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe("lantern flows check", () => {
  it("passes the shipped flows", () => {
    const { code, out } = check();
    expect(out).toMatch(/flows OK/);
    expect(code).toBe(0);
  });

  it("rejects a broken flow with file:line: message for each problem, exit 1", () => {
    const { code, out } = check("test/fixtures/broken");
    expect(code).toBe(1);
    const lines = out.trim().split("\n");
    const expected = [
      "test/fixtures/broken/broken.yaml:9: {{flow.missing}} is not declared in vars",
      'test/fixtures/broken/broken.yaml:14: unknown step "nowhere"',
      "test/fixtures/broken/broken.yaml:11: ask needs timeout",
      "test/fixtures/broken/broken.yaml:13: flow.undeclared is not declared in vars",
      "test/fixtures/broken/broken.yaml:16: expression \"flow.mood + 'x'\"",
      'test/fixtures/broken/broken.yaml:19: template "does/not/exist" not found',
      'test/fixtures/broken/broken.yaml:18: step "orphan" can never be reached',
      "test/fixtures/broken/bypass.yaml:5: only crisis, crisis-screener, safety-plan may set safety: true",
      "test/fixtures/broken/schema.yaml:1: id: use lower-case letters",
      'test/fixtures/broken/dosing.yaml:7: step "bad": dosing or medication advice',
    ];
    for (const line of expected)
      expect(
        lines.some((l) => l.startsWith(line)),
        `missing: ${line}\n${out}`,
      ).toBe(true);
  });

  it("reports a step with two kinds at its line", () => {
    const { code, out } = check("test/fixtures/broken/two-kinds.yaml");
    expect(code).toBe(1);
    expect(out).toContain(
      "test/fixtures/broken/two-kinds.yaml:6: a step needs exactly one of say, ask",
    );
  });
});
