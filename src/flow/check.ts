import { slotNames, type Template } from "../prompts/templates.ts";
import { environmentFor, TURN_SCHEMA, VALUE_TYPE } from "./expressions.ts";
import { END, loopsWithoutAsk, reachable, targetsOf } from "./graph.ts";
import type { LoadedFlow } from "./load.ts";
import type { Problem } from "./problems.ts";
import type { Step, Text } from "./schema.ts";

/** Flows the risk guard starts; only these may declare `safety: true` (a flow cannot opt out of the guard). */
export const SAFETY_FLOWS = new Set(["crisis", "crisis-screener", "safety-plan"]);

export interface CheckOptions {
  templates: Map<string, Template>;
  /** Top-level names templates may use besides user/session/flow/turn (clinic, crisis …). */
  globals?: Record<string, unknown>;
  /** Templates the engine itself needs. */
  requiredTemplates?: readonly string[];
}

/**
 * Everything `lantern flows check` verifies beyond the schema: targets, reachability, ask
 * paths, templates, variables, expressions, loops without an ask, sub-flows, safety flags.
 */
export function checkFlows(loaded: LoadedFlow[], options: CheckOptions): Problem[] {
  environments.clear();
  const problems: Problem[] = [];
  const ids = new Map<string, string>();
  const userTypes = new Map<string, { type: string; file: string }>();
  for (const { flow, source } of loaded) {
    const at = (path: PropertyKey[], message: string) =>
      problems.push({ file: source.file, line: source.lineOf(path), message });
    const previous = ids.get(flow.id);
    if (previous) at(["id"], `flow id "${flow.id}" is also used by ${previous}`);
    ids.set(flow.id, source.file);
    if (flow.safety && !SAFETY_FLOWS.has(flow.id)) {
      at(
        ["safety"],
        `only ${[...SAFETY_FLOWS].join(", ")} may set safety: true; the risk guard cannot be bypassed`,
      );
    }
    for (const [name, decl] of Object.entries(flow.vars)) {
      if (!name.startsWith("user.")) continue;
      const seen = userTypes.get(name);
      if (seen && seen.type !== decl.type)
        at(["vars", name], `${name} is ${decl.type} here but ${seen.type} in ${seen.file}`);
      else userTypes.set(name, { type: decl.type, file: source.file });
    }
    checkSteps(loaded, flow, at, options);
  }
  for (const name of options.requiredTemplates ?? []) {
    if (!options.templates.has(name))
      problems.push({
        file: `prompts/${name}.md`,
        line: 1,
        message: "missing: the engine needs this template",
      });
  }
  return problems;
}

type At = (path: PropertyKey[], message: string) => void;

/**
 * One CEL environment per set of declared variables and `value` type, shared by every
 * expression (and flow) of one checkFlows that has them: building one, and the type tables it
 * fills while checking, was most of the time checkFlows took.
 */
const environments = new Map<string, ReturnType<typeof environmentFor>>();
function envFor(flow: LoadedFlow["flow"], valueType?: string) {
  const key = `${valueType ?? ""}\u0000${JSON.stringify(flow.vars)}`;
  let env = environments.get(key);
  if (!env) {
    env = environmentFor(flow, valueType);
    environments.set(key, env);
  }
  return env;
}

