import type { ConversationState } from "../../engine/state.ts";
import { dateTime } from "../brief-data.ts";
import { type RenderedCharts, renderChartPage } from "./render.ts";

// The brief as a picture (PNG: the heading lines that matter on the day, then every chart) and
// as one HTML file (the whole text brief, then the charts as inline SVG and their numbers in
// words). Both start from the text brief, so they never disagree with it.

/** Longest heading line on the PNG: the title is not wrapped, so longer lines are cut. */
const LINE = 110;
const MAX_FLAGS = 6;

/** The lines of one section ("Red flags", "Session", …) of a rendered text brief. */
export function briefSection(brief: string, heading: string): string[] {
  for (const block of brief.split("\n\n")) {
    const [first, ...rest] = block.split("\n");
    if (first?.startsWith(heading)) return rest.filter((l) => l.startsWith("- "));
  }
  return [];
}

function cut(line: string): string {
  return line.length > LINE ? `${line.slice(0, LINE - 1)}…` : line;
}

/** The PNG's heading: who, when, the session, red flags and the changes called out. */
export function pageHeading(brief: string, now: Date): string[] {
  const [title = "Pre-session brief"] = brief.split("\n");
  const flags = briefSection(brief, "Red flags");
  const shown = flags.slice(0, MAX_FLAGS);
  const lines = [
    title,
    `Prepared ${dateTime(now.toISOString())} UTC by Lantern, a computer program, from what the patient told it.`,
    ...briefSection(brief, "Session"),
    flags.length && !flags[0]?.startsWith("- None")
      ? `Red flags (${flags.length}):`
      : "Red flags: none recorded.",
    ...(flags[0]?.startsWith("- None") ? [] : shown),
    ...(flags.length > MAX_FLAGS
      ? [`- and ${flags.length - MAX_FLAGS} more in the text brief`]
      : []),
    "Changes since the last session:",
    ...briefSection(brief, "Changes since the last session"),
    "Charts: black line = values (printed at each point), grey bands = severity, dashed rules = sessions.",
  ];
  return lines.map(cut);
}

/** The brief's charts on one PNG under its heading. */
export function renderBriefPage(
  state: ConversationState,
  brief: string,
  now: Date,
): Promise<RenderedCharts> {
  return renderChartPage(state, now, pageHeading(brief, now));
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** One self-contained HTML file: the text brief, the charts (inline SVG) and their numbers. */
export async function renderBriefHtml(
  state: ConversationState,
  brief: string,
  now: Date,
): Promise<string> {
  const charts = await renderChartPage(state, now, [brief.split("\n")[0] ?? "Pre-session brief"]);
  const title = escapeHtml(brief.split("\n")[0] ?? "Pre-session brief");
  return [
    "<!doctype html>",
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>${title}</title>`,
    "<style>body{font-family:'DejaVu Sans',sans-serif;max-width:60rem;margin:2rem auto;color:#000}pre{white-space:pre-wrap;font:inherit}figure{margin:2rem 0}</style>",
    "</head><body>",
    `<pre>${escapeHtml(brief)}</pre>`,
    charts.count
      ? `<figure role="img" aria-label="Charts of the measures and check-in ratings; their numbers follow in the text below">${charts.svg}<figcaption><ul>${charts.text.map((l) => `<li>${escapeHtml(l.replace(/^- /, ""))}</li>`).join("")}</ul></figcaption></figure>`
      : "<p>No measures or check-in ratings to chart yet.</p>",
    "</body></html>",
    "",
  ].join("\n");
}
