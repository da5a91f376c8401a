// {{crisis.line}} carries how to reach the line ("988 (call or text)", "Samaritans on 116 123"),
// so no text may put "call or text" in front of it (issue 17: "call or text 988 (call or text)",
// Samaritans offered by text). Covers the templates and the inline fallbacks in code.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { globalsFor } from "../../src/app.ts";
import { loadClinicConfig } from "../../src/config/clinic.ts";
import { loadTemplates, renderSlots } from "../../src/prompts/templates.ts";

const ROOT = join(import.meta.dirname, "../..");

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => ext.test(f) && !f.includes("node_modules"))
    .map((f) => join(dir, f));
}

describe("crisis line wording", () => {
  it("no template, flow or code fallback says 'call or text' before {{crisis.line}}", () => {
    const all = [
      ...files("prompts", /\.md$/),
      ...files("flows", /\.ya?ml$/),
      ...files("src", /\.ts$/),
      ...files("adapters", /\.ts$/),
    ];
    expect(all.length).toBeGreaterThan(50);
    const bad = all.filter((f) =>
      /call or text\s*\{\{\s*crisis\.line/i.test(readFileSync(join(ROOT, f), "utf8")),
    );
    expect(bad).toEqual([]);
  });

  it("the Telegram outage and flood texts are templates that read right for en-US and en-GB", async () => {
    const { templates } = await loadTemplates(join(ROOT, "prompts"));
    const clinic = await loadClinicConfig(join(ROOT, "config/clinic.yaml"));
    for (const name of ["system/store-down-kept", "system/flood", "system/invite-limited"]) {
      const body = templates.get(name)?.body;
      expect(body, name).toBeTruthy();
      const us = renderSlots(body ?? "", globalsFor(clinic)("en-US"));
      expect(us, name).toContain("988 (call or text)");
      expect(us, name).not.toMatch(/call or text 988/);
      const gb = renderSlots(body ?? "", globalsFor(clinic)("en-GB"));
      expect(gb, name).toContain("Samaritans on 116 123");
      expect(gb, name).not.toMatch(/text Samaritans/i);
    }
  });
});
