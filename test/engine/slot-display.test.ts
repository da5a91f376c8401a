import { describe, expect, it } from "vitest";
import { slotDisplay } from "../../src/engine/slot-display.ts";
import { parseFlow } from "../../src/flow/load.ts";
import { localiseFlow } from "../../src/flow/locale-messages.ts";
import type { Flow } from "../../src/flow/schema.ts";
import { renderSlots } from "../../src/prompts/templates.ts";

// How a Spanish patient reads a stored value (issue 19 items 1-2): band ids and tapped choices in
// Spanish; stored values, numbers, clinic facts and the patient's own words untouched.

function flow(id: string, yaml: string, es: Record<string, string>): Flow {
  const parsed = parseFlow(
    `flows/${id}.yaml`,
    `id: ${id}\nversion: 1\ntitle: T\ndescription: D\n${yaml}`,
  );
  if (!parsed.loaded) throw new Error(JSON.stringify(parsed.problems));
  return localiseFlow(parsed.loaded.flow, { flow: id, language: "es", messages: es } as never);
}

const goals = flow(
  "goals",
  `vars: { flow.pick: string, user.goal: string, user.feelings: list }
steps:
  - id: pick
    ask: "Pick one"
    expect: choice
    into: flow.pick
    choices:
      - { id: screens, label: "No screens", value: "no screens before bed" }
      - { id: other, label: "Something else", value: "other" }
      - "Four"
  - id: copy
    set: { user.goal: "flow.pick" }
`,
  {
    title: "T",
    "pick.ask": "Elija una",
    "pick.choice.screens": "Sin pantallas",
    "pick.choice.other": "Otra cosa",
    "pick.choice.four": "Cuatro",
  },
);

const other = flow(
  "other",
  `vars: { flow.x: string }
steps:
  - id: x
    ask: "X"
    expect: choice
    into: flow.x
    choices:
      - { id: other, label: "Other", value: "other" }
      - { id: calm, label: "Calm", value: "calm" }
      - { id: n, label: "Four", value: "4" }
`,
  {
    title: "T",
    "x.ask": "X",
    "x.choice.other": "Algo distinto",
    "x.choice.calm": "Calma",
    "x.choice.n": "Cuatro",
  },
);

const values = {
  flow: { result: { total: 8, band: "mild" }, pick: "other", x: "calm" },
  user: { goal: "no screens before bed", mood: "calm", feelings: ["calm", "sad"], own: "4" },
  clinic: { fasting_hours: "4", name: "calm" },
};

function render(text: string, language = "es", own: Flow | undefined = goals): string {
  return renderSlots(
    text,
    values,
    slotDisplay(language, own, () => [goals, other]),
  );
}

describe("slotDisplay", () => {
  it("adds nothing in English: the values were written for English sentences", () => {
    expect(slotDisplay("en", goals, () => [goals])).toBeUndefined();
    expect(render("{{flow.result.band}} / {{user.goal}}", "en")).toBe(
      "mild / no screens before bed",
    );
  });

  it("shows a band in Spanish and leaves an unknown band as it is", () => {
    expect(render("en el rango {{flow.result.band}}")).toBe("en el rango leve");
    expect(
      renderSlots(
        "{{flow.band}}",
        { flow: { band: "odd" } },
        slotDisplay("es", goals, () => []),
      ),
    ).toBe("odd");
  });

  it("shows a tapped choice by its Spanish label, its own flow first, then any flow", () => {
    // "other" is in both flows: the flow being rendered wins.
    expect(render("{{flow.pick}}")).toBe("Otra cosa");
    expect(render("{{flow.pick}}", "es", other)).toBe("Algo distinto");
    // Copied into user.goal by a set step, still found.
    expect(render("Meta: {{user.goal}}")).toBe("Meta: Sin pantallas");
    // flow.* is the rendered flow's own: another flow's choice of the same value does not apply.
    expect(render("{{flow.x}}")).toBe("calm");
    expect(render("{{flow.x}}", "es", other)).toBe("Calma");
    // user.* from another flow, and in a list.
    expect(render("{{user.mood}}")).toBe("Calma");
    expect(render("{{user.feelings}}")).toBe("Calma, sad");
  });

  it("never renames numbers from other flows, clinic facts or the patient's own words", () => {
    expect(render("{{user.own}} / {{clinic.fasting_hours}} / {{clinic.name}}")).toBe(
      "4 / 4 / calm",
    );
    expect(render("{{user.own}}", "es", other)).toBe("Cuatro");
    expect(
      renderSlots(
        "{{user.note}}",
        { user: { note: "Me ayuda caminar" } },
        slotDisplay("es", goals, () => [goals, other]),
      ),
    ).toBe("Me ayuda caminar");
  });

  it("writes a label in lower case inside a sentence, as written after a colon, quote or bracket", () => {
    expect(render("¿Cuántos minutos de {{user.mood}} podría hacer?")).toBe(
      "¿Cuántos minutos de calma podría hacer?",
    );
    expect(render('Meta: {{user.goal}} / "{{user.mood}}" / ({{user.mood}})')).toBe(
      'Meta: Sin pantallas / "Calma" / (Calma)',
    );
    // The patient's own words are never recased.
    expect(
      renderSlots(
        "minutos de {{user.note}}",
        { user: { note: "Nadar" } },
        slotDisplay("es", goals, () => [goals, other]),
      ),
    ).toBe("minutos de Nadar");
  });

  it("reads a plain-string choice by the id Lantern gives it", () => {
    expect(
      renderSlots(
        "{{flow.pick}}",
        { flow: { pick: "four" } },
        slotDisplay("es", goals, () => []),
      ),
    ).toBe("Cuatro");
  });
});
