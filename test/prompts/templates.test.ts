import { describe, expect, it } from "vitest";
import { parseTemplate, renderSlots, slotNames } from "../../src/prompts/templates.ts";

describe("templates", () => {
  it("splits front matter from the body and keeps the body's line", () => {
    const t = parseTemplate(
      "x",
      "prompts/x.md",
      "---\npurpose: test\ninputs: [user.name]\n---\nHi {{user.name}}!\n",
    );
    expect(t).toMatchObject({
      name: "x",
      meta: { purpose: "test" },
      body: "Hi {{user.name}}!",
      bodyLine: 5,
    });
  });

  it("refuses a template without a purpose, naming the file (a formatter once turned one into a heading)", () => {
    expect(parseTemplate("x", "prompts/x.md", "---\n\n## purpose: test\n\nHello")).toMatchObject({
      file: "prompts/x.md",
      line: 1,
      message: expect.stringContaining("front matter needs a purpose"),
    });
  });

  it("fills slots from nested values; missing ones render empty", () => {
    expect(
      renderSlots("Call {{ crisis.line }} or {{crisis.emergency}}{{nope.x}}.", {
        crisis: { line: "988", emergency: "911" },
      }),
    ).toBe("Call 988 or 911.");
    expect(slotNames("{{a.b}} and {{ c }}")).toEqual(["a.b", "c"]);
  });
});
