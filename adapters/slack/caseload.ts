import {
  type App,
  Caseloads,
  type ConversationState,
  MAX_NOTE,
  Notes,
  type Patient,
} from "#lantern";
import { slackActor } from "./actions.ts";
import { escapeText } from "./blocks.ts";
import { findPatient } from "./lookup.ts";
import { latestState, name } from "./status.ts";

// Caseloads and notes in Slack: `/lantern caseload add|remove <patient> @member`, `/lantern
// note <patient> <text>`, and the member's own caseload first in `/lantern patients`, App Home
// and the dashboard.

/** A patient row of a member's view: their clinicians and newest conversation. */
export interface CaseloadRow {
  patient: Patient;
  clinicians: string[];
  state: ConversationState | undefined;
  mine: boolean;
}

/** Every patient, the member's own first, with clinicians and conversation. */
export async function caseloadRows(app: App, member: string): Promise<CaseloadRow[]> {
  const caseloads = new Caseloads(app.runtime.store, app.runtime.clock);
  const { patients } = await caseloads.mineFirst(await app.patients.list(), member);
  return Promise.all(
    patients.map(async ({ patient, clinicians }) => ({
      patient,
      clinicians,
      state: await latestState(app, patient),
      mine: clinicians.includes(member),
    })),
  );
}

/** Open alerts per patient id (alerts carry the conversation's pseudonym). */
export async function openAlertsByPatient(
  app: App,
  patients: readonly Patient[],
): Promise<Map<string, number>> {
  const byPseudonym = new Map<string, string>();
  for (const p of patients)
    for (const l of p.links)
      byPseudonym.set(app.escalations.pseudonymOf(`${l.channel}:${l.userId}`), p.id);
  const counts = new Map<string, number>();
  for (const id of await app.escalations.openIds()) {
    const record = await app.escalations.get(id);
    const patient = record ? byPseudonym.get(record.alert.patient) : undefined;
    if (patient) counts.set(patient, (counts.get(patient) ?? 0) + 1);
  }
  return counts;
}

/** "<@U1>, <@U2>" or "no clinician assigned". */
export function cliniciansText(clinicians: readonly string[]): string {
  return clinicians.length ? clinicians.map((u) => `<@${u}>`).join(", ") : "no clinician assigned";
}

/** `/lantern patients`: the member's caseload first, then everyone else. */
export async function patientsReply(app: App, member: string): Promise<string> {
  const rows = await caseloadRows(app, member);
  if (!rows.length) return "No patients yet. `/lantern invite <label>` adds one.";
  const line = (r: CaseloadRow) => {
    const where = r.patient.links.length
      ? r.patient.links.map((l) => l.channel).join(", ")
      : "invite not redeemed";
    return `• ${name(r.patient)}: ${where} · ${cliniciansText(r.clinicians)}`;
  };
  const mine = rows.filter((r) => r.mine);
  const others = rows.filter((r) => !r.mine);
  return [
    `*Your caseload* (${mine.length})`,
    ...(mine.length
      ? mine.map(line)
      : ["You have no patients assigned: `/lantern caseload add <patient> @you`."]),
    ...(others.length
      ? ["", `*Other patients* (${others.length})`, ...others.slice(0, 100).map(line)]
      : []),
  ].join("\n");
}

/** A Slack member from `<@U123|name>` (escaped mention), `<@U123>` or a bare `U123`. */
export function memberId(arg: string | undefined): string | undefined {
  const m = /^<@([UW][A-Z0-9]+)(?:\|[^>]*)?>$|^([UW][A-Z0-9]+)$/.exec(arg?.trim() ?? "");
  return m ? (m[1] ?? m[2]) : undefined;
}

const CASELOAD_USAGE =
  "`/lantern caseload add <patient> @member` or `/lantern caseload remove <patient> @member`";

/** `/lantern caseload add|remove <patient> @member` (the member defaults to you). */
export async function caseloadReply(app: App, args: string[], userId: string): Promise<string> {
  const [action, ...rest] = args;
  if (action !== "add" && action !== "remove") return `Usage: ${CASELOAD_USAGE}.`;
  const last = rest.at(-1);
  const mentioned = memberId(last);
  const member = mentioned ?? userId;
  const ref = (mentioned ? rest.slice(0, -1) : rest).join(" ");
  const found = await findPatient(app, ref || undefined);
  if ("error" in found) return found.error;
  const caseloads = new Caseloads(app.runtime.store, app.runtime.clock);
  const change =
    action === "add"
      ? await caseloads.add(found.patient.id, member, slackActor(userId))
      : await caseloads.remove(found.patient.id, member, slackActor(userId));
  const who = `<@${member}>`;
  const head = change.changed
    ? action === "add"
      ? `Added ${who} to ${name(found.patient)}'s clinicians.`
      : `Removed ${who} from ${name(found.patient)}'s clinicians.`
    : action === "add"
      ? `${who} is already one of ${name(found.patient)}'s clinicians.`
      : `${who} was not one of ${name(found.patient)}'s clinicians.`;
  return `${head} Now: ${cliniciansText(change.clinicians)}.`;
}

/** `/lantern note <patient> <text>` from the command's raw text, so the note keeps its wording. */
export async function noteReply(app: App, raw: string, userId: string): Promise<string> {
  const m = /^\s*\S+\s+(?:"([^"]*)"|“([^”]*)”|(\S+))\s+([\s\S]+)$/.exec(raw);
  const ref = m ? (m[1] ?? m[2] ?? m[3]) : undefined;
  const text = m?.[4]?.trim() ?? "";
  if (!ref || !text)
    return "Usage: `/lantern note <patient> <text>` (put a name with spaces in quotes).";
  if (text.length > MAX_NOTE)
    return `A note is at most ${MAX_NOTE} characters; this one has ${text.length}.`;
  const found = await findPatient(app, ref);
  if ("error" in found) return found.error;
  const note = await new Notes(app.runtime.store, app.runtime.clock).add(
    found.patient.id,
    slackActor(userId),
    text,
  );
  const shown = escapeText(text.replace(/\s+/g, " ").slice(0, 200));
  return `Note \`${note.id}\` added to ${name(found.patient)} (audited). It shows in \`/lantern brief\` and the patient's export: "${shown}${text.length > 200 ? "…" : ""}"`;
}
