import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { crisisFor, loadClinicConfig } from "../../src/config/clinic.ts";

// Every locale a flow can reach has crisis resources in its own language (issue 19 item 4).
// A patient's locale is a language Lantern has flows in (English, or a flows/<lang>/ folder)
// plus whatever region the platform or LANTERN_LOCALE gives, so each such language needs its
// own entry (the fallback for any region), and the listed regions must resolve to themselves.

const config = await loadClinicConfig("config/clinic.yaml");
const languages = [
  "en",
  ...readdirSync("flows", { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^[a-z]{2}$/.test(entry.name))
    .map((entry) => entry.name),
];
// Regions a platform may send (Telegram language_code, Teams locale), configured or not.
const REGIONS = ["US", "MX", "ES", "AR", "CO", "PR", "GB", "CA", "AU"];
// Words that show an entry is still in English.
const ENGLISH = /\b(call|text|your|local|emergency number|crisis line)\b/i;

describe("crisis resources by locale", () => {
  it("finds a language for every flows/<lang>/ folder (and English)", () => {
    expect(languages).toContain("es");
  });

  for (const language of languages) {
    it(`${language}: every region falls back to ${language} resources, never another language`, () => {
      expect(config.crisis[language], `config/clinic.yaml crisis.${language}`).toBeDefined();
      for (const region of REGIONS) {
        const locale = `${language}-${region}`;
        const own = config.crisis[locale] ?? config.crisis[language];
        expect(crisisFor(config, locale), locale).toBe(own);
        const resources = crisisFor(config, locale);
        expect(resources.line.length, `${locale} line`).toBeGreaterThan(0);
        expect(resources.emergency.length, `${locale} emergency`).toBeGreaterThan(0);
        if (language !== "en")
          for (const text of Object.values(resources))
            expect(text, `${locale} is in English`).not.toMatch(ENGLISH);
      }
    });
  }

  it("a configured locale is one a flow can reach (its language has flows)", () => {
    for (const locale of Object.keys(config.crisis))
      expect(languages, locale).toContain(locale.split("-")[0]);
  });

  it("es-US: 988 in Spanish (call and press 2, text AYUDA, chat) and 911", () => {
    const us = crisisFor(config, "es-US");
    expect(us.emergency).toBe("911");
    expect(us.line).toMatch(/988/);
    expect(us.line).toMatch(/marque 2/);
    expect(us.text).toMatch(/AYUDA/);
    expect(us.text).toMatch(/988/);
    expect(us.chat).toMatch(/988lifeline\.org\/es/);
  });

  it("Mexico and Spain have their own lines and emergency numbers", () => {
    const mx = crisisFor(config, "es-MX");
    expect(mx.line).toMatch(/Línea de la Vida/);
    expect(mx.line).toMatch(/800 911 2000/);
    expect(mx.emergency).toBe("911");
    const es = crisisFor(config, "es-ES");
    expect(es.line).toMatch(/\b024\b/);
    expect(es.emergency).toBe("112");
  });
});
