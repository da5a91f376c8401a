import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli/commands.ts";
import { cliSandbox, lantern } from "../support/cli.ts";

// An operator copies help examples as they are: each must name something that exists.
describe("help says only what is true", () => {
  const lines = Object.values(COMMANDS).flatMap((c) => [...(c.options ?? []), ...c.examples]);

  it("every --flow in an example names a flow in flows/", () => {
    const flows = lines.flatMap((l) =>
      [...l.matchAll(/--flow ([a-z][a-z0-9-]*)/g)].map((m) => m[1]),
    );
    expect(flows.length).toBeGreaterThan(0);
    for (const id of flows) expect(existsSync(`flows/${id}.yaml`), `--flow ${id}`).toBe(true);
  });

  it("chat --help does not send the operator to flows check for a list it does not print", () => {
    const { env } = cliSandbox();
    expect(lantern(["flows", "check"], env).stdout).not.toMatch(/\bphq9\b/);
    expect(lantern(["chat", "--help"], env).stdout).not.toContain("flows check lists");
  });
});
