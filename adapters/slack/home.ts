import type { App as BoltApp, types, webApi } from "@slack/bolt";
import type { Logger } from "pino";
import type { App } from "#lantern";
import type { CareTeamAccess } from "./access.ts";
import { escapeText, LEVELS, patientName, slackTime } from "./blocks.ts";
import { caseloadBlocks, dashboardBlocks } from "./home-caseload.ts";
import { formatWhen } from "./schedule.ts";

type WebClient = webApi.WebClient;
type KnownBlock = types.KnownBlock;

const section = (text: string): KnownBlock => ({ type: "section", text: { type: "mrkdwn", text } });

/**
 * The therapist's App Home: open alerts, the member's own caseload first (with text trends),
 * the measures dashboard, upcoming assignments (care team only).
 */
export async function homeBlocks(app: App, zone: string, member = ""): Promise<KnownBlock[]> {
  const blocks: KnownBlock[] = [
    { type: "header", text: { type: "plain_text", text: "Lantern: care team" } },
  ];

  const open = [];
  for (const id of await app.escalations.openIds()) {
    const record = await app.escalations.get(id);
    if (record) open.push(record);
  }
  blocks.push({
    type: "header",
    text: { type: "plain_text", text: `Open alerts (${open.length})` },
  });
  blocks.push(
    section(
      open.length
        ? open
            .map((r) => {
              const level = LEVELS[r.alert.level] ?? { emoji: "🔴", words: r.alert.level };
              const escalated = r.escalatedAt ? " · on-call notified" : "";
              return `${level.emoji} *${level.words}* · ${escapeText(patientName(r.alert))} · ${slackTime(r.alert.at)} · \`${r.alert.id}\`${escalated}`;
            })
            .join("\n")
            .slice(0, 2900)
        : "No open alerts.",
    ),
  );

  const patients = await app.patients.list();
  const byLink = new Map<string, string>();
  for (const p of patients)
    for (const l of p.links) byLink.set(`${l.channel}:${l.userId}`, p.label);
  blocks.push({ type: "divider" }, ...(await caseloadBlocks(app, member)));
  blocks.push({ type: "divider" }, ...(await dashboardBlocks(app, member)));

  const jobs = app.runtime.scheduler
    .list()
    .sort((a, b) => a.due.localeCompare(b.due))
    .slice(0, 30);
  blocks.push({ type: "divider" });
  blocks.push({ type: "header", text: { type: "plain_text", text: "Upcoming assignments" } });
  blocks.push(
    section(
      jobs.length
        ? jobs
            .map(
              (j) =>
                `• ${formatWhen(new Date(j.due), zone)} · \`${j.flowId}\` for *${escapeText(byLink.get(`${j.channel}:${j.userId}`) ?? "a patient")}*${j.by?.startsWith("flow:") ? " (follow-up)" : ""}`,
            )
            .join("\n")
            .slice(0, 2900)
        : "Nothing scheduled.",
    ),
  );
  blocks.push({
    type: "context",
    elements: [
      {
        type: "mrkdwn",
        text: "`/lantern help` lists the commands. Charts come with `/lantern brief` and `status` (in a DM): App Home images need a public URL, so trends here are text.",
      },
    ],
  });
  return blocks;
}

const OUTSIDER: KnownBlock[] = [
  section(
    "Hello! I'm Lantern, a chat companion. Send me a message in the *Messages* tab to chat. I'm a computer program, not a therapist or an emergency service.",
  ),
];

/** Publish the Home tab when someone opens it: the caseload for the care team, a greeting for others. */
export function registerHome(
  bolt: BoltApp,
  deps: { app: App; access: CareTeamAccess; zone: string; logger?: Logger | undefined },
): void {
  bolt.event("app_home_opened", async ({ event, client }) => {
    if (event.tab !== "home") return;
    await publishHome(client, deps, event.user).catch((error: unknown) =>
      deps.logger?.error({ err: error }, "App Home could not be published"),
    );
  });
}

/** Build and publish one user's Home view. */
export async function publishHome(
  client: WebClient,
  deps: { app: App; access: CareTeamAccess; zone: string },
  user: string,
): Promise<void> {
  const member = await deps.access.isMember(user).catch(() => false);
  const blocks = member ? await homeBlocks(deps.app, deps.zone, user) : OUTSIDER;
  await client.views.publish({ user_id: user, view: { type: "home", blocks } });
}
