import { describe, expect, it } from "vitest";
import { loadClinicConfig } from "../../src/config/clinic.ts";
import { clinicFactsFor } from "../../src/config/clinic-locale.ts";

// {{clinic.*}} and {{care_team.*}} in the patient's language (config/clinic.yaml translations).

const config = await loadClinicConfig("config/clinic.yaml");

describe("clinic facts by language", () => {
  it("a Spanish locale gets the Spanish facts, over the clinic's own", () => {
    const es = clinicFactsFor(config, "es-MX");
    expect(es.care_team.response_time).toMatch(/^en horario de oficina/);
    expect(es.clinic.route).toMatch(/inyección/);
    // Not translated: names and numbers stay the clinic's.
    expect(es.clinic.name).toBe(config.clinic.name);
    expect(es.clinic.phone).toBe(config.clinic.phone);
  });

  it("English, and a language with no translation, keep the clinic's values", () => {
    expect(clinicFactsFor(config, "en-US")).toEqual({
      clinic: config.clinic,
      care_team: config.care_team,
    });
    expect(clinicFactsFor(config, "fr-FR").care_team).toBe(config.care_team);
    expect(clinicFactsFor(config, undefined).clinic).toBe(config.clinic);
  });

  it("every translated fact names a fact the clinic has (no typo'd keys)", () => {
    for (const [language, translation] of Object.entries(config.translations))
      for (const key of Object.keys(translation.clinic))
        expect(Object.keys(config.clinic), `translations.${language}.clinic.${key}`).toContain(key);
  });
});
