import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { DEFAULT_POLICY } from "../../src/safety/policy.ts";

// docs/crisis-protocol.md must stay exactly true: its table against the policy and clinic.yaml.
const doc = readFileSync("docs/crisis-protocol.md", "utf8");
const clinic = parse(readFileSync("config/clinic.yaml", "utf8")) as {
  escalation: { ack_within: Record<string, string> };
};
const rows = new Map(
  doc
    .split("\n")
    .filter(
      (line) => line.startsWith("| ") && !line.startsWith("| level") && !line.startsWith("| ---"),
    )
    .map((line) => line.split("|").map((cell) => cell.trim()))
    .map((cells) => [cells[1] ?? "", cells.slice(2, 6)] as const),
);
const LEVELS = ["concern", "low", "moderate", "high", "imminent"] as const;

describe("docs/crisis-protocol.md", () => {
  it("has a row for every level, medical and misuse", () => {
    for (const level of ["none", ...LEVELS, "medical", "misuse"])
      expect(rows.has(level)).toBe(true);
  });

  it.each(LEVELS)("%s: templates, flow, urgency and backup time match the code", (level) => {
    const [sees = "", flow = "", alert = "", backup = ""] = rows.get(level) ?? [];
    const policy = DEFAULT_POLICY.levels[level];
    for (const message of policy?.messages ?? [])
      expect(sees).toContain(typeof message === "string" ? message : message.template);
    expect(flow.startsWith(policy?.flow ? `\`${policy.flow}\`` : "none")).toBe(true);
    expect(alert.startsWith(policy?.alert ?? "?")).toBe(true);
    const ack = clinic.escalation.ack_within[level] ?? "";
    if (ack === "none") expect(backup).toContain("none");
    else expect(backup).toContain(`${Number.parseInt(ack, 10)} min`);
  });

  it.each(["medical", "misuse"] as const)("%s: templates and urgency match the code", (kind) => {
    const [sees = "", flow = "", alert = ""] = rows.get(kind) ?? [];
    const policy = DEFAULT_POLICY[kind];
    for (const message of policy?.messages ?? [])
      expect(sees).toContain(typeof message === "string" ? message : message.template);
    expect(flow).toBe(policy?.flow ? `\`${policy.flow}\`` : "none");
    expect(alert.startsWith(policy?.alert ?? "?")).toBe(true);
  });
});
