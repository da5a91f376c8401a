import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cliSandbox, lantern } from "../support/cli.ts";

// `LANTERN_LOCALE=es-US lantern start`: the terminal chat as a Spanish-speaking patient reads it,
// through onboarding, a whole questionnaire, help, a whole thought record and crisis, with the
// real risk guard. Every line the patient reads must be Spanish (issue 19 item 6).

/** Words that are English only (none is a Spanish word), matched whole and case-blind. */
const ENGLISH =
  /\b(the|you|your|please|type|tap|would|thank|thanks|with|what|when|this|that|will|care team|score|range|mild|minimal|moderate|severe|hopeless|anxious|feeling|okay|here|stop|help|answer|question|session|clinic's)\b/i;

/** Lines that are meant to be in both languages: the language question (before a choice). */
const BILINGUAL = [
  "Which language would you like me to write in? / ¿En qué idioma prefiere que le escriba?",
  "1. English",
  "idioma (o language): elegir español o inglés / choose Spanish or English",
];

/** The operator console's care-team alert (clinic's language, English), not patient text. */
const CARE_TEAM = /^\[care-team alert|^\s+excerpt:/;

const input = [
  "hola",
  "2", // Español
  "1", // consent: yes
  "3", // stage: in between
  "menú",
  // Menu entries by their label: which entries show (and their numbers) follow the session dates.
  "Cuestionario sobre el estado de ánimo (PHQ-9)",
  // Items 1-9 by number in the list: "3" = "Más de la mitad de los días" (2), "1" = "Ningún día" (0).
  ...["3", "3", "3", "3", "3", "1", "1", "1", "1"],
  "2", // difficulty
  "ayuda",
  "menú",
  "Mirar un pensamiento que le molesta",
  "Me dolió la espalda en el trabajo",
  "Nunca voy a mejorar",
  "6", // Desesperanza
  "80",
  "1", // Todo o nada
  "Hoy el dolor fue fuerte",
  "El mes pasado trabajé casi todos los días",
  "Hoy fue difícil, y ya he manejado otras crisis",
  "40",
  "crisis",
  "parar",
].join("\n");

describe("lantern start with LANTERN_LOCALE=es-US", () => {
  it("shows a Spanish patient only Spanish, from first contact to the end of two flows", () => {
    const { dir, env } = cliSandbox("lantern-es-chat-");
    // Names are never translated; the shipped stand-in ("your clinic") is English on purpose.
    const clinic = join(dir, "clinic.yaml");
    writeFileSync(
      clinic,
      readFileSync("config/clinic.yaml", "utf8")
        .replace('name: "your clinic"', 'name: "Clínica Riverside"')
        .replace(`phone: "the clinic's phone number"`, 'phone: "555 0100"'),
    );
    const run = lantern(
      ["start"],
      { ...env, LANTERN_LOCALE: "es-US", LANTERN_CLINIC: clinic },
      `${input}\n`,
    );
    expect(run.status, run.stderr).toBe(0);
    const out = run.stdout;
    // The whole way through: both flows ran to their ends, in Spanish.
    for (const expected of [
      "Desde ahora le escribo en español",
      "Soy un programa de computadora, no una persona",
      "Pregunta 9 de 9",
      "Su resultado fue 10, en el rango moderado",
      "Escriba menú para ver lo que podemos hacer",
      "¿qué tan fuerte es el sentimiento (Desesperanza), del 0 al 100?",
      "Bajó de 80 a 40",
      "988 (llame y marque 2 para español)",
      "Está bien, paramos",
    ])
      expect(out).toContain(expected);
    // Office hours end in "p. m.": the sentence must not end in a doubled period.
    expect(out).not.toMatch(/\.\.(\s|$)/);
    const patientLines = out
      .split("\n")
      .map((line) => line.replace(/^Lantern: /, "").trim())
      .filter((line) => line && !CARE_TEAM.test(line) && !BILINGUAL.includes(line));
    expect(patientLines.length).toBeGreaterThan(80);
    const english = patientLines.filter((line) => ENGLISH.test(line));
    expect(english, "lines a Spanish patient reads with English words").toEqual([]);
  }, 60_000);
});
