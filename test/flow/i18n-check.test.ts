import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { slugify } from "../../src/engine/answers.ts";
import { choiceId } from "../../src/flow/locale-messages.ts";
import { dosingAdviceEs, fernandezHuerta, syllablesEs } from "../../src/flow/reading-level-es.ts";

// `lantern flows check` per language (docs/i18n.md), on a temp copy of the fixture flows in
// test/fixtures/i18n/flows with one thing wrong at a time.

function check(dir: string, env: NodeJS.ProcessEnv = {}) {
  const run = spawnSync(process.execPath, ["bin/lantern.js", "flows", "check", dir], {
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  return { code: run.status, out: run.stdout };
}

function fixture(): { dir: string; rel: string } {
  const dir = join(mkdtempSync(join(tmpdir(), "lantern-i18n-check-")), "flows");
  cpSync("test/fixtures/i18n/flows", dir, { recursive: true });
  return { dir, rel: relative(process.cwd(), dir) };
}

function edit(file: string, change: (text: string) => string): void {
  writeFileSync(file, change(readFileSync(file, "utf8")));
}

describe("flows check per language", () => {
  it("passes a complete translation; a flow with no Spanish file is a warning only", () => {
    const { dir, rel } = fixture();
    const { code, out } = check(dir);
    expect(out).toContain(`${rel}/es/plain.yaml:1: warning: plain has no es translation yet`);
    expect(out).toMatch(/3 flows OK \(en, es\), \d+ warning/);
    expect(code).toBe(0);
    // Strict (once the content is complete): the same gap fails the check.
    expect(check(dir, { LANTERN_I18N_STRICT: "1" }).code).toBe(1);
  });

  it("reports a missing Spanish message with file:line, and names the English line", () => {
    const { dir, rel } = fixture();
    edit(join(dir, "es/hello.yaml"), (t) => t.replace(/^ {2}bye\.say:.*\n/m, ""));
    const { code, out } = check(dir);
    expect(code).toBe(1);
    // Line 4 starts the Spanish file's messages; line 31 is bye's say in the English one.
    expect(out).toContain(
      `${rel}/es/hello.yaml:4: missing message "bye.say" (${rel}/hello.yaml:31: "Goodbye.")`,
    );
  });

  it("reports extra keys (a step or choice that no longer exists) at their own line", () => {
    const { dir, rel } = fixture();
    edit(
      join(dir, "es/hello.yaml"),
      (t) => `${t}  gone.say: "Ya no existe."\n  speed.choice.medium: "Medio"\n`,
    );
    const { code, out } = check(dir);
    expect(code).toBe(1);
    expect(out).toContain(`${rel}/es/hello.yaml:14: extra message "gone.say": no step "gone"`);
    expect(out).toContain(
      `${rel}/es/hello.yaml:15: extra message "speed.choice.medium": that step has no such text or choice`,
    );
  });

  it("reports a slot set that differs from English, a translation of no flow, and Spanish dosing words", () => {
    const { dir, rel } = fixture();
    edit(join(dir, "es/hello.yaml"), (t) =>
      t
        .replace('greet.say: "Hola, ¿qué tal?"', 'greet.say: "Hola, {{user.name}}."')
        .replace(
          'ready.retry: "Responda sí o no."',
          'ready.retry: "Tome dos pastillas y responda."',
        )
        .replace('speed.retry: "Toque una opción."', 'speed.retry: "Take two pills y toque una."'),
    );
    writeFileSync(join(dir, "es/ghost.yaml"), 'flow: ghost\nlocale: es\nmessages:\n  title: "x"\n');
    const { code, out } = check(dir);
    expect(code).toBe(1);
    expect(out).toContain(
      `${rel}/es/hello.yaml:6: "greet.say" has slots {user.name} but English has {none}`,
    );
    expect(out).toContain(`${rel}/es/ghost.yaml:1: no flow "ghost"`);
    expect(out).toMatch(
      new RegExp(`${rel}/es/hello.yaml:8: "ready.retry": dosing or medication advice`),
    );
    // English words in a Spanish message get the English rules too.
    expect(out).toMatch(
      new RegExp(`${rel}/es/hello.yaml:10: "speed.retry": dosing or medication advice`),
    );
  });

  it("holds a questionnaire's Spanish words to src/measures/wording-es.ts", () => {
    const { dir, rel } = fixture();
    cpSync("flows/phq9.yaml", join(dir, "phq9.yaml"));
    cpSync("flows/es/phq9.yaml", join(dir, "es/phq9.yaml"));
    expect(check(dir).out).not.toContain("published Spanish wording");
    edit(join(dir, "es/phq9.yaml"), (t) =>
      t.replace("Poco interés o placer en hacer cosas", "Poco interés en las cosas"),
    );
    const { code, out } = check(dir);
    expect(code).toBe(1);
    expect(out).toMatch(
      new RegExp(`${rel}/es/phq9.yaml:\\d+: "q1.ask" is not the published Spanish wording`),
    );
  });
});

describe("Spanish reading ease and dosing words", () => {
  it("counts Spanish syllables: diphthongs, hiatus, silent u", () => {
    expect(syllablesEs("tiene")).toBe(2);
    expect(syllablesEs("día")).toBe(2);
    expect(syllablesEs("leer")).toBe(2);
    expect(syllablesEs("muy")).toBe(1);
    expect(syllablesEs("quiero")).toBe(2);
    expect(syllablesEs("respiración")).toBe(4);
    expect(syllablesEs("ahora")).toBe(3);
  });

  it("scores plain Spanish above the warning threshold and dense Spanish below it", () => {
    const plain = fernandezHuerta(
      "Siéntese. Respire despacio. Cuente hasta cuatro. Suelte el aire. Hágalo tres veces más.",
    );
    const dense = fernandezHuerta(
      "La implementación sistemática de estrategias terapéuticas individualizadas requiere consideraciones metodológicas extraordinariamente complejas y multidimensionales.",
    );
    expect(plain?.ease).toBeGreaterThan(70);
    expect(dense?.ease).toBeLessThan(30);
    expect(fernandezHuerta("Hola.")).toBeUndefined();
  });

  it("flags Spanish dosing advice, not a referral to the care team", () => {
    expect(dosingAdviceEs("Tome dos pastillas antes de dormir.")).toBeDefined();
    expect(dosingAdviceEs("Puede aumentar la dosis si le duele.")).toBeDefined();
    expect(dosingAdviceEs("Son 50 mg por la mañana.")).toBeDefined();
    expect(dosingAdviceEs("Reduzca su medicamento a la mitad.")).toBeDefined();
    expect(dosingAdviceEs("Pregunte a su médico antes de cambiar su medicamento.")).toBeUndefined();
    expect(dosingAdviceEs("Respire despacio y cuente hasta cuatro.")).toBeUndefined();
  });
});

describe("message keys", () => {
  it("a plain-string choice's key uses the id the engine gives it", () => {
    for (const label of ["Not at all", "Tell me more!", "Sí, está bien", "  ", "A/B test"])
      expect(choiceId(label)).toBe(slugify(label));
  });
});
