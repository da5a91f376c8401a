import type { types } from "@slack/bolt";
import type { App } from "#lantern";
import { escapeText, who } from "./blocks.ts";
import { type CaseloadRow, caseloadRows, cliniciansText } from "./caseload.ts";
import { textTrends } from "./charts.ts";
import { dashboardText, memberDashboard } from "./dashboard.ts";

// App Home's caseload and dashboard sections. An image block needs a public image URL (or a
// file shared where the viewer can see it); Lantern serves no public URL for patient charts, so
// App Home shows text trends (numbers plus a sparkline) and the charts go by DM with
// `/lantern brief` and `/lantern status`.

type KnownBlock = types.KnownBlock;

const section = (text: string): KnownBlock => ({ type: "section", text: { type: "mrkdwn", text } });
const header = (text: string): KnownBlock => ({
  type: "header",
  text: { type: "plain_text", text },
});

function row(r: CaseloadRow): string {
  const where = r.patient.links.length
    ? r.patient.links.map((l) => l.channel).join(", ")
    : "invite not redeemed";
  const trends = textTrends(r.state);
  return `• *${escapeText(r.patient.label)}* \`${r.patient.id}\` · ${where} · ${cliniciansText(r.clinicians)}${r.patient.createdBy ? ` · added by ${who(r.patient.createdBy)}` : ""}${trends ? `\n   ${trends}` : ""}`;
}

/** "Your caseload" then "Other patients", each a header and one section. */
export async function caseloadBlocks(app: App, member: string): Promise<KnownBlock[]> {
  const rows = await caseloadRows(app, member);
  const mine = rows.filter((r) => r.mine);
  const others = rows.filter((r) => !r.mine);
  return [
    header(`Your caseload (${mine.length})`),
    section(
      mine.length
        ? mine.slice(0, 40).map(row).join("\n").slice(0, 2900)
        : rows.length
          ? "No patients are assigned to you: `/lantern caseload add <patient> @you`."
          : "No patients yet. `/lantern invite <label>` adds one.",
    ),
    ...(others.length
      ? [
          header(`Other patients (${others.length})`),
          section(others.slice(0, 40).map(row).join("\n").slice(0, 2900)),
        ]
      : []),
  ];
}

/** The measures dashboard for the member's caseload. */
export async function dashboardBlocks(app: App, member: string): Promise<KnownBlock[]> {
  const { rows, scope } = await memberDashboard(app, member);
  const text = dashboardText(rows, scope);
  // A section holds 3000 characters: one per list.
  const [head = "", ...lists] = text.split("\n\n");
  return [
    header("Measures dashboard"),
    section(head.replace(/^\*Measures dashboard: (\w)/, (_, c: string) => `*${c.toUpperCase()}`)),
    ...lists.map((l) => section(l.slice(0, 2900))),
  ];
}
