import { randomBytes } from "node:crypto";
import type { Logger } from "pino";
import { globalsFor, loadContent } from "./app/content.ts";
import { dataDeleteEffect } from "./app/data-delete.ts";
import { careActions } from "./care/actions.ts";
import { consentActions } from "./care/consent.ts";
import { careEffects, EscalationService } from "./care/escalations.ts";
import { followUpEffects } from "./care/followups.ts";
import { noticeEffects } from "./care/notices.ts";
import { alertWithoutStore } from "./care/outage-alert.ts";
import { Patients } from "./care/patients.ts";
import { sessionActions } from "./care/sessions.ts";
import { teamMessageActions, teamMessageEffects } from "./care/team-message.ts";
import { webhookFromEnv } from "./care/webhook-notifier.ts";
import type { ChannelAdapter, Notifier, RaisedAlert } from "./channel.ts";
import type { Env } from "./config/env.ts";
import { sessionFlows } from "./config/sessions.ts";
import { stateCodec } from "./engine/stored-state.ts";
import type {
  Action,
  Clock,
  EngineServices,
  FreeTextUnderstanding,
  RiskGuard,
} from "./engine/types.ts";
import { LanternError } from "./errors.ts";
import { formatProblem } from "./flow/problems.ts";
import { loadLlmConfig } from "./llm/config.ts";
import type { LlmServices } from "./llm/index.ts";
import type { Summariser } from "./llm/summarise.ts";
import { type EffectHandler, Runtime } from "./runtime/runtime.ts";
import { sessionEffects } from "./runtime/sessions.ts";
import { createRiskGuard } from "./safety/guard.ts";
import { dataKeysFromEnv } from "./store/crypto.ts";
import { openKeyv } from "./store/open.ts";
import { createSharedRuntimeOptions } from "./store/shared/index.ts";
import { Store } from "./store/store.ts";

export { type Content, globalsFor, loadContent } from "./app/content.ts";

export interface AppOptions {
  env: Env;
  logger?: Logger;
  clock?: Clock;
  channels?: ChannelAdapter[];
  /** Where alerts go first (console, Slack, Teams); a configured webhook is added. */
  notifiers?: Notifier[];
  /** Who hears about alerts nobody acknowledged in time. */
  backup?: Notifier[];
  guard?: RiskGuard;
  /**
   * Warm the risk rule layer before returning (default). `lantern chat` passes false and warms
   * it once its first line is out, while the patient reads.
   */
  warmDetector?: boolean;
  actions?: Record<string, Action>;
  effects?: Record<string, EffectHandler>;
  /** Channels whose users must redeem an invite first; all but the terminal by default. */
  enrolmentRequired?: (channel: string) => boolean;
  /**
   * Deliver pending work from before a restart now (default). Servers pass false and call
   * `runtime.recover()` once their platforms are attached, so nothing is sent to a channel
   * that is not there yet.
   */
  recover?: boolean;
  /** Language model features: from OPENAI_* variables by default; null turns them off. */
  llm?: LlmServices | null;
}

/** A running Lantern: the runtime plus the care team's alert pipeline. */
export interface App {
  runtime: Runtime;
  escalations: EscalationService;
  patients: Patients;
  /** The clinician summary for briefs: only with a model and LANTERN_LLM_SEND_PATIENT_TEXT. */
  summariser?: Summariser;
  /**
   * Send an alert now without the store (a store outage): to every primary target, flagged
   * untracked (src/care/outage-alert.ts). Throws if none took it; else the targets that did.
   */
  alertNow(raw: RaisedAlert): Promise<string[]>;
  /** LANTERN_STORE as configured: adapters keep their inbound journals beside a SQLite file. */
  storeUrl: string;
  /** Timeouts, retries, scheduled flows and alert escalation; call it every second or so. */
  tick(): Promise<void>;
  close(): Promise<void>;
}

/** Pseudonyms need a secret salt: configured, else made once and kept in the store. */
async function pseudonymSalt(env: Env, store: Store): Promise<string> {
  if (env.LANTERN_PSEUDONYM_SALT) return env.LANTERN_PSEUDONYM_SALT;
  const stored = await store.get<string>("config:pseudonym_salt");
  if (stored) return stored;
  const salt = randomBytes(24).toString("base64url");
  await store.set("config:pseudonym_salt", salt);
  return salt;
}

/** The rule layer, imported on first use: building its patterns takes ~0.1 s, which `lantern
 * chat` spends after its first line is out (a failed import throws in the guard: risk). */
let ruleLayer: Promise<typeof import("./safety/detect.ts")> | undefined;
const rules = () => (ruleLayer ??= import("./safety/detect.ts"));

