import {
  type App,
  type ConversationState,
  DECLINED_NOTE,
  type MeasureResult,
  type Patient,
  sharingDeclined,
  teamMessageStatus,
  trend,
} from "#lantern";
import { escapeText } from "./blocks.ts";

// `/lantern status`: what a therapist needs at a glance, read from the patient's conversation.

/** A patient as commands name them: label and id, never a chat identity. */
export function name(patient: Patient): string {
  return `*${escapeText(patient.label)}* (\`${patient.id}\`)`;
}

/** "2026-01-04 10:00" (UTC) from an ISO time. */
export const day = (iso: unknown) =>
  typeof iso === "string" ? iso.slice(0, 16).replace("T", " ") : "?";

/** The patient's most recently active conversation across their channels. */
export async function latestState(
  app: App,
  patient: Patient,
): Promise<ConversationState | undefined> {
  let latest: ConversationState | undefined;
  for (const link of patient.links) {
    const state = await app.runtime.store.loadConversation(`${link.channel}:${link.userId}`);
    if (state && (!latest || state.updatedAt > latest.updatedAt)) latest = state;
  }
  return latest;
}

function list(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value)
    ? value.filter((v): v is Record<string, unknown> => Boolean(v) && typeof v === "object")
    : [];
}

/** Measure lines: latest total and band, the trend arrow and change. */
export function measureLines(measures: unknown): string[] {
  const byMeasure = new Map<string, MeasureResult[]>();
  for (const m of list(measures)) {
    if (typeof m.measure !== "string" || typeof m.total !== "number" || typeof m.at !== "string")
      continue;
    byMeasure.set(m.measure, [...(byMeasure.get(m.measure) ?? []), m as unknown as MeasureResult]);
  }
  return [...byMeasure.entries()].map(([id, results]) => {
    const t = trend(results);
    const latest = results.reduce((a, b) => (Date.parse(b.at) > Date.parse(a.at) ? b : a));
    const series = t.points
      .slice(-5)
      .map((p) => p.total)
      .join(" → ");
    const change =
      t.change === null
        ? "only one result"
        : `${t.change > 0 ? "+" : ""}${t.change}${t.meaningful ? ", meaningful" : ""}`;
    return `• ${id.toUpperCase()}: ${series} ${t.arrow} (${change}); latest ${latest.total}, ${escapeText(latest.band)}, ${day(latest.at)}`;
  });
}

/** Status of one patient from their conversation state (the most recent channel). */
export function renderStatus(patient: Patient, state: ConversationState | undefined): string {
  const lines = [`Status of ${name(patient)}`];
  if (!patient.links.length)
    return `${lines[0]}\nNot linked yet: the invite has not been redeemed.`;
  if (!state)
    return `${lines[0]}\nLinked (${patient.links.map((l) => l.channel).join(", ")}) but no conversation yet.`;
  const user = state.user;
  lines.push(`Stage: ${escapeText(String(user.stage ?? "not set"))} · channel: ${state.channel}`);
  // Limited mode: that it is so, the last contact and any open safety episode; nothing written.
  if (sharingDeclined(state)) {
    lines.push(`Sharing: declined. ${DECLINED_NOTE}`);
    lines.push(
      `Last message from the patient: ${state.lastInboundAt ? day(state.lastInboundAt) : "none"}`,
    );
    if (state.risk.level !== "none") lines.push(`⚠️ Current safety episode: ${state.risk.level}`);
    // Sent because the patient asked for it, limited mode or not (flows/message-team.yaml).
    const messages = teamMessageStatus(state);
    if (messages) lines.push(messages);
    return lines.join("\n");
  }
  const current = state.stack.at(-1);
  lines.push(`Now in: ${current ? `\`${current.flowId}\`` : "no flow (menu)"}`);
  const done = new Map<string, number>();
  for (const entry of [...list(user.checkins), ...list(user.journal)])
    if (typeof entry.flow === "string") done.set(entry.flow, (done.get(entry.flow) ?? 0) + 1);
  for (const m of list(user.measures))
    if (typeof m.measure === "string") done.set(m.measure, (done.get(m.measure) ?? 0) + 1);
  lines.push(
    `Flows done: ${done.size ? [...done].map(([f, n]) => `${f}${n > 1 ? ` ×${n}` : ""}`).join(", ") : "none recorded"}`,
  );
  if (state.assigned.length)
    lines.push(`Assigned, waiting: ${state.assigned.map((a) => a.flowId).join(", ")}`);
  const checkin = list(user.checkins).at(-1);
  lines.push(`Last check-in: ${checkin ? `${day(checkin.at)} (${String(checkin.flow)})` : "none"}`);
  lines.push(
    `Last message from the patient: ${state.lastInboundAt ? day(state.lastInboundAt) : "none"}`,
  );
  if (state.risk.level !== "none") lines.push(`⚠️ Current safety episode: ${state.risk.level}`);
  const messages = teamMessageStatus(state);
  if (messages) lines.push(messages);
  const measures = measureLines(user.measures);
  lines.push(measures.length ? `Measures:\n${measures.join("\n")}` : "Measures: none yet");
  return lines.join("\n");
}
