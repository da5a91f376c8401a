import {
  type App,
  addSessionFor,
  cancelSessionFor,
  DEFAULT_SESSIONS,
  formatSessionTime,
  parseSessionTime,
  sessionsOf,
} from "#lantern";
import { findPatient } from "./lookup.ts";
import { latestState, name } from "./status.ts";

// `/lantern session <patient> [#N] <when>`: the care team sets (or, with #N, moves) a dosing
// session. Times are read in the clinic's zone (config/clinic.yaml sessions.timezone), and the
// reminder, questionnaires, check-in and weekly integration prompts follow it. Without a time,
// the patient's sessions are listed; `#N cancel` cancels one.

const ERRORS: Record<string, string> = {
  unclear: "I could not read a date and time in that.",
  no_time: "Give a start time too, e.g. `december 10 9am` or `2026-12-10T09:00`.",
  past: "That time has passed.",
  too_far: "That is more than a year away.",
};

export const SESSION_HELP =
  "`/lantern session <patient> [#N] <when | cancel>`: set a dosing session (or move or cancel session N); reminders follow";

export async function sessionCommand(app: App, args: string[], by: string): Promise<string> {
  const [ref, ...rest] = args;
  const found = await findPatient(app, ref);
  if ("error" in found) return found.error;
  const { patient } = found;
  const link = patient.links.at(-1);
  if (!link)
    return `${name(patient)} has not redeemed the invite yet, so there is no conversation to add a session to.`;
  const config = app.runtime.services.sessions ?? DEFAULT_SESSIONS;
  const zone = config.timezone;
  const numbered = rest[0]?.match(/^#(\d+)$/);
  const words = (numbered ? rest.slice(1) : rest).join(" ").trim();
  if (!words) {
    const sessions = sessionsOf((await latestState(app, patient))?.user ?? {});
    if (!sessions.length) return `No sessions set for ${name(patient)}. ${SESSION_HELP}`;
    return sessions
      .map(
        (s) =>
          `Session ${s.number}: ${formatSessionTime(new Date(s.at), zone)} (${zone})${s.status === "cancelled" ? ", cancelled" : ""}`,
      )
      .join("\n");
  }
  const conversation = `${link.channel}:${link.userId}`;
  if (words.toLowerCase() === "cancel") {
    if (!numbered) return "Which session? `/lantern session <patient> #N cancel`.";
    const cancelled = await cancelSessionFor(
      app.runtime,
      conversation,
      Number(numbered[1]),
      config,
    );
    return cancelled
      ? `Session ${numbered[1]} for ${name(patient)} cancelled; its reminders are removed.`
      : `${name(patient)} has no session ${numbered[1]}.`;
  }
  const now = app.runtime.clock.now();
  const parsed = parseSessionTime(words, now, zone);
  if ("error" in parsed) return ERRORS[parsed.error] ?? ERRORS.unclear ?? "";
  const number = numbered ? Number(numbered[1]) : undefined;
  const session = await addSessionFor(
    app.runtime,
    conversation,
    { at: parsed.at, by, ...(number ? { number } : {}) },
    config,
  );
  const jobs = app.runtime.scheduler
    .list({ channel: link.channel, userId: link.userId })
    .filter((j) => j.by === `session:${session.number}`)
    .sort((a, b) => a.due.localeCompare(b.due))
    .map((j) => `• ${formatSessionTime(new Date(j.due), zone)}: \`${j.flowId}\``);
  return [
    `Session ${session.number} for ${name(patient)}: ${formatSessionTime(new Date(session.at), zone)} (${zone}).`,
    jobs.length ? "Lantern will offer:" : "Nothing left to schedule before or after it.",
    ...jobs,
  ].join("\n");
}
