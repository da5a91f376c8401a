import type { types } from "@slack/bolt";

type KnownBlock = types.KnownBlock;

import type { Alert } from "#lantern";

// Block Kit for care-team alerts. Pure functions of the alert and what people did with it, so
// a message can be rebuilt at any time (chat.update after a button, a re-notify).

export const ACTION = {
  acknowledge: "lantern_alert_ack",
  contacting: "lantern_alert_contacting",
  resolve: "lantern_alert_resolve",
  status: "lantern_alert_status",
} as const;
export const RESOLVE_MODAL = "lantern_alert_resolve_modal";

/** Level in words and colour (emoji, so it shows on every client and in notifications). */
export const LEVELS: Record<string, { emoji: string; words: string }> = {
  imminent: { emoji: "🚨", words: "IMMINENT risk" },
  high: { emoji: "🔴", words: "HIGH risk" },
  moderate: { emoji: "🟠", words: "MODERATE risk" },
  low: { emoji: "🟡", words: "LOW risk" },
  concern: { emoji: "🔵", words: "Concern (distress)" },
};

/** What people did with an alert, newest last; rendered under the alert. */
export interface AlertStatus {
  acknowledged?: { by: string; at: string } | undefined;
  contacting?: { by: string; at: string }[] | undefined;
  resolved?: { by: string; at: string; note: string } | undefined;
}

/** Escape text for mrkdwn: Slack treats &, < and > as control characters. */
export function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A time every reader sees in their own zone, with a UTC fallback. */
export function slackTime(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return escapeText(iso);
  const fallback = `${new Date(ms).toISOString().slice(0, 16).replace("T", " ")} UTC`;
  return `<!date^${Math.floor(ms / 1000)}^{date_short_pretty} {time}|${fallback}>`;
}

/** "by" values are "slack:U123": show a mention for Slack users, the raw id otherwise. */
export function who(by: string): string {
  const slack = /^slack:([UW][A-Z0-9]+)$/.exec(by);
  return slack ? `<@${slack[1]}>` : escapeText(by);
}

function levelOf(alert: Alert) {
  return LEVELS[alert.level] ?? { emoji: "🔴", words: `${alert.level.toUpperCase()} risk` };
}

/** The patient as `alerts.identify` allowed: "JD (pt_1a2b3c4d)", "pt_1a2b3c4d" or the pseudonym. */
export function patientName(alert: Alert): string {
  const { name, record } = alert.subject ?? {};
  if (name && record) return `${name} (${record})`;
  return name ?? record ?? alert.patient;
}

/** The notification text (also what screen readers and old clients show). No patient text. */
export function alertFallback(alert: Alert): string {
  const cats = alert.categories.length ? ` (${alert.categories.join(", ")})` : "";
  return `${levelOf(alert).emoji} ${levelOf(alert).words} alert for ${escapeText(patientName(alert))}${cats}`;
}

/** The alert message: level, categories, pseudonym, time, excerpt, status and buttons. */
export function alertBlocks(
  alert: Alert,
  status: AlertStatus = {},
  mention?: string,
): KnownBlock[] {
  const level = levelOf(alert);
  const blocks: KnownBlock[] = [];
  if (mention)
    blocks.push({ type: "section", text: { type: "mrkdwn", text: `${mention} please look now:` } });
  const clinicians = (alert.subject?.clinicians ?? []).filter((u) => /^[UW][A-Z0-9]+$/.test(u));
  if (clinicians.length)
    blocks.push({
      type: "section",
      text: {
        type: "mrkdwn",
        text: `Their clinicians: ${clinicians.map((u) => `<@${u}>`).join(" ")}`,
      },
    });
  blocks.push(
    {
      type: "header",
      text: { type: "plain_text", text: `${level.emoji} ${level.words} alert`, emoji: true },
    },
    {
      type: "section",
      fields: [
        { type: "mrkdwn", text: `*Level*\n${level.emoji} ${level.words}` },
        {
          type: "mrkdwn",
          text: `*Categories*\n${alert.categories.map((c) => c.replace(/_/g, " ")).join(", ") || "not given"}`,
        },
        { type: "mrkdwn", text: `*Patient*\n${escapeText(patientName(alert))}` },
        { type: "mrkdwn", text: `*When*\n${slackTime(alert.at)}` },
        {
          type: "mrkdwn",
          text: `*Conversation*\n${escapeText(alert.channel ?? "unknown")} · last message from the patient ${alert.lastContactAt ? slackTime(alert.lastContactAt) : "not recorded"}`,
        },
        { type: "mrkdwn", text: `*Why*\n${escapeText(alert.reason.replace(/_/g, " "))}` },
        { type: "mrkdwn", text: `*Alert*\n${alert.id}` },
      ],
    },
  );
  if (alert.excerpt)
    blocks.push({
      type: "section",
      text: {
        type: "mrkdwn",
        text: `*What they wrote*\n>${escapeText(alert.excerpt).slice(0, 2800)}`,
      },
    });
  if (alert.flags.includes("sharing_declined"))
    blocks.push({
      type: "section",
      text: {
        type: "mrkdwn",
        text: "*The patient declined sharing.* Only the risk message is shown: no answers, no conversation.",
      },
    });
  if (alert.flags.length)
    blocks.push({
      type: "context",
      elements: [{ type: "mrkdwn", text: `Flags: ${escapeText(alert.flags.join(", "))}` }],
    });
  const lines = statusLines(status);
  if (lines.length)
    blocks.push({ type: "section", text: { type: "mrkdwn", text: lines.join("\n") } });
  blocks.push(alertButtons(alert.id, status));
  return blocks;
}

