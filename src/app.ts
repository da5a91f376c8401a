import type { Logger } from "pino";
import { careActions } from "./care/actions.ts";
import type { ChannelAdapter, Notifier } from "./channel.ts";
import { type ClinicConfig, crisisFor, loadClinicConfig } from "./config/clinic.ts";
import type { Env } from "./config/env.ts";
import { SYSTEM_TEMPLATES } from "./engine/turn.ts";
import type { Action, Clock, EngineServices, RiskGuard } from "./engine/types.ts";
import { LanternError } from "./errors.ts";
import { FlowCatalog } from "./flow/catalog.ts";
import { checkFlows } from "./flow/check.ts";
import { loadFlows } from "./flow/load.ts";
import { formatProblem, type Problem } from "./flow/problems.ts";
import { loadTemplates } from "./prompts/templates.ts";
import { type EffectHandler, Runtime } from "./runtime/runtime.ts";
import { detectRisk } from "./safety/detect.ts";
import { createRiskGuard } from "./safety/guard.ts";
import { openKeyv } from "./store/open.ts";
import { Store } from "./store/store.ts";

/** Flows, templates and clinic configuration, checked together. */
export interface Content {
  catalog: FlowCatalog;
  clinic: ClinicConfig;
  problems: Problem[];
}

/** Template globals for a locale: {{clinic.*}}, {{crisis.*}}, {{care_team.*}}. */
export function globalsFor(clinic: ClinicConfig) {
  return (locale: string | undefined) => ({
    clinic: clinic.clinic,
    crisis: crisisFor(clinic, locale),
    care_team: clinic.care_team,
  });
}

/** Load everything a runtime needs from disk; `problems` lists what `flows check` would report. */
export async function loadContent(
  env: Pick<Env, "LANTERN_FLOWS" | "LANTERN_PROMPTS" | "LANTERN_CLINIC">,
  extraFlowPaths: string[] = [],
): Promise<Content> {
  const clinic = await loadClinicConfig(env.LANTERN_CLINIC);
  const { templates, problems: templateProblems } = await loadTemplates(env.LANTERN_PROMPTS);
  const { flows, problems } = await loadFlows([env.LANTERN_FLOWS, ...extraFlowPaths]);
  const globals = globalsFor(clinic)(undefined);
  problems.push(
    ...templateProblems,
    ...checkFlows(flows, { templates, globals, requiredTemplates: SYSTEM_TEMPLATES }),
  );
  return {
    catalog: new FlowCatalog(
      flows.map((f) => f.flow),
      templates,
    ),
    clinic,
    problems,
  };
}

export interface AppOptions {
  env: Env;
  logger?: Logger;
  clock?: Clock;
  channels?: ChannelAdapter[];
  notifiers?: Notifier[];
  guard?: RiskGuard;
  actions?: Record<string, Action>;
  effects?: Record<string, EffectHandler>;
}

/** Build a ready runtime: content loaded and checked, store opened, snapshots saved, pending work resumed. */
export async function createApp(options: AppOptions): Promise<Runtime> {
  const { env } = options;
  const content = await loadContent(env);
  if (content.problems.length) {
    throw new LanternError(
      "flows.invalid",
      `Flows have problems:\n${content.problems.map(formatProblem).join("\n")}`,
    );
  }
  const store = new Store(await openKeyv(env.LANTERN_STORE));
  const services: EngineServices = {
    globals: globalsFor(content.clinic),
    firstFlow: env.LANTERN_FIRST_FLOW,
    // The risk guard is always on; tests and integrations may pass their own.
    guard: options.guard ?? createRiskGuard(detectRisk),
    actions: { ...careActions(), ...options.actions },
  };
  const notifiers = options.notifiers ?? [];
  // Alerts raised by flows (e.g. the C-SSRS screener) go to the same notifiers as the guard's,
  // with an id fixed by the turn, so a redelivery is the same alert.
  const notifyCareTeam: EffectHandler = async (args, state) => {
    if (!notifiers.length)
      throw new LanternError("delivery.no_notifier", "no notifier is configured");
    const id = String(args.alert_id ?? `care-${state.id}-${state.seq}`);
    for (const notifier of notifiers)
      await notifier.notify({ ...args, id, conversation: state.id });
  };
  const runtime = new Runtime({
    catalog: content.catalog,
    store,
    services,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
    channels: options.channels ?? [],
    notifiers,
    effects: { "care.notify": notifyCareTeam, ...options.effects },
  });
  await runtime.saveSnapshots();
  return runtime;
}
