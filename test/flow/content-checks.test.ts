import { describe, expect, it } from "vitest";
import {
  checkContent,
  dosingAdvice,
  MAX_GRADE,
  readingGrade,
} from "../../src/flow/content-checks.ts";
import { loadFlows, parseFlow } from "../../src/flow/load.ts";
import { loadTemplates, parseTemplate, type Template } from "../../src/prompts/templates.ts";

function flow(steps: string, extra = ""): ReturnType<typeof parseFlow>["loaded"] & object {
  const text = `id: t\nversion: 1\ntitle: T\ndescription: d\n${extra}steps:\n${steps}`;
  const { loaded, problems } = parseFlow("flows/t.yaml", text);
  if (!loaded) throw new Error(problems.map((p) => p.message).join("; "));
  return loaded;
}

function templates(...entries: [string, string][]): Map<string, Template> {
  const map = new Map<string, Template>();
  for (const [name, text] of entries) {
    const t = parseTemplate(name, `prompts/${name}.md`, text);
    if ("message" in t) throw new Error(t.message);
    map.set(name, t);
  }
  return map;
}

const HARD =
  "Psychopharmacological interventions necessitate comprehensive individualized evaluation, considering neurobiological heterogeneity and contraindications.";

describe("dosingAdvice", () => {
  it.each([
    "Take 2 tablets before bed.",
    "Increase your dose to 50 mg.",
    "You could increase your dose next time.",
    "Stop taking your medication if you feel sick.",
    "Double the dose if nothing happens.",
    "Take some ibuprofen for the headache.",
    "A higher dose of ketamine may work better.",
    "Use 5 ml of the syrup.",
    "Skip your meds on session days.",
  ])("flags %j", (sentence) => {
    expect(dosingAdvice(sentence)).toBeDefined();
  });

  it.each([
    "Talk to your doctor about your medication.",
    "If you have questions about your other medicines, please ask the clinic.",
    "Your doctor decides how much you get at each session.",
    "I can't give advice about medicines.",
    "Take a short walk twice a day.",
    "Take a slow breath in, and a longer breath out.",
  ])("lets %j pass", (sentence) => {
    expect(dosingAdvice(sentence)).toBeUndefined();
  });

  it("does not let a referral excuse an exact amount", () => {
    expect(dosingAdvice("Ask your doctor, then take 50 mg.")).toBeDefined();
  });
});

describe("readingGrade", () => {
  it("skips messages too short to grade", () => {
    expect(readingGrade("How tense do you feel?")).toBeUndefined();
  });

  it("grades plain text low and dense text high", () => {
    const plain = readingGrade(
      "Breathe in for a count of 4. Then breathe out slowly for a count of 6. Do this five times.",
    );
    expect(plain?.grade).toBeLessThan(6);
    expect(readingGrade(`${HARD} ${HARD}`)?.grade).toBeGreaterThan(MAX_GRADE);
  });
});

describe("checkContent", () => {
  it("points a dosing problem at the step's line, in says, asks, retries and choices", () => {
    const loaded = flow(
      [
        '  - say: "Hello there."',
        '  - ask: "Ready?"',
        "    expect: choice",
        "    choices:",
        '      - { id: more, label: "Take 2 more pills" }',
        '    retries: { max: 1, say: "Or just increase your dose.", exhausted: END }',
        "    timeout: { after: 1h, next: END }",
        '  - say: "Take 2 tablets with water."',
      ].join("\n"),
    );
    const problems = checkContent([loaded], new Map());
    expect(problems.map((p) => p.line).sort()).toEqual([10, 11, 13]);
    expect(
      problems.every(
        (p) => p.file === "flows/t.yaml" && /dosing or medication advice/.test(p.message),
      ),
    ).toBe(true);
  });

  it("reports a hard message at its line, and checks templates at their body line", () => {
    const loaded = flow(`  - say: "${HARD} ${HARD}"\n  - say: { template: x/hard }\n`);
    const problems = checkContent(
      [loaded],
      templates(["x/hard", `---\npurpose: test\n---\n${HARD} ${HARD}\n`]),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: "flows/t.yaml",
        line: 6,
        message: expect.stringMatching(/reading level is grade/),
      }),
      expect.objectContaining({
        file: "prompts/x/hard.md",
        line: 4,
        message: expect.stringMatching(/reading level/),
      }),
    ]);
  });

  it("exempts published questionnaire items but still grades our own words around them", () => {
    const item =
      "Having strong negative beliefs about yourself, other people, or the world (for example, having thoughts such as: I am bad, there is something seriously wrong with me, no one can be trusted, the world is completely dangerous)?";
    const ok = flow(`  - say: "Question 9 of 20\\n${item}"\n`);
    expect(checkContent([ok], new Map())).toEqual([]);
    const bad = flow(`  - say: "${HARD} ${HARD}\\n${item}"\n`);
    expect(checkContent([bad], new Map())).toHaveLength(1);
  });

  it("skips LLM prompts (instructions to a model), not the fallback a patient sees", () => {
    const loaded = flow('  - generate: { prompt: llm/reflect, fallback: "Take 2 tablets now." }\n');
    const map = templates([
      "llm/reflect",
      "---\npurpose: prompt\n---\nNever mention mg or doses.\n",
    ]);
    const problems = checkContent([loaded], map);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toBe("flows/t.yaml");
  });

  it("passes the shipped flows and prompts", async () => {
    const { flows } = await loadFlows(["flows"]);
    const { templates: shipped } = await loadTemplates("prompts");
    expect(checkContent(flows, shipped)).toEqual([]);
  });
});

describe("dosing lexicon: every verb form", () => {
  it("catches -ing and -ed forms of changing a dose or medication", async () => {
    const { dosingAdvice } = await import("../../src/flow/content-checks.ts");
    for (const text of [
      "Consider increasing the ketamine dose next time.",
      "Try reducing your medication this week.",
      "Changing your meds may help.",
      "Stopping your medication is fine.",
      "You could be cutting your dose in half.",
    ]) {
      expect(dosingAdvice(text), text).toBeDefined();
    }
    expect(dosingAdvice("Talk to your doctor about your medication.")).toBeUndefined();
  });
});
