import type { BandRange, ChartSeries, Marker } from "./series.ts";

// Vega-Lite specs for the brief's charts. Built as plain JSON (pure, easy to test) and drawn
// by render.ts. Made for greyscale: bands are light grey shades, each named beside the chart;
// the line is black with a point at each result and the value printed above it; sessions are dashed vertical rules labelled S1, S2, … (C1, … when only check-ins are known).

/** A Vega-Lite specification as JSON; render.ts hands it to vega-lite's compile(). */
export type VlSpec = Record<string, unknown>;

export const FONT = "DejaVu Sans";
export const CHART_WIDTH = 600;
const MEASURE_HEIGHT = 140;
const RATING_HEIGHT = 70;
const DAY = 86_400_000;

/** Grey fills from the lowest to the highest band: light enough for black text on top. */
export const BAND_GREYS = ["#ffffff", "#eeeeee", "#dddddd", "#cccccc", "#bbbbbb"];

export function bandShade(index: number, count: number): string {
  // Spread the shades so the top band is always the darkest, however many bands there are.
  const step = count > 1 ? (BAND_GREYS.length - 1) / (count - 1) : 0;
  return BAND_GREYS[Math.round(index * step)] ?? "#ffffff";
}

/** The common time range of a set of series and markers, a day of margin on each side. */
export function timeDomain(
  series: readonly ChartSeries[],
  markers: readonly Marker[],
): [number, number] {
  const times = [
    ...series.flatMap((s) => s.points.map((p) => p.at)),
    ...markers.map((m) => m.at),
  ].map((at) => Date.parse(at));
  if (!times.length) return [0, DAY];
  return [Math.min(...times) - DAY, Math.max(...times) + DAY];
}

function bandLayers(bands: readonly BandRange[], max: number): VlSpec[] {
  if (!bands.length) return [];
  const values = bands.map((b, i) => ({
    ...b,
    to: Math.min(b.to, max),
    mid: (b.from + Math.min(b.to, max)) / 2,
    shade: bandShade(i, bands.length),
  }));
  return [
    {
      data: { values },
      mark: { type: "rect", stroke: "#999999", strokeWidth: 0.5 },
      encoding: {
        x: { value: 0 },
        x2: { value: CHART_WIDTH },
        y: { field: "from", type: "quantitative" },
        y2: { field: "to" },
        fill: { field: "shade", type: "nominal", scale: null, legend: null },
      },
    },
    {
      data: { values },
      mark: {
        type: "text",
        align: "left",
        baseline: "middle",
        dx: 6,
        fontSize: 10,
        fill: "#000000",
        fontStyle: "italic",
      },
      encoding: {
        x: { value: CHART_WIDTH },
        y: { field: "mid", type: "quantitative" },
        text: { field: "label", type: "nominal" },
      },
    },
  ];
}

function markerLayers(markers: readonly Marker[], height: number): VlSpec[] {
  if (!markers.length) return [];
  const data = { values: markers.map((m) => ({ at: m.at, label: m.label })) };
  const x = { field: "at", type: "temporal" };
  return [
    {
      data,
      mark: { type: "rule", strokeDash: [4, 3], color: "#555555", strokeWidth: 1 },
      encoding: { x, y: { value: 0 }, y2: { value: height } },
    },
    {
      data,
      mark: {
        type: "text",
        align: "center",
        baseline: "bottom",
        dy: -2,
        fontSize: 10,
        fontWeight: "bold",
        fill: "#555555",
      },
      encoding: { x, y: { value: 0 }, text: { field: "label", type: "nominal" } },
    },
  ];
}

/**
 * One chart: bands, session markers, the values as a black line with points and printed
 * numbers, over the shared time `domain` (ms) so every chart's sessions line up.
 */
export function seriesSpec(
  series: ChartSeries,
  markers: readonly Marker[],
  domain: [number, number],
): VlSpec {
  const points = { values: series.points.map((p) => ({ at: p.at, value: p.value })) };
  const height = series.bands.length ? MEASURE_HEIGHT : RATING_HEIGHT;
  const x = {
    field: "at",
    type: "temporal",
    title: null,
    scale: { type: "utc", domain },
    axis: { format: "%d %b", labelFontSize: 10, tickCount: 6, grid: false },
  };
  const y = {
    field: "value",
    type: "quantitative",
    title: null,
    scale: { domain: [0, series.max], nice: false },
    axis: { labelFontSize: 10, tickCount: series.max > 30 ? 4 : 5, grid: false },
  };
  return {
    width: CHART_WIDTH,
    height,
    title: {
      text: series.title,
      subtitle: series.note,
      anchor: "start",
      fontSize: 13,
      subtitleFontSize: 10,
      offset: 14,
    },
    encoding: { x, y },
    layer: [
      ...bandLayers(series.bands, series.max),
      ...markerLayers(markers, height),
      { data: points, mark: { type: "line", color: "#000000", strokeWidth: 2 } },
      {
        data: points,
        mark: { type: "point", filled: true, color: "#000000", size: 45, shape: "circle" },
      },
      {
        data: points,
        mark: { type: "text", dy: -9, fontSize: 11, fontWeight: "bold", fill: "#000000" },
        encoding: { text: { field: "value", type: "quantitative" } },
      },
    ],
  };
}

/** Shared look: the bundled font everywhere, a white background, no colour anywhere. */
export const CONFIG: VlSpec = {
  font: FONT,
  background: "#ffffff",
  padding: 12,
  view: { stroke: "#999999" },
  title: { font: FONT, color: "#000000", subtitleColor: "#333333" },
  axis: {
    labelFont: FONT,
    titleFont: FONT,
    labelColor: "#000000",
    domainColor: "#666666",
    tickColor: "#666666",
  },
  text: { font: FONT },
};

const EMPTY: VlSpec = {
  width: CHART_WIDTH,
  height: 30,
  data: { values: [{ text: "No measures or check-in ratings to chart yet." }] },
  mark: { type: "text", align: "left", fontSize: 12, x: 0, y: 15 },
  encoding: { text: { field: "text", type: "nominal" } },
  view: { stroke: null },
};

/** A whole page: `heading` lines on top, then every chart stacked, the same time axis for all. */
export function pageSpec(
  heading: readonly string[],
  series: readonly ChartSeries[],
  markers: readonly Marker[],
): VlSpec {
  const domain = timeDomain(series, markers);
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: {
      text: [...heading],
      anchor: "start",
      fontSize: 13,
      lineHeight: 18,
      offset: 14,
      fontWeight: "normal",
    },
    config: CONFIG,
    spacing: 28,
    vconcat: series.length ? series.map((s) => seriesSpec(s, markers, domain)) : [EMPTY],
  };
}

/** One chart on its own page (Slack uploads, App Home). */
export function singleSpec(series: ChartSeries, markers: readonly Marker[]): VlSpec {
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    config: CONFIG,
    ...seriesSpec(series, markers, timeDomain([series], markers)),
  };
}
