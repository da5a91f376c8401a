import { type App, changeLine, type DashboardRow, DUE_AFTER_DAYS, dashboardRows } from "#lantern";
import { caseloadRows, openAlertsByPatient } from "./caseload.ts";
import { name } from "./status.ts";

// `/lantern dashboard` and the App Home section: for the member's own caseload, who is due a
// questionnaire, who got worse, who has open alerts (src/care/dashboard.ts decides).

/** The member's caseload as dashboard rows; `all` when they have none (so it is never empty by accident). */
export async function memberDashboard(
  app: App,
  member: string,
): Promise<{ rows: DashboardRow[]; scope: "yours" | "all" }> {
  const rows = await caseloadRows(app, member);
  const mine = rows.filter((r) => r.mine);
  const scope = mine.length ? "yours" : "all";
  const shown = scope === "yours" ? mine : rows;
  const states = new Map(shown.map((r) => [r.patient.id, r.state]));
  const alerts = await openAlertsByPatient(
    app,
    shown.map((r) => r.patient),
  );
  return {
    rows: dashboardRows(
      shown.map((r) => r.patient),
      states,
      alerts,
      app.runtime.clock.now(),
    ),
    scope,
  };
}

/** The dashboard as mrkdwn: three lists, each patient once per list. */
export function dashboardText(rows: readonly DashboardRow[], scope: "yours" | "all"): string {
  const alerts = rows.filter((r) => r.openAlerts > 0);
  const worse = rows.filter((r) => r.worse.length);
  const due = rows.filter((r) => r.due.length);
  const head =
    scope === "yours"
      ? `*Measures dashboard: your caseload* (${rows.length})`
      : `*Measures dashboard: all patients* (${rows.length}; none is assigned to you yet)`;
  const list = (items: string[], empty: string) => (items.length ? items : [`• ${empty}`]);
  return [
    head,
    "",
    `*Open alerts* (${alerts.length})`,
    ...list(
      alerts.map(
        (r) => `• ${name(r.patient)}: ${r.openAlerts} open alert${r.openAlerts === 1 ? "" : "s"}`,
      ),
      "none",
    ),
    "",
    `*Worse* (PHQ-9 or GAD-7 up 5 points or more, PEG up 30% or more) (${worse.length})`,
    ...list(
      worse.map((r) => `• ${name(r.patient)}: ${r.worse.map(changeLine).join("; ")}`),
      "none",
    ),
    "",
    `*Due a questionnaire* (none in ${DUE_AFTER_DAYS} days, or none since the last session before the next) (${due.length})`,
    ...list(
      due.map((r) => `• ${name(r.patient)}: ${r.due.join("; ")}`),
      "nobody",
    ),
    ...(rows.some((r) => r.noConversation)
      ? [
          "",
          `_${rows.filter((r) => r.noConversation).length} without a conversation yet (not counted above)._`,
        ]
      : []),
    ...(rows.some((r) => r.declined)
      ? [
          "",
          `_${rows.filter((r) => r.declined).length} declined sharing: no questionnaires are kept for them._`,
        ]
      : []),
  ]
    .join("\n")
    .slice(0, 11_000);
}
