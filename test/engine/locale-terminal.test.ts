import { describe, expect, it } from "vitest";
import { cliSandbox, lantern } from "../support/cli.ts";

// `LANTERN_LOCALE=es-US lantern chat`: the terminal, the real content, a new patient.
describe("the terminal with LANTERN_LOCALE=es-US", () => {
  it("asks the language, then greets and runs onboarding in Spanish with US crisis lines", () => {
    const { env } = cliSandbox("lantern-locale-");
    const run = lantern(["chat", "--user", "me"], { ...env, LANTERN_LOCALE: "es-US" }, "hola\n2\n");
    expect(run.status, run.stderr).toBe(0);
    const out = run.stdout;
    expect(out).toContain("¿En qué idioma prefiere que le escriba?");
    expect(out).toContain("Desde ahora le escribo en español");
    expect(out).toContain("Soy un programa de computadora");
    // es-US crisis resources (config/clinic.yaml), not the generic Spanish fallback.
    expect(out).toContain("988");
    expect(out).toMatch(/1\. Sí, está bien/);
    expect(out).not.toContain("Is it okay with you");
  });

  it("with LANTERN_LOCALE=en-US and the patient choosing English, stays English", () => {
    const { env } = cliSandbox("lantern-locale-");
    const run = lantern(["chat", "--user", "me"], { ...env, LANTERN_LOCALE: "en-US" }, "hi\n1\n");
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("From now on I will write to you in English");
    expect(run.stdout).toContain("Is it okay with you that I save your answers");
  });
});