function checkSteps(
  all: LoadedFlow[],
  flow: LoadedFlow["flow"],
  at: At,
  options: CheckOptions,
): void {
  const seenIds = new Set<string>();
  const checkExpression = (path: PropertyKey[], expression: string, valueType?: string) => {
    const result = envFor(flow, valueType).check(expression);
    if (!result.valid)
      at(path, `expression "${expression}": ${result.error?.message.split("\n")[0]}`);
  };
  const checkVar = (path: PropertyKey[], name: string) => {
    if (!flow.vars[name]) at(path, `${name} is not declared in vars`);
  };
  const checkText = (path: PropertyKey[], text: Text | undefined) => {
    if (text === undefined) return;
    let body = text as string;
    if (typeof text !== "string") {
      const template = options.templates.get(text.template);
      if (!template) return at(path, `template "${text.template}" not found in prompts/`);
      body = template.body;
    }
    for (const slot of slotNames(body)) {
      const [root] = slot.split(".");
      if (root === "user" || root === "session" || root === "flow") {
        if (!flow.vars[slot] && !flow.vars[slot.split(".").slice(0, 2).join(".")])
          at(path, `{{${slot}}} is not declared in vars`);
      } else if (root === "turn") {
        if (!(slot.slice(5) in TURN_SCHEMA))
          at(path, `{{${slot}}}: turn has ${Object.keys(TURN_SCHEMA).join(", ")}`);
      } else if (options.globals && !(root && root in options.globals)) {
        at(path, `{{${slot}}} is neither a variable nor configuration (clinic.*, crisis.*)`);
      }
    }
  };

  for (const [index, step] of flow.steps.entries()) checkStep(step as Step, index);
  function checkStep(step: Step, index: number): void {
    const path = (...rest: PropertyKey[]) => ["steps", index, ...rest];
    if (seenIds.has(step.id as string)) at(path("id"), `duplicate step id "${step.id}"`);
    seenIds.add(step.id as string);
    for (const { target, key } of targetsOf(flow, step, index)) {
      if (target !== END && !flow.order.includes(target))
        at(path(...key), `unknown step "${target}" (use a step id or END)`);
    }
    if (Array.isArray(step.next)) {
      step.next.forEach((branch, i) => {
        if ("if" in branch) checkExpression(path("next", i, "if"), branch.if);
      });
    }
    switch (step.kind) {
      case "say":
        checkText(path("say"), step.say);
        return;
      case "ask":
        checkText(path("ask"), step.ask);
        if (!step.retries) at(path("ask"), "ask needs retries: { max, say, exhausted }");
        else checkText(path("retries", "say"), step.retries.say);
        if (!step.timeout) at(path("ask"), "ask needs timeout: { after, next }");
        else checkText(path("timeout", "say"), step.timeout.say);
        if (step.expect === "choice" && !step.choices)
          at(path("expect"), "expect: choice needs choices");
        if (step.into) checkVar(path("into"), step.into);
        if (step.suggest_from) checkVar(path("suggest_from"), step.suggest_from);
        step.reject?.forEach((rule, i) => {
          checkExpression(path("reject", i, "if"), rule.if, VALUE_TYPE[step.expect]);
          checkText(path("reject", i, "say"), rule.say);
        });
        return;
      case "set":
        for (const [name, expression] of Object.entries(step.set)) {
          checkVar(path("set", name), name);
          checkExpression(path("set", name), expression);
        }
        return;
      case "action":
        for (const [name, expression] of Object.entries(step.args ?? {}))
          checkExpression(path("args", name), expression);
        if (step.into) checkVar(path("into"), step.into);
        return;
      case "generate":
        if (!options.templates.has(step.generate.prompt))
          at(path("generate", "prompt"), `prompt "${step.generate.prompt}" not found in prompts/`);
        checkText(path("generate", "fallback"), step.generate.fallback);
        if (step.generate.into) checkVar(path("generate", "into"), step.generate.into);
        return;
      case "call":
      case "link": {
        const target = step.kind === "call" ? step.call : step.link;
        if (!all.some((f) => f.flow.id === target)) at(path(step.kind), `no flow "${target}"`);
        return;
      }
    }
  }
  const reach = reachable(flow);
  flow.order.forEach((id, index) => {
    if (!reach.has(id)) at(["steps", index], `step "${id}" can never be reached`);
  });
  for (const id of loopsWithoutAsk(flow))
    at(
      ["steps", flow.order.indexOf(id)],
      `step "${id}" is on a loop with no ask: it would never wait for the patient`,
    );
}