function statusLines(status: AlertStatus): string[] {
  const lines: string[] = [];
  if (status.acknowledged)
    lines.push(
      `✅ Acknowledged by ${who(status.acknowledged.by)} · ${slackTime(status.acknowledged.at)}`,
    );
  for (const c of status.contacting ?? [])
    lines.push(`📞 ${who(c.by)} is contacting them · ${slackTime(c.at)}`);
  if (status.resolved) {
    const note = status.resolved.note.trim();
    lines.push(
      `☑️ Resolved by ${who(status.resolved.by)} · ${slackTime(status.resolved.at)}${note ? `\n>${escapeText(note).slice(0, 1500)}` : ""}`,
    );
  }
  return lines;
}

/** Acknowledge, contacting and Resolve until resolved; the patient's status always. */
function alertButtons(id: string, status: AlertStatus): KnownBlock {
  const elements = [];
  if (!status.acknowledged && !status.resolved)
    elements.push({
      type: "button" as const,
      action_id: ACTION.acknowledge,
      style: "primary" as const,
      text: { type: "plain_text" as const, text: "Acknowledge" },
      value: id,
    });
  if (!status.resolved)
    elements.push(
      {
        type: "button" as const,
        action_id: ACTION.contacting,
        text: { type: "plain_text" as const, text: "I'm contacting them" },
        value: id,
      },
      {
        type: "button" as const,
        action_id: ACTION.resolve,
        style: "danger" as const,
        text: { type: "plain_text" as const, text: "Resolve" },
        value: id,
      },
    );
  elements.push({
    type: "button" as const,
    action_id: ACTION.status,
    text: { type: "plain_text" as const, text: "Patient status" },
    value: id,
  });
  return { type: "actions", block_id: `alert:${id}`, elements };
}

/** Recent conversation for the thread under an alert, oldest first; the patient's words quoted. */
export function contextBlocks(alert: Alert): KnownBlock[] {
  if (!alert.context.length) return [];
  const lines = alert.context.map((m) =>
    m.from === "patient"
      ? `*Patient* · ${slackTime(m.at)}\n>${escapeText(m.text).replace(/\n/g, "\n>")}`
      : `*Lantern* · ${slackTime(m.at)}\n${escapeText(m.text)}`,
  );
  const blocks: KnownBlock[] = [
    { type: "context", elements: [{ type: "mrkdwn", text: "Recent messages, oldest first" }] },
  ];
  // A section holds at most 3000 characters: one per message, cut if longer.
  for (const line of lines)
    blocks.push({ type: "section", text: { type: "mrkdwn", text: line.slice(0, 2900) } });
  return blocks.slice(0, 50);
}

/** The modal Resolve opens: one note, sent back with the alert's id and message. */
export function resolveModal(metadata: { alert: string; channel: string; ts: string }) {
  return {
    type: "modal" as const,
    callback_id: RESOLVE_MODAL,
    private_metadata: JSON.stringify(metadata),
    title: { type: "plain_text" as const, text: "Resolve alert" },
    submit: { type: "plain_text" as const, text: "Resolve" },
    close: { type: "plain_text" as const, text: "Cancel" },
    blocks: [
      {
        type: "section" as const,
        text: { type: "mrkdwn" as const, text: `Alert *${metadata.alert}*: what was done?` },
      },
      {
        type: "input" as const,
        block_id: "note",
        label: { type: "plain_text" as const, text: "Note" },
        element: {
          type: "plain_text_input" as const,
          action_id: "note",
          multiline: true,
          max_length: 1500,
          placeholder: {
            type: "plain_text" as const,
            text: "e.g. Called the patient; safe, plan reviewed.",
          },
        },
      },
    ],
  };
}
