import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseTemplate, renderSlots } from "../../src/prompts/templates.ts";

// A locale without a crisis chat (en-US, en-GB, es-MX) showed the resources with two blank
// lines where {{crisis.chat}} was: "text 988\n\n\nIf you are in danger…".
describe("a line that is only an empty slot", () => {
  it("is left out, newline and all", () => {
    expect(renderSlots("a\n{{x.y}}\nb", {})).toBe("a\nb");
    expect(renderSlots("a\n{{x.y}}", {})).toBe("a\n");
    expect(renderSlots("a\n  {{x.y}}  \nb", { x: { y: "v" } })).toBe("a\n  v  \nb");
    // Inside a sentence an empty slot stays as it always did.
    expect(renderSlots("call {{x.y}} now", {})).toBe("call  now");
  });

  it.each(["prompts/safety/crisis-resources.md", "prompts/es/safety/crisis-resources.md"])(
    "%s without a chat line has no blank line between the resources",
    (file) => {
      const t = parseTemplate("safety/crisis-resources", file, readFileSync(file, "utf8"));
      if (!("body" in t)) throw new Error(t.message);
      const crisis = { line: "988 (call or text)", text: "text 988", emergency: "911" };
      const out = renderSlots(t.body, { crisis });
      expect(out).not.toMatch(/\n\n\n/);
      expect(out.split("\n").slice(1, 3)).toEqual(["988 (call or text)", "text 988"]);
      expect(out.split("\n")[3]).toBe("");
      expect(out.split("\n")[4]).toMatch(/911/);
    },
  );
});
