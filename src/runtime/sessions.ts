import { TZDate } from "@date-fns/tz";
import type { SessionsConfig } from "../config/sessions.ts";
import {
  addSession,
  cancelSession,
  localDay,
  type Session,
  sessionsOf,
} from "../engine/sessions.ts";
import type { ConversationState } from "../engine/state.ts";
import { LanternError } from "../errors.ts";
import type { EffectHandler, Runtime } from "./runtime.ts";
import type { Job, Scheduler } from "./scheduler.ts";

// The session cycle on the durable scheduler. Each session gets jobs: the clinic's rules the
// evening before, the questionnaires a few days before, the check-in the day after, weekly
// integration prompts. Job ids name the conversation, the session number, the kind and the due
// time, so syncing again is a no-op, a moved session cancels its old jobs and makes new ones,
// and a job that already fired (gone from the store, due in the past) is never made again.

const PREFIX = "session:";

function prefixOf(state: Pick<ConversationState, "channel" | "userId">): string {
  return `${PREFIX}${state.channel}:${state.userId}:`;
}

/** `minutes` after midnight, `daysBefore` days before the session's day, in the clinic's zone. */
function wallClockBefore(at: Date, daysBefore: number, minutes: number, zone: string): Date {
  const [year, month, day] = localDay(at, zone).split("-").map(Number) as [number, number, number];
  const local = new TZDate(year, month - 1, day - daysBefore, 0, minutes, zone);
  return new Date(local.getTime());
}

/** The jobs a conversation's sessions call for, due after `now`. */
export function sessionJobs(
  state: Pick<ConversationState, "channel" | "userId" | "user">,
  config: SessionsConfig,
  now: Date,
): Job[] {
  const sessions = sessionsOf(state.user).filter((s) => s.status === "scheduled");
  const jobs: Job[] = [];
  const job = (session: Session, kind: string, due: Date, flowId: string) => {
    if (due.getTime() <= now.getTime()) return;
    jobs.push({
      id: `${prefixOf(state)}${session.number}:${kind}:${due.toISOString()}`,
      due: due.toISOString(),
      channel: state.channel,
      userId: state.userId,
      flowId,
      by: `session:${session.number}`,
      createdAt: now.toISOString(),
    });
  };
  sessions.forEach((session, index) => {
    const at = new Date(session.at);
    const following = sessions[index + 1];
    if (config.reminder.enabled) {
      const due = wallClockBefore(at, 1, config.reminder.time, config.timezone);
      job(session, "reminder", due, config.reminder.flow);
    }
    if (config.measures.enabled)
      config.measures.flows.forEach((flowId, i) => {
        // A minute apart, so they come in the configured order (each waits for the one before).
        const due = new Date(at.getTime() - config.measures.before + i * 60_000);
        job(session, `measures-${flowId}`, due, flowId);
      });
    if (config.checkin.enabled)
      job(session, "checkin", new Date(at.getTime() + config.checkin.after), config.checkin.flow);
    if (config.integration.enabled)
      for (let week = 1; week <= config.integration.count; week++) {
        const due = new Date(at.getTime() + week * config.integration.every);
        // Not once the next session is near: preparation comes first then.
        if (following && Date.parse(following.at) - due.getTime() < config.integration.every) break;
        job(session, `integration-${week}`, due, config.integration.flow);
      }
  });
  return jobs;
}

/**
 * Make the scheduler match the sessions: cancel this conversation's session jobs that are no
 * longer wanted, schedule the missing ones. Returns what changed.
 */
export async function syncSessionJobs(
  scheduler: Scheduler,
  state: Pick<ConversationState, "channel" | "userId" | "user">,
  config: SessionsConfig,
  now: Date,
): Promise<{ scheduled: number; cancelled: number }> {
  const wanted = new Map(sessionJobs(state, config, now).map((j) => [j.id, j]));
  const prefix = prefixOf(state);
  let cancelled = 0;
  const pending = scheduler.list({ channel: state.channel, userId: state.userId });
  for (const job of pending)
    if (job.id.startsWith(prefix) && !wanted.has(job.id)) {
      await scheduler.cancel(job.id);
      cancelled++;
    }
  const have = new Set(pending.map((j) => j.id));
  let scheduled = 0;
  for (const job of wanted.values()) {
    if (have.has(job.id)) continue;
    await scheduler.schedule(job);
    scheduled++;
  }
  return { scheduled, cancelled };
}

/** The `sessions.sync` effect (from the patient's session flow): jobs follow user.sessions. */
export function sessionEffects(config: SessionsConfig): Record<string, EffectHandler> {
  return {
    "sessions.sync": async (_args, state, { runtime }) => {
      await syncSessionJobs(runtime.scheduler, state, config, runtime.clock.now());
    },
  };
}

/**
 * The care team adds or moves a session (CLI, Slack): the conversation's user.sessions changes
 * under its lock, then the jobs follow. Returns the session as stored.
 */
export async function addSessionFor(
  runtime: Runtime,
  conversation: string,
  input: { at: Date; number?: number; by: string },
  config: SessionsConfig,
): Promise<Session> {
  let added: Session | undefined;
  const state = await runtime.update(conversation, (draft) => {
    const before = sessionsOf(draft.user);
    const after = addSession(before, input);
    draft.user.sessions = after;
    added =
      after.find((s) => s.number === input.number) ??
      after.find((s) => s.at === input.at.toISOString());
  });
  if (!state || !added)
    throw new LanternError("session.no_conversation", `no conversation ${conversation}`);
  await syncSessionJobs(runtime.scheduler, state, config, runtime.clock.now());
  return added;
}

/** The care team cancels session `number`: it stays listed as cancelled, and its jobs go. */
export async function cancelSessionFor(
  runtime: Runtime,
  conversation: string,
  number: number,
  config: SessionsConfig,
): Promise<boolean> {
  let found = false;
  const state = await runtime.update(conversation, (draft) => {
    const after = cancelSession(sessionsOf(draft.user), number);
    found = after !== undefined;
    if (after) draft.user.sessions = after;
  });
  if (!state) throw new LanternError("session.no_conversation", `no conversation ${conversation}`);
  if (found) await syncSessionJobs(runtime.scheduler, state, config, runtime.clock.now());
  return found;
}
