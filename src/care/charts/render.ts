import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import type { ConversationState } from "../../engine/state.ts";
import { LanternError } from "../../errors.ts";
import { allSeries, markersOf } from "./series.ts";
import { FONT, pageSpec, singleSpec, type VlSpec } from "./spec.ts";
import { chartsText } from "./text.ts";

// Server-side drawing: Vega-Lite spec -> vega View (renderer "none", no DOM, no canvas) ->
// SVG -> resvg PNG. The font comes from the dejavu-fonts-ttf dependency and system fonts are
// never loaded, so a bare CI machine draws the same picture as a workstation.

const require = createRequire(import.meta.url);
const FONT_DIR = join(dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
const FONT_FILES = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"].map((f) =>
  join(FONT_DIR, f),
);

/** Draw a Vega-Lite spec to SVG text. */
export async function renderSvg(spec: VlSpec): Promise<string> {
  const view = new vega.View(vega.parse(compile(spec as unknown as TopLevelSpec).spec), {
    renderer: "none",
  });
  try {
    return await view.toSVG();
  } catch (error) {
    throw new LanternError("chart.render", `chart could not be drawn: ${(error as Error).message}`);
  } finally {
    view.finalize();
  }
}

/** SVG to PNG at `zoom` (2 = sharp on high-density screens) with the bundled font only. */
export function svgToPng(svg: string, zoom = 2): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: zoom },
    background: "#ffffff",
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FONT },
  });
  return Buffer.from(resvg.render().asPng());
}

/** The PNG file signature, for checks that something really is a PNG. */
export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export interface RenderedCharts {
  svg: string;
  png: Buffer;
  /** The numbers in words: one "- " line per chart and one for the session markers. */
  text: string[];
  /** How many charts were drawn (0: only the heading and a "nothing to chart" line). */
  count: number;
}

/**
 * Every chart for a conversation on one page under `heading` (patient, date, red-flag
 * summary...): measures with their bands, then check-in ratings, all on one time axis.
 */
export async function renderChartPage(
  state: ConversationState,
  now: Date,
  heading: readonly string[],
): Promise<RenderedCharts> {
  const series = allSeries(state);
  const markers = markersOf(state, now);
  const text = chartsText(series, markers);
  const svg = await renderSvg(pageSpec(heading, series, markers));
  return { svg, png: svgToPng(svg), text, count: series.length };
}

/** One chart (by series id, e.g. "phq9") as PNG, or undefined when it has no values. */
export async function renderOneChart(
  state: ConversationState,
  now: Date,
  id: string,
): Promise<Buffer | undefined> {
  const series = allSeries(state).find((s) => s.id === id);
  if (!series) return undefined;
  return svgToPng(await renderSvg(singleSpec(series, markersOf(state, now))));
}
