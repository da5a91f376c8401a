import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSummariser, GENERATED_MARK } from "../../src/llm/summarise.ts";
import { FakeOpenAI } from "../support/openai-server.ts";
import { clientFor, parts } from "./support.ts";

const user = {
  journal: [
    {
      at: "2025-03-01T10:00:00.000Z",
      flow: "integration-journal",
      vars: { insight: "I saw my younger self and I was kind to her." },
    },
  ],
  checkins: [
    {
      at: "2025-03-02T09:00:00.000Z",
      flow: "post-session-checkin",
      vars: { mood: 6, fear: 3, frightening: "The floor felt like it was melting." },
    },
    "not an entry",
  ],
};

describe("clinician summary", () => {
  const server = new FakeOpenAI();
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  it("is marked as generated and keeps only quotes found word for word", async () => {
    server.script({
      structured: {
        summary: "Mood was 6 the day after. Fear was low (3). One frightening moment.",
        themes: ["self-compassion", "body distortion"],
        quotes: [
          { at: "2025-03-01T10:00:00.000Z", quote: "I was kind to her" },
          { at: "2025-03-02T09:00:00.000Z", quote: "the floor felt like it was melting" },
          { at: "2025-03-02T09:00:00.000Z", quote: "I feel cured" },
        ],
      },
    });
    const result = await createSummariser(clientFor(server.url)).summarise(user);
    expect(result?.text.startsWith(`**${GENERATED_MARK}**`)).toBe(true);
    expect(result?.quotes.map((q) => q.kind)).toEqual(["journal", "checkin"]);
    expect(result?.droppedQuotes).toBe(1);
    expect(result?.text).toContain('"I was kind to her" (journal, 2025-03-01T10:00:00.000Z)');
    expect(result?.text).not.toContain("I feel cured");
    expect(result?.entries).toEqual({ journal: 1, checkins: 1 });
    const { user: data } = parts(server.last().messages);
    expect(data[0]).toContain("younger self");
  });

  it("drops a summary that reads as dosing advice", async () => {
    server.script({
      structured: {
        summary: "Consider increasing the ketamine dose next time.",
        themes: [],
        quotes: [],
      },
    });
    expect(await createSummariser(clientFor(server.url)).summarise(user)).toBeNull();
  });

  it("returns null with nothing to summarise or on error, without a call for nothing", async () => {
    server.script({ status: 500 });
    const s = createSummariser(clientFor(server.url));
    expect(await s.summarise({})).toBeNull();
    expect(server.requests).toHaveLength(0);
    expect(await s.summarise(user)).toBeNull();
  });
});
