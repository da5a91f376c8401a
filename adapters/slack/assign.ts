import { notAssignable, type Patient } from "#lantern";
import { escapeText } from "./blocks.ts";
import type { CommandDeps } from "./commands.ts";
import { findPatient } from "./lookup.ts";
import {
  formatWhen,
  MAX_OCCURRENCES,
  occurrences,
  parseClock,
  parseDate,
  parseRepeat,
  parseWhen,
} from "./schedule.ts";
import { latestState, name } from "./status.ts";

// `/lantern assign`: only patient-assignable flows (src/care/assign.ts); the reply says what
// happened (started, or waiting because the patient is mid-flow) and what changed.

/** What happens to a flow that comes due while the patient is in another one (the engine's rule). */
const WAITS =
  "If they are in the middle of another flow then, Lantern does not interrupt it: the flow waits, offered first (★) in their menu the next time they open it.";

/** The channel a patient last joined from: where assignments are delivered. */
function latestLink(patient: Patient) {
  return patient.links.at(-1);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export async function assign(deps: CommandDeps, args: string[], by: string): Promise<string> {
  const { app, config } = deps;
  const [ref, flowId, mode, ...rest] = args;
  const found = await findPatient(app, ref);
  if ("error" in found) return found.error;
  const { patient } = found;
  const flow = flowId ? app.runtime.catalog.get(flowId) : undefined;
  if (!flow) return `No flow "${escapeText(flowId ?? "")}". See \`/lantern flows\`.`;
  const refused = notAssignable(flow);
  if (refused)
    return `\`${flow.id}\` ${refused}. See \`/lantern flows\` for the ones you can assign.`;
  const link = latestLink(patient);
  if (!link)
    return `${name(patient)} has not redeemed the invite yet, so there is nowhere to deliver the flow.`;
  const now = app.runtime.clock.now();
  const zone = config.SLACK_TIMEZONE;
  const job = (due: Date) => ({
    id: `assign:${patient.id}:${flow.id}:${due.toISOString()}`,
    due: due.toISOString(),
    channel: link.channel,
    userId: link.userId,
    flowId: flow.id,
    by,
    createdAt: now.toISOString(),
  });
  const scheduled = new Set(
    app.runtime.scheduler.list({ channel: link.channel, userId: link.userId }).map((j) => j.id),
  );
  if (!mode || mode.toLowerCase() === "now") {
    const before = await latestState(app, patient);
    await app.runtime.handle({
      channel: link.channel,
      userId: link.userId,
      messageId: `assign:${patient.id}:${flow.id}:${now.toISOString()}`,
      kind: "start",
      flowId: flow.id,
    });
    const busy = before?.stack.at(-1)?.flowId;
    if (busy || before?.user.paused === true)
      return `${name(patient)} is ${busy ? `in the middle of \`${busy}\`` : "paused"}, so \`${flow.id}\` was not started: it waits, offered first (★) in their menu the next time they open it.`;
    return `Started \`${flow.id}\` for ${name(patient)} now.`;
  }
  if (mode.toLowerCase() === "at") {
    const at = parseWhen(rest.join(" "), now, zone);
    if ("error" in at) return at.error;
    if (at <= now) return "That time has passed; use `now` or a later time.";
    if (scheduled.has(job(at).id))
      return `Nothing changed: \`${flow.id}\` was already scheduled for ${name(patient)} at ${formatWhen(at, zone)}.`;
    await app.runtime.scheduler.schedule(job(at));
    return `Scheduled \`${flow.id}\` for ${name(patient)} at ${formatWhen(at, zone)}. ${WAITS}`;
  }
  if (mode.toLowerCase() === "every") {
    const [repeatWord, ...tail] = rest;
    const matches = parseRepeat(repeatWord ?? "");
    const untilAt = tail.findIndex((w) => w.toLowerCase() === "until");
    const atWords = tail.slice(0, Math.max(untilAt, 0));
    const clock =
      atWords[0]?.toLowerCase() === "at"
        ? parseClock(atWords.slice(1).join(" "))
        : atWords.length
          ? undefined
          : { hour: 9, minute: 0 };
    const until = untilAt >= 0 ? parseDate(tail.slice(untilAt + 1).join(" ")) : undefined;
    if (!matches || !clock || !until)
      return "Try `every daily until 2026-02-01`, `every weekday at 18:00 until 2026-02-01` or `every monday at 9am until 2026-03-31`.";
    const dates = occurrences(matches, clock, until, now, zone);
    if (!dates.length) return "No occurrence falls between now and that date.";
    if (dates.length > MAX_OCCURRENCES)
      return `That is more than ${MAX_OCCURRENCES} deliveries; choose an earlier end date.`;
    // Ids are the due times: running the same command again schedules nothing new.
    const fresh = dates.filter((due) => !scheduled.has(job(due).id));
    for (const due of fresh) await app.runtime.scheduler.schedule(job(due));
    const span = `${formatWhen(dates[0] as Date, zone)} to ${formatWhen(dates.at(-1) as Date, zone)}`;
    const kept = dates.length - fresh.length;
    if (!fresh.length)
      return `Nothing changed: all ${plural(dates.length, "start")} of \`${flow.id}\` for ${name(patient)} (${span}) were already scheduled.`;
    return `Scheduled \`${flow.id}\` for ${name(patient)}: ${plural(fresh.length, "new start")}${kept ? `, ${kept} already scheduled and left as they were` : ""} (${span}). ${WAITS}`;
  }
  return "After the flow say `now`, `at <time>` or `every <daily|weekday|monday…> [at <time>] until <date>`.";
}
