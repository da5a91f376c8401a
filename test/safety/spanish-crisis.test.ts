import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { globalsFor } from "../../src/app.ts";
import { crisisFor, loadClinicConfig } from "../../src/config/clinic.ts";
import { renderSlots, slotNames } from "../../src/prompts/templates.ts";

// Every {{crisis.*}} slot any prompt uses, read from the prompt files themselves.
function crisisSlotsInPrompts(dir = "prompts"): Set<string> {
  const slots = new Set<string>();
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".md"))
        for (const name of slotNames(readFileSync(path, "utf8")))
          if (name.startsWith("crisis.")) slots.add(name.slice("crisis.".length));
    }
  };
  walk(dir);
  return slots;
}

describe("crisis resources in Spanish", () => {
  it("every configured locale has an emergency number and a line, in a valid locale key", async () => {
    const clinic = await loadClinicConfig("config/clinic.yaml");
    const locales = Object.keys(clinic.crisis);
    expect(locales).toEqual(expect.arrayContaining(["en-US", "es-US", "es-MX", "es-ES", "es"]));
    for (const locale of locales) {
      const r = clinic.crisis[locale];
      expect(r?.emergency.trim(), locale).not.toBe("");
      expect(r?.line.trim(), locale).not.toBe("");
      expect(locale).toMatch(/^[a-z]{2}(-[A-Z]{2})?$/);
    }
  });

  it("prompts use only crisis fields the schema knows, and required ones render for every locale", async () => {
    const clinic = await loadClinicConfig("config/clinic.yaml");
    const known = new Set(["emergency", "line", "text", "chat", "note"]);
    const used = crisisSlotsInPrompts();
    expect(used.size).toBeGreaterThan(0);
    for (const slot of used) expect(known.has(slot), slot).toBe(true);
    for (const locale of Object.keys(clinic.crisis)) {
      const text = renderSlots(
        "{{crisis.emergency}} | {{crisis.line}}",
        globalsFor(clinic)(locale),
      );
      expect(text, locale).not.toMatch(/^ \||\| $/);
    }
  });

  it("es-US gives 988 in Spanish (press 2, text AYUDA, chat) and 911", async () => {
    const r = crisisFor(await loadClinicConfig("config/clinic.yaml"), "es-US");
    expect(r.emergency).toBe("911");
    expect(r.line).toMatch(/988.*marque 2/);
    expect(r.text).toMatch(/AYUDA.*988/);
    expect(r.chat).toContain("988lifeline.org/es");
  });

  it("es-MX gives Línea de la Vida and 911; es-ES gives 024 and 112", async () => {
    const clinic = await loadClinicConfig("config/clinic.yaml");
    expect(crisisFor(clinic, "es-MX")).toMatchObject({ emergency: "911" });
    expect(crisisFor(clinic, "es-MX").line).toContain("800 911 2000");
    expect(crisisFor(clinic, "es-ES")).toMatchObject({ emergency: "112" });
    expect(crisisFor(clinic, "es-ES").line).toMatch(/^024\b/);
  });

  it("another Spanish country falls back to the generic Spanish entry, never to 911", async () => {
    const clinic = await loadClinicConfig("config/clinic.yaml");
    const r = crisisFor(clinic, "es-AR");
    expect(r.emergency).not.toBe("911");
    expect(r.line).toMatch(/línea de crisis/);
    expect(globalsFor(clinic, "es-US")(undefined).crisis.line).toContain("988");
  });

  it("the loader rejects a locale entry without an emergency number, and a bad locale key", async () => {
    const dir = mkdtempSync(join(tmpdir(), "clinic-es-"));
    const missing = join(dir, "missing.yaml");
    writeFileSync(missing, 'clinic:\n  name: x\ncrisis:\n  es-MX:\n    line: "800 911 2000"\n');
    await expect(loadClinicConfig(missing)).rejects.toThrow(/crisis\.es-MX\.emergency/);
    const badKey = join(dir, "bad-key.yaml");
    writeFileSync(
      badKey,
      'clinic:\n  name: x\ncrisis:\n  spanish:\n    emergency: "911"\n    line: "988"\n',
    );
    await expect(loadClinicConfig(badKey)).rejects.toThrow(/crisis\.spanish/);
  });
});
