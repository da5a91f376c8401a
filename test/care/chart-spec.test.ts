import { describe, expect, it } from "vitest";
import { allSeries, markersOf, measureSeries, ratingSeries } from "../../src/care/charts/series.ts";
import {
  BAND_GREYS,
  bandShade,
  pageSpec,
  seriesSpec,
  timeDomain,
} from "../../src/care/charts/spec.ts";
import { chartsText, seriesText } from "../../src/care/charts/text.ts";
import { coursePatient, day, NOW } from "./brief-fixture.ts";

// The pure half of the charts: what is read from user.*, and the Vega-Lite JSON built from it.

function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error("missing");
  return value;
}

type Layer = { mark: { type: string }; data?: { values: Record<string, unknown>[] } };
const layers = (spec: Record<string, unknown>) => spec.layer as Layer[];
const ofType = (spec: Record<string, unknown>, type: string) =>
  layers(spec).filter((l) => l.mark.type === type);

describe("chart series", () => {
  it("reads every measure with its published bands and the scale's maximum", () => {
    const [phq9, gad7, pcl5, peg] = measureSeries(coursePatient());
    expect(phq9?.points.map((p) => p.value)).toEqual([17, 13, 8]);
    expect(phq9?.max).toBe(27);
    expect(phq9?.bands.map((b) => `${b.from}-${b.to} ${b.label}`)).toEqual([
      "0-4 minimal",
      "4-9 mild",
      "9-14 moderate",
      "14-19 moderately severe",
      "19-27 severe",
    ]);
    expect(gad7?.bands.at(-1)).toEqual({ from: 14, to: 21, label: "severe" });
    expect(pcl5?.bands.map((b) => b.label)).toEqual([
      "below cut-off",
      "provisional PTSD cut-off (33+)",
    ]);
    expect(peg?.bands).toEqual([]);
    expect(peg?.points.map((p) => p.value)).toEqual([6.7, 4.3]);
  });

  it("reads the five check-in ratings, skipping unanswered (-1) ones instead of plotting 0", () => {
    const state = coursePatient();
    const [first] = state.user.checkins as { vars: Record<string, unknown> }[];
    if (first) first.vars.fear = -1;
    const series = ratingSeries(state);
    expect(series.map((s) => s.id)).toEqual(["depth", "dissociation", "fear", "mood", "pain"]);
    expect(series.find((s) => s.id === "fear")?.points).toEqual([{ at: day(22), value: 2 }]);
  });

  it("marks past dosing sessions S1, S2 and the next one (not a cancelled one)", () => {
    const state = coursePatient();
    (state.user.sessions as Record<string, unknown>[]).push({
      number: 9,
      at: day(30),
      status: "cancelled",
    });
    expect(markersOf(state, NOW)).toEqual([
      { at: day(7), label: "S1" },
      { at: day(21), label: "S2" },
      { at: day(47), label: "S3 (next)" },
    ]);
  });

  it("falls back to the check-in dates when no session is recorded", () => {
    const state = coursePatient({ sessions: undefined });
    expect(markersOf(state, NOW)).toEqual([
      { at: day(8), label: "C1" },
      { at: day(22), label: "C2" },
    ]);
  });
});

describe("chart specs", () => {
  const state = coursePatient();
  const markers = markersOf(state, NOW);
  const phq9 = must(allSeries(state)[0]);
  const spec = seriesSpec(phq9, markers, timeDomain([phq9], markers));

  it("draws bands in grey, darkest for the most severe, each with its name", () => {
    const [rect, names] = layers(spec);
    expect(rect?.mark.type).toBe("rect");
    const shades = rect?.data?.values.map((v) => v.shade);
    expect(shades?.[0]).toBe(BAND_GREYS[0]);
    expect(shades?.at(-1)).toBe(BAND_GREYS.at(-1));
    for (const shade of shades ?? []) expect(shade).toMatch(/^#([0-9a-f]{2})\1\1$/); // grey: r = g = b
    expect(names?.data?.values.map((v) => v.label)).toContain("moderately severe");
    expect(bandShade(0, 1)).toBe("#ffffff");
  });

  it("has a black line with points and the value printed at each point", () => {
    expect(ofType(spec, "line")[0]?.mark).toMatchObject({ color: "#000000" });
    expect(ofType(spec, "point")[0]?.data?.values).toHaveLength(3);
    const texts = ofType(spec, "text").map(
      (l) => l as unknown as { encoding?: { text?: { field?: string } } },
    );
    expect(texts.some((t) => t.encoding?.text?.field === "value")).toBe(true);
  });

  it("draws a dashed rule per session, labelled", () => {
    const [rule] = ofType(spec, "rule");
    expect(rule?.mark).toMatchObject({ strokeDash: [4, 3] });
    expect(rule?.data?.values.map((v) => v.label)).toEqual(["S1", "S2", "S3 (next)"]);
  });

  it("puts every chart of a page on one time axis, a day of margin around the data", () => {
    const page = pageSpec(["Heading"], allSeries(state), markers);
    const domains = (page.vconcat as { encoding: { x: { scale: { domain: number[] } } } }[]).map(
      (c) => c.encoding.x.scale.domain,
    );
    expect(new Set(domains.map((d) => d.join()))).toHaveProperty("size", 1);
    expect(domains[0]?.[0]).toBe(Date.parse(day(0)) - 86_400_000);
    // The next session (day 47) is the last thing on the axis.
    expect(domains[0]?.[1]).toBe(Date.parse(day(47)) + 86_400_000);
  });
});

describe("chart text alternative", () => {
  it("states every value with its date and band, and the sessions", () => {
    const state = coursePatient();
    expect(seriesText(must(measureSeries(state)[0]))).toBe(
      "PHQ-9 total (0–27, higher is worse): 2026-01-05 17 (moderately severe); 2026-01-19 13 (moderate); 2026-02-09 8 (mild)",
    );
    const text = chartsText(allSeries(state), markersOf(state, NOW));
    expect(text.at(-1)).toBe(
      "- Dosing sessions (dashed rules): S1 2026-01-12; S2 2026-01-26; S3 (next) 2026-02-21",
    );
    expect(
      text.some(
        (l) => l.includes("PCL-5 total") && l.includes("44 (provisional PTSD cut-off (33+))"),
      ),
    ).toBe(true);
    expect(
      text.some((l) => l.startsWith("- Next-day pain (check-in)") && l.endsWith("2026-01-27 3")),
    ).toBe(true);
  });

  it("says so when there is nothing to chart", () => {
    const empty = coursePatient({ measures: [], checkins: [] });
    expect(chartsText(allSeries(empty), [])).toEqual([
      "- No measures or check-in ratings to chart yet.",
    ]);
  });
});
