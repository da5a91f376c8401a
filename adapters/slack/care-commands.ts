import type { webApi } from "@slack/bolt";
import type { Logger } from "pino";
import { type App, briefOptions, renderBrief } from "#lantern";
import { escapeText } from "./blocks.ts";
import { uploadBriefCharts } from "./charts.ts";
import { findPatient } from "./lookup.ts";
import { latestState, renderStatus } from "./status.ts";

// `/lantern brief` and `/lantern status` with their charts: the text goes back ephemerally,
// the chart PNG to the member's DM with Lantern (adapters/slack/charts.ts).

type WebClient = webApi.WebClient;

// A note's author survives escapeText as a placeholder, then becomes a Slack mention.
const author = (by: string) => {
  const slack = /^slack:([UW][A-Z0-9]+)$/.exec(by);
  return slack ? `⟦${slack[1]}⟧` : by;
};
const mentions = (text: string) => text.replace(/⟦([UW][A-Z0-9]+)⟧/g, "<@$1>");

/** The reply's last line about the chart upload. */
function chartLine(charts: number): string {
  return charts
    ? `\n_Charts (${charts}) sent to you in a direct message from Lantern, with their numbers in words._`
    : "";
}

/** `/lantern brief <patient>` or `/lantern status <patient>`. */
export async function briefOrStatus(
  app: App,
  sub: "brief" | "status",
  ref: string | undefined,
  member: string,
  client: WebClient | undefined,
  logger?: Logger | undefined,
): Promise<string> {
  const found = await findPatient(app, ref);
  if ("error" in found) return found.error;
  const state = await latestState(app, found.patient);
  // The pre-session brief (src/care/brief.ts) needs a conversation; without one, the status says why.
  if (!state) return renderStatus(found.patient, state);
  const options = await briefOptions(
    {
      store: app.runtime.store,
      clock: app.runtime.clock,
      summariser: app.summariser,
      author,
      timeZone: app.runtime.services.sessions?.timezone,
    },
    {
      state,
      pseudonym: app.escalations.pseudonymOf(state.id),
      patientId: found.patient.id,
      patientLabel: found.patient.label,
    },
  );
  const brief = renderBrief(state, app.runtime.clock.now(), options);
  const text =
    sub === "brief"
      ? mentions(escapeText(brief)).slice(0, 11_500)
      : renderStatus(found.patient, state);
  if (!client) return text;
  const upload = await uploadBriefCharts(client, app, member, found.patient, state, brief).catch(
    (error: unknown) => {
      // The error names the Slack method or status, never the patient's words.
      logger?.warn({ err: error, patient: found.patient.id }, "chart upload failed");
      return undefined;
    },
  );
  if (!upload) return `${text}\n_The charts could not be sent this time; the numbers are above._`;
  return `${text}${chartLine(upload.charts)}`;
}
