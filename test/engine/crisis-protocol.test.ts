import { existsSync, readFileSync } from "node:fs";
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

// Every message the protocol quotes must still be said: Lantern's words are in straight double
// quotes followed by their source, "…" (`safety/validate`) or "…" (`flows/crisis.yaml`); the
// patient's words and log lines are in curly quotes. A quote with no source, a quote its source
// (English or Spanish) no longer holds, and a template or file named that is gone all fail.
const squash = (text: string) => text.replace(/''/g, "'").replace(/\s+/g, " ").trim();

/** The files a quote's source names: a template (English and Spanish) or a file (and its Spanish words). */
function sourceFiles(source: string): string[] {
  const files = /^[a-z]+\/[a-z0-9-]+$/.test(source)
    ? [`prompts/${source}.md`, `prompts/es/${source}.md`]
    : [source, source.replace(/^flows\/(?!es\/)/, "flows/es/")];
  return [...new Set(files)].filter((f) => existsSync(f));
}

/** True when every part of the quote (split at "…") is in one of the source's files. */
function quoted(text: string, source: string): boolean {
  const bodies = sourceFiles(source).map((f) => squash(readFileSync(f, "utf8")));
  const parts = squash(text)
    .split("…")
    .map((p) => p.trim())
    .filter(Boolean);
  return bodies.some((body) => parts.every((part) => body.includes(part)));
}

interface Quote {
  text: string;
  source: string | undefined;
  line: number;
}

function quotesOf(markdown: string): Quote[] {
  const quotes: Quote[] = [];
  for (const match of markdown.matchAll(/"([^"]*)"/g)) {
    const end = (match.index ?? 0) + match[0].length;
    const source = /^\s*\(`([^`]+)`/.exec(markdown.slice(end))?.[1];
    const line = markdown.slice(0, match.index).split("\n").length;
    quotes.push({ text: match[1] ?? "", source, line });
  }
  return quotes;
}

describe("docs/crisis-protocol.md quotes", () => {
  const quotes = quotesOf(doc);

  it("quotes Lantern's words with their source, and plenty of them", () => {
    expect(
      quotes.filter((q) => q.source === undefined).map((q) => `${q.line}: "${q.text}"`),
    ).toEqual([]);
    expect(quotes.length).toBeGreaterThanOrEqual(40);
  });

  it("every quoted message is still in its template or flow", () => {
    const stale = quotes
      .filter((q) => q.source !== undefined)
      .filter(
        (q) => sourceFiles(q.source as string).length === 0 || !quoted(q.text, q.source as string),
      )
      .map((q) => `${q.line}: "${q.text}" (${q.source})`);
    expect(stale).toEqual([]);
  });

  it("a message that is no longer said fails the check", () => {
    // The high-risk resources before issue 17 QA item 2, and words from the wrong template.
    const old =
      'x "Please reach out to someone right now: {{crisis.line}}." (`safety/resources-now`)';
    const [quote] = quotesOf(old);
    expect(quote?.source).toBe("safety/resources-now");
    expect(quoted(quote?.text ?? "", "safety/resources-now")).toBe(false);
    expect(quoted("I'm still here with you.", "safety/validate")).toBe(false);
    expect(quoted("I'm still here with you.", "system/safety-heard")).toBe(true);
    expect(quoted("Sigo aquí con usted.", "system/safety-heard")).toBe(true);
    expect(quotesOf('"unsourced words" here')[0]?.source).toBeUndefined();
  });

  it("every template, flow and file the protocol names exists", () => {
    const named = [...doc.matchAll(/`([^`\s]+)`/g)].map((m) => m[1] ?? "");
    const templates = named.filter((n) => /^(safety|system|start)\/[a-z0-9-]+$/.test(n));
    expect(templates.length).toBeGreaterThan(15);
    expect(templates.filter((t) => !existsSync(`prompts/${t}.md`))).toEqual([]);
    const paths = named.filter(
      (n) => /^(src|flows|config|prompts|adapters|test|docs)\//.test(n) && !/[<*]/.test(n),
    );
    expect(paths.length).toBeGreaterThan(15);
    expect(paths.filter((p) => !existsSync(p))).toEqual([]);
  });
});
