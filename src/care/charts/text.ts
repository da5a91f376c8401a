import { date } from "../brief-data.ts";
import type { BandRange, ChartSeries, Marker } from "./series.ts";

// The charts in words: every value with its date and band, and the session dates, so a screen
// reader, a text-only client or a clinician who prefers numbers gets all that the picture has.

function bandOf(bands: readonly BandRange[], value: number): string | undefined {
  return bands.find((b, i) => value <= b.to && (i === 0 || value > b.from))?.label;
}

/** One line per series: "PHQ-9 total (0–27, higher is worse): 2026-01-02 14 (moderate), …". */
export function seriesText(series: ChartSeries): string {
  const values = series.points.map((p) => {
    const band = bandOf(series.bands, p.value);
    return `${date(p.at)} ${p.value}${band ? ` (${band})` : ""}`;
  });
  return `${series.title} (${series.note}): ${values.join("; ")}`;
}

/** The markers' line: what the dashed rules stand for and when they are. */
export function markersText(markers: readonly Marker[]): string {
  if (!markers.length) return "No session dates recorded.";
  const sessions = markers[0]?.label.startsWith("S");
  const kind = sessions
    ? "Dosing sessions (dashed rules)"
    : "Post-session check-ins (dashed rules; no past session dates recorded)";
  return `${kind}: ${markers.map((m) => `${m.label} ${date(m.at)}`).join("; ")}`;
}

/** The text alternative of a whole chart page, one "- " item per line. */
export function chartsText(series: readonly ChartSeries[], markers: readonly Marker[]): string[] {
  if (!series.length) return ["- No measures or check-in ratings to chart yet."];
  return [...series.map((s) => `- ${seriesText(s)}`), `- ${markersText(markers)}`];
}
