// Lantern's public engine API, grouped by who needs it. Adapters, tools and tests import from here.

// — Running Lantern: build a runtime from configuration, or assemble one yourself.
export { type AppOptions, type Content, createApp, globalsFor, loadContent } from "./app.ts";
export { careActions } from "./care/actions.ts";
export { renderBrief, renderMeasuresReport } from "./care/brief.ts";
export { careEffects, EscalationService } from "./care/escalations.ts";
// — Care: patients and invites, the alert pipeline, the brief.
export { type Invite, type Patient, Patients } from "./care/patients.ts";
export { WebhookNotifier } from "./care/webhook-notifier.ts";
// — Writing a channel adapter or notifier (see src/channel.ts for the recipe).
export type {
  Alert,
  AlertSink,
  ChannelAdapter,
  InboundSink,
  Notifier,
  RaisedAlert,
} from "./channel.ts";
export {
  type ClinicConfig,
  type CrisisResources,
  crisisFor,
  loadClinicConfig,
} from "./config/clinic.ts";
export { type Env, EnvSchema, loadEnv } from "./config/env.ts";
// — The engine core: a pure function of serialisable state.
export { runTurn } from "./engine/run-turn.ts";
export {
  ConversationState,
  conversationId,
  type Migration,
  newState,
  type OutboxItem,
  type OutboxMessage,
  readState,
} from "./engine/state.ts";
export {
  type Action,
  type ActionContext,
  type ActionResult,
  type Clock,
  type EngineServices,
  type GuardDecision,
  Inbound,
  type RiskGuard,
  systemClock,
  type TextGenerator,
  type TurnResult,
} from "./engine/types.ts";
// — Errors: one type, string codes, a cause, and where it happened.
export { type ErrorContext, LanternError } from "./errors.ts";
// — Flows and templates: load, check, version.
export { FlowCatalog } from "./flow/catalog.ts";
export { checkFlows, SAFETY_FLOWS } from "./flow/check.ts";
export { type LoadedFlow, loadFlows, parseFlow } from "./flow/load.ts";
export { formatProblem, type Problem } from "./flow/problems.ts";
export type { Flow, Step } from "./flow/schema.ts";
export { createLogger } from "./log.ts";
export { MEASURES, scoreMeasure, trend } from "./measures/index.ts";
export { loadTemplates, renderSlots, type Template } from "./prompts/templates.ts";
export { type EffectHandler, Runtime, type RuntimeOptions } from "./runtime/runtime.ts";
export { type Job, Scheduler } from "./runtime/scheduler.ts";

// — Safety and measures.
export { assessRisk, detectRisk, type RiskClassifier } from "./safety/detect.ts";
export { createRiskGuard } from "./safety/guard.ts";
export { DEFAULT_POLICY, type RiskPolicy } from "./safety/policy.ts";
export {
  maxLevel,
  RISK_CATEGORIES,
  RISK_LEVELS,
  type RiskAssessment,
  type RiskCategory,
  type RiskLevel,
  rank,
} from "./safety/types.ts";
// — Storage.
export { ADAPTERS, type AdapterFactory, openKeyv } from "./store/open.ts";
export { Store } from "./store/store.ts";
