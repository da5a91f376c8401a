import type { TextGenerator } from "../engine/types.ts";
import type { RiskClassifier } from "../safety/detect.ts";
import type { Assess } from "../safety/guard.ts";
import { LlmClient } from "./client.ts";
import { type LlmConfig, loadLlmConfig } from "./config.ts";
import { createTextGenerator, type LlmEvent } from "./generator.ts";
import { type HealthLogger, LlmHealth } from "./health.ts";
import { createLlmRiskClassifier, createSecondOpinionAssess } from "./risk-second-opinion.ts";
import { createSummariser, type Summariser } from "./summarise.ts";
import { createUnderstanding, type Understanding } from "./understand.ts";

export type { LlmConfig } from "./config.ts";
export { loadLlmConfig } from "./config.ts";
export type { LlmEvent } from "./generator.ts";
export { createTextGenerator } from "./generator.ts";
export type { LlmHealthSnapshot } from "./health.ts";
export { DEGRADED_WARNING, LlmHealth } from "./health.ts";
export { checkReply } from "./output-checks.ts";
export { createLlmRiskClassifier, createSecondOpinionAssess } from "./risk-second-opinion.ts";
export { GENERATED_MARK } from "./summarise.ts";
export { DISTORTIONS } from "./understand.ts";

/** The language model features that configuration turned on. */
export interface LlmServices {
  config: LlmConfig;
  /** Failures of every feature below, counted; one operator warning per outage. */
  health: LlmHealth;
  /** For `generate` steps (EngineServices.llm). Prompts with patient slots need the flag. */
  generator: TextGenerator;
  /** The rest send patient text, so they exist only with LANTERN_LLM_SEND_PATIENT_TEXT on. */
  classifier?: RiskClassifier;
  /** Rules + classifier, merged upward only: pass to createRiskGuard. */
  assess?: Assess;
  understand?: Understanding;
  summariser?: Summariser;
}

/**
 * The optional language model features, from environment variables. Undefined when neither
 * OPENAI_BASE_URL nor OPENAI_API_KEY is set: Lantern then runs fully scripted. Throws a
 * LanternError on bad configuration or a bad prompt in prompts/llm/, so start-up fails loudly.
 *
 * @example
 * const llm = createLlmServices(process.env);
 * const services = { ...(llm ? { llm: llm.generator } : {}) };
 */
export function createLlmServices(
  env: Record<string, string | undefined> = process.env,
  options: { onEvent?: (event: LlmEvent) => void; logger?: HealthLogger } = {},
): LlmServices | undefined {
  const config = loadLlmConfig(env);
  if (!config) return undefined;
  const client = new LlmClient(config);
  const health = new LlmHealth(options.logger);
  const generator = createTextGenerator(config, {
    client,
    health,
    ...(options.onEvent ? { onEvent: options.onEvent } : {}),
  });
  if (!config.sendPatientText) return { config, health, generator };
  const classifier = createLlmRiskClassifier(client);
  return {
    config,
    health,
    generator,
    classifier,
    assess: createSecondOpinionAssess(classifier, config.timeoutMs, health),
    understand: createUnderstanding(client, health),
    summariser: createSummariser(client),
  };
}
