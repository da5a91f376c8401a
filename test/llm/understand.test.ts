import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUnderstanding, FlowRoute } from "../../src/llm/understand.ts";
import { FakeOpenAI } from "../support/openai-server.ts";
import { clientFor, parts } from "./support.ts";

const FLOWS = [
  {
    id: "prep-fear",
    title: "Fears before a session",
    description: "Talk through fears about losing control.",
  },
  { id: "paced-breathing", title: "Paced breathing", description: "Slow breathing." },
  { id: "crisis", title: "Crisis", description: "Crisis support.", safety: true },
];

describe("understanding free text", () => {
  const server = new FakeOpenAI();
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  describe.each(["functionCalling", "jsonSchema", "jsonMode"] as const)("with %s", (method) => {
    it("routes a free message to a flow: structured output parsed by its zod schema", async () => {
      const u = createUnderstanding(clientFor(server.url, { structuredMethod: method }));
      server.script({ structured: { flow: "prep-fear", confidence: 0.9 } });
      expect(await u.routeToFlow("I'm scared I'll lose control", FLOWS)).toBe("prep-fear");
      const request = server.last();
      if (method === "functionCalling") expect(request.tools?.[0]?.function.name).toBe("FlowRoute");
      else
        expect(request.response_format?.type).toBe(
          method === "jsonSchema" ? "json_schema" : "json_object",
        );
      const { system, user } = parts(request.messages);
      expect(system).toContain("prep-fear: Fears before a session");
      expect(system).not.toContain("crisis:"); // safety flows are never offered
      expect(system).not.toContain("lose control");
      expect(user[0]).toContain("lose control");
    });
  });

  it("says no flow for an unknown id, a safety flow, low confidence or a schema violation", async () => {
    const u = createUnderstanding(clientFor(server.url));
    for (const structured of [
      { flow: "made-up", confidence: 0.95 },
      { flow: "crisis", confidence: 0.95 },
      { flow: "prep-fear", confidence: 0.3 },
      { flow: "prep-fear", confidence: 7 },
      { flow: 42, confidence: 0.9 },
    ]) {
      server.script({ structured });
      expect(await u.routeToFlow("hello", FLOWS)).toBeNull();
    }
    expect(FlowRoute.safeParse({ flow: "prep-fear", confidence: 7 }).success).toBe(false);
    server.script({ raw: "not json at all", delayMs: 0 });
    expect(await u.routeToFlow("hello", FLOWS)).toBeNull();
  });

  it("classifies a thought into distortions from the docs/clinical.md list only", async () => {
    const u = createUnderstanding(clientFor(server.url));
    server.script({ structured: { distortions: ["catastrophising", "fortune_telling"] } });
    expect(await u.classifyDistortions("This pain will never end.")).toEqual([
      { id: "catastrophising", label: "Catastrophising" },
      { id: "fortune_telling", label: "Fortune telling" },
    ]);
    server.script({ structured: { distortions: ["catastrophising", "negativity_bias"] } });
    expect(await u.classifyDistortions("This pain will never end.")).toEqual([]);
  });

  it("extracts a scale answer, and never a number the patient did not write", async () => {
    const u = createUnderstanding(clientFor(server.url));
    const q = "How tense do you feel, from 0 to 10?";
    server.script({ structured: { found: true, value: 7 } });
    expect(await u.extractAnswer(q, "scale", "hmm, about a seven I guess")).toEqual({ value: 7 });
    server.script({ structured: { found: true, value: 8 } });
    expect(await u.extractAnswer(q, "scale", "pretty bad honestly")).toBeNull();
    server.script({ structured: { found: true, value: 12 } });
    expect(await u.extractAnswer(q, "scale", "12!!")).toBeNull(); // out of range: zod rejects
    server.script({ structured: { found: false, value: null } });
    expect(await u.extractAnswer(q, "scale", "why do you ask")).toBeNull();
  });

  it("extracts yes/no and a choice id validated against the choices", async () => {
    const u = createUnderstanding(clientFor(server.url));
    server.script({ structured: { found: true, value: true } });
    expect(await u.extractAnswer("Did you sleep?", "yes_no", "yeah mostly")).toEqual({
      value: true,
    });
    const choices = [
      { id: "yes", label: "Yes" },
      { id: "partly", label: "Partly" },
      { id: "no", label: "No" },
    ];
    server.script({ structured: { found: true, value: "partly" } });
    expect(
      await u.extractAnswer("Did you keep an observing self?", "choice", "sort of, on and off", {
        choices,
      }),
    ).toEqual({ value: "partly" });
    expect(parts(server.last().messages).system).toContain("partly: Partly");
    server.script({ structured: { found: true, value: "maybe" } });
    expect(
      await u.extractAnswer("Did you keep an observing self?", "choice", "maybe", { choices }),
    ).toBeNull();
  });
});
