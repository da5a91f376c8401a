import { describe, expect, it } from "vitest";
import { renderBrief } from "../../src/care/brief.ts";
import { pageHeading, renderBriefHtml, renderBriefPage } from "../../src/care/charts/page.ts";
import { PNG_SIGNATURE, renderOneChart } from "../../src/care/charts/render.ts";
import { coursePatient, NOW } from "./brief-fixture.ts";

// The drawing half: Vega-Lite -> vega (renderer none) -> SVG -> resvg PNG, with the bundled
// DejaVu font only (system fonts are never loaded).

function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe("rendered charts", () => {
  const state = coursePatient();
  const brief = renderBrief(state, NOW, { patientLabel: "Patient A" });

  it("draws the brief page as a PNG: heading text, nine charts, values and band names in the SVG", async () => {
    const page = await renderBriefPage(state, brief, NOW);
    expect(page.png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(page.count).toBe(9);
    const { width, height } = pngSize(page.png);
    expect(width).toBeGreaterThan(1200); // zoom 2: sharp on a high-density screen
    expect(height).toBeGreaterThan(width);
    for (const text of [
      "Pre-session brief: Patient A",
      "PHQ-9 total",
      "moderately severe",
      "S2",
      ">17<",
      ">4.3<",
    ])
      expect(page.svg).toContain(text);
    // The SVG names only the bundled font, so resvg draws its text with DejaVu Sans.
    expect(page.svg).toContain('font-family="DejaVu Sans"');
  }, 20_000);

  it("puts the session, red flags and called-out changes in the heading", () => {
    const heading = pageHeading(brief, NOW);
    expect(heading[0]).toBe("Pre-session brief: Patient A (telegram:tg-7)");
    expect(heading).toContain("- Next: session 3 on 2026-02-21 09:00 UTC (in 1 day)");
    expect(heading).toContain("- No ride home planned (their last answer in Set and setting)");
    expect(heading.some((l) => l.startsWith("- PHQ-9 fell (better) 13 → 8 (-5)"))).toBe(true);
    expect(heading.every((l) => l.length <= 110)).toBe(true);
  });

  it("writes one HTML file with the whole text brief, inline SVG and the numbers in words", async () => {
    const html = await renderBriefHtml(state, brief, NOW);
    expect(html).toContain("<svg");
    expect(html).toContain("Journal insights");
    expect(html).toContain(
      "<li>PHQ-9 total (0–27, higher is worse): 2026-01-05 17 (moderately severe)",
    );
    expect(html).not.toMatch(/<script/i);
  }, 20_000);

  it("draws one chart alone, and nothing for a series without values", async () => {
    const png = await renderOneChart(state, NOW, "phq9");
    expect(png?.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(await renderOneChart(coursePatient({ measures: [] }), NOW, "phq9")).toBeUndefined();
  }, 20_000);

  it("draws a page that says there is nothing to chart yet", async () => {
    const empty = coursePatient({ measures: [], checkins: [] });
    const page = await renderBriefPage(empty, renderBrief(empty, NOW), NOW);
    expect(page.count).toBe(0);
    expect(page.svg).toContain("No measures or check-in ratings to chart yet.");
    expect(page.png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  }, 20_000);
});
