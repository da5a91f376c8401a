import type { App as BoltApp, webApi } from "@slack/bolt";
import type { Logger } from "pino";
import { type App, assignableFlows, type Patient } from "#lantern";
import { ACCESS_UNAVAILABLE, type CareTeamAccess, NOT_CARE_TEAM } from "./access.ts";
import { slackActor } from "./actions.ts";
import { assign } from "./assign.ts";
import { escapeText } from "./blocks.ts";
import { briefOrStatus } from "./care-commands.ts";
import { caseloadReply, noteReply, patientsReply } from "./caseload.ts";
import type { SlackConfig } from "./config.ts";
import { dashboardText, memberDashboard } from "./dashboard.ts";
import { findPatient } from "./lookup.ts";
import { SESSION_HELP, sessionCommand } from "./session.ts";
import { day, name } from "./status.ts";

// `/lantern …`: the therapists' console. Every reply is ephemeral (only the person who asked
// sees it) and names patients by the label the clinic gave them, never by chat identity.

export interface CommandDeps {
  app: App;
  config: Pick<SlackConfig, "SLACK_TIMEZONE" | "TELEGRAM_BOT_USERNAME">;
  logger?: Logger | undefined;
  /** The Web API, for chart uploads with brief and status; without it, text only. */
  client?: webApi.WebClient | undefined;
}

export const HELP = [
  "*Lantern commands* (care team only; replies are visible to you alone)",
  "`/lantern invite <label>`: a new patient record and a one-time code",
  "`/lantern patients`: your caseload first, then everyone else",
  "`/lantern caseload add|remove <patient> @member`: who looks after a patient (default: you)",
  "`/lantern note <patient> <text>`: a clinician note (audited; in the brief and the export)",
  "`/lantern dashboard`: your caseload's due questionnaires, worsenings and open alerts",
  "`/lantern status <patient>`: stage, flows, last check-in, measures with trend",
  "`/lantern assign <patient> <flow> [now | at <time> | every <daily|weekday|monday…> [at <time>] until <date>]`",
  "`/lantern unassign <patient> <flow>`: cancel its scheduled starts",
  "`/lantern brief <patient>`: the pre-session brief (charts come to you in a DM)",
  SESSION_HELP,
  "`/lantern flows`: the flow catalogue",
  "A <patient> is its name, record id (`pt_…`) or an alert's code (`P-…`); put names with spaces in quotes.",
].join("\n");

/** Words, with "double quoted" phrases kept together. */
export function tokenize(text: string): string[] {
  return [...text.matchAll(/"([^"]*)"|“([^”]*)”|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? "");
}

async function unassign(app: App, args: string[]): Promise<string> {
  const [ref, flowId] = args;
  const found = await findPatient(app, ref);
  if ("error" in found) return found.error;
  if (!flowId) return "Which flow? `/lantern unassign <patient> <flow>`.";
  let cancelled = 0;
  for (const link of found.patient.links)
    for (const job of app.runtime.scheduler.list({ channel: link.channel, userId: link.userId }))
      if (job.flowId === flowId) {
        await app.runtime.scheduler.cancel(job.id);
        cancelled++;
      }
  return cancelled
    ? `Cancelled ${cancelled} scheduled start${cancelled === 1 ? "" : "s"} of \`${escapeText(flowId)}\` for ${name(found.patient)}.`
    : `Nothing of \`${escapeText(flowId)}\` was scheduled for ${name(found.patient)}.`;
}

function inviteText(deps: CommandDeps, patient: Patient, code: string, expiresAt: string): string {
  const bot = deps.config.TELEGRAM_BOT_USERNAME;
  return [
    `Created ${name(patient)}. One-time code: \`${code}\` (valid until ${day(expiresAt)} UTC).`,
    bot ? `Telegram: https://t.me/${bot}?start=${code}` : undefined,
    `Slack or Teams: the patient sends the code to Lantern in a direct message (\`start ${code}\`).`,
    "Give the code to the patient in person or through the clinic's usual secure channel.",
  ]
    .filter(Boolean)
    .join("\n");
}

/** Run one `/lantern …` for a care-team member; returns the reply (mrkdwn). */
export async function runCommand(deps: CommandDeps, text: string, userId: string): Promise<string> {
  const { app } = deps;
  const [sub = "help", ...args] = tokenize(text);
  switch (sub.toLowerCase()) {
    case "invite": {
      const label = args.join(" ").trim();
      if (!label)
        return "Give the new patient a label: `/lantern invite <label>` (initials or a clinic number, not a full name).";
      const { patient, invite } = await app.patients.create(label, slackActor(userId));
      return inviteText(deps, patient, invite.code, invite.expiresAt);
    }
    case "patients":
      return patientsReply(app, userId);
    case "caseload":
      return caseloadReply(app, args, userId);
    case "note":
      return noteReply(app, text, userId);
    case "dashboard": {
      const { rows, scope } = await memberDashboard(app, userId);
      return dashboardText(rows, scope);
    }
    case "status":
    case "brief":
      return briefOrStatus(
        app,
        sub.toLowerCase() === "brief" ? "brief" : "status",
        args.join(" ") || undefined,
        userId,
        deps.client,
        deps.logger,
      );
    case "assign":
      return assign(deps, args, slackActor(userId));
    case "unassign":
      return unassign(app, args);
    case "session":
      return sessionCommand(app, args, slackActor(userId));
    case "flows": {
      const lines = assignableFlows(app.runtime.catalog.list()).map(
        (f) => `• \`${f.id}\`: ${escapeText(f.title)}${f.menu ? ` (${f.menu.group})` : ""}`,
      );
      return [`*Flows you can assign* (${lines.length})`, ...lines].join("\n");
    }
    default:
      return HELP;
  }
}

/** `/lantern`: ack at once (Slack waits 3 s at most), check membership, reply ephemerally. */
export function registerCommands(
  bolt: BoltApp,
  deps: CommandDeps & { access: CareTeamAccess },
): void {
  bolt.command("/lantern", async ({ ack, command, respond, client }) => {
    await ack();
    let reply: string;
    try {
      reply = (await deps.access.isMember(command.user_id))
        ? await runCommand({ ...deps, client }, command.text ?? "", command.user_id)
        : NOT_CARE_TEAM;
    } catch (error) {
      deps.logger?.error({ err: error }, "/lantern failed");
      reply = (error as { code?: string })?.code?.startsWith("slack_")
        ? ACCESS_UNAVAILABLE
        : "Sorry, that did not work. Please try again; if it keeps failing, tell your Lantern admin.";
    }
    await respond({ response_type: "ephemeral", text: reply });
  });
}
