import type { webApi } from "@slack/bolt";
import {
  type App,
  type ConversationState,
  MEASURES,
  type MeasureResult,
  measuresOf,
  type Patient,
  renderBriefPage,
  sharedState,
} from "#lantern";

// The brief's charts in Slack. A slash-command reply is ephemeral and cannot carry a file, so
// the PNG goes to the asking member's direct message with Lantern (files.uploadV2:
// getUploadURLExternal, the bytes, completeUploadExternal), never to a shared channel.

type WebClient = webApi.WebClient;

export interface ChartUpload {
  fileId: string | undefined;
  charts: number;
}

/** Upload the charts page for `brief` to `member`'s DM; the caller says so in its reply. */
export async function uploadBriefCharts(
  client: WebClient,
  app: App,
  member: string,
  patient: Patient,
  state: ConversationState,
  brief: string,
): Promise<ChartUpload> {
  const page = await renderBriefPage(state, brief, app.runtime.clock.now());
  // Nothing to chart (no results yet, or the patient declined sharing): no upload.
  if (page.count === 0) return { fileId: undefined, charts: 0 };
  const dm = await client.conversations.open({ users: member });
  const channel = dm.channel?.id;
  if (!channel) throw new Error("no DM channel for the chart");
  const result = (await client.files.uploadV2({
    channel_id: channel,
    file: page.png,
    filename: `lantern-brief-${patient.id}.png`,
    title: `Charts for ${patient.label}`,
    alt_text: page.text.join(" ").slice(0, 1000),
    initial_comment: [
      `Charts for ${patient.label} (${patient.id}). The numbers in words:`,
      ...page.text,
    ]
      .join("\n")
      .slice(0, 3900),
  })) as { files?: { files?: { id?: string }[] }[] };
  return { fileId: result.files?.[0]?.files?.[0]?.id, charts: page.count };
}

const SPARK = "▁▂▃▄▅▆▇█";
const MAX: Record<string, number> = { phq9: 27, gad7: 21, pcl5: 80, peg: 10 };

/** A text trend for places an image cannot go (App Home): "PHQ-9 17→13→8 ▆▄▃". */
export function textTrends(state: ConversationState | undefined): string {
  if (!state) return "";
  // Limited mode (the patient declined sharing): no trends in App Home either.
  const parts = [...measuresOf(sharedState(state))].map(([id, results]) => {
    const last: MeasureResult[] = results.slice(-5);
    const max = MAX[id] ?? 10;
    const spark = last
      .map((r) => SPARK[Math.min(SPARK.length - 1, Math.floor((r.total / max) * SPARK.length))])
      .join("");
    return `${MEASURES[id].title} ${last.map((r) => r.total).join("→")} ${spark}`;
  });
  return parts.join(" · ");
}