/** Build a ready app: content loaded and checked, store opened, snapshots saved, pending work resumed. */
export async function createApp(options: AppOptions): Promise<App> {
  const { env } = options;
  const content = await loadContent(env);
  if (content.problems.length) {
    throw new LanternError(
      "flows.invalid",
      `Flows have problems:\n${content.problems.map(formatProblem).join("\n")}`,
    );
  }
  const store = new Store(
    await openKeyv(env.LANTERN_STORE, "lantern", {
      keys:
        dataKeysFromEnv({
          LANTERN_DATA_KEY: env.LANTERN_DATA_KEY,
          LANTERN_DATA_KEY_OLD: env.LANTERN_DATA_KEY_OLD,
        }) ?? null,
    }),
    { codec: stateCodec },
  );
  // Redis and PostgreSQL are shared by several processes: cross-process locks, no state cache.
  const shared = await createSharedRuntimeOptions(env.LANTERN_STORE);
  const llmEnv = { ...process.env, LANTERN_PROMPTS: env.LANTERN_PROMPTS };
  // The model SDKs (~600 modules, a second to import) only when a model is configured.
  const llm =
    options.llm !== undefined
      ? (options.llm ?? undefined)
      : loadLlmConfig(llmEnv)
        ? (await import("./llm/index.ts")).createLlmServices(llmEnv, {
            onEvent: (event) => options.logger?.debug(event, "llm"),
            ...(options.logger ? { logger: options.logger } : {}),
          })
        : undefined;
  const webhook = webhookFromEnv(env);
  const primary = [...(options.notifiers ?? []), ...(webhook ? [webhook] : [])];
  if (!primary.length)
    throw new LanternError(
      "config.no_notifier",
      "no alert target is configured: alerts must reach someone",
    );
  const salt = await pseudonymSalt(env, store);
  const escalations = new EscalationService({
    store,
    primary,
    backup: options.backup ?? [],
    config: content.clinic.escalation,
    salt,
    alerts: content.clinic.alerts,
    excerpt: env.LANTERN_ALERT_EXCERPT,
    ...(shared ? { lock: shared.lock } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
  });
  // Compile the rule layer now, so the first risk check after a restart is not a cold one
  // (about half a second on a busy machine, before the first alert could go out).
  if (!options.guard && options.warmDetector !== false) (await rules()).warmDetector();
  const services: EngineServices = {
    globals: globalsFor(content.clinic, env.LANTERN_LOCALE),
    firstFlow: env.LANTERN_FIRST_FLOW,
    // The risk guard is always on: rules, raised (never lowered) by the model's second opinion when configured.
    guard:
      options.guard ??
      createRiskGuard(
        llm?.assess ?? (async (text, context) => (await rules()).detectRisk(text, context)),
      ),
    ...(llm ? { llm: llm.generator, generateTimeoutMs: llm.config.timeoutMs } : {}),
    ...(llm?.understand ? { understand: engineUnderstanding(llm.understand) } : {}),
    actions: {
      ...careActions(),
      ...consentActions(),
      ...teamMessageActions(),
      ...sessionActions(content.clinic.sessions),
      ...options.actions,
    },
    // The session cycle: the menu's phase, and reminders that wait for a running flow to end.
    sessions: content.clinic.sessions,
    sessionFlows: sessionFlows(content.clinic.sessions),
    // "I am a program" again after this long away (config/clinic.yaml disclosure.after_days_away).
    discloseAfterMs: content.clinic.disclosure.after_days_away * 86_400_000,
  };
  const patients = new Patients(store, options.clock);
  const runtime = new Runtime({
    catalog: content.catalog,
    store,
    services,
    ...(shared ? { lock: shared.lock, deliveryLock: shared.deliveryLock, cacheStates: false } : {}),
    // Platform users must redeem an invite first; the local terminal is the operator's own.
    enrolment: {
      patients,
      required: options.enrolmentRequired ?? ((channel) => channel !== "console"),
    },
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
    channels: options.channels ?? [],
    notifiers: [escalations],
    effects: {
      ...careEffects(escalations),
      ...noticeEffects(escalations),
      ...teamMessageEffects(escalations),
      ...followUpEffects(escalations),
      ...sessionEffects(content.clinic.sessions),
      "data.delete": dataDeleteEffect({
        patients,
        store,
        escalations,
        lock: shared?.lock,
        salt: () => pseudonymSalt(env, store),
      }),
      ...options.effects,
    },
  });
  if (shared) runtime.scheduler.useClaim(shared.claim);
  await runtime.saveSnapshots();
  if (options.recover !== false) await runtime.recover();
  return {
    runtime,
    escalations,
    patients,
    ...(llm?.summariser ? { summariser: llm.summariser } : {}),
    alertNow: (raw) =>
      alertWithoutStore(escalations.primary, raw, {
        salt,
        excerpt: env.LANTERN_ALERT_EXCERPT,
        now: escalations.clock.now(),
      }),
    storeUrl: env.LANTERN_STORE,
    async tick() {
      await runtime.tick();
      await escalations.tick();
    },
    close: async () => {
      await shared?.close();
      await store.close();
    },
  };
}

/** The engine's view of the model's understanding: suggestions are thinking traps, by choice id. */
function engineUnderstanding(
  understand: NonNullable<LlmServices["understand"]>,
): FreeTextUnderstanding {
  return {
    routeToFlow: (text, flows, signal) => understand.routeToFlow(text, flows, signal),
    extractAnswer: (question, expect, reply, options) =>
      understand.extractAnswer(question, expect, reply, options),
    suggestChoices: async (text, choices, signal) =>
      (await understand.classifyDistortions(text, signal))
        .map((d) => d.id as string)
        .filter((id) => choices.some((c) => c.id === id)),
  };
}
